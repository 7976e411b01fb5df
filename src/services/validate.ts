/** Use case: check a dossier folder and report every problem, or the record counts. */
import { COLLECTION_NAMES } from '../core/model/dossier.ts';
import { readDossier } from '../dossier/read.ts';
import type { LocatedProblem } from '../dossier/read.ts';

export type ValidationReport =
  | { readonly ok: true; readonly dir: string; readonly counts: Readonly<Record<string, number>> }
  | { readonly ok: false; readonly dir: string; readonly problems: readonly LocatedProblem[] };

export function validateDossier(dir: string): ValidationReport {
  const read = readDossier(dir);
  if (!read.ok) return { ok: false, dir, problems: read.problems };
  const counts = Object.fromEntries(COLLECTION_NAMES.map((n) => [n, read.dossier[n].length]));
  return { ok: true, dir, counts };
}
