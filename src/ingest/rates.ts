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
  /\b(?:fell|rose|dropped|grew|jumped|slumped|declined|plunged|climbed|lost|shed|slipped|gained|eased|advanced|retreated|tumbled|surged|soared|sank|edged (?:up|down|higher|lower)|closed (?:up|down|higher|lower)|down|up|increase of|decline of|drop of|fall of|share of|about|accounts? for|accounting for|roughly|nearly|almost|barely|approximately|than)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+)?$/i;
/** "cut their export forecast by 15%", "raised tariffs by 10%": a change, not the rate. */
const CHANGE_BY_BEFORE =
  /\b(?:cut|cuts|raised?|raises|lowered?|lowers|reduced?|reduces|increased?|increases|trimmed|boosted)\b(?:\s+[\w'-]+){0,8}\s+by\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$/i;
/**
 * "Elders added 1.2% on bets …": a share price that added a percentage. "added 10% to the
 * tariff" and "added 10% tariffs" are duties.
 */
const ADDED_BEFORE = /\badded\s+$/i;
const DUTY_AFTER =
  /^\s*(?:to\b|(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|lev(?:y|ies))\b)/i;
/**
 * "which still face 50% U.S. tariffs", "exports, which face a separate 50% levy", "remain
 * unchanged at 9.1%": a state, not an act.
 */
const STATE_BEFORE =
  /\b(?:(?:still|already|continues? to|remain subject to|remains subject to)\s+(?:face|faces|pay|pays|carry|carries|bear|bears|has|have)?\s*(?:a\s+|the\s+)?(?:combined\s+|total\s+|separate\s+)?|(?:which|that)\s+(?:face|pay|carry|bear)\s+(?:a\s+|an\s+|the\s+)?(?:separate\s+|existing\s+|current\s+)?|(?:remains?|stays?)\s+(?:unchanged\s+)?at\s+)$/i;
/**
 * A total of several duties ("the total duty of 50%", "bringing the combined rate to 38.5%")
 * is not a measure of its own. "The combined duty of 80.5% will be lifted" is one.
 */
const TOTAL_BEFORE = /\btotal\b[^%;]{0,90}$|\b(?:combined|cumulative)\b[^%;]{0,50}\bto\s+$/i;
/** The base (MFN) rate is the schedule a measure stacks on, not a measure. */
const BASE_RATE_BEFORE =
  /\b(?:standard|most[- ]favou?red[- ]nation|MFN|normal|base|bound)\b[^.%]{0,25}$/i;
/** "whose dumping margin of 1.3% was found to be negligible": no duty follows from it. */
const NEGLIGIBLE_AFTER = /^[^.;]{0,40}?\b(?:negligible|de minimis)\b/i;
const NOT_A_RATE_AFTER =
  /^\s*(?:of|in)\s+(?:its\s+|their\s+|the\s+)?(?:exports?|imports?|trade|GDP|sales|market|output|production|shipments|total)\b/i;

const COMPANY = "((?:[A-Z][\\w&'.-]*|of|and)(?:\\s+(?:[A-Z][\\w&'.-]*|of|and)){0,4})";
const FOR_PRODUCER = new RegExp(
  `^\\s*(?:for|on|to)\\s+(?:the\\s+)?(?:carmaker\\s+|automaker\\s+|company\\s+|producer\\s+|exporter\\s+)?(all other cooperating (?:companies|producers|exporters)|all others?(?: (?:companies|producers|exporters))?|${COMPANY.slice(1, -1)})`,
);
const PRODUCER_BEFORE = new RegExp(
  `(all other cooperating (?:companies|producers|exporters)|all others?(?: (?:companies|producers|exporters))?|${COMPANY.slice(1, -1)})(?:'s)?\\s*(?:\\(|:|,?\\s+(?:faces|will face|face|gets|got|get|pays?|will pay|received|was assigned|at)\\s+(?:a\\s+)?(?:rate\\s+of\\s+)?)$`,
);

/** Words that open no company name: function words, goods, months and weekdays ("on Sept. 16"). */
const STOP_PRODUCER =
  /^(?:The|A|An|This|That|It|Its|Their|And|Of|Imports?|Goods|Products|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Words that make a demonym a body or a set of firms, not a company: "Chinese Government". */
const NOT_COMPANY_NOUN =
  /^(?:Government|Ministry|Commission|Council|Customs|Authorities|Exporters|Producers|Companies|Firms|Makers|Manufacturers|Industry|Goods|Imports|Steel|Aluminum|Aluminium)$/;

/**
 * A producer name is a company: not a country, a demonym or a function word. A demonym may
 * open one when a proper name follows it ("Danish Crown").
 */
function isProducer(name: string): boolean {
  const [first = '', second = ''] = name.split(/\s+/);
  const demonymNamed =
    /^\p{Lu}\p{Ll}+$/u.test(second) && !NOT_COMPANY_NOUN.test(second) && placeCode(second) === null;
  return (
    !STOP_PRODUCER.test(first) &&
    (placeCode(first) === null || demonymNamed) &&
    placeCode(name) === null
  );
}

/** Every duty rate written in `text[from, to)`. */
export function findRates(text: string, from = 0, to = text.length): RateHit[] {
  const out: RateHit[] = [];
  const slice = text.slice(from, to);
  RATE.lastIndex = 0;
  for (let m = RATE.exec(slice); m !== null; m = RATE.exec(slice)) {
    const before = slice.slice(Math.max(0, m.index - 100), m.index);
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (
      NOT_A_RATE_BEFORE.test(before) ||
      NOT_A_RATE_AFTER.test(after) ||
      NEGLIGIBLE_AFTER.test(after) ||
      BASE_RATE_BEFORE.test(before) ||
      TOTAL_BEFORE.test(before) ||
      STATE_BEFORE.test(before) ||
      CHANGE_BY_BEFORE.test(before) ||
      (ADDED_BEFORE.test(before) && !DUTY_AFTER.test(after))
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

/** One row of a table of duty rates: the rate, its producer and the origin as written. */
export interface TableRate extends RateHit {
  /** the cell of the origin column, when the table has one */
  readonly origin: { readonly text: string; readonly start: number } | null;
}

const RATE_HEADER = /\b(?:duty|duties|rate|margin)\b/i;
const ORIGIN_HEADER = /\b(?:country of origin|origin)\b/i;
const PRODUCER_HEADER = /\b(?:producers?|exporters?|companies|company|manufacturers?|firms?)\b/i;
const RATE_CELL = /^\s*(\d{1,3}(?:\.\d{1,2})?)\s*(%|per ?cent)?\s*$/i;

interface Cell {
  readonly text: string;
  readonly start: number;
}

/** The cells of one line of a table, trimmed, with their offsets. */
function cellsOf(text: string, line: { readonly start: number; readonly end: number }): Cell[] {
  const out: Cell[] = [];
  let at = line.start;
  for (const raw of text.slice(line.start, line.end).split('|')) {
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: at + lead });
    at += raw.length + 1;
  }
  return out;
}

/**
 * The rates of a table written as lines of cells between "|", the first line its header
 * ("Exporter | Rate of duty", "Country of origin | Producer | Duty (% of landed value)"):
 * one rate per row, from the column whose header names a duty, a rate or a margin. The
 * numbers are percentages when the header or the cell says so. Null when the lines are not
 * such a table.
 */
export function readRateTable(
  text: string,
  lines: readonly { readonly start: number; readonly end: number }[],
): TableRate[] | null {
  const [head, ...rows] = lines;
  if (!head || rows.length === 0) return null;
  const header = cellsOf(text, head).map((c) => c.text);
  const rateAt = header.findLastIndex((h) => RATE_HEADER.test(h));
  if (rateAt < 0) return null;
  const percentHeader = /%|per ?cent/i.test(header[rateAt] ?? '');
  const originAt = header.findIndex((h) => ORIGIN_HEADER.test(h));
  const producerAt = header.findIndex((h) => PRODUCER_HEADER.test(h));
  const out: TableRate[] = [];
  for (const line of rows) {
    const cells = cellsOf(text, line);
    const cell = cells[rateAt];
    const m = cell ? RATE_CELL.exec(cell.text) : null;
    if (!cell || !m || (!percentHeader && !m[2])) continue;
    const bp = percentToBp(m[1] ?? '');
    if (bp === undefined) continue;
    const producer = producerAt >= 0 ? cells[producerAt]?.text.replace(/\.$/, '') : undefined;
    const origin = originAt >= 0 ? (cells[originAt] ?? null) : null;
    const hit = {
      text: cell.text,
      start: cell.start,
      end: cell.start + cell.text.length,
      bp,
      origin,
    };
    out.push(producer ? { ...hit, producer } : hit);
  }
  return out.length > 0 ? out : null;
}

/** One line of a list of rates: "Indonesia – PT Alumindo: 11.2%", "All other exporters: 26.7%". */
const LIST_LINE =
  /^\s*(?:[-•*]\s+)?([^:|%]{2,120}?)\s*:\s*(\d{1,3}(?:\.\d{1,2})?)\s*(?:%|per ?cent)\s*[.;]?\s*$/i;
/** True when the line is one "label: rate" line of a list of rates. */
export const isRateListLine = (
  text: string,
  line: { readonly start: number; readonly end: number },
) => LIST_LINE.test(text.slice(line.start, line.end));

/** Between an origin and its producer in a list line: a dash with spaces around it. */
const LIST_DASH = /\s+[–—-]\s+/;

/**
 * The rates of a list written one line each, "label: rate", the label naming a producer and
 * maybe its origin first ("Vietnam – all other exporters: 17.3%"). Every line must be such a
 * line; null when fewer than two are.
 */
export function readRateList(
  text: string,
  lines: readonly { readonly start: number; readonly end: number }[],
): TableRate[] | null {
  const out: TableRate[] = [];
  for (const line of lines) {
    const m = LIST_LINE.exec(text.slice(line.start, line.end));
    const label = m?.[1];
    const bp = m ? percentToBp(m[2] ?? '') : undefined;
    if (!m || label === undefined || bp === undefined) return null;
    const labelAt = line.start + m.index + m[0].indexOf(label);
    const dash = LIST_DASH.exec(label);
    const head = dash ? label.slice(0, dash.index) : label;
    const origin = placeCode(head) === null ? null : { text: head, start: labelAt };
    const producer = dash && origin ? label.slice(dash.index + dash[0].length) : label;
    const rateAt = line.start + m.index + m[0].lastIndexOf(m[2] ?? '');
    const rateText = text.slice(rateAt, line.end).replace(/[.;\s]+$/, '');
    out.push({
      text: rateText,
      start: rateAt,
      end: rateAt + rateText.length,
      bp,
      origin,
      ...(origin && !dash ? {} : { producer: producer.trim() }),
    });
  }
  return out.length >= 2 ? out : null;
}
