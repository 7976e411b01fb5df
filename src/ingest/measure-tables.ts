/**
 * Rates written as a table ("Exporter | Rate of duty", "Product | Tariff (%)") or as a list
 * of lines after a line ending in a colon ("origin – producer: rate", "rate: goods", "origin:
 * producer - rate; all other companies - rate"), maybe numbered and grouped under origin
 * headings ("China", "Japanese companies:"): one candidate per origin (and per goods when the
 * rows name their own), its parties, goods and dates taken from the measure named above it,
 * from the date a notice is signed with ("Done at Brussels, 22 September 2026") and the day
 * its articles say it applies from.
 */
import { addDays } from '../core/dates.ts';
import type { Flag, Mention, ProductMention } from './candidates.ts';
import type { DateMention } from './dates.ts';
import { clampConfidence, placeMention, productMention, span, within, type Doc } from './doc.ts';
import { MEASURE_WORD, kindOf, type MeasureKind } from './measure-acts.ts';
import { inSpeech } from './measure-clauses.ts';
import { SIGNING_FORMULA, datesOf } from './measure-dates.ts';
import { LIST_JOIN } from './measure-groups.ts';
import { setDate, type Draft } from './measure-drafts.ts';
import { readRoles, syntheticMention } from './measure-roles.ts';
import {
  cellSeparator,
  PLACE_FIRMS_WORD,
  isRateListLine,
  readRateList,
  readRateTable,
  type ListLine,
  type TableRate,
} from './rates.ts';
import type { PlaceMention } from './places.ts';
import type { Range } from './sentences.ts';

export interface Table {
  readonly rows: readonly TableRate[];
  readonly start: number;
  readonly end: number;
  /** the index of its last line among the sentences */
  readonly last: number;
}

/** A line that announces a list: "The IDD is calculated as an ad valorem rate, as follows:". */
const LIST_INTRO = /:\s*$/;
/** A line that only numbers the next line of a list: "1.", "2)", "(b)". */
const LIST_NUMBER = /^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*$/i;
/**
 * A line heading the rates of one origin: "China", "From Vietnam:", "(a) People's Republic of
 * China:", "Canadian companies:",
 * "Indian company:", "Second: imports originating in the Republic of Turkiye", "Margins of
 * dumping, India:". Its words are a place, maybe with a word for the firms of that place, maybe
 * after what the rates are.
 */
const ORIGIN_HEADING = new RegExp(
  String.raw`^\s*(?:\(?(?:First|Second|Third|Fourth|Fifth|Sixth|\d{1,2}|[a-z])[.:)]\s+)?(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,4},\s+)?(?:(?:From|For)\s+|(?:[Ii]mports|[Gg]oods|[Pp]roducts)\s+(?:originating\s+in|from)\s+)?(?:the\s+)?(?:(?:(?:People['’\x92]s|Socialist|Arab|Federal|Islamic|United)\s+)?(?:Republic|Kingdom|Federation|Sultanate|State)\s+of\s+(?:the\s+)?)?(\p{Lu}[\p{L}'’\x92. -]{1,40}?)(?:\s+${PLACE_FIRMS_WORD})?\s*:?\s*$`,
  'u',
);

/** A line of a list of rates: a "label: rate" line, a number or an origin heading. */
function isListLine(doc: Doc, line: Range): boolean {
  return (
    isRateListLine(doc.text, line) ||
    LIST_NUMBER.test(doc.text.slice(line.start, line.end)) ||
    originHeading(doc, line) !== null
  );
}

/** The origin a line names when it heads the rates of that origin, else null. */
function originHeading(doc: Doc, line: Range): { text: string; start: number } | null {
  const m = ORIGIN_HEADING.exec(doc.text.slice(line.start, line.end));
  const place = m ? within(doc.places, line.start, line.end)[0] : undefined;
  if (!m?.[1] || !place) return null;
  const words = doc.text.slice(place.start, place.end);
  const at = line.start + m.index + m[0].indexOf(m[1]);
  // The place is the whole name: "Vietnam", not "Hoa Lien Vietnam"; or holds it whole, as
  // "People's Republic of China" does "China".
  const whole = place.start === at && words === m[1];
  const holds = place.start < at && place.end === at + m[1].length && words.endsWith(m[1]);
  return whole || holds ? { text: words, start: place.start } : null;
}

