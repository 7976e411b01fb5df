/**
 * The turns of a transcript, a press briefing or a parliamentary record: the lines opened by
 * the label of who speaks ("MINISTER RUIZ: …", "Q: …", "Spokesperson He Yongqian: …", "Lin
 * Feng, spokesperson: …", "The Secretary of State for Business and Trade (Ana Ruiz): …"), each
 * with the person its label names. One reading for every rule that asks whose words run at an
 * offset: who "I" is in "I met …" and which names are a speaker's label, no party
 * (engagements.ts), whose quote a turn's quotation is (quotes.ts). people.ts finds the names in
 * labels (TURN_LABEL, TITLE_TURN) before the doc exists; this reads the labels over them.
 */
import { within, type Doc } from './doc.ts';
import { interviewee } from './people-signers.ts';
import type { PersonMention } from './people.ts';
import type { Range } from './sentences.ts';

/**
 * A line opened by the label of who speaks, up to its colon and the words said after it on
 * the same line (group 1: the label, a closing bracket left out), or up to a full stop and a
 * dash, as the European Parliament's record writes it ("Ana Ruiz, Member of the Commission. -
 * …").
 */
const LABEL_LINE = /^[ \t]*([^\n:"“\x93]{1,80}?)(?:\)?:|\.[ \t]+[-–\x96—\x97])[ \t]+\S/gm;
/** A label written in capitals ("MINISTER RUIZ"), its last word the speaker's surname. */
const CAPITALS_LABEL = /^[\p{Lu}\s.'’\x92-]*?(\p{Lu}[\p{Lu}'’\x92-]+)$/u;

/** A turn: its line's start, its label's span, where its words start, and who speaks them. */
export interface Turn {
  /** where the line of the label starts */
  readonly start: number;
  /** the label, up to its colon (a closing bracket left out) */
  readonly label: Range;
  /** where the words said after the label start */
  readonly said: number;
  /** the person the label names (null: someone not named, as "Q" or "Reporter") */
  readonly person: PersonMention | null;
}

/** The words of a label before the name it ends with: titles only ("Spokesperson", "Hon."). */
const LABEL_TITLES = /^(?:\p{Lu}[\p{L}.-]*[ \t]+){0,3}$/u;
/** A label's name, up to a title after a comma or the brackets after it ("Lin Feng, spokesperson"). */
const NAME_PART = /^[^,(]*[^,(\s]/;

/**
 * The person a label names: the one in its closing brackets ("The Secretary of State for
 * Business and Trade (Ana Ruiz)"); else the one its name ends with, after titles only
 * ("Spokesperson He Yongqian", "Lin Feng, spokesperson", "Hon. Ana Ruiz (Minister of Trade,
 * Lib.)"); for an interview's answer ("A:"), the one interviewed; else the one of the text whose
 * surname a label in capitals gives ("MINISTER RUIZ").
 * A line that opens with words of its own ("At a press conference, spokesperson He said:")
 * names nobody.
 */
function labelPerson(doc: Doc, start: number, end: number): PersonMention | null {
  const { text } = doc;
  const people = within(doc.people, start, end).filter((p) => !p.byRole);
  const bracketed = people.find((p) => p.end === end && text[p.start - 1] === '(');
  if (bracketed) return bracketed;
  const nameEnd = start + (NAME_PART.exec(text.slice(start, end))?.[0].length ?? 0);
  const named = people.find(
    (p) => p.end === nameEnd && LABEL_TITLES.test(text.slice(start, p.start)),
  );
  if (named) return named;
  // "Q: … A: I met Ambassador Greer …": the one interviewed, named before the first answer.
  if (ANSWER_LABEL.test(text.slice(start, end)))
    return interviewee(text, doc.people, start) ?? null;
  const surname = CAPITALS_LABEL.exec(text.slice(start, end).trim())?.[1]?.toLowerCase();
  if (surname === undefined) return null;
  // "MINISTER VALDIVIESO" for Andrés Valdivieso Rojas: a first family name, before the second.
  const words = (p: PersonMention) => p.name.toLowerCase().split(/\s+/);
  return (
    doc.people.find((p) => words(p).at(-1) === surname) ??
    doc.people.find((p) => words(p).length > 2 && words(p).slice(1).includes(surname)) ??
    null
  );
}

/** The label of an interview's answers: "A", "Answer". */
const ANSWER_LABEL = /^\s*(?:A|Answer)\s*$/;

/** The turns read of each doc, read once. */
const read = new WeakMap<Doc, readonly Turn[]>();

/** The labelled lines of a text, in the order written. */
export function speakerTurns(doc: Doc): readonly Turn[] {
  const known = read.get(doc);
  if (known) return known;
  const out: Turn[] = [];
  for (const m of doc.text.matchAll(LABEL_LINE)) {
    const label = m[1] ?? '';
    const start = m.index + m[0].indexOf(label);
    const end = start + label.length;
    out.push({
      start: m.index,
      label: { start, end },
      said: m.index + m[0].length - 1,
      person: labelPerson(doc, start, end),
    });
  }
  read.set(doc, out);
  return out;
}

/** True for a person named as the speaker in a turn's label ("Lin Feng: …", "(Ana Ruiz):"). */
export const namesSpeaker = (doc: Doc, p: PersonMention) =>
  speakerTurns(doc).some((t) => t.person === p && t.label.start <= p.start && p.end <= t.label.end);
