/**
 * Rates as written ("25%", "100 per cent", "75.8 percent") in basis points, with the producer
 * when a rate is set for one company ("17% for BYD", "BYD faces 17.4%"). Changes and shares
 * that are not duty rates ("exports fell 12%", "a 10-percentage-point rise") are left out.
 */
import { percentToBp } from '../core/rate.ts';
import { findProducts } from './lexicon.ts';
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
 * A total of several duties ("the total duty of 50%", "bringing the combined rate to 38.5%",
 * "Combined, mills will post deposits of 34.1%") is not a measure of its own. "The combined
 * duty of 80.5% will be lifted" is one.
 */
const TOTAL_BEFORE =
  /\btotal\b[^%;]{0,90}$|\b(?:combined|cumulative)\b[^%;]{0,50}\bto\s+$|(?:^|[.;]\s+)(?:combined|all told|in all|taken together)\s*,[^%;.]{0,80}$/i;
/** The base (MFN) rate is the schedule a measure stacks on, not a measure. */
const BASE_RATE_BEFORE =
  /\b(?:standard|most[- ]favou?red[- ]nation|MFN|normal|base|bound)\b[^.%]{0,25}$/i;
/** "the 20% basic customs duty India already charges": the base rate named after the number. */
const BASE_RATE_AFTER =
  /^\s*(?:basic|base|standard|most[- ]favou?red[- ]nation|MFN|bound)\s+(?:customs\s+|import\s+)?(?:dut(?:y|ies)|tariffs?|rates?)\b/i;
/**
 * "The previous rates were 20% and 15%": the rates a measure replaced, given for comparison
 * (each of them, however many are listed).
 */
const OLD_RATE_BEFORE =
  /\b(?:previous|former|old|prior)\s+(?:[\w-]+\s+)?(?:rates?|dut(?:y|ies)|tariffs?|levels?)\s+(?:was|were|had been|stood at|of)\s+(?:\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent)\s*(?:,\s*|\s+and\s+|,\s+and\s+))*$/i;
/** "whose dumping margin of 1.3% was found to be negligible": no duty follows from it. */
const NEGLIGIBLE_AFTER = /^[^.;]{0,40}?\b(?:negligible|de minimis)\b/i;
/**
 * "sold at up to 40% below their normal value", "25% cheaper than": a price gap, not a duty rate.
 */
const PRICE_GAP_AFTER =
  /^\s*(?:below|above|under|cheaper|lower|higher|less|more)\s+(?:than|their|its|the|market|normal|cost|domestic)\b/i;
/**
 * A rate another measure is compared with: "far higher than the EU's duties of 17% to 35.3%",
 * "matching the U.S. rate of 100%", "in line with the 100% U.S. tariff", "By comparison, the EU
 * charges between 17% and 35.3%". Both ends of a range compared are left out; "a matching
 * 34%" and "higher than expected, at 35%" name nothing to compare with.
 */
const COMPARED_BEFORE =
  /(?:\b(?:than|compared (?:with|to)|matching|in line with|similar to|mirroring|versus|above|below)\s+(?:the|its|their|his|her|[A-Z])[^;%]{0,50}|(?:^|[.;]\s+)(?:[Bb]y|[Ii]n|[Ff]or) comparison\b[^.;%]{0,80})(?:\d{1,3}(?:\.\d{1,2})?\s*%\s*(?:to|and|-|–)\s*)?$/;
/** "40% of its exports", "50% of 2024 volumes": a share of an amount, not a duty rate. */
const NOT_A_RATE_AFTER =
  /^\s*(?:of|in)\s+(?:its\s+|their\s+|the\s+)?(?:\d{4}\s+)?(?:exports?|imports?|trade|GDP|sales|market|output|production|shipments|total|volumes?|levels?|quotas?|capacity|consumption)\b/i;

const COMPANY = "((?:[A-Z][\\w&'.-]*|of|and)(?:\\s+(?:[A-Z][\\w&'.-]*|of|and)){0,4})";
const FOR_PRODUCER = new RegExp(
  `^\\s*(?:for|on|to)\\s+(?:the\\s+)?(?:carmaker\\s+|automaker\\s+|company\\s+|producer\\s+|exporter\\s+)?(all other cooperating (?:companies|producers|exporters)|all others?(?: (?:companies|producers|exporters))?|${COMPANY.slice(1, -1)})`,
);
/**
 * A producer opening an item of a list, its rate written right after it with no verb: "…:
 * Arlanxeo of Canada 26.3%, all others 40.5%", "…, and all other Chinese exporters 39.2%".
 */
const LISTED_PRODUCER_BEFORE =
  /(?:[:;,]\s+|\band\s+)(all other(?:\s+\p{Lu}\p{L}+)?\s+(?:companies|producers|exporters|suppliers|manufacturers)|all others|\p{Lu}[\p{L}\p{N}&'.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'.-]*|of|and)){0,4})\s+$/u;
const PRODUCER_BEFORE = new RegExp(
  `(all other cooperating (?:companies|producers|exporters)|all others?(?: (?:companies|producers|exporters))?|${COMPANY.slice(1, -1)})(?:'s)?\\s*(?:\\(|:|,?\\s+(?:faces|will face|face|gets|got|get|pays?|will pay|received|was assigned|at)\\s+(?:a\\s+)?(?:rate\\s+of\\s+)?)$`,
);