/**
 * A list of rates, one "label: rate" line each, starting at sentence `index` right after a
 * line that ends with a colon (see readRateList). Lines that only number the next one are
 * passed over, and a line naming a place heads the rates of that origin below it ("China",
 * "— Jiangsu Steel: 23.4%", "— All other exporters: 88.9%", "Vietnam", …).
 */
function listAt(doc: Doc, index: number): Table | null {
  const intro = doc.sentences[index - 1];
  if (!intro || !LIST_INTRO.test(doc.text.slice(intro.start, intro.end))) return null;
  const lines: ListLine[] = [];
  // "Margins of dumping\n\nChina:\n- Jiangyin Hengtai: 21.4%": an intro that is an origin heads
  // the lines under it too.
  let heading: ListLine['heading'] = originHeading(doc, intro);
  let last = index - 1;
  for (let j = index; j < doc.sentences.length; j++) {
    const cut = doc.sentences[j];
    if (!cut) break;
    // "Kajaria Exports Pvt. Ltd. (India): 12.1%": a rate line cut at an abbreviation's point is
    // read whole.
    const rest = doc.sentences[j + 1];
    const joined = rest ? { start: cut.start, end: rest.end } : null;
    const whole =
      joined !== null &&
      !isRateListLine(doc.text, cut) &&
      !doc.text.slice(cut.end, rest?.start).includes('\n') &&
      isRateListLine(doc.text, joined);
    const line = whole ? joined : cut;
    if (whole) j++;
    if (isRateListLine(doc.text, line)) lines.push({ ...line, heading });
    else if (LIST_NUMBER.test(doc.text.slice(line.start, line.end))) continue;
    else {
      const named = originHeading(doc, line);
      if (!named) break;
      heading = named;
      continue;
    }
    last = j;
  }
  const rows = readRateList(doc.text, lines);
  const end = lines.at(-1)?.end;
  if (!rows || end === undefined) return null;
  return { rows, start: doc.sentences[index]?.start ?? 0, end, last };
}

/**
 * A table of duty rates whose header line is sentence `index` (see readRateTable), its cells
 * parted by "|" or, in plain lines, by a spaced long dash (see cellSeparator).
 */
export function tableAt(doc: Doc, index: number): Table | null {
  const list = listAt(doc, index);
  if (list) return list;
  const head = doc.sentences[index];
  const separator = head ? cellSeparator(doc.text.slice(head.start, head.end)) : null;
  if (!head || separator === null) return null;
  const columns = doc.text.slice(head.start, head.end).split(separator).length;
  const lines: { start: number; end: number }[] = [];
  for (let j = index; j < doc.sentences.length; j++) {
    const line = doc.sentences[j];
    const cells = line ? doc.text.slice(line.start, line.end).split(separator).length : 0;
    // A row of a table of plain lines has as many cells as its header.
    if (!line || cells < 2 || (separator !== '|' && cells !== columns)) break;
    lines.push(line);
  }
  const rows = lines.length >= 2 ? readRateTable(doc.text, lines, separator) : null;
  const end = lines.at(-1)?.end;
  if (!rows || end === undefined) return null;
  return { rows, start: doc.sentences[index]?.start ?? 0, end, last: index + lines.length - 1 };
}

/** What the text says about the measure a table of rates belongs to. */
export interface TableContext {
  readonly imposer: Mention | null;
  readonly targets: readonly Mention[];
  readonly products: readonly ProductMention[];
  readonly kind: MeasureKind | null;
  readonly announced: { iso: string; inferred: boolean } | null;
  readonly effective: { iso: string; inferred: boolean } | null;
  /** the sentence that tells of the measure */
  readonly sentence: number;
}

/**
 * The measure just found, whose rates the table gives ("… at the rate in the Table below").
 * When it names no goods ("on the subject goods"), the goods are those the sentences above
 * name last.
 */
