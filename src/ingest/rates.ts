/**
 * Rates as written ("25%", "100 per cent", "75.8 percent") in basis points, with the producer
 * when a rate is set for one company ("17% for BYD", "BYD faces 17.4%"). Changes and shares
 * that are not duty rates ("exports fell 12%", "a 10-percentage-point rise") are left out.
 */
import { percentToBp } from '../core/rate.ts';
import { placeCode } from './places.ts';

export interface RateHit {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly bp: number;
  readonly producer?: string;
}

const RATE =
  /\b(\d{1,3}(?:\.\d{1,2})?)(?:\s*%|\s*-?\s*per[ -]?cent\b|\s*-?\s*pc\b)(?!\s*-?\s*points?)/gi;
/** Words just before a percentage that make it a change or a share, not a duty rate. */
const NOT_A_RATE_BEFORE =
  /\b(?:fell|rose|dropped|grew|jumped|slumped|declined|plunged|climbed|down|up|increase of|decline of|drop of|fall of|share of|about|accounts? for|accounting for|roughly|nearly|almost|than)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$/i;
/** The base (MFN) rate is the schedule a measure stacks on, not a measure. */
const TOTAL_BEFORE = /\btotal\b[^%;]{0,50}$/i;
const BASE_RATE_BEFORE =
  /\b(?:standard|most[- ]favou?red[- ]nation|MFN|normal|base|bound)\b[^.%]{0,25}$/i;
const NOT_A_RATE_AFTER =
  /^\s*(?:of|in)\s+(?:its\s+|their\s+|the\s+)?(?:exports?|imports?|trade|GDP|sales|market|output|production|shipments|total)\b/i;

const COMPANY = "((?:[A-Z][\\w&'.-]*|of|and)(?:\\s+(?:[A-Z][\\w&'.-]*|of|and)){0,4})";
const FOR_PRODUCER = new RegExp(
  `^\\s*(?:for|on|to)\\s+(?:the\\s+)?(?:carmaker\\s+|automaker\\s+|company\\s+|producer\\s+|exporter\\s+)?(all other cooperating (?:companies|producers|exporters)|all others?(?: (?:companies|producers|exporters))?|${COMPANY.slice(1, -1)})`,
);
const PRODUCER_BEFORE = new RegExp(
  `(all other cooperating (?:companies|producers|exporters)|all others?(?: (?:companies|producers|exporters))?|${COMPANY.slice(1, -1)})(?:'s)?\\s*(?:\\(|:|,?\\s+(?:faces|will face|face|gets|got|get|pays?|will pay|received|was assigned|at)\\s+(?:a\\s+)?(?:rate\\s+of\\s+)?)$`,
);

const STOP_PRODUCER = /^(?:The|A|An|This|That|It|Its|Their|And|Of|Imports?|Goods|Products)$/;

/** A producer name is a company: not a country, a demonym or a function word. */
function isProducer(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? '';
  return !STOP_PRODUCER.test(first) && placeCode(first) === null && placeCode(name) === null;
}

/** Every duty rate written in `text[from, to)`. */
export function findRates(text: string, from = 0, to = text.length): RateHit[] {
  const out: RateHit[] = [];
  const slice = text.slice(from, to);
  RATE.lastIndex = 0;
  for (let m = RATE.exec(slice); m !== null; m = RATE.exec(slice)) {
    const before = slice.slice(Math.max(0, m.index - 70), m.index);
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (
      NOT_A_RATE_BEFORE.test(before) ||
      NOT_A_RATE_AFTER.test(after) ||
      BASE_RATE_BEFORE.test(before) ||
      TOTAL_BEFORE.test(before)
    )
      continue;
    const bp = percentToBp(m[1] ?? '');
    if (bp === undefined) continue;
    let producer: string | undefined;
    const f = FOR_PRODUCER.exec(after);
    if (f?.[1] && isProducer(f[1])) {
      producer = f[1].replace(/\s+(?:and|of)$/, '');
    } else {
      const b = PRODUCER_BEFORE.exec(before);
      if (b?.[1] && isProducer(b[1])) producer = b[1];
    }
    const start = from + m.index;
    const hit: RateHit = { text: m[0], start, end: start + m[0].length, bp };
    out.push(producer === undefined ? hit : { ...hit, producer });
  }
  return out;
}
