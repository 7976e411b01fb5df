/**
 * Measures two countries impose together: "China and Japan imposed a 25% tariff on Canadian
 * pork" tells one act of each. The sentence's roles give the subject nearest the verb; the
 * country joined to it by "and" before it imposes the same measure.
 */
import type { MeasureCandidate } from './candidates.ts';
import { placeMention, type Doc } from './doc.ts';

/** What joins two subjects: "China | and | Japan", "Both China | and | Japan". */
const JOINED = /^[ \t]+and[ \t]+(?:the[ \t]+)?$/;
/** Where a subject opens: a sentence, a line, a clause after a comma or "Both". */
const SUBJECT_OPENS = /(?:^|[.!?]["”\x94]?\s+|\n|,\s+|:\s+)(?:[Bb]oth\s+)?(?:[Tt]he\s+)?$/;

/**
 * The candidates, each after a copy of it for the country joined by "and" to its imposer as the
 * subject of the same act, the copy taking that country as its imposer.
 */
export function withJointImposers(doc: Doc, candidates: MeasureCandidate[]): MeasureCandidate[] {
  const out: MeasureCandidate[] = [];
  for (const c of candidates) {
    const imposer = c.imposer;
    if (!imposer?.jurisdiction || imposer.span.end <= imposer.span.start) {
      out.push(c);
      continue;
    }
    const other = doc.places.find(
      (p) =>
        p.end < imposer.span.start &&
        p.via !== 'demonym' &&
        p.code !== imposer.jurisdiction &&
        JOINED.test(doc.text.slice(p.end, imposer.span.start)) &&
        SUBJECT_OPENS.test(doc.text.slice(Math.max(0, p.start - 12), p.start)),
    );
    if (other && !c.targets.some((t) => t.jurisdiction === other.code))
      out.push({
        ...c,
        key: `${c.key}-${other.code.toLowerCase()}`,
        imposer: placeMention(other),
      });
    out.push(c);
  }
  return out;
}