export function anchorContext(doc: Doc, anchor: Draft, index: number): TableContext {
  const c = anchor.candidate;
  return {
    imposer: c.imposer,
    targets: c.targets,
    products: c.products.length > 0 ? c.products : goodsBefore(doc, index),
    kind: c.kind,
    announced: anchorAnnounced(doc, anchor, index),
    effective:
      c.dates.effective === null
        ? null
        : { iso: c.dates.effective, inferred: anchor.effectiveInferred },
    sentence: anchor.sentence,
  };
}

/**
 * The announcement of the measure a table belongs to: the anchor's, unless it was carried
 * from an earlier act ("issued a preliminary ruling on August 12 …") and is not written
 * between the anchor and the table, in a notice signed with its own date (see signedOn).
 */
function anchorAnnounced(
  doc: Doc,
  anchor: Draft,
  index: number,
): { iso: string; inferred: boolean } | null {
  const iso = anchor.candidate.dates.announced;
  if (iso === null) return null;
  const at = doc.sentences[index]?.start ?? anchor.candidate.span.end;
  const written = within(doc.dates, anchor.candidate.span.start, at).some((d) => d.iso === iso);
  return written || signedOn(doc) === null ? { iso, inferred: anchor.announcedInferred } : null;
}

/**
 * The lexicon's goods in the nearest of the six sentences before sentence `index` naming any.
 * The lines of a list of rates above are passed over: they name producers, not goods.
 */
export function goodsBefore(doc: Doc, index: number): ProductMention[] {
  let read = 0;
  for (let j = index - 1; j >= 0 && read < 6; j--) {
    const s = doc.sentences[j];
    if (!s || isListLine(doc, s)) continue;
    read++;
    const found = within(doc.products, s.start, s.end).filter((p) => !inSpeech(doc, p.start));
    if (found.length > 0) return found.map(productMention);
  }
  return [];
}

/**
 * A finding of a trade remedy case: "made a final determination of dumping with respect to …",
 * "announced its final ruling in the anti-subsidy investigation into …", "published the
 * outcome of its review of …".
 */
const CASE_WORD =
  /\b(?:(?:determination|finding)s?\s+of\s+(?:dumping|subsidi[sz]ing|subsidization|injury)\b|(?:rulings?|determinations?|verdicts?|outcome|result)\s+(?:in|on|of)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:investigation|probe|inquiry|review|case)\b|(?:final|preliminary)\s+(?:ruling|determination|verdict)s?\s+on\b)/i;

/** A case being opened: "initiated an anti-dumping investigation", "launched a safeguard probe". */
const CASE_OPENED =
  /\b(?:initiat|launch|open|start)\w*\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}(?:investigation|probe|inquiry)\b/i;

/**
 * The measure a table belongs to when no candidate came before it: the nearest sentence above
 * (up to six) that names a measure, or the finding of its case, and its origin ("review of
 * the anti-dumping measures on sinks exported to Australia from China", "made a final
 * determination of dumping with respect to foil … from China"), dated by what lies between
 * it and the table. With no imposer written, the text's home country (`home`: its dateline's,
 * its gazette's) named among other origins imposes, and is no origin. A table whose every row
 * names its origin needs only the imposer ("Ottawa — … anti-dumping duties are payable on
 * …"), and takes the home country for it when the sentence names no party. Goods the sentence
 * does not name are those named last above.
 */