/** Words that open no company name: function words, goods, months and weekdays ("on Sept. 16"). */
const STOP_PRODUCER =
  /^(?:The|A|An|This|That|It|Its|Their|And|Of|Imports?|Goods|Products|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Words that make a demonym a body or a set of firms, not a company: "Chinese Government". */
const NOT_COMPANY_NOUN =
  /^(?:Government|Ministry|Commission|Council|Customs|Authorities|Exporters|Producers|Companies|Firms|Makers|Manufacturers|Industry|Goods|Imports|Steel|Aluminum|Aluminium)$/;

/** True when the whole name is goods of the lexicon ("Footwear will pay 35%"). */
function namesGoods(name: string): boolean {
  const [hit] = findProducts(name.toLowerCase());
  return hit !== undefined && hit.start === 0 && hit.end === name.length;
}

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
    !namesGoods(name) &&
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
      PRICE_GAP_AFTER.test(after) ||
      COMPARED_BEFORE.test(before) ||
      NEGLIGIBLE_AFTER.test(after) ||
      BASE_RATE_BEFORE.test(before) ||
      BASE_RATE_AFTER.test(after) ||
      OLD_RATE_BEFORE.test(before) ||
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
      const b = PRODUCER_BEFORE.exec(before) ?? LISTED_PRODUCER_BEFORE.exec(before);
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
const ORIGIN_HEADER = /\b(?:country|origin)\b/i;
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

/**
 * One line of a list of rates: "Indonesia – PT Alumindo: 11.2%", "All other exporters: 26.7%",
 * maybe opened by a bullet, a dash or a number ("— Hoa Lien Steel: 12.1%", "2. JSR Corp.: 18.7%"),
 * the rate after a colon or a dash ("Hoa Lien Steel – 12.1%").
 */
const LIST_LINE =
  /^\s*(?:[-–—•*]\s+|\d{1,2}[.)]\s+)?([^:|%]{2,120}?)\s*(?::|\s[–—-])\s*(\d{1,3}(?:\.\d{1,2})?)\s*(?:%|per ?cent)\s*[.;]?\s*$/i;
/** True when the line is one "label: rate" line of a list of rates. */
export const isRateListLine = (
  text: string,
  line: { readonly start: number; readonly end: number },
) => LIST_LINE.test(text.slice(line.start, line.end));

/** Between an origin and its producer in a list line: a dash with spaces around it. */
const LIST_DASH = /\s+[–—-]\s+/;
/** An origin in brackets after the producer: "Andes Wines (Chile)". */
const BRACKETED_ORIGIN = /\s*\(([^()]+)\)$/;

/** The origin a list label names, and its producer: "Chile – Andes Wines", "Andes Wines (Chile)". */
function readLabel(
  label: string,
  labelAt: number,
): { origin: { text: string; start: number } | null; producer: string | null } {
  const dash = LIST_DASH.exec(label);
  const head = dash ? label.slice(0, dash.index) : label;
  if (placeCode(head) !== null)
    return {
      origin: { text: head, start: labelAt },
      producer: dash ? label.slice(dash.index + dash[0].length).trim() : null,
    };
  const bracket = BRACKETED_ORIGIN.exec(label);
  const inner = bracket?.[1]?.trim();
  if (bracket && inner && placeCode(inner) !== null)
    return {
      origin: { text: inner, start: labelAt + label.indexOf(inner, bracket.index) },
      producer: label.slice(0, bracket.index).trim(),
    };
  return { origin: null, producer: label.trim() };
}

/** One line of a list of rates, with the origin of the heading it stands under, if any. */
export interface ListLine {
  readonly start: number;
  readonly end: number;
  /** the heading naming the origin of the lines under it ("Vietnam", "Japanese companies:") */
  readonly heading?: { readonly text: string; readonly start: number } | null;
}

/**
 * The rates of a list written one line each, "label: rate", the label naming a producer and
 * maybe its origin first ("Vietnam – all other exporters: 17.3%"), else taking the origin of
 * the heading the line stands under. Every line must be such a line; null when fewer than two
 * are.
 */
export function readRateList(text: string, lines: readonly ListLine[]): TableRate[] | null {
  const out: TableRate[] = [];
  for (const line of lines) {
    const m = LIST_LINE.exec(text.slice(line.start, line.end));
    const label = m?.[1];
    const bp = m ? percentToBp(m[2] ?? '') : undefined;
    if (!m || label === undefined || bp === undefined) return null;
    const { origin: own, producer } = readLabel(label, line.start + m.index + m[0].indexOf(label));
    const rateAt = line.start + m.index + m[0].lastIndexOf(m[2] ?? '');
    const rateText = text.slice(rateAt, line.end).replace(/[.;\s]+$/, '');
    out.push({
      text: rateText,
      start: rateAt,
      end: rateAt + rateText.length,
      bp,
      origin: own ?? line.heading ?? null,
      ...(producer === null ? {} : { producer }),
    });
  }
  return out.length >= 2 ? out : null;
}
