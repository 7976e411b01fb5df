/**
 * When a measure stops: the last day its candidate's sentences, and those after them that go on
 * about it ("The suspension runs until …"), say it is in force.
 */
import type { MeasureCandidate } from './candidates.ts';
import type { Doc } from './doc.ts';
import { measureEnd } from './time-limits.ts';

/** A sentence going on about the measure told before it: "The suspension runs until …". */
const GOES_ON =
  /^\s*(?:The|These|This|Both|It|They)\s+(?:(?:provisional|definitive|final|new|lower|additional|anti-dumping|countervailing)\s+)*(?:suspensions?|surtax(?:es)?|dut(?:y|ies)|tariffs?|measures?|pause|rates?|levy|(?:applies|apply|runs?|remains?|shall|will|expires?)\b)/;

/**
 * Each candidate with the last day its sentences say the measure is in force ("will suspend the
 * tariff until the end of 2027"); a lifting has none, nor does a threat.
 */
export function withEnds(doc: Doc, candidates: MeasureCandidate[]): MeasureCandidate[] {
  for (const c of candidates) {
    if (c.action === 'lifted' || c.action === 'threatened') continue;
    // From the first sentence of its own words (its rate and goods, which a list of rates may
    // take from the sentence that told the measure) to that of the first of them; not from a
    // sentence that told an act of another kind ("China will suspend the 25% tariff until …"
    // before "That tariff took effect on March 20 …").
    const marks = [
      c.span.start,
      ...c.rates.map((r) => r.span.start),
      ...c.products.map((p) => p.span.start),
    ];
    const sentenceAt = (at: number) => doc.sentences.find((x) => x.start <= at && at < x.end);
    const spanFirst = sentenceAt(c.span.start);
    let opening = sentenceAt(Math.min(...marks)) ?? spanFirst;
    if (!opening || !spanFirst) continue;
    const borrowed = opening;
    if (
      borrowed.start < spanFirst.start &&
      candidates.some(
        (o) =>
          o !== c &&
          o.action !== c.action &&
          o.span.start < borrowed.end &&
          o.span.end > borrowed.start,
      )
    )
      opening = spanFirst;
    const words = marks.slice(1).filter((m) => m >= opening.start);
    const own = words.length > 0 ? Math.min(...words) : Math.max(opening.start, c.span.start);
    let closing = sentenceAt(own) ?? opening;
    // and the sentences after it that go on about the measure ("The suspension runs until …")
    for (let k = doc.sentences.indexOf(closing) + 1; k < doc.sentences.length; k++) {
      const next = doc.sentences[k];
      const told = next ? doc.text.slice(next.start, next.end) : '';
      if (!next || !GOES_ON.test(told)) break;
      // a suspension's end is not that of a rate that was cut
      if (/\bsuspensions?\b/i.test(told) && c.action !== 'suspended') break;
      if (candidates.some((o) => o !== c && o.span.start >= next.start && o.span.start < next.end))
        break;
      closing = next;
    }
    c.dates.expires = measureEnd(
      doc.text.slice(opening.start, closing.end),
      own - opening.start,
      c.dates.effective,
      doc.published,
    );
  }
  return candidates;
}