export function contextBefore(
  doc: Doc,
  index: number,
  ranked: readonly string[],
  table: Table | null,
  home: string | null,
): TableContext | null {
  const { text } = doc;
  const first = doc.sentences[index];
  if (!first) return null;
  const rowOrigins = table?.rows.every((r) => r.origin !== null) ?? false;
  // A table whose rows name every origin, under a sentence naming no party ("… hereby imposes
  // … an anti-dumping duty at the following rates:"), is the home country's when no sentence
  // above names one.
  let unnamed: number | null = null;
  for (let j = index - 1; j >= Math.max(0, index - 6); j--) {
    const s = doc.sentences[j];
    if (!s) continue;
    const word =
      MEASURE_WORD.exec(text.slice(s.start, s.end)) ?? CASE_WORD.exec(text.slice(s.start, s.end));
    if (!word) continue;
    const at = s.start + word.index;
    const read = readRoles(doc, within(doc.places, s.start, s.end), at, s.start, at);
    // The text's home country among other origins is the one they come into.
    const foreign = read.targets.filter((t) => t.code !== home);
    const homeImposes = !read.imposer && foreign.length > 0 && foreign.length < read.targets.length;
    const roles = homeImposes ? { imposer: null, targets: foreign } : read;
    if (rowOrigins && !roles.imposer && roles.targets.length === 0) unnamed ??= j;
    if (roles.targets.length === 0 && !(rowOrigins && roles.imposer)) continue;
    // With no imposer written, the text's home country, else the party it names most.
    const other =
      home !== null && !roles.targets.some((t) => t.code === home)
        ? home
        : ranked.find((c) => !roles.targets.some((t) => t.code === c));
    const imposer = roles.imposer
      ? placeMention(roles.imposer)
      : other !== undefined
        ? syntheticMention(other, s.start)
        : null;
    return contextAt(doc, j, first, imposer, roles.targets.map(placeMention));
  }
  const s = unnamed === null ? undefined : doc.sentences[unnamed];
  if (s && unnamed !== null && home !== null)
    return contextAt(doc, unnamed, first, syntheticMention(home, s.start), []);
  return table ? caseOfNotice(doc, index, home) : null;
}

/** How many sentences above its table a notice may name its case: back to its title. */
const NOTICE_REACH = 16;
/**
 * The origin of goods a case is about: "… originating in or exported from the …", "… produced
 * in the Arab Republic of Egypt", "… from".
 */
const CASE_ORIGIN_BEFORE =
  /\b(?:originating in|exported from|imported from|produced in|manufactured in|from)\s+(?:the\s+)?$/i;
/** A trade remedy case: "dumping", "subsidizing", "less than fair value", "Inquiry No.". */
const REMEDY_CASE =
  /\b(?:dumping|subsidi[sz]\w*|countervailing|safeguard|less than fair value|inquiry|investigation)\b/i;

/**
 * The case a notice names in its title or summary, for a table of rates far below it that no
 * sentence near it ties to a measure: the nearest sentence above naming goods with their origin
 * and another country, which imposes ("The Tribunal … finds that the dumping of cold-rolled
 * steel strapping … originating in or exported from the People's Republic of China …",
 * "Commerce determines that … cells … from the Socialist Republic of Vietnam … are being
 * sold in the United States at less than fair value"). When that sentence names no other
 * country, the text's home country (`home`: the body that issues the notice, "General
 * Administration of Customs") imposes ("The product concerned is brandy … originating in the
 * European Union"). Null when no remedy case is told above the table.
 */
function caseOfNotice(doc: Doc, index: number, home: string | null): TableContext | null {
  const { text } = doc;
  const first = doc.sentences[index];
  if (!first) return null;
  for (let j = index - 1; j >= Math.max(0, index - NOTICE_REACH); j--) {
    const s = doc.sentences[j];
    if (!s) continue;
    const places = within(doc.places, s.start, s.end);
    const cued = (p: PlaceMention) =>
      CASE_ORIGIN_BEFORE.test(text.slice(Math.max(s.start, p.start - 40), p.start));
    const origin = places.find(cued);
    if (!origin) continue;
    const origins = caseOrigins(text, places, origin);
    // "levies on cement from Egypt and on steel sheet from China": an origin of other goods
    // of the notice imposes nothing.
    const named = places.find((p) => !origins.some((o) => o.code === p.code) && !cued(p));
    const imposer = named
      ? placeMention(named)
      : home !== null && !origins.some((o) => o.code === home)
        ? syntheticMention(home, s.start)
        : null;
    // The case may be told above the sentence of the origin, as in a notice's title.
    return imposer && REMEDY_CASE.test(text.slice(0, first.start))
      ? contextAt(doc, j, first, imposer, origins.map(placeMention))
      : null;
  }
  return null;
}

/** What joins the origins of a case: "the People's Republic of China and the Republic of Korea". */
const ORIGIN_JOIN = /^\s*(?:,|,?\s*and|,?\s*or)\s+(?:the\s+)?$/;

