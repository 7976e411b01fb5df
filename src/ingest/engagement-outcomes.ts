/**
 * The outcomes ("agreed to …", "reached a consensus") and commitments ("committed to …",
 * "pledged to …") of an engagement, each a clause of the text that runs to the next one.
 */
import type { Span } from './candidates.ts';
import { span } from './doc.ts';
import { SAY } from './quote-verbs.ts';

const OUTCOME =
  /\b(?:agreed (?:to|on|that)|reached (?:a |an )?(?:consensus|agreement|understanding)|welcomed|decided to|signed)\b/i;
const COMMITMENT =
  /\b(?:committed to|commit to|pledged to|promised to|vowed to|undertook to|will work together|will cooperate|agreed to work together|will continue to)\b/i;

const OUTCOME_ALL = new RegExp(OUTCOME.source, 'gi');
const COMMITMENT_ALL = new RegExp(COMMITMENT.source, 'gi');

/** A clause of its own after an outcome: "…, and I raised canola at every step". */
const NEXT_SUBJECT = /,?\s+(?:and|but|while)\s+(?:I|we|he|she|they)\s+(?!to\b)[a-z]/;

/** Who told it, after the clause: "…, officials said", "…, the ministry said on Friday". */
const TOLD_BY_AFTER = new RegExp(
  String.raw`,\s+(?:(?:the|a|an|two|both)\s+)?(?:[\p{L}'’\x92.-]+\s+){0,4}?(?:${SAY}(?:\s+reporters)?|reported)(?:\s+on\s+\p{Lu}\p{Ll}+day)?\s*[.;]?\s*$|,\s+according\s+to\s+[^,;]+[.;]?\s*$`,
  'u',
);

/**
 * The clause from `from` to `end`, trimmed of who told it, trailing punctuation and a dangling
 * "and".
 */
function clause(text: string, from: number, end: number) {
  const next = NEXT_SUBJECT.exec(text.slice(from, end));
  let e = next ? from + next.index : end;
  const told = TOLD_BY_AFTER.exec(text.slice(from, e));
  if (told) e = from + told.index;
  for (;;) {
    const before = text.slice(from, e);
    const trimmed = before.replace(/(?:[.\s;,]+|\s+(?:and|while|but))$/, '');
    if (trimmed.length === before.length) break;
    e = from + trimmed.length;
  }
  return { text: text.slice(from, e), span: span(from, e) };
}

/** An outcome ("agreed to …") or a commitment ("committed to …") of an engagement. */
interface Agreement {
  readonly clause: ReturnType<typeof clause>;
  readonly commitment: boolean;
}

/** Each "agreed to …" or "committed to …" in a clause runs until the next one or the end. */
export function agreementsIn(text: string, unit: Span): Agreement[] {
  const raw = text.slice(unit.start, unit.end);
  const found: { at: number; commitment: boolean }[] = [];
  for (const [re, commitment] of [
    [OUTCOME_ALL, false],
    [COMMITMENT_ALL, true],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(raw); m !== null; m = re.exec(raw))
      found.push({ at: m.index, commitment });
  }
  found.sort((a, b) => a.at - b.at || Number(b.commitment) - Number(a.commitment));
  const kept = found.filter((f, i) => i === 0 || f.at !== found[i - 1]?.at);
  return kept.map((f, i) => {
    const end = i + 1 < kept.length ? unit.start + (kept[i + 1]?.at ?? 0) : unit.end;
    return { clause: clause(text, unit.start + f.at, end), commitment: f.commitment };
  });
}
