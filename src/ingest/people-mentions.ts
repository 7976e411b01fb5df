/**
 * A person mentioned in a text, as findPeople (people.ts) gives it: by name, by a title or a
 * role alone, or as "I"; and what it reads a text with (PeopleContext): the actor directory,
 * the date roles are held on, the quoted spans and the companies already found.
 */
import type { ActorDirectoryEntry } from './candidates.ts';
import type { CompanyName } from './people-companies.ts';
import type { Range } from './sentences.ts';

export interface PersonMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** the fullest form of the name seen in the text (or the directory's name) */
  readonly name: string;
  readonly actor: string | null;
  readonly jurisdiction: string | null;
  /** true when found from a title or role alone, with no name written */
  readonly byRole: boolean;
  /** for a bare title ("the Prime Minister"), where the person was named before */
  readonly antecedent?: { readonly text: string; readonly start: number; readonly end: number };
}

export interface PeopleContext {
  readonly directory: readonly ActorDirectoryEntry[];
  /** the date roles are checked against (the publication date) */
  readonly date: string;
  /** the spans between quotation marks, marks included (see doc.ts) */
  readonly quoted?: readonly Range[];
  /** the companies named in full, when already found (see findCompanies) */
  readonly companies?: readonly CompanyName[];
}