/** The origins of a case, the first and those joined to it (see ORIGIN_JOIN). */
function caseOrigins(
  text: string,
  places: readonly PlaceMention[],
  first: PlaceMention,
): PlaceMention[] {
  const origins = [first];
  for (const p of places) {
    const last = origins.at(-1);
    if (last && p.start > last.end && ORIGIN_JOIN.test(text.slice(last.end, p.start)))
      origins.push(p);
  }
  return origins;
}

/** A preliminary finding told: "Commerce published its preliminary determination". */
const PRELIMINARY_TOLD =
  /\bpreliminary\s+(?:affirmative\s+|negative\s+)?(?:determination|results|findings?|ruling|decision)s?\b/i;
/** A final finding told: "made this final determination on August 10". */
const FINAL_TOLD =
  /\bfinal\s+(?:affirmative\s+|negative\s+)?(?:determination|results|findings?|ruling|decision)s?\b/i;

/**
 * The dates between `start` and `end` that may date a case's table: when the stretch tells
 * the final finding, not those of sentences telling only the preliminary one ("On April 2,
 * Commerce published its preliminary determination … Commerce made this final determination
 * on August 10").
 */
function caseDates(doc: Doc, start: number, end: number): DateMention[] {
  const dates = within(doc.dates, start, end);
  const { text } = doc;
  if (!FINAL_TOLD.test(text.slice(start, end))) return dates;
  const preliminary = within(doc.sentences, start, end).filter((x) => {
    const told = text.slice(x.start, x.end);
    return PRELIMINARY_TOLD.test(told) && !FINAL_TOLD.test(told);
  });
  return dates.filter((d) => !preliminary.some((x) => d.start >= x.start && d.end <= x.end));
}

/**
 * The context a table takes from sentence `j` telling its measure, with its parties: the
 * goods it names (else those named last above), its kind, and the dates written between it and
 * the table (whose first line is `first`).
 */
function contextAt(
  doc: Doc,
  j: number,
  first: Range,
  imposer: Mention | null,
  targets: readonly Mention[],
): TableContext | null {
  const { text } = doc;
  const s = doc.sentences[j];
  if (!s) return null;
  const dates = datesOf(doc, caseDates(doc, s.start, first.start), s.start);
  // "On September 9, 2024, the Ministry initiated an anti-dumping investigation into …": the
  // day the case opened, not the day its duties were decided.
  const announced = CASE_OPENED.test(text.slice(s.start, s.end)) ? null : dates.announced;
  const { effective } = dates;
  const products = within(doc.products, s.start, s.end).map(productMention);
  return {
    imposer,
    targets,
    products: products.length > 0 ? products : goodsBefore(doc, j),
    kind: kindOf(text.slice(s.start, first.end)),
    announced,
    effective,
    sentence: j,
  };
}

/**
 * The day a notice was issued, when it ends signed with a date on a line of its own ("Ministry
 * of Commerce … / 13 March 2026"), or its last paragraph opens with the formula that signs it
 * ("Given at the seat of the Federal Executive, in Mexico City, on 26 December 2025. — …"): the
 * rates it lists were decided that day, whatever earlier steps of the case it recalls.
 */
function signedOn(doc: Doc): DateMention | null {
  const last = doc.sentences.at(-1);
  if (!last) return null;
  const date = within(doc.dates, last.start, last.end)[0];
  const line = doc.text.slice(last.start, last.end).trim().replace(SIGNED_AT, '');
  if (date && date.text === line.replace(/\.$/, '') && !date.inferred) return date;
  const closing = doc.sentences.find((s) => s.paragraph === last.paragraph);
  const signed = closing ? within(doc.dates, closing.start, closing.end)[0] : undefined;
  return closing &&
    signed &&
    !signed.inferred &&
    SIGNING_FORMULA.test(doc.text.slice(closing.start, signed.start))
    ? signed
    : null;
}

