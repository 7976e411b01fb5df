/** Plain-text presentation of a dossier check. */
import type { ValidationReport } from '../../services/validate.ts';

export function presentValidation(r: ValidationReport): string {
  if (r.ok) {
    const counts = Object.entries(r.counts)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    return `${r.dir}: valid (${counts})`;
  }
  return `${r.dir}: ${r.problems.length} problem(s)`;
}