/** The place a notice is signed at, before its date: "Done at Brussels, ", "Signed in Ottawa, ". */
const SIGNED_AT = /^(?:Done|Signed|Given|Issued)\s+(?:at|in)\s+\p{Lu}[\p{L}'’\x92. -]{1,40},\s*/u;

/** An article of a notice saying when its duties apply: "The duty shall apply from …". */
const NOTICE_APPLIES =
  /\bshall\s+(?:apply|enter into force|come into force|take effect|be (?:applicable|collected))\b/i;

/**
 * "This Regulation shall enter into force on the day following that of its publication …":
 * how many days after its publication a notice applies (the ordinal, none for one day).
 */
const DAY_AFTER_PUBLICATION =
  /\bon the (?:(second|third|twentieth) )?day following (?:that of |the date of )?its publication\b/i;
const ORDINAL_DAYS: Readonly<Record<string, number>> = { second: 2, third: 3, twentieth: 20 };
/** A sentence giving the day a notice was published: "It was published on 18 August 2026". */
const PUBLISHED_ON = /\b(?:was|were|is)\s+published\s+(?:in\s+[^.]{0,60}?\s+)?on\s+$/i;

/**
 * The day the rates of a notice apply from, when an article after the table says so in the
 * eight sentences after it: a date ("The duty shall apply from 25 September 2026"), or a
 * number of days after its publication when the next sentences give that day ("… on the day
 * following that of its publication … It was published on 18 August 2026"). Null otherwise.
 */
function noticeEffective(doc: Doc, table: Table): { iso: string; inferred: boolean } | null {
  const last = Math.min(doc.sentences.length - 1, table.last + 8);
  for (let j = table.last + 1; j <= last; j++) {
    const s = doc.sentences[j];
    const sentence = s ? doc.text.slice(s.start, s.end) : '';
    if (!s || !NOTICE_APPLIES.test(sentence)) continue;
    const { effective } = datesOf(doc, within(doc.dates, s.start, s.end), s.start);
    if (effective) return effective;
    const after = DAY_AFTER_PUBLICATION.exec(sentence);
    const published = after ? publishedOn(doc, j) : null;
    if (after && published)
      return {
        iso: addDays(published.iso, ORDINAL_DAYS[after[1]?.toLowerCase() ?? ''] ?? 1),
        inferred: published.inferred,
      };
  }
  return null;
}

/** The heading of a notice's dates: "DATES: Applicable August 27, 2026.", "DATES: Effective …". */
const DATES_HEADING = /^DATES:\s*(?:Applicable|Effective)\b/;

/** The day a notice says its decisions apply from in the heading of its dates, else null. */
function headedEffective(doc: Doc): DateMention | null {
  const s = doc.sentences.find((x) => DATES_HEADING.test(doc.text.slice(x.start, x.end)));
  return s ? (within(doc.dates, s.start, s.end)[0] ?? null) : null;
}

/** The enacting words of a notice: "I hereby amend Part 3 of Schedule No. 2 …". */
const HEREBY = /\bhereby\b/i;

/**
 * The day a notice's enacting sentence above the table says it takes effect from ("I hereby
 * amend Part 3 …, with effect from 14 August 2026, …"), else null.
 */
function enactedEffective(doc: Doc, table: Table): DateMention | null {
  for (const s of doc.sentences) {
    if (s.end > table.start) break;
    if (!HEREBY.test(doc.text.slice(s.start, s.end))) continue;
    const { effective } = datesOf(doc, within(doc.dates, s.start, s.end), s.start);
    if (effective) return effective;
  }
  return null;
}

/** The day a notice says it was published, in sentence `index` or the two after it. */
function publishedOn(doc: Doc, index: number): DateMention | null {
  for (let j = index; j <= index + 2; j++) {
    const s = doc.sentences[j];
    if (!s) break;
    const found = within(doc.dates, s.start, s.end).find((d) =>
      PUBLISHED_ON.test(doc.text.slice(Math.max(s.start, d.start - 80), d.start)),
    );
    if (found) return found;
  }
  return null;
}

/**
 * The goods a row of a table names for itself: the lexicon's when they are the whole cell
 * ("Wine, apples"), else the cell's words with the scopes of the goods they name ("Copper
 * cathodes").
 */
function rowGoods(doc: Doc, cell: Range): ProductMention[] {
  const found = within(doc.products, cell.start, cell.end);
  let at = cell.start;
  const whole =
    found.length > 0 &&
    found.every((p) => {
      // nothing, or what stands between the items of a list: ", ", " and ", " or "
      const gap = doc.text.slice(at, p.start);
      const joined = gap === '' || LIST_JOIN.test(gap);
      at = p.end;
      return joined;
    }) &&
    at === cell.end;
  if (whole) return found.map(productMention);
  return [
    {
      text: doc.text.slice(cell.start, cell.end),
      span: span(cell.start, cell.end),
      hs: [...new Set(found.flatMap((p) => p.hs))],
    },
  ];
}

/** The row for the other firms of an origin: "All other exporters from China". */
const ALL_OTHERS = /^all\s+other\b/i;

/**
 * The origin of a row that names none, from the row of all other firms that closes its block
 * ("Foshan Huaxin: 19.7%", "All other exporters from China: 34.0%", then the rows of the next
 * origin): the firms listed before it are of that origin. Null when no such row follows.
 */
function closingOrigin(rows: readonly TableRate[], row: TableRate): TableRate['origin'] {
  const after = rows.slice(rows.indexOf(row) + 1);
  const closing = after.find((r) => r.origin !== null || ALL_OTHERS.test(r.producer ?? ''));
  return closing && ALL_OTHERS.test(closing.producer ?? '') ? closing.origin : null;
}

/**
 * The candidates of a table of rates: one per origin (and per goods, when rows name their own:
 * "15%: chicken, wheat", and per duty column, of the kind its header names), with its rates
 * and their producers.
 * A row whose origin column names no country ("Any country other than the subject
 * countries") is left out; a row naming no origin takes that of the "all other" row closing
 * its block, else the origins of its context.
 */
export function tableDrafts(doc: Doc, table: Table, context: TableContext): Draft[] {
  const byRow = new Map<
    string,
    {
      targets: readonly Mention[];
      products: readonly ProductMention[];
      kind: MeasureKind | null;
      rates: TableRate[];
    }
  >();
  for (const r of table.rows) {
    let targets = context.targets;
    const origin = r.origin ?? closingOrigin(table.rows, r);
    if (origin) {
      const place = within(doc.places, origin.start, origin.start + origin.text.length)[0];
      if (!place) continue;
      targets = [placeMention(place)];
    }
    const key = `${targets.map((t) => t.jurisdiction).join()}|${r.goods?.start ?? ''}|${r.column ?? ''}`;
    const products = r.goods ? rowGoods(doc, r.goods) : context.products;
    const kind = (r.column === undefined ? null : kindOf(r.column)) ?? context.kind;
    const group = byRow.get(key) ?? { targets, products, kind, rates: [] };
    group.rates.push(r);
    byRow.set(key, group);
  }
  const applies = context.effective
    ? null
    : (noticeEffective(doc, table) ?? headedEffective(doc) ?? enactedEffective(doc, table));
  const announced = context.announced ?? signedOn(doc);
  return [...byRow.values()].map(({ targets, products, kind, rates }) => {
    const flags: Flag[] = products.every((p) => p.hs.length === 0) ? ['hs_unresolved'] : [];
    const draft: Draft = {
      candidate: {
        type: 'measure',
        key: `measure-${rates[0]?.start ?? table.start}`,
        span: span(table.start, table.end),
        confidence: clampConfidence(
          0.25 +
            (context.imposer ? 0.2 : 0) +
            (targets.length > 0 ? 0.2 : 0) +
            0.15 +
            (products.length > 0 ? 0.1 : 0) +
            (kind !== null ? 0.1 : 0),
        ),
        flags,
        imposer: context.imposer,
        targets: [...targets],
        products: [...products],
        rates: rates.map((r) => ({
          bp: r.bp,
          ...(r.producer === undefined ? {} : { producer: r.producer }),
          span: span(r.start, r.end),
        })),
        kind,
        action: 'imposed',
        dates: { announced: null, effective: null, expires: null },
      },
      announcedInferred: false,
      effectiveInferred: false,
      sentence: table.last,
    };
    if (announced) setDate(draft, 'announced', announced);
    const effective = context.effective ?? applies;
    if (effective) setDate(draft, 'effective', effective);
    return draft;
  });
}
