/**
 * Measure candidates: a sentence that names a duty (tariff, surtax, anti-dumping duty …) and
 * says something about it (a rate, or an act: imposing, raising, suspending, lifting) becomes
 * one candidate per rate group. "100% on canola oil and peas, and 25% on pork" gives two
 * candidates; company-specific rates ("17% for BYD, 35.3% for SAIC") stay in one candidate
 * with their producers, one per clause. A table of rates written as lines of cells ("Exporter
 * | Rate of duty") gives one candidate per origin, its parties, goods and dates taken from the
 * measure named above it; so does a list of "origin – producer: rate" lines after a line
 * ending in a colon. Words inside quotation marks are left to the quote finder.
 * Goods the lexicon does not know are taken as the words of the text ("on Indian goods").
 *
 * Who imposes and who is targeted is read from the sentence's shape: a country before the
 * verb or owning the measure ("China's tariffs") imposes; a demonym on the goods ("Chinese
 * EVs") or a country after "on", "against", "from" is targeted. What a sentence leaves out is
 * taken from the previous measure of the same passage, or from the two parties the text is
 * about. Sentences that only add to the measures just found ("The duties take effect on
 * March 20", "They apply from November 12") date them instead of making new ones, and a
 * measure named without its rate merges into the rated candidate it describes.
 *
 * Confidence = 0.25, plus 0.2 when the imposer is read in the sentence (0.1 when carried from
 * context), 0.2 for a target read in the sentence (0.1 from context), 0.15 for a rate, 0.1 for
 * products found in the lexicon, 0.1 for a known kind of measure; minus 0.1 for a threat.
 */
import type { MEASURE_KINDS } from '../core/model/measure.ts';
import type { Flag, MeasureCandidate, Mention, ProductMention } from './candidates.ts';
import type { DateMention } from './dates.ts';
import {
  clampConfidence,
  datelineCountry,
  isHeadline,
  isQuoted,
  personMention,
  placeMention,
  span,
  within,
  type Doc,
} from './doc.ts';
import { goodsIn, type ProductHit } from './lexicon.ts';
import { placeCode, type PlaceMention } from './places.ts';
import {
  findRates,
  isRateListLine,
  readRateList,
  readRateTable,
  type RateHit,
  type TableRate,
} from './rates.ts';

type MeasureKind = (typeof MEASURE_KINDS)[number];
type Action = MeasureCandidate['action'];

const IMPORT_STOP =
  /\b(?:suspend\w*|halt\w*|block\w*|bann?\w*|prohibit\w*)\s+(?:all\s+|the\s+)?(?:imports?|exports?)\b/i;
const MEASURE_WORD =
  /\b(?:tariffs?(?!\s+(?:items?|headings?|subheadings?|lines?|codes?|classifications?|negotiators?|envoys?|chiefs?)\b)|dut(?:y|ies)|surtax(?:es)?|surcharges?|levy|levies|countermeasures|counter-tariffs?|anti-?dumping|countervailing|anti-subsidy|safeguards?|import bans?|export bans?|bans? on (?:imports|exports)|deposits?)\b|\b(?:suspend\w*|halt\w*|block\w*|bann?\w*|prohibit\w*)\s+(?:all\s+|the\s+)?(?:imports?|exports?)\b/i;
const MEASURE_WORDS = new RegExp(MEASURE_WORD.source, 'gi');
/** A measure on every origin ("a 10% baseline tariff on all countries") has no one target. */
const ALL_ORIGINS =
  /\b(?:all (?:countries|trading partners|imports|origins|nations)|every country|baseline)\b/i;
const INVESTIGATION = /\b(?:investigation|probe|inquiry)\b/i;
const DEMAND =
  /\b(?:asked|asking|urged|urging|called on|calls on|calling on|pressed|pressing|demanded|demands|demanding|urges|wants|wanted)\b[^.]{0,60}\bto\b/i;

const KIND_RULES: readonly (readonly [RegExp, MeasureKind])[] = [
  [/\banti-?dumping\b|\bdumping margin\b/i, 'anti-dumping'],
  [/\bcountervailing\b|\banti-subsidy\b/i, 'countervailing'],
  [/\bsafeguards?\b/i, 'safeguard'],
  [/\bsurtax(?:es)?\b|\bsurcharges?\b/i, 'surtax'],
  [/\bimport bans?\b|\bbans? on imports\b|\bbanned\b/i, 'ban'],
  [IMPORT_STOP, 'ban'],
  [/\bquotas?\b/i, 'quota'],
  [/\btariffs?\b|\bdut(?:y|ies)\b|\blev(?:y|ies)\b/i, 'tariff'],
];

/**
 * What makes a measure not in force: a threat, a proposal, a plan ("a schedule for tariff
 * cuts"), a condition ("once the deal is signed"), or a future lapse ("would lapse when …").
 */
const THREAT =
  /\b(?:threat\w*|warn\w*|float(?:s|ed|ing)\b|could|might|thinking about|thinks about|eyeing|as early as|propos\w*|recommend(?:s|ed|ing)?\b|(?<!after )consider\w*|mull\w*|weigh(?:s|ing)?\b(?!\s+on\b)|plans? to|planning to|(?<!as )planned|unless|if\b|once\s+(?:the\s+)?\w+\s+(?:(?:is|are|has been|have been)\s+\w+ed|takes effect|enters into force|comes into force)\b|(?:would|will|is due to|is set to)\s+(?:lapse|expire)\b|(?:schedule|timetable|roadmap) for|vow\w* to|contemplat\w*|may impose|expect\w* to|aims? to|intends? to|hopes? to|seeks? to|needs? the approval|would need|still needs? (?:the |a )?(?:approval|formal|ratification|sign-off|to (?:clear|pass|be approved|be ratified|be signed))|initiative to|preparing (?:an? )?(?:initiative|plan|bill|decree))/i;
/**
 * A sentence saying the measures just told are not yet in force: "The proposal still needs
 * the approval of Congress", "The treaty has yet to be ratified".
 */
const PENDING =
  /^(?:The|This|That|It|Such)\b[^.]{0,40}?\b(?:(?:still needs?|still has to|still have to|has yet to|have yet to|must still)\s+(?:to\s+)?(?:the\s+)?(?:approval|ratification|(?:be\s+)?(?:clear|pass|approv|ratif)\w*)|is not yet in force|awaits? (?:approval|ratification))/;
const ACTIONS: readonly (readonly [RegExp, Action])[] = [
  [
    /\b(?:suspend\w*|suspension|paus\w*|exempt\w*|waiv\w*|hold off|defer\w*|postpon\w*)/i,
    'suspended',
  ],
  [
    /\b(?:lift\w*|remov\w*|scrap\w*|stop(?:s|ped|ping)? (?:collecting|charging|applying)|dropp?(?:ed|ing|s)?\b|end(?:ed|s|ing)?\b|eliminat\w*|repeal\w*|revok\w*|withdr[ae]w\w*|rescind\w*)/i,
    'lifted',
  ],
  [
    /\b(?:rais\w*|increas\w*|hik\w*|doubl\w*|tripl\w*|quadrupl\w*|escalat\w*|rise to|rises to|will rise)/i,
    'raised',
  ],
  [/\b(?:reduc\w*|lower\w*|cut(?:s|ting)?\b|eas(?:e|ed|es|ing)\b|slash\w*)/i, 'reduced'],
];
const ACTIONS_ALL = ACTIONS.map(([re, action]) => [new RegExp(re.source, 'gi'), action] as const);
/** "gave no sign of easing the deposit", "declined to lift": a change that did not happen. */
const NOT_DONE_BEFORE =
  /\b(?:no|not|never|without|refus\w* to|declin\w* to|no sign of|ruled out)\s+(?:\w+\s+){0,2}$/i;
/**
 * An act on a measure: what a sentence needs to be a candidate when it gives no rate.
 * "answered that measure with duties on …" puts duties in place; "issued final
 * countervailing duty determinations on …" sets them.
 */
const ACT =
  /\b(?:(?:answer|respond|retaliat)\w*\s+(?:[\w-]+\s+){0,3}?with|(?:final|preliminary)\s+(?:[\w-]+\s+){0,3}?determinations?|impos\w*|slap\w*|levy|levied|put|placed|places|appl(?:y|ies|ied)|introduc\w*|announc\w*|confirm\w*|set|sets|suspend\w*|paus\w*|exempt\w*|lift\w*|remov\w*|scrap\w*|drop\w*|end(?:ed|s)?|eliminat\w*|repeal\w*|revok\w*|rais\w*|increas\w*|hik\w*|doubl\w*|reduc\w*|lower\w*|cut|cuts|slash\w*|halt\w*|bann?\w*|order\w*|requir\w*|take effect|took effect|takes effect|(?:enter\w*|c[ao]me|comes) into (?:force|effect))\b/i;

const EFFECTIVE_CUE =
  /(?:\b(?:from|starting|effective|as of|beginning|since|on or after|on and after|with effect)\s+(?:on\s+|from\s+)?$)|\b(?:take effect|takes effect|took effect|taking effect|come into (?:force|effect)|comes into (?:force|effect)|came into (?:force|effect)|enter(?:s|ed|ing)? into (?:force|effect)|in force|kick in|kicks in|kicked in|apply|applies|applied|follow|start|starts|started|begin|begins|began|will be (?:levied|collected|imposed)|were imposed|was imposed)\b[^.;]{0,30}$/i;
const ANNOUNCE_VERB =
  /\b(?:announc\w*|said|says|unveil\w*|declar\w*|decid\w*|determin(?:ed|ation)|confirm\w*|publish\w*|issu\w*|rul(?:ed|ing)|releas\w*|stat\w*|notice|notification|agreed)\b/i;
/** Effective the day the act was announced: "effective immediately", "effective the same day". */
const IMMEDIATE =
  /\b(?:effective immediately|with immediate effect|takes? effect immediately|immediately|(?:effective|in force) (?:from |on )?the same day|from the date of (?:the |its )?(?:publication|issue)\b)/i;
/** "pressed for relief from the 25% levy": who seeks relief bears the measure. */
const RELIEF =
  /\b(?:relief|exemptions?|reprieve|waivers?)\s+from\s+(?:the\s+|its\s+)?(?:[\w.%-]+\s+){0,3}$/i;
/** A time with no day that still dates a sentence apart: "in March 2025", "last year". */
const OWN_TIME =
  /\b(?:in|since|by)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\d{4}\b|\blast (?:year|month)\b/;
/** An act taking effect with the one told before it: "From the same date, …". */
const FROM_SAME_DATE =
  /\b(?:from|as of|effective|starting|with effect from)\s+(?:the same (?:date|day)|that (?:date|day))\b/i;
/** An act dated by the one told before it: "In a separate notice the same day, …". */
const SAME_DAY = /\b(?:the same day|on the same date|later that day)\b/i;
/** A legal recital: what led to the act, with the dates of findings and requests. */
const RECITAL = /\bWhereas\b/;
/** A legal instrument acting in the present tense: "hereby imposes", "The Order imposes". */
const INSTRUMENT_ACT =
  /\b(?:hereby\s+\w+|(?:The|This)\s+(?:Order|Notification|Regulations?|Decision|Notice|Decree|Resolution)\s+(?:also\s+)?(?:imposes|amends|reduces|raises|sets|extends|removes|suspends|lifts))\b/;

/**
 * The date an instrument is dated: the first date that ends a short line of its own
 * ("New Delhi, the 5th May, 2025", "Registration SOR/2026-31 February 13, 2026").
 */
function instrumentDate(doc: Doc): DateMention | null {
  const { text } = doc;
  for (const d of doc.dates) {
    const lineStart = text.lastIndexOf('\n', d.start) + 1;
    const lineEnd = text.indexOf('\n', d.end);
    const end = lineEnd < 0 ? text.length : lineEnd;
    if (end - lineStart <= 80 && /^[\s.]*$/.test(text.slice(d.end, end))) return d;
  }
  return null;
}

/**
 * Goods named before: "on the products concerned", "the subject goods", "such goods". Rates
 * set for companies with no goods of their own are on the goods of the case told before.
 */
const GOODS_REFERENCE =
  /\b(?:(?:the|such|these|those)\s+(?:products|goods|merchandise)(?:\s+concerned|\s+in question)?|subject (?:goods|merchandise|products))\b/i;
/** A sentence that continues about the measures just found. */
const REFERS_BACK =
  /^(?:They|These|It|Those|The (?:[\w-]+ )?(?:rates?|measures?|cuts?|duties|duty|tariffs?|levies|surtax(?:es)?|deposits?|ban|increases?|changes?|suspensions?|exemptions?|removals?|reductions?|pause|move|decision|regulations?|order|notice|notification|decree|schedule|ruling))\b|\bthe (?:[\w-]+ )?(?:rates?|ban|duties|tariffs|surtax|measures)\b/;
/** The clause around an offset: between the nearest commas, semicolons or sentence ends. */
function clauseAround(text: string, from: number, to: number, at: number): string {
  let a = at;
  while (a > from && !/[,;:]/.test(text[a - 1] ?? '')) a--;
  let b = at;
  while (b < to && !/[,;:]/.test(text[b] ?? '')) b++;
  return text.slice(a, b);
}
/**
 * True when the word at `at` is part of a title in capitals, not prose: "makes the annexed
 * Order Imposing a Surtax on Certain Goods" names an instrument; it does not impose anything.
 */
function inTitle(text: string, sentenceStart: number, at: number): boolean {
  if (at === sentenceStart || !/^\p{Lu}/u.test(text.slice(at, at + 1))) return false;
  const before = text
    .slice(Math.max(sentenceStart, at - 40), at)
    .split(/\s+/)
    .filter(Boolean);
  const [prev = '', last = ''] = before.slice(-2);
  return /^\p{Lu}/u.test(last) || (/^(?:a|an|the|of|on)$/.test(last) && /^\p{Lu}/u.test(prev));
}

/**
 * True when the offset lies in quoted speech. A name in quotation marks ("in the matter of
 * "Insoluble Sulphur"") is not speech: its goods are the measure's.
 */
const inSpeech = (doc: Doc, at: number) =>
  doc.quoted.some(
    (q) => q.start <= at && at < q.end && doc.text.slice(q.start, q.end).split(/\s+/).length > 3,
  );

/** Words around a rate that stays in force after an act on another part of the duty. */
const STAYS_BEFORE =
  /\b(?:leaving|leaves|left|keeping|keeps|kept)\s+(?:in place\s+)?(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?$/i;
const STAYS_AFTER = /^\s*(?:[\w-]+\s+){0,2}(?:in place|unchanged|intact)\b/i;

/** A rate that stays after the act: "leaving an additional 10% tariff in place". */
function stays(text: string, s: { readonly start: number }, r: RateHit): boolean {
  return (
    STAYS_BEFORE.test(text.slice(Math.max(s.start, r.start - 40), r.start)) &&
    STAYS_AFTER.test(text.slice(r.end, r.end + 40))
  );
}

/** Verbs that date the start of a measure: "imposed … on March 20", "took effect on …". */
const STARTED =
  /\b(?:imposed|levied|placed|put in place|began|slapped|took effect|takes effect|suspended)\b/i;
/** Of those, the verbs that tell only of the start, never of a decision: "placed on March 20". */
const STARTED_ONLY = /\b(?:took effect|takes effect|began|placed|put in place)\b/i;
/** A measure whose rate moved by itself: "the tariffs doubled to 50%", "the rate rose to 35%". */
const RATE_MOVED =
  /\b(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|rates?|levy|levies)\b[^.;,]{0,60}?\b(?:rose|rises|doubled|doubles|tripled|triples|climbed|climbs|jumped|jumps|fell|falls)\s+to\b/i;

/** A measure said to stay as it is: "the 20% tariff stays", "… remains in place". */
const STATE_AFTER =
  /^\s+(?:[\w-]+\s+){0,8}?(?:stays?|remains?|will (?:stay|remain)|(?:is|are) still in (?:place|force))\b/i;

/** Words that open a range of rates: both ends are rates in force. */
const RANGE_BEFORE = /\b(?:rang(?:e|es|ed|ing)|vary|varies|varying)\s+from\s+$/i;
const IN_FORCE =
  /\b(?:(?:enter\w*|c[ao]me|comes|coming) into (?:force|effect)|t[ao]ok effect|takes effect|kick(?:s|ed)? in)\b/i;
/** "The measures are therefore revoked": a passive act, its verb far after the measure's word. */
const PASSIVE_ACT =
  /\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+|therefore\s+|also\s+|now\s+)?(?:revoked|lifted|removed|suspended|scrapped|terminated|withdrawn|repealed|rescinded|imposed|raised|reduced|extended)\b/i;
const NEGATED = /\b(?:no|not|never|nor|without)\b/i;
/** Where a sentence turns to the rate a measure is compared with: ", down from the 32% …". */
const COMPARED_TAIL =
  /,?\s+(?:down|up) from\b|\b(?:instead of|compared (?:with|to)|rather than)\b/i;
const COMPARISON =
  /\b(?:below|above|compared (?:with|to)|down from|up from|than|instead of|replac\w*)\b[^.%]{0,45}$|\b(?:against|versus|vs\.?)\s+(?:just\s+|only\s+)?$|\bfrom\s+(?:as\s+(?:much|high)\s+as|up\s+to)\s+$/i;

const TARGET_BEFORE =
  /\b(?:on|against|from|targeting|targets|of|at|toward|towards|made in|produced in|originating in|poured in|smelted in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const GOODS_AFTER =
  /^(?:-made|-origin|-built|-produced|-grown)?\s*(?:[\w-]+\s+){0,2}?(?:goods|imports?|exports?|products?|producers?|exporters?|companies|firms|makers|carmakers|automakers|manufacturers|shipments|origin|steel|aluminum|aluminium|vehicles?|EVs?|cars?|canola|rapeseed|pork|beef|wine|barley|seafood|lobsters?|soybeans?|solar|chips|semiconductors?|agricultural|farm|food|brandy|crude|coal)\b/i;
const GOVERNMENT_AFTER =
  /^\s*(?:government|administration|authorities|ministry|commerce ministry|finance ministry|officials|customs|regulators|cabinet|state council|tariff commission)\b/i;
const OWNER_AFTER =
  /^(?:'s|’s)\s+(?:[\w.%-]+\s+){0,3}?(?:tariffs?(?!\s+(?:negotiators?|envoys?|chiefs?|talks))|dut(?:y|ies)|surtax|levies|measures?|safeguards?|quotas?|government|commerce ministry|ministry|finance department|customs|announcement|decision|retaliation)\b/i;
/** "duties on Brazilian silicon metal": a demonym after "on" names the goods' origin. */
const GOODS_TARGET_BEFORE = /\b(?:on|against|targeting)\s+(?:the\s+|all\s+|most\s+)?$/i;
/**
 * "the Anti-Dumping Regulations of the People's Republic of China", "the Ministry of Commerce
 * of China": the country whose law or body it is acts, it is not an origin.
 */
const LAWMAKER_BEFORE =
  /\b(?:Regulations?|Laws?|Act|Code|Decree|Ministry(?: of [A-Z]\w+)?|Government|State Council|Customs|Commission)\s+of\s+(?:the\s+)?$/;
/**
 * "…, Seoul's trade ministry said on Friday": a body telling of the measure after it is the
 * source of the news, not a party.
 */
const SOURCE_AFTER =
  /^(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|office|department|officials?|spokesperson|spokesman|spokeswoman)\s+(?:said|says|told|reported|confirmed)\b/i;
/** "The China Surtax Order (2024)": a country in the title of a legal instrument. */
const INSTRUMENT_AFTER =
  /^\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Order|Act|Regulations?|Decree|Law|Notice|Rules)\b/u;
/**
 * "Canada's only producer", "Japan's exporters", "all other EU companies": the country is
 * where the goods come from.
 */
const PRODUCER_OWNER_AFTER =
  /^(?:'s|’s)?\s+(?:(?:only|sole|largest|biggest|main|top|leading|other)\s+)?(?:[\w-]+\s+)?(?:producers?|exporters?|makers?|manufacturers?|suppliers?|companies|firms|mills|smelters|shippers)\b/i;
/**
 * "the 25% surtax Canada placed last month", "the tariff that Washington placed": the country
 * right after the measure put it.
 */
const MEASURE_BEFORE =
  /\b(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies|measures)\s+(?:that\s+|which\s+)?$/i;
const PLACED_AFTER =
  /^\s+(?:has\s+|had\s+)?(?:placed|imposed|levied|slapped|put|applied|introduced|set)\b/i;
/** "U.S. tariffs", "Chinese 25% duties": the country owns the measure. */
const MEASURE_AFTER =
  /^\s+(?:[\w.%-]+\s+)?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|levies|countermeasures|retaliation|(?:tariff\s+)?rates?\s+on)\b/i;
const SUBJECT_VERB =
  /\b(?:impos\w*|plac(?:e|es|ed|ing)\b|announc\w*|slap\w*|levy|levied|appl(?:y|ied|ies)|set|sets|will|would|suspend\w*|lift\w*|rais\w*|threaten\w*|plans?|said|says|put|introduc\w*|hit|retaliat\w*|confirm\w*|remov\w*|scrap\w*|reduc\w*|lower\w*|cut|cuts|orders?|ordered|bann?\w*|halt\w*|requir\w*|agreed|unveil\w*)/i;

/** What lies between two places of one list: "China, Japan", "China PR and Japan". */
const LISTED_AFTER = /^(?:\s+[A-Z]{1,3})?(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)(?:the\s+)?$/;
/** Where goods arrive: "in", "into", "entering", "exported to" the importer. */
const IMPORTER_BEFORE =
  /\b(?:in|into|entering|exported to|shipped to|shut out of|access to|exports to|shipments to|sales to)\s+(?:the\s+)?$/i;
/** The market goods are sold to, never their origin: "shut out of China", "exports to Japan". */
const MARKET_BEFORE =
  /\b(?:exported to|shipped to|shut out of|access to|exports to|shipments to|sales to)\s+(?:the\s+)?$/i;

interface Roles {
  readonly imposer: PlaceMention | null;
  readonly targets: PlaceMention[];
}

/** Reads imposer and targets from the places of one stretch of a sentence. */
function readRoles(
  doc: Doc,
  places: readonly PlaceMention[],
  verbAt: number,
  sentenceStart: number,
  measureAt: number,
): Roles {
  const { text } = doc;
  let imposer: PlaceMention | null = null;
  let owner: PlaceMention | null = null;
  // "the total U.S. duty" further off: the owner only when nothing else names one.
  let farOwner: PlaceMention | null = null;
  const targets: PlaceMention[] = [];
  const undecided: PlaceMention[] = [];
  for (const p of places) {
    const before = text.slice(Math.max(sentenceStart, p.start - 30), p.start);
    const after = text.slice(p.end, p.end + 40);
    // Ownership counts only close to the measure's word ("by Washington" far off is not it).
    const near = Math.abs(p.start - measureAt) <= 60;
    const lastTarget = targets.at(-1);
    if (INSTRUMENT_AFTER.test(after) || (p.start > measureAt && SOURCE_AFTER.test(after))) {
      continue;
    } else if (lastTarget && LISTED_AFTER.test(text.slice(lastTarget.end, p.start))) {
      targets.push(p); // "from China PR and Japan": the list goes on
    } else if (PRODUCER_OWNER_AFTER.test(after)) {
      targets.push(p);
    } else if (MEASURE_BEFORE.test(before) && PLACED_AFTER.test(after)) {
      owner ??= p;
    } else if (LAWMAKER_BEFORE.test(before)) {
      owner ??= p;
    } else if (
      near &&
      (/\bby\s+(?:the\s+)?$/i.test(before) ||
        OWNER_AFTER.test(after) ||
        GOVERNMENT_AFTER.test(after) ||
        (p.start < measureAt && MEASURE_AFTER.test(after)))
    ) {
      owner ??= p;
    } else if (p.via !== 'capital' && MEASURE_AFTER.test(after)) {
      farOwner ??= p;
    } else if (p.start < verbAt && GOVERNMENT_AFTER.test(after)) {
      // "… the wrath of a U.S. administration that already hit …": a government before the
      // verb is its subject, whatever words come before it.
      imposer = p;
    } else if (p.via === 'demonym') {
      // A demonym names the origin of goods ("Chinese steel", "on Brazilian silicon metal"),
      // or nothing we need.
      if (
        GOODS_AFTER.test(after) ||
        GOODS_TARGET_BEFORE.test(before) ||
        within(doc.products, p.end, p.end + 40)[0]?.start === p.end + 1
      )
        targets.push(p);
    } else if (TARGET_BEFORE.test(before) && !MARKET_BEFORE.test(before)) {
      targets.push(p);
    } else if (IMPORTER_BEFORE.test(before)) {
      undecided.push(p); // where goods arrive: the importer, when nothing else says so
    } else if (p.start < verbAt) {
      imposer = p; // the closest country before the verb is its subject
    } else {
      undecided.push(p);
    }
  }
  if (owner !== null) imposer = owner;
  imposer ??= farOwner;
  if (imposer === null) {
    const inside = undecided.find((p) =>
      IMPORTER_BEFORE.test(text.slice(Math.max(sentenceStart, p.start - 20), p.start)),
    );
    if (inside) imposer = inside;
  }
  if (targets.length === 0) for (const p of undecided) if (p !== imposer) targets.push(p);
  const code = imposer?.code;
  const distinct = targets.filter(
    (t, i) => t.code !== code && targets.findIndex((u) => u.code === t.code) === i,
  );
  return { imposer, targets: distinct };
}

/** The places of a sentence that goes on about a measure: origins, all but its imposer. */
function originsOnly(places: readonly PlaceMention[], imposer: string): Roles {
  const targets = places.filter(
    (p, i) => p.code !== imposer && places.findIndex((q) => q.code === p.code) === i,
  );
  return { imposer: null, targets };
}

/**
 * Words that set a rate for someone without naming the duty ("Kyushu Elastomer will pay a
 * rate of 17.4%", "was assigned 7.6%"): such a sentence goes on about the measure before it
 * even with a sentence in between.
 */
const RATE_SET =
  /\b(?:rates? of|margins? of|will pay|pays?|was (?:given|assigned|charged)|were (?:given|assigned|charged)|will be charged|will face|faces?)\b/i;

/**
 * A break that opens a clause about something else: a subordinate clause ("…, a week after
 * Ottawa declined to lift its surtaxes", "…, which", "…, as"), a coordinated clause of its
 * own ("…, and has trimmed its purchases of Russian crude"), an appositive that comments on
 * the act ("…, a concession cork producers sought", "…, in what officials called a first
 * step") or a semicolon.
 */
const SUBORDINATE =
  /[,;]\s+(?:(?:a|one|two|three|several|some|just|only)\s+(?:day|week|month|year)s?\s+(?:after|before)|(?:days|weeks|months|hours|years)\s+(?:after|before)|after|before|since|when|as|because|following|amid|despite|whereas|while|although|though|but|which|who|in what|in response to|in retaliation for|and\s+(?:has|have|had)|(?:a|an)\s+(?:[\w-]+\s+)?(?:concession|move|step|blow|reprieve|reversal|setback|victory|boost|relief|gesture)\b)\b|;/gi;

/**
 * The clause of a sentence that holds [first, last]: from the subordinate break before
 * `first` (or the sentence start) to the first one after `last` (or the sentence end).
 */
export function measureClause(
  text: string,
  s: { readonly start: number; readonly end: number },
  first: number,
  last: number = first,
): { start: number; end: number } {
  let start = s.start;
  let end = s.end;
  SUBORDINATE.lastIndex = s.start;
  for (let m = SUBORDINATE.exec(text); m !== null && m.index < s.end; m = SUBORDINATE.exec(text)) {
    if (m.index + m[0].length <= first) start = m.index + m[0].length;
    else if (m.index >= last) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

function kindOf(sentence: string): MeasureKind | null {
  for (const [re, kind] of KIND_RULES) if (re.test(sentence)) return kind;
  return null;
}

const DUTY_NOUN =
  /\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?|counter-?tariffs?|countermeasures?|measures?|safeguards?)\b/i;
/** What a suspending or lifting verb may act on other than a duty: "ending a probe". */
const OTHER_OBJECT =
  /\b(?:probe|investigation|agreement|deal|talks|dispute|complaint|case|pact)\b/i;
/** Words that make what follows a condition: "until the duties are lifted". */
const CONDITION_BEFORE = /\b(?:until|unless|once|if)\b[^,;.]*$/i;
const PASSIVE = /\b(?:be|been|is|are|was|were|being)\s+(?:\w+ly\s+|therefore\s+|also\s+|now\s+)?$/i;

/**
 * Whether a suspending or lifting verb at `at` acts on a duty: the duty follows it ("scrap the
 * tariffs", "suspend its 100% tariffs") with nothing else acted on in between, or the verb is
 * passive with the duty before it ("the duty of 80.5% will be lifted"). "At the end of August"
 * and "withdraw from a suspension agreement" are not acts on a duty.
 */
function actsOnDuty(sentence: string, at: number, length: number): boolean {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + length, at + length + 80);
  if (/^\s+of\b/i.test(after) && /\bend$/i.test(sentence.slice(at, at + length))) return false;
  // "… will stay until the steel duties are lifted": a condition, not the act.
  if (CONDITION_BEFORE.test(before)) return false;
  const duty = DUTY_NOUN.exec(after);
  if (duty && !OTHER_OBJECT.test(after.slice(0, duty.index))) return true;
  return PASSIVE.test(before) && DUTY_NOUN.test(before);
}

/** "lifting the tariff on light vehicles to 50%": lifted to a rate is raised, not removed. */
const LIFTED_TO = /^\w*\s+[^,;.%]{0,120}?\bto\s+\d{1,3}(?:\.\d+)?\s*(?:%|per ?cent|percent)/i;

/** The change a stretch of text writes (suspending, lifting, raising, reducing), if any. */
function changeIn(sentence: string): Action | null {
  for (const [re, action] of ACTIONS_ALL) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (NOT_DONE_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (/^lift/i.test(m[0]) && LIFTED_TO.test(sentence.slice(m.index))) return 'raised';
      if (action !== 'suspended' && action !== 'lifted') return action;
      if (actsOnDuty(sentence, m.index, m[0].length)) return action;
    }
  }
  return null;
}

function actionOf(sentence: string, kind: MeasureKind | null): Action {
  if (THREAT.test(sentence)) return 'threatened';
  if (kind === 'ban' && IMPORT_STOP.test(sentence)) return 'imposed';
  return changeIn(sentence) ?? 'imposed';
}

/**
 * True when every threat of a sentence lies among the later rates, past `to` and before the
 * last rate's end: "The US imposed a 10% tariff from April 5, and Trump has floated duties of
 * up to 200%" threatens the 200% only. A threat after the last rate ("… and 15% on Y if talks
 * fail") holds for all.
 */
function threatOnlyAfter(
  text: string,
  s: { readonly start: number; readonly end: number },
  to: number,
  lastRate: number,
): boolean {
  const from = s.start;
  const threats = new RegExp(THREAT.source, 'gi');
  const scope = text.slice(from, lastRate);
  let any = false;
  for (let m = threats.exec(scope); m !== null; m = threats.exec(scope)) {
    if (from + m.index < to) return false;
    any = true;
  }
  return any && !THREAT.test(text.slice(lastRate, s.end));
}

/** A verb that puts a new duty in place. */
const IMPOSING = /\b(?:impos\w*|slap\w*|levy|levie[sd]|introduc\w*|charg\w*|hit)\b/i;

/**
 * The act of one rate in a sentence that writes several acts: "will cut its tariff on
 * aluminum to 10% and remove its 25% tariff on coffee" reads "cut" for the 10% and "remove"
 * for the 25%. The stretch is what lies between the previous rate and this one; when it
 * writes no verb of its own ("… 10% on peas and 15% on pork"), the sentence's act holds.
 */
function groupAction(stretch: string, sentenceAction: Action): Action {
  if (sentenceAction === 'threatened') return sentenceAction;
  return changeIn(stretch) ?? (IMPOSING.test(stretch) ? 'imposed' : sentenceAction);
}

interface Group {
  readonly rates: RateHit[];
  readonly products: ProductHit[];
  /** the stretch where its parties are read: from the previous rate to its own */
  readonly from: number;
  readonly to: number;
  /** the stretch where its dates are read */
  readonly dateFrom: number;
  readonly dateTo: number;
}

/** One group of every rate and product of the sentence. */
function wholeSentence(
  s: { start: number; end: number },
  rates: readonly RateHit[],
  products: readonly ProductHit[],
): Group {
  return {
    rates: [...rates],
    products: [...products],
    from: s.start,
    to: s.end,
    dateFrom: s.start,
    dateTo: s.end,
  };
}

/** Groups products with the rate they belong to: after the rate, or before it. */
function groupByRate(
  text: string,
  s: { start: number; end: number },
  rates: readonly RateHit[],
  products: readonly ProductHit[],
): Group[] {
  if (rates.some((r) => r.producer !== undefined)) return byCompanyClause(text, s, rates, products);
  if (rates.length <= 1) {
    return [wholeSentence(s, rates, products)];
  }
  const byClause = rates.map((r) => {
    const c = exclusiveClause(text, s, rates, r);
    return c ? products.filter((p) => p.start >= c.start && p.end <= c.end) : null;
  });
  const first = rates[0];
  const productsFirst =
    first !== undefined && products.length > 0 && (products[0]?.start ?? 0) < first.start;
  const groups = rates.map((r, i) => {
    const lo = productsFirst ? (rates[i - 1]?.end ?? s.start) : r.end;
    const hi = productsFirst ? r.start : (rates[i + 1]?.start ?? s.end);
    const own = byClause[i];
    return {
      rates: [r],
      // A rate alone in its clause takes that clause's goods, whichever side they stand on.
      products: own && own.length > 0 ? own : products.filter((p) => p.start >= lo && p.end <= hi),
      from: rates[i - 1]?.end ?? s.start,
      to: r.end,
      dateFrom: productsFirst ? (rates[i - 1]?.end ?? s.start) : r.start,
      dateTo: productsFirst ? r.end : (rates[i + 1]?.start ?? s.end),
    };
  });
  // "between 30.6% and 39% on brandy": both ends of a range are on the same goods.
  for (let i = 1; i < groups.length; i++) {
    const a = groups[i - 1];
    const b = groups[i];
    const [ra, rb] = [rates[i - 1], rates[i]];
    if (!a || !b || !ra || !rb || !RANGE_AND.test(text.slice(ra.end, rb.start))) continue;
    const shared = a.products.length > 0 ? a.products : b.products;
    groups[i - 1] = { ...a, products: shared };
    groups[i] = { ...b, products: shared };
  }
  // "an anti-dumping duty of 73.6% and a countervailing duty of 6.9% on barley": a duty with
  // no goods, listed alongside another, is on the goods of the next.
  for (let i = groups.length - 2; i >= 0; i--) {
    const a = groups[i];
    const b = groups[i + 1];
    const [ra, rb] = [rates[i], rates[i + 1]];
    if (!a || !b || !ra || !rb || a.products.length > 0) continue;
    if (PARALLEL_DUTY.test(text.slice(ra.end, rb.start)))
      groups[i] = { ...a, products: b.products };
  }
  return groups;
}

/** What joins two duties listed alongside: "… and a countervailing duty of …". */
const PARALLEL_DUTY =
  /^\s*(?:,\s*)?(?:and\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:dut(?:y|ies)|tariffs?|surtax(?:es)?|levy|levies|rates?|deposits?)\s+of\s+$/i;

/** What joins the two ends of a range of rates: "30.6% and 39%", "27% to 38%". */
const RANGE_AND = /^\s*(?:and|to|-|–)\s*$/;

/**
 * Where a sentence turns to another set of producers (", while", ", whereas", "; ", ", and
 * Laotian cells will face …") or to another act with a subject of its own (", and Beijing
 * responded with …").
 */
const COMPANY_CLAUSE =
  /,\s+(?:while|whereas)\b|;\s|,\s+and\s+(?=[^,;]{0,40}?\b(?:will face|faces?|will pay|pays?|(?:was|were) assigned)\b)|(,\s+and\s+)(?=\p{Lu}[\p{L}.]*\s+\w+ed\b)/gu;

/**
 * Company-specific rates stay together, one group per clause: "Longda will pay 12.1% and
 * other Chinese exporters 34.3%, while Indian producers face 8.9%" gives the Chinese rates
 * and the Indian one apart, each clause read for its own origin.
 */
function byCompanyClause(
  text: string,
  s: { start: number; end: number },
  rates: readonly RateHit[],
  products: readonly ProductHit[],
): Group[] {
  const bounds = [s.start];
  // Clauses split at another act have goods of their own: they do not share the others'.
  let separate = false;
  COMPANY_CLAUSE.lastIndex = 0;
  const sentence = text.slice(s.start, s.end);
  for (let m = COMPANY_CLAUSE.exec(sentence); m !== null; m = COMPANY_CLAUSE.exec(sentence)) {
    bounds.push(s.start + m.index + m[0].length);
    if (m[1] !== undefined) separate = true;
  }
  bounds.push(s.end);
  const groups: Group[] = [];
  for (let i = 1; i < bounds.length; i++) {
    const from = bounds[i - 1] ?? s.start;
    const to = bounds[i] ?? s.end;
    const own = rates.filter((r) => r.start >= from && r.start < to);
    if (own.length === 0) continue;
    const goods = products.filter((p) => p.start >= from && p.end <= to);
    groups.push({
      rates: own,
      products: goods.length > 0 || separate ? goods : [...products],
      from,
      to,
      dateFrom: from,
      dateTo: to,
    });
  }
  if (groups.length > 1) return groups;
  return [wholeSentence(s, rates, products)];
}

/**
 * A government body named without its country as the subject: "The Finance Ministry has
 * imposed …", "In February the government cut …".
 */
const HOME_BODY =
  /(?:^(?:(?:In|On|Last|Earlier|Later)\b[^,]{0,30}?,?\s+)?|[:,—–-]\s+)the\s+(?:(?:finance|commerce|trade|economy|industry|agriculture)\s+)?(?:ministry|government|cabinet|department|customs authority)\b[^,]*$/i;

/** A measure named by a word of its own: "the fentanyl tariff", "the Section 232 duties". */
const NAMED_MEASURE =
  /\b[Tt]he\s+(?:\d+(?:\.\d+)?%\s+)?([A-Za-z][\w-]+(?:\s+\d+)?)\s+(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies)\b/;
/** Words that qualify any measure and name none: "the new tariff", "the additional duty". */
const GENERIC_QUALIFIER =
  /^(?:new|same|additional|extra|higher|lower|current|existing|first|second|third|final|preliminary|provisional|interim|total|combined|overall|average|standard|general|import|export|proposed|planned|threatened|retaliatory|punitive|steep|hefty|anti-dumping|countervailing|reciprocal|U\.S|US|EU)$/i;

/**
 * The measure told before whose sentence used the name a clause gives a measure ("tied to
 * fentanyl trafficking" … "the fentanyl tariff"), latest first.
 */
function namedBefore(
  doc: Doc,
  drafts: readonly Draft[],
  clause: { readonly start: number; readonly end: number },
): Draft | undefined {
  const name = NAMED_MEASURE.exec(doc.text.slice(clause.start, clause.end))?.[1];
  if (!name || GENERIC_QUALIFIER.test(name) || placeCode(name) !== null) return undefined;
  const word = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return drafts.findLast((d) => {
    const told = doc.sentences[d.sentence];
    return told !== undefined && word.test(doc.text.slice(told.start, told.end));
  });
}

/** A sentence whose subject is a pronoun: "It added …", "In March it added …". */
const PRONOUN_SUBJECT =
  /^(?:(?:In|On|By|Then|Later|Last|Earlier)\b[^,]{0,30}?,?\s+)?(?:it|It)\s+(?:also\s+|then\s+|later\s+)?\w+(?:ed|s)\b/;

/** The place that opens a sentence as its subject ("Beijing opened …"), before `end`. */
function leadSubject(doc: Doc, start: number, end: number): PlaceMention | null {
  const first = within(doc.places, start, end)[0];
  return first && /^(?:The\s+)?$/.test(doc.text.slice(start, first.start)) ? first : null;
}

/** The jurisdictions of the text, most mentioned first: the fallback for a missing party. */
function placesByCount(doc: Doc): readonly string[] {
  const counts = new Map<string, number>();
  for (const p of doc.places) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/**
 * A party the sentence does not write but the context gives (the previous measure, or the
 * two parties the text is about): a mention with empty text and an empty span at the
 * sentence start, so that nothing points at words that do not name it.
 */
const syntheticMention = (code: string, at: number): Mention => ({
  text: '',
  span: span(at, at),
  actor: null,
  jurisdiction: code,
});

/** "backdated to Nov. 1", "retroactive to March 4": the day the measure applies from. */
const BACKDATED = /\b(?:backdated|retroactive(?:ly)?)\s+(?:to|from)\s+$/i;

/** Splits the dates of a stretch into the effective one and the announced one. */
function datesOf(doc: Doc, dates: readonly DateMention[], from: number) {
  let effective: DateMention | null = null;
  let announced: DateMention | null = null;
  for (const d of dates) {
    const before = doc.text.slice(Math.max(from, d.start - 60), d.start);
    if (BACKDATED.test(before)) effective ??= d;
    else if (/\b(?:until|till|through|to|expires?|expiring|ends?)\s+(?:on\s+)?$/i.test(before))
      continue;
    else if (EFFECTIVE_CUE.test(before)) effective ??= d;
    else announced ??= d;
  }
  return { effective, announced };
}

/** The break that opens the stretch after a rate: ", and", "; ", ", while". */
const OPENING_BREAK = /^\s*(?:[,;]\s*)?(?:(?:and|while|whereas|but)\b)?/;

/** Breaks between the clauses of a sentence that may each carry their own date. */
const CLAUSE_BREAK = /,\s|;\s|\s(?:while|whereas)\s/g;

/**
 * The dates of one rate's clause, when a sentence gives several rates in clauses of their
 * own: "raised the tariff on lumber to 35% from April 5, while a 25% duty on aluminium took
 * effect on April 9" dates each by its clause. A clause with no rate ("…, starting May 14")
 * dates every rate whose own clause has no date. Undefined when the rate shares its clause
 * with another rate (the grouping by rate then decides).
 */
/** The clauses of a sentence, split at commas, semicolons and "while". */
function clausesOf(text: string, s: { readonly start: number; readonly end: number }) {
  const bounds = [s.start];
  CLAUSE_BREAK.lastIndex = 0;
  const sentence = text.slice(s.start, s.end);
  for (let m = CLAUSE_BREAK.exec(sentence); m !== null; m = CLAUSE_BREAK.exec(sentence))
    bounds.push(s.start + m.index);
  bounds.push(s.end);
  return bounds.slice(1).map((end, i) => ({ start: bounds[i] ?? s.start, end }));
}

const holds = (c: { start: number; end: number }, r: RateHit) =>
  r.start >= c.start && r.start < c.end;

/** The clause that holds `rate` and no other rate, if there is one. */
function exclusiveClause(
  text: string,
  s: { readonly start: number; readonly end: number },
  rates: readonly RateHit[],
  rate: RateHit,
): { start: number; end: number } | undefined {
  const mine = clausesOf(text, s).find((c) => holds(c, rate));
  return mine && !rates.some((r) => r !== rate && holds(mine, r)) ? mine : undefined;
}

function clauseDates(
  doc: Doc,
  s: { readonly start: number; readonly end: number },
  rates: readonly RateHit[],
  rate: RateHit | undefined,
): ReturnType<typeof datesOf> | undefined {
  if (rate === undefined) return undefined;
  const { text } = doc;
  const clauses = clausesOf(text, s);
  const mine = exclusiveClause(text, s, rates, rate);
  if (!mine) return undefined;
  // "… on April 11 announces 125%, effective the next day": the clauses with no rate that
  // follow a rate's own clause are its own too.
  let end = mine.end;
  for (const c of clauses.filter((c) => c.start >= mine.end)) {
    if (rates.some((r) => holds(c, r))) break;
    end = c.end;
  }
  const ownDates = within(doc.dates, mine.start, end);
  if (ownDates.length > 0) return datesOf(doc, ownDates, mine.start);
  const shared = clauses
    .filter((c) => !rates.some((r) => holds(c, r)))
    .flatMap((c) => within(doc.dates, c.start, c.end));
  return shared.length > 0 ? datesOf(doc, shared, s.start) : { effective: null, announced: null };
}

interface Draft {
  candidate: MeasureCandidate;
  announcedInferred: boolean;
  effectiveInferred: boolean;
  sentence: number;
}

/** Two measures on different origins are two measures, even at the same rate. */
const sharesTargets = (a: MeasureCandidate, b: MeasureCandidate) =>
  a.targets.length === 0 ||
  b.targets.length === 0 ||
  a.targets.some((t) => b.targets.some((u) => u.jurisdiction === t.jurisdiction));

/** Two measures dated differently are two acts, even at the same rate. */
const datesDiffer = (a: MeasureCandidate, b: MeasureCandidate) =>
  (['announced', 'effective'] as const).some(
    (w) => a.dates[w] !== null && b.dates[w] !== null && a.dates[w] !== b.dates[w],
  );

/** Two products are the same goods: their HS scopes nest, or, unknown to the lexicon, their words. */
const sameGoods = (p: ProductMention, q: ProductMention) =>
  p.hs.length === 0 || q.hs.length === 0
    ? p.text.toLowerCase().includes(q.text.toLowerCase()) ||
      q.text.toLowerCase().includes(p.text.toLowerCase())
    : p.hs.some((h) => q.hs.some((k) => k.startsWith(h) || h.startsWith(k)));

const sharesProducts = (a: MeasureCandidate, b: MeasureCandidate) =>
  a.products.length === 0 ||
  b.products.length === 0 ||
  a.products.some((p) => b.products.some((q) => sameGoods(p, q)));

function setDate(
  d: Draft,
  which: 'announced' | 'effective',
  date: { iso: string; inferred: boolean },
) {
  if (d.candidate.dates[which] !== null) return;
  d.candidate.dates[which] = date.iso;
  if (which === 'announced') d.announcedInferred = date.inferred;
  else d.effectiveInferred = date.inferred;
}

export function findMeasures(doc: Doc): MeasureCandidate[] {
  const { text } = doc;
  const drafts: Draft[] = [];
  const ranked = placesByCount(doc);
  const pair = ranked.slice(0, 3);
  const home = datelineCountry(doc);
  let previous: {
    imposer: Mention | null;
    targets: Mention[];
    sentence: number;
    announced: DateMention | null;
    /** the subject of the main clause, when the measure was recalled in a subordinate one */
    subject: PlaceMention | null;
  } | null = null;
  let lastGroup: Draft[] = [];

  let tableEnd = -1;

  doc.sentences.forEach((s, index) => {
    if (isHeadline(doc, index) || index <= tableEnd) return;
    const table = tableAt(doc, index);
    if (table) {
      const anchor = previous !== null && index - previous.sentence <= 4 ? lastGroup[0] : undefined;
      const context = anchor
        ? anchorContext(doc, anchor, index)
        : contextBefore(doc, index, ranked);
      const made = context ? tableDrafts(doc, table, context) : [];
      if (made.length > 0) {
        if (anchor && anchor.candidate.rates.length === 0) drafts.splice(drafts.indexOf(anchor), 1);
        drafts.push(...made);
        lastGroup = made;
        previous = {
          imposer: context?.imposer ?? null,
          targets: made[0]?.candidate.targets ?? [],
          sentence: table.last,
          announced: null,
          subject: null,
        };
        tableEnd = table.last;
        return;
      }
    }
    const sentence = text.slice(s.start, s.end);
    if (PENDING.test(sentence) && previous?.sentence === index - 1) {
      for (const d of lastGroup) markPending(d);
      return;
    }
    const word = MEASURE_WORD.exec(sentence);
    let measureAt = word ? s.start + word.index : -1;
    let rates = findRates(text, s.start, s.end).filter((r) => !isQuoted(doc, r.start));
    const recentGroup = drafts.filter((d) => index - d.sentence <= 3);
    const continues =
      !word &&
      rates.length > 0 &&
      previous !== null &&
      (index - previous.sentence === 1 ||
        (index - previous.sentence === 2 && RATE_SET.test(sentence)));
    if ((!word || isQuoted(doc, measureAt)) && !continues) {
      // "They apply to goods entering Australia from November 12."
      if (recentGroup.length > 0 && REFERS_BACK.test(sentence))
        dateGroup(doc, byProducts(doc, recentGroup, s), s);
      return;
    }
    // "from 145% to 30%", "to 25% from 10%", "to 10% from the 26% rate", "up from 84%",
    // "down from the 100% surtax":
    // a rate given for comparison is not a measure of its own.
    rates = rates.filter(
      (r) =>
        !COMPARISON.test(text.slice(Math.max(s.start, r.start - 60), r.start)) &&
        !/\bto\s+\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+from\s+(?:the\s+|its\s+|a\s+)?$/i.test(
          text.slice(Math.max(s.start, r.start - 30), r.start),
        ),
    );
    // "ranging from 27.91% to 38.02%" is a range (two rates); "from 145% to 30%" a change.
    rates = rates.filter(
      (r) =>
        !(
          /\bfrom\s+$/i.test(text.slice(r.start - 6, r.start)) &&
          /^\s*to\s+\d/.test(text.slice(r.end, r.end + 6)) &&
          !RANGE_BEFORE.test(text.slice(Math.max(s.start, r.start - 30), r.start))
        ),
    );
    // "The 20% fentanyl tariff stays.": a state, with no act on the measure.
    if (!ACT.test(sentence))
      rates = rates.filter(
        (r) => !STATE_AFTER.test(text.slice(r.end, Math.min(s.end, r.end + 60))),
      );
    const allProducts = within(doc.products, s.start, s.end).filter((p) => !inSpeech(doc, p.start));
    // A place opening a producer's name ("Danish Crown will pay 19.8%") names no party.
    const places = within(doc.places, s.start, s.end).filter(
      (p) => !rates.some((r) => r.producer?.includes(' ') && text.startsWith(r.producer, p.start)),
    );
    const dates = within(doc.dates, s.start, s.end);

    // A sentence that only dates the measures just found ("The duties take effect March 20").
    if (
      rates.length === 0 &&
      allProducts.length === 0 &&
      recentGroup.length > 0 &&
      (dates.length > 0 || IMMEDIATE.test(sentence))
    ) {
      if (REFERS_BACK.test(sentence) || places.length === 0) {
        dateGroup(doc, sameAct(recentGroup, lastGroup), s);
        return;
      }
    }
    if (
      rates.length === 0 &&
      recentGroup.length > 0 &&
      REFERS_BACK.test(sentence) &&
      (dates.length > 0 || IMMEDIATE.test(sentence))
    ) {
      const named = byProducts(doc, recentGroup, s);
      // A sentence about other goods ("… would suspend the duties on rubber from Korea") is
      // a measure of its own.
      const otherGoods = named.length === 0 && allProducts.length > 0;
      // "China lifted the barley duties from August 5" after the barley duties were told: a
      // removal of its own, not a date of the duties imposed.
      const change = changeIn(sentence);
      const removal =
        (change === 'lifted' || change === 'suspended') &&
        named.some((d) => d.candidate.action !== change);
      if (
        !otherGoods &&
        !removal &&
        (named.length < recentGroup.length || named.length === 0 || allProducts.length > 0)
      ) {
        dateGroup(doc, named, s);
        return;
      }
    }
    // "The duty applies to shipments from China, South Korea and Japan": origins of the same.
    if (
      rates.length === 0 &&
      lastGroup.length > 0 &&
      index - (lastGroup[0]?.sentence ?? -9) <= 2 &&
      /^(?:The|These|This|It|They)\b/.test(sentence) &&
      REFERS_BACK.test(sentence) &&
      /\b(?:appl(?:y|ies)|covers?|targets?|hits?)\b[^.]*\bfrom\b/i.test(sentence)
    ) {
      dateGroup(doc, lastGroup, s);
      return;
    }
    if (DEMAND.test(sentence) && rates.length === 0) return;
    if (rates.length === 0) {
      // Without a rate, a clause that names a measure must do something to it.
      let acted = false;
      MEASURE_WORDS.lastIndex = 0;
      for (
        let w = MEASURE_WORDS.exec(sentence);
        w !== null && !acted;
        w = MEASURE_WORDS.exec(sentence)
      ) {
        const at = s.start + w.index;
        if (isQuoted(doc, at) || inTitle(text, s.start, at)) continue;
        const around = clauseAround(text, Math.max(s.start, at - 50), Math.min(s.end, at + 40), at);
        // "… duties on battery electric vehicles imported from China entered into force": the
        // verb of taking effect may stand far after the measure's word, across its goods.
        const wide = clauseAround(text, Math.max(s.start, at - 50), Math.min(s.end, at + 140), at);
        const inForce = IN_FORCE.test(wide) && !NEGATED.test(wide);
        const passive = PASSIVE_ACT.test(wide);
        // The noun is no act: "a separate 50% U.S. levy" levies nothing.
        const acts = ACT.test(/^lev(?:y|ies)$/i.test(w[0]) ? around.replace(w[0], '') : around);
        if ((acts || inForce || passive) && !NEGATED.test(around) && !INVESTIGATION.test(around)) {
          acted = true;
          measureAt = at;
        }
      }
      if (!acted) return;
      // "the prime minister raised the duties on canola": an issue raised, not a rate raised.
      const raised = /\braised\b/i.exec(sentence);
      if (raised && !/\b(?:rais\w*)\s+(?:\w+\s+){0,3}(?:to|by)\s+\d/i.test(sentence)) {
        const who = text.slice(
          Math.max(s.start, s.start + raised.index - 40),
          s.start + raised.index,
        );
        const person = within(doc.people, s.start, s.start + raised.index).at(-1);
        if (
          (person && s.start + raised.index - person.end < 25) ||
          /\b(?:minister|premier|president|leaders?|officials?|chancellor)\s+$/i.test(who)
        )
          return;
      }
    }

    // The measure's own clause: what follows ", a week after …" or ", while …" tells of
    // something else, and its words (another measure's kind, verb or goods) are not read.
    // The clause runs from the first rate (or the measure's word) to the last one.
    const anchor = Math.max(rates.at(-1)?.end ?? -1, measureAt);
    const firstAnchor = rates[0]
      ? Math.min(rates[0].start, measureAt >= 0 ? measureAt : rates[0].start)
      : measureAt;
    const clause =
      anchor >= 0 ? measureClause(text, s, firstAnchor, anchor) : { start: s.start, end: s.end };
    // What the sentence says of the measure: not the rate it is compared with ("…, down from
    // the 32% Trump had threatened").
    const compared = COMPARED_TAIL.exec(text.slice(anchor, clause.end));
    const measureEnd = compared ? anchor + compared.index : clause.end;
    const scope = text.slice(s.start, measureEnd);
    const products = allProducts.filter((p) => p.start >= clause.start && p.end <= clause.end);
    // A measure recalled in a subordinate clause ("…, a week after Ottawa announced surtaxes
    // on …") is dated by its own clause only, not by the main clause's verb.
    const recalled = clause.start > s.start;
    // "… the day before: Trump on Wednesday ordered a 25% tariff": what follows a colon tells
    // of the act, and its dates come first.
    const colon = text.lastIndexOf(':', firstAnchor);
    const from = recalled ? clause.start : colon > s.start ? colon : s.start;
    const sentenceDates = datesOf(
      doc,
      within(doc.dates, from, recalled ? clause.end : s.end),
      from,
    );
    // "the pause Washington announced on April 9, which cut the levy …": a relative clause
    // takes the date of what it is about.
    const relative = recalled && /,\s*which\s*$/.test(text.slice(s.start, clause.start));
    if ((!recalled && from > s.start) || relative) {
      const lead = datesOf(doc, within(doc.dates, s.start, from), s.start);
      sentenceDates.effective ??= lead.effective;
      sentenceDates.announced ??= lead.announced;
    }
    // A recital ("Whereas … in its final findings dated 21 February") dates findings, not the act.
    let announced = RECITAL.test(sentence) ? null : sentenceDates.announced;
    let started: DateMention | null = null;
    if (
      announced &&
      !sentenceDates.effective &&
      !ANNOUNCE_VERB.test(sentence) &&
      (STARTED.test(sentence) || RATE_MOVED.test(sentence))
    ) {
      // "imposed … on March 20", "FEB. 4 — A 10% tariff … takes effect", "June 4: The tariffs
      // doubled to 50%", with no announcing: the date the measure started
      started = announced;
      if (STARTED_ONLY.test(sentence) || RATE_MOVED.test(sentence)) announced = null;
    }
    // The announcement may be dated in the sentence before ("said on Tuesday that …").
    const prev = doc.sentences[index - 1];
    if (!announced && prev && !recalled) {
      const prevText = text.slice(prev.start, prev.end);
      const prevDate = within(doc.dates, prev.start, prev.end)[0];
      // "… agreed on Monday to lower the tariffs. Washington will cut …": a sentence that
      // announces measures without rating them dates the rated ones that follow.
      const ratedBefore = drafts.some(
        (d) => d.sentence === index - 1 && d.candidate.rates.length > 0,
      );
      if (
        prevDate &&
        ANNOUNCE_VERB.test(prevText) &&
        (!MEASURE_WORD.test(prevText) || !ratedBefore) &&
        !EFFECTIVE_CUE.test(text.slice(Math.max(prev.start, prevDate.start - 60), prevDate.start))
      )
        announced = prevDate;
    }
    // "The Order imposes …", "hereby imposes": an instrument acts on the day it is dated.
    if (!announced && INSTRUMENT_ACT.test(sentence)) announced = instrumentDate(doc);
    // A sentence dated by the day its measure started, or by a month or year of its own ("in
    // March 2025"), was not announced with the one before.
    const carriedAnnounced =
      !announced &&
      !started &&
      !OWN_TIME.test(sentence) &&
      previous &&
      index - previous.sentence <= 2
        ? previous
        : null;

    // The verb that governs the measure: the last one before its word, else the first.
    let verbAt = -1;
    const verbs = new RegExp(SUBJECT_VERB.source, 'gi');
    for (let v = verbs.exec(sentence); v !== null; v = verbs.exec(sentence)) {
      if (verbAt === -1 || s.start + v.index < measureAt) verbAt = s.start + v.index;
      if (s.start + v.index >= measureAt) break;
    }
    if (verbAt === -1) verbAt = measureAt >= 0 ? measureAt : s.start;
    const recent = previous !== null && index - previous.sentence <= 3 ? previous : null;
    // A sentence that only goes on setting rates for producers ("In Australia, Kemerton was
    // assigned 7.6%") keeps the imposer: its places are origins.
    const carried =
      continues && RATE_SET.test(sentence) ? (recent?.imposer?.jurisdiction ?? null) : null;
    const rolesOf = (ps: readonly PlaceMention[], verb: number) =>
      carried === null ? readRoles(doc, ps, verb, s.start, measureAt) : originsOnly(ps, carried);
    // An appositive or a subordinate clause after the measure's own ("…, a concession Spanish
    // cork producers sought") names no party of it.
    const read = rolesOf(
      places.filter((p) => p.start < clause.end),
      verbAt,
    );
    // "Tokyo pressed for relief from the 25% levy": who seeks relief from a measure bears it;
    // the owner named after "relief from" ("relief from the 50% U.S. tariffs") imposes it.
    const reliefFrom = Math.max(s.start, measureAt - 40);
    const relief = RELIEF.exec(text.slice(reliefFrom, measureAt));
    const sentenceRoles =
      read.imposer && relief && read.imposer.end <= reliefFrom + relief.index
        ? { imposer: null, targets: [read.imposer, ...read.targets] }
        : read;
    // With coordinated acts ("scrapped … and cut … to 10%"), the rates' own act decides.
    const part = rates.length > 0 ? ratedPart(text, s, rates) : null;
    // "… hopes to secure relief from the 50% U.S. tariffs": the hope is for the relief, and
    // the measure it is sought from is in force.
    const actFrom = relief ? reliefFrom + relief.index : clause.start;
    const ownClause = part
      ? text.slice(Math.max(part.start, clause.start, actFrom), Math.min(part.end, measureEnd))
      : text.slice(Math.max(clause.start, actFrom), measureEnd);
    const kind = kindOf(ownClause);
    let sentenceAction =
      continues && lastGroup[0]
        ? lastGroup[0].candidate.action
        : THREAT.test(relief ? ownClause : scope)
          ? 'threatened'
          : actionOf(ownClause, kind);
    // "… suspended its 24% levy, leaving a 10% tariff in place": the rate that stays is the
    // measure after the act; the part suspended is not a rate of its own.
    const staying = rates.filter((r) => stays(text, s, r));
    if (staying.length > 0 && (sentenceAction === 'suspended' || sentenceAction === 'lifted')) {
      rates = staying;
      sentenceAction = 'reduced';
    }
    const groups = groupByRate(
      text,
      s,
      rates,
      part ? products.filter((p) => p.start >= part.start && p.end <= part.end) : products,
    );
    const made: Draft[] = [];

    let listedImposer: PlaceMention | null = null;
    for (const [g, group] of groups.entries()) {
      const lastRate = rates.at(-1)?.end ?? s.end;
      const action =
        groups.length > 1 && !continues
          ? groupAction(
              text.slice(Math.max(group.from, clause.start), group.to),
              sentenceAction === 'threatened' && threatOnlyAfter(text, s, group.to, lastRate)
                ? actionOf(text.slice(s.start, group.to), kind)
                : sentenceAction,
            )
          : sentenceAction;
      // Several rate groups may have their own parties ("the US will cut …, and China will lower …").
      let roles = sentenceRoles;
      if (groups.length > 1) {
        const own = rolesOf(
          within(places, group.from, group.to),
          verbAt > group.from ? verbAt : group.to,
        );
        if (own.imposer !== null) {
          const targets =
            own.targets.length > 0
              ? own.targets
              : sentenceRoles.targets.filter((t) => t.code !== own.imposer?.code);
          roles = { imposer: own.imposer, targets };
        } else if (listedImposer && !SUBJECT_VERB.test(text.slice(group.from, group.to))) {
          // "Ottawa's surtaxes of 100% on EVs and 25% on steel": a rate listed after another
          // with no verb of its own has the same imposer.
          roles = { imposer: listedImposer, targets: sentenceRoles.targets };
        }
        listedImposer = roles.imposer;
      }
      if (groups.length > 1) {
        // "34% on goods from China and 20% on goods from the EU": each rate's own origin.
        // The rate's own clause: up to ", while", "; " or ", and", past the one that opens it
        // ("8.4%, and Bolivian nails will face 5%").
        const stretch = text.slice(group.dateFrom, group.dateTo);
        const opening = OPENING_BREAK.exec(stretch)?.[0].length ?? 0;
        const cut = /,\s+(?:while|whereas|but|and)\b|;|\bwhile\b/.exec(stretch.slice(opening));
        const clauseEnd = cut ? group.dateFrom + opening + cut.index : group.dateTo;
        const after = rolesOf(within(places, group.dateFrom, clauseEnd), group.dateFrom);
        let own = after.targets.filter((t) => t.code !== roles.imposer?.code);
        if (own.length === 0) {
          // "… while European producers face 34.5%": the origin just before the rate.
          const lead = rolesOf(within(places, group.from, group.dateFrom), group.from);
          const last = lead.targets.filter((t) => t.code !== roles.imposer?.code).at(-1);
          own = last ? [last] : [];
        }
        if (own.length > 0) roles = { imposer: roles.imposer, targets: own };
        else if (ALL_ORIGINS.test(text.slice(group.dateFrom, group.dateTo))) continue;
      }
      let confidence = 0.25 + (roles.imposer ? 0.2 : 0) + (roles.targets.length > 0 ? 0.2 : 0);
      let imposer: Mention | null = roles.imposer ? placeMention(roles.imposer) : null;
      if (!imposer) {
        // "U.S. President Donald Trump imposed …": a person of known jurisdiction as the subject.
        const subject = within(doc.people, s.start, verbAt).at(-1);
        if (subject?.jurisdiction) {
          imposer = personMention(subject);
          confidence += 0.15;
        }
      }
      if (!imposer && home !== null && HOME_BODY.test(text.slice(s.start, verbAt + 1))) {
        // "NEW DELHI: The finance ministry has imposed …": the body of the dateline's country.
        imposer = syntheticMention(home, s.start);
        confidence += 0.1;
      }
      let targets: Mention[] = roles.targets.map(placeMention);
      const named = imposer ? undefined : namedBefore(doc, drafts, clause);
      if (named?.candidate.imposer) {
        // "The fentanyl tariff doubles to 20%": the measure told before by that name.
        imposer = named.candidate.imposer;
        confidence += 0.1;
      }
      if (!imposer && recent?.subject && PRONOUN_SUBJECT.test(sentence)) {
        // "Beijing opened the case weeks after Ottawa put a surtax on EVs. In March it added
        // tariffs on …": "it" is the subject of the sentence before, not the party recalled.
        imposer = placeMention(recent.subject);
        confidence += 0.1;
      }
      if (!imposer) {
        // A party carried over is not one the sentence names as the goods' origin ("… 34% on
        // Chinese goods" after China's own act).
        const origin = roles.targets.some(
          (t) =>
            t.code === recent?.imposer?.jurisdiction &&
            (t.via === 'demonym' ||
              ORIGIN_BEFORE.test(text.slice(Math.max(s.start, t.start - 30), t.start))),
        );
        const carried = origin ? null : (recent?.imposer ?? null);
        // The imposer is not one of the sentence's targets ("… on imports from Canada and
        // Mexico and … on goods from China": none of the three imposes).
        const other =
          targets.length > 0
            ? ranked.find(
                (c) =>
                  !targets.some((t) => t.jurisdiction === c) &&
                  !sentenceRoles.targets.some((t) => t.code === c),
              )
            : undefined;
        imposer = carried ?? (other !== undefined ? syntheticMention(other, s.start) : null);
        if (imposer) confidence += 0.1;
      }
      targets = targets.filter((t) => t.jurisdiction !== imposer?.jurisdiction);
      if (targets.length === 0) {
        const carried = (recent?.targets ?? []).filter(
          (t) => t.jurisdiction !== imposer?.jurisdiction,
        );
        const other = imposer ? pair.find((c) => c !== imposer?.jurisdiction) : undefined;
        if (carried.length > 0) targets = carried;
        else if (other !== undefined) targets = [syntheticMention(other, s.start)];
        if (targets.length > 0) confidence += 0.1;
      }
      if (imposer === null && targets.length === 0 && rates.length === 0) continue;

      const own =
        groups.length > 1
          ? (clauseDates(doc, s, rates, group.rates[0]) ??
            datesOf(doc, within(doc.dates, group.dateFrom, group.dateTo), group.dateFrom))
          : sentenceDates;
      // A rate given for comparison ("down from the 100% surtax") keeps only its own dates.
      const compared =
        group.rates.length === 1 &&
        group.rates[0] !== undefined &&
        COMPARISON.test(
          text.slice(Math.max(s.start, group.rates[0].start - 60), group.rates[0].start),
        );
      const effective = compared
        ? own.effective
        : (own.effective ?? sentenceDates.effective ?? started);
      const flags: Flag[] = [];
      if (group.rates.length === 0) flags.push('rate_missing');
      if (action === 'threatened') flags.push('not_in_force');
      // Goods the lexicon does not know are read as the words of the text ("on Indian goods").
      const goods =
        group.products.length > 0
          ? group.products
          : [goodsOf(text, s, rates, group, groups.length > 1 ? null : clause)].filter(
              (p): p is ProductHit => p !== null && !isQuoted(doc, p.start),
            );
      const productMentions: ProductMention[] =
        goods.length === 0 &&
        (GOODS_REFERENCE.test(text.slice(clause.start, clause.end)) ||
          group.rates.some((r) => r.producer !== undefined))
          ? goodsBefore(doc, index)
          : goods.map((p) => ({ text: p.text, span: span(p.start, p.end), hs: [...p.hs] }));
      if (productMentions.every((p) => p.hs.length === 0)) flags.push('hs_unresolved');
      const c =
        confidence +
        (group.rates.length > 0 ? 0.15 : 0) +
        (group.products.length > 0 ? 0.1 : 0) +
        (kind !== null ? 0.1 : 0) -
        (action === 'threatened' ? 0.1 : 0);
      const draft: Draft = {
        candidate: {
          type: 'measure',
          key: g === 0 ? `measure-${s.start}` : `measure-${s.start}-${g}`,
          span: span(s.start, s.end),
          confidence: clampConfidence(c),
          flags,
          imposer,
          targets,
          products: productMentions,
          rates: group.rates.map((r) => ({
            bp: r.bp,
            ...(r.producer === undefined ? {} : { producer: r.producer }),
            span: span(r.start, r.end),
          })),
          kind: continues ? (lastGroup[0]?.candidate.kind ?? kind) : kind,
          action,
          dates: { announced: null, effective: null },
        },
        announcedInferred: false,
        effectiveInferred: false,
        sentence: index,
      };
      const fromPrevious =
        carriedAnnounced?.imposer?.jurisdiction === imposer?.jurisdiction
          ? carriedAnnounced?.announced
          : null;
      const groupAnnounced = compared ? own.announced : (announced ?? fromPrevious ?? null);
      if (groupAnnounced) setDate(draft, 'announced', groupAnnounced);
      else if (!compared && SAME_DAY.test(sentence)) {
        // "In a separate notice the same day, …": the day of the measure told before.
        // "FEB. 4 — A 10% tariff takes effect. Beijing answers the same day …": the day it
        // took effect when it was not announced.
        const before = drafts.findLast(
          (d) => d.candidate.dates.announced !== null || d.candidate.dates.effective !== null,
        );
        const day = before?.candidate.dates.announced ?? before?.candidate.dates.effective;
        if (before && day)
          setDate(draft, 'announced', {
            iso: day,
            inferred:
              before.candidate.dates.announced !== null
                ? before.announcedInferred
                : before.effectiveInferred,
          });
      }
      const inherits =
        lastGroup[0] !== undefined &&
        previous !== null &&
        index - previous.sentence <= (continues ? 2 : 1) &&
        lastGroup[0].candidate.imposer?.jurisdiction === imposer?.jurisdiction &&
        (continues || REFERS_BACK.test(sentence));
      if (inherits && lastGroup[0]) {
        const from = lastGroup[0];
        // The goods are those of the measure just told, or of the last one before it with goods
        // ("… duties on lysine. The regulation sets provisional duties. Meihua faces 58.3%").
        const named = [from, ...drafts.toReversed()].find(
          (d) =>
            index - d.sentence <= 3 &&
            d.candidate.imposer?.jurisdiction === imposer?.jurisdiction &&
            d.candidate.products.length > 0,
        );
        if (draft.candidate.products.length === 0 && named) {
          draft.candidate.products = named.candidate.products;
          draft.candidate.flags = draft.candidate.flags.filter((f) => f !== 'hs_unresolved');
        }
        if (from.candidate.dates.announced !== null && !started)
          setDate(draft, 'announced', {
            iso: from.candidate.dates.announced,
            inferred: from.announcedInferred,
          });
        // Another kind of act ("It also extended its suspension …") takes effect on its own day.
        if (
          !effective &&
          from.candidate.dates.effective !== null &&
          from.candidate.action === action
        )
          setDate(draft, 'effective', {
            iso: from.candidate.dates.effective,
            inferred: from.effectiveInferred,
          });
      }
      if (effective) setDate(draft, 'effective', effective);
      else if (FROM_SAME_DATE.test(sentence)) {
        // "From the same date, the additional tariff on pork shall be reduced to 10%."
        const before = drafts.findLast((d) => d.candidate.dates.effective !== null);
        if (before?.candidate.dates.effective)
          setDate(draft, 'effective', {
            iso: before.candidate.dates.effective,
            inferred: before.effectiveInferred,
          });
      } else if (IMMEDIATE.test(sentence)) {
        // "effective immediately": the day it was announced, as read here or carried over.
        const day = draft.candidate.dates.announced;
        setDate(
          draft,
          'effective',
          day !== null
            ? { iso: day, inferred: draft.announcedInferred }
            : { iso: doc.published, inferred: true },
        );
      }
      made.push(draft);
    }
    const first = made[0];
    if (first && rates.length > 0 && sentenceAction !== 'threatened') {
      made.push(...coordinatedUnrated(doc, s, rates, first));
    }
    if (made.length === 0) return;
    drafts.push(...made);
    lastGroup = made;
    previous = {
      imposer: made[0]?.candidate.imposer ?? null,
      targets: made[0]?.candidate.targets ?? [],
      sentence: index,
      announced: announced ?? carriedAnnounced?.announced ?? null,
      subject: recalled ? leadSubject(doc, s.start, clause.start) : null,
    };
  });

  return mergeUnrated(doc, drafts).map((d) => {
    const c = d.candidate;
    if (
      (d.announcedInferred && c.dates.announced !== null) ||
      (d.effectiveInferred && c.dates.effective !== null)
    )
      c.flags.push('date_inferred');
    return c;
  });
}

/**
 * The goods of a rate group, read as words when the lexicon knows none: in the rate's own
 * clause when it has one ("… on Chinese goods to 30%, while Beijing …"), else in the group's
 * stretch; a lone group reads the measure's clause.
 */
function goodsOf(
  text: string,
  s: { readonly start: number; readonly end: number },
  rates: readonly RateHit[],
  group: Group,
  clause: { readonly start: number; readonly end: number } | null,
): ProductHit | null {
  if (clause) return goodsIn(text, clause.start, clause.end);
  const rate = group.rates[0];
  const own = rate ? exclusiveClause(text, s, rates, rate) : undefined;
  const found =
    (own ? goodsIn(text, own.start, own.end) : null) ?? goodsIn(text, group.dateFrom, group.dateTo);
  // "between 12.8% and 47.3% on nylon film": the low end of a range has the goods of the high.
  const next = rate ? rates[rates.indexOf(rate) + 1] : undefined;
  if (found || !rate || !next || !RANGE_AND.test(text.slice(rate.end, next.start))) return found;
  const after = rates[rates.indexOf(next) + 1];
  return goodsIn(text, next.end, after?.start ?? s.end);
}

/** A measure the next sentence says is not in force yet: a proposal, not an act. */
function markPending(d: Draft) {
  const c = d.candidate;
  c.action = 'threatened';
  if (!c.flags.includes('not_in_force')) c.flags.push('not_in_force');
  c.confidence = clampConfidence(c.confidence - 0.1);
}

interface Table {
  readonly rows: readonly TableRate[];
  readonly start: number;
  readonly end: number;
  /** the index of its last line among the sentences */
  readonly last: number;
}

/** A line that announces a list: "The IDD is calculated as an ad valorem rate, as follows:". */
const LIST_INTRO = /:\s*$/;

/**
 * A list of rates, one "label: rate" line each, starting at sentence `index` right after a
 * line that ends with a colon (see readRateList).
 */
function listAt(doc: Doc, index: number): Table | null {
  const intro = doc.sentences[index - 1];
  if (!intro || !LIST_INTRO.test(doc.text.slice(intro.start, intro.end))) return null;
  const lines: { start: number; end: number }[] = [];
  for (let j = index; j < doc.sentences.length; j++) {
    const line = doc.sentences[j];
    if (!line || !isRateListLine(doc.text, line)) break;
    lines.push(line);
  }
  const rows = readRateList(doc.text, lines);
  const end = lines.at(-1)?.end;
  if (!rows || end === undefined) return null;
  return { rows, start: doc.sentences[index]?.start ?? 0, end, last: index + lines.length - 1 };
}

/** A table of duty rates whose header line is sentence `index` (see readRateTable). */
function tableAt(doc: Doc, index: number): Table | null {
  const list = listAt(doc, index);
  if (list) return list;
  const lines: { start: number; end: number }[] = [];
  for (let j = index; j < doc.sentences.length; j++) {
    const line = doc.sentences[j];
    if (!line || !doc.text.slice(line.start, line.end).includes('|')) break;
    lines.push(line);
  }
  const rows = lines.length >= 2 ? readRateTable(doc.text, lines) : null;
  const end = lines.at(-1)?.end;
  if (!rows || end === undefined) return null;
  return { rows, start: doc.sentences[index]?.start ?? 0, end, last: index + lines.length - 1 };
}

/** What the text says about the measure a table of rates belongs to. */
interface TableContext {
  readonly imposer: Mention | null;
  readonly targets: readonly Mention[];
  readonly products: readonly ProductMention[];
  readonly kind: MeasureKind | null;
  readonly announced: { iso: string; inferred: boolean } | null;
  readonly effective: { iso: string; inferred: boolean } | null;
}

/**
 * The measure just found, whose rates the table gives ("… at the rate in the Table below").
 * When it names no goods ("on the subject goods"), the goods are those the sentences above
 * name last.
 */
function anchorContext(doc: Doc, anchor: Draft, index: number): TableContext {
  const c = anchor.candidate;
  return {
    imposer: c.imposer,
    targets: c.targets,
    products: c.products.length > 0 ? c.products : goodsBefore(doc, index),
    kind: c.kind,
    announced:
      c.dates.announced === null
        ? null
        : { iso: c.dates.announced, inferred: anchor.announcedInferred },
    effective:
      c.dates.effective === null
        ? null
        : { iso: c.dates.effective, inferred: anchor.effectiveInferred },
  };
}

/** The lexicon's goods in the nearest of the six sentences before sentence `index` naming any. */
function goodsBefore(doc: Doc, index: number): ProductMention[] {
  for (let j = index - 1; j >= Math.max(0, index - 6); j--) {
    const s = doc.sentences[j];
    if (!s) continue;
    const found = within(doc.products, s.start, s.end).filter((p) => !inSpeech(doc, p.start));
    if (found.length > 0)
      return found.map((p) => ({ text: p.text, span: span(p.start, p.end), hs: [...p.hs] }));
  }
  return [];
}

/**
 * The measure a table belongs to when no candidate came before it: the nearest sentence above
 * (up to six) that names a measure and its origin ("review of the anti-dumping measures on
 * sinks exported to Australia from China"), dated by what lies between it and the table.
 */
function contextBefore(doc: Doc, index: number, ranked: readonly string[]): TableContext | null {
  const { text } = doc;
  const table = doc.sentences[index];
  if (!table) return null;
  for (let j = index - 1; j >= Math.max(0, index - 6); j--) {
    const s = doc.sentences[j];
    if (!s) continue;
    const word = MEASURE_WORD.exec(text.slice(s.start, s.end));
    if (!word) continue;
    const at = s.start + word.index;
    const roles = readRoles(doc, within(doc.places, s.start, s.end), at, s.start, at);
    if (roles.targets.length === 0) continue;
    const other = ranked.find((c) => !roles.targets.some((t) => t.code === c));
    const imposer = roles.imposer
      ? placeMention(roles.imposer)
      : other !== undefined
        ? syntheticMention(other, s.start)
        : null;
    const { announced, effective } = datesOf(doc, within(doc.dates, s.start, table.start), s.start);
    return {
      imposer,
      targets: roles.targets.map(placeMention),
      products: within(doc.products, s.start, s.end).map((p) => ({
        text: p.text,
        span: span(p.start, p.end),
        hs: [...p.hs],
      })),
      kind: kindOf(text.slice(s.start, table.end)),
      announced,
      effective,
    };
  }
  return null;
}

/**
 * The candidates of a table of rates: one per origin, with its rates and their producers.
 * A row whose origin column names no country ("Any country other than the subject
 * countries") is left out; a table without such a column takes the origins of its context.
 */
function tableDrafts(doc: Doc, table: Table, context: TableContext): Draft[] {
  const byOrigin = new Map<string, { targets: readonly Mention[]; rates: TableRate[] }>();
  for (const r of table.rows) {
    let targets = context.targets;
    if (r.origin) {
      const place = within(doc.places, r.origin.start, r.origin.start + r.origin.text.length)[0];
      if (!place) continue;
      targets = [placeMention(place)];
    }
    const key = targets.map((t) => t.jurisdiction).join();
    const group = byOrigin.get(key) ?? { targets, rates: [] };
    group.rates.push(r);
    byOrigin.set(key, group);
  }
  return [...byOrigin.values()].map(({ targets, rates }) => {
    const flags: Flag[] = context.products.length === 0 ? ['hs_unresolved'] : [];
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
            (context.products.length > 0 ? 0.1 : 0) +
            (context.kind !== null ? 0.1 : 0),
        ),
        flags,
        imposer: context.imposer,
        targets: [...targets],
        products: [...context.products],
        rates: rates.map((r) => ({
          bp: r.bp,
          ...(r.producer === undefined ? {} : { producer: r.producer }),
          span: span(r.start, r.end),
        })),
        kind: context.kind,
        action: 'imposed',
        dates: { announced: null, effective: null },
      },
      announcedInferred: false,
      effectiveInferred: false,
      sentence: table.last,
    };
    if (context.announced) setDate(draft, 'announced', context.announced);
    if (context.effective) setDate(draft, 'effective', context.effective);
    return draft;
  });
}

/** A coordinated clause with a verb of its own: "… and cut the surtax …", "; it also lifted …". */
const COORDINATED =
  /\s+(?:and|while|but)\s+(?=(?:(?:has|have|will|also|then)\s+)?(?:impos|slap|levi|plac|rais|increas|hik|doubl|reduc|lower|cut|slash|suspend|paus|lift|remov|scrap|dropp|eliminat|repeal|revok|end)\w*\b)|;\s+/gi;

/**
 * "Canada scrapped its counter-tariffs on orange juice and coffee and cut the surtax on
 * steel to 10%": a coordinated act on a measure with goods of its own and no rate is a
 * measure of its own, with the sentence's parties and dates.
 */
/** The parts of a sentence between coordinated acts. */
function coordinatedParts(text: string, s: { readonly start: number; readonly end: number }) {
  const sentence = text.slice(s.start, s.end);
  const bounds = [s.start];
  COORDINATED.lastIndex = 0;
  for (let m = COORDINATED.exec(sentence); m !== null; m = COORDINATED.exec(sentence))
    bounds.push(s.start + m.index);
  bounds.push(s.end);
  return bounds.slice(1).map((end, i) => ({ start: bounds[i] ?? s.start, end }));
}

/**
 * The coordinated part that holds every rate, when the sentence has several parts and
 * another of them acts on a measure too; null otherwise.
 */
function ratedPart(
  text: string,
  s: { readonly start: number; readonly end: number },
  rates: readonly RateHit[],
): { start: number; end: number } | null {
  const parts = coordinatedParts(text, s);
  if (parts.length < 2) return null;
  const holding = parts.filter((p) => rates.some((r) => r.start >= p.start && r.start < p.end));
  const only = holding.length === 1 ? holding[0] : undefined;
  if (!only) return null;
  const others = parts.filter((p) => p !== only);
  return others.some((p) => MEASURE_WORD.test(text.slice(p.start, p.end))) ? only : null;
}

function coordinatedUnrated(
  doc: Doc,
  s: { readonly start: number; readonly end: number },
  rates: readonly RateHit[],
  rated: Draft,
): Draft[] {
  const { text } = doc;
  const parts = coordinatedParts(text, s);
  if (parts.length < 2) return [];
  const out: Draft[] = [];
  for (const { start: from, end: to } of parts) {
    if (rates.some((r) => r.start >= from && r.start < to)) continue;
    const part = text.slice(from, to);
    const word = MEASURE_WORD.exec(part);
    if (!word || !ACT.test(part) || NEGATED.test(part) || THREAT.test(part)) continue;
    if (INVESTIGATION.test(part)) continue;
    const products = within(doc.products, from + word.index, to).filter(
      (p) => !isQuoted(doc, p.start),
    );
    if (products.length === 0) continue;
    const c = rated.candidate;
    out.push({
      ...rated,
      candidate: {
        ...c,
        key: `${c.key}-and-${from - s.start}`,
        flags: c.flags.filter((f) => f !== 'hs_unresolved').concat('rate_missing'),
        products: products.map((p) => ({
          text: p.text,
          span: span(p.start, p.end),
          hs: [...p.hs],
        })),
        rates: [],
        kind: kindOf(part) ?? c.kind,
        action: actionOf(part, kindOf(part)),
        dates: { ...c.dates },
        confidence: clampConfidence(c.confidence - 0.15),
      },
    });
  }
  return out;
}

/** The drafts a continuing sentence is about: those sharing its products, or all of them. */
function byProducts(
  doc: Doc,
  drafts: readonly Draft[],
  s: { start: number; end: number },
): Draft[] {
  const products = within(doc.products, s.start, s.end);
  if (products.length === 0) return [...drafts];
  return drafts.filter((d) =>
    d.candidate.products.some((p) => products.some((q) => p.hs.some((h) => q.hs.includes(h)))),
  );
}

/**
 * The measures just found and those of the sentences before that are the same act (same
 * imposer, kind and act) and not yet dated: "set duties of 15.7% for A. Others will pay
 * 24.6%. The duties will apply from 25 July" dates all three.
 */
function sameAct(recent: readonly Draft[], last: readonly Draft[]): Draft[] {
  const head = last[0]?.candidate;
  if (!head) return [...last];
  const earlier = recent.filter(
    (d) =>
      !last.includes(d) &&
      d.candidate.dates.effective === null &&
      d.candidate.imposer?.jurisdiction === head.imposer?.jurisdiction &&
      d.candidate.kind === head.kind &&
      d.candidate.action === head.action,
  );
  return [...earlier, ...last];
}

/** Dates the measures of a group from a sentence that only continues about them. */
function dateGroup(doc: Doc, group: readonly Draft[], s: { start: number; end: number }) {
  const sentence = doc.text.slice(s.start, s.end);
  addOrigins(doc, group, s);
  const { effective, announced } = datesOf(doc, within(doc.dates, s.start, s.end), s.start);
  for (const d of group) {
    if (effective) setDate(d, 'effective', effective);
    else if (IMMEDIATE.test(sentence)) {
      const a = d.candidate.dates.announced;
      setDate(
        d,
        'effective',
        a !== null
          ? { iso: a, inferred: d.announcedInferred }
          : { iso: doc.published, inferred: true },
      );
    }
    if (announced && ANNOUNCE_VERB.test(sentence)) setDate(d, 'announced', announced);
    else if (
      announced &&
      !effective &&
      /\b(?:imposed|began|took effect|came into force)\b/i.test(sentence)
    )
      setDate(d, 'effective', announced);
    d.candidate.span = span(
      Math.min(d.candidate.span.start, s.start),
      Math.max(d.candidate.span.end, s.end),
    );
  }
}

/**
 * "The duty applies to shipments from China, South Korea and Japan": a sentence continuing
 * about measures names their origins. They replace targets that were only guessed from the
 * text's main parties, or extend a list they include.
 */
const ORIGIN_BEFORE =
  /\b(?:from|originating in|made in|produced in|against|targeting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

function addOrigins(doc: Doc, group: readonly Draft[], s: { start: number; end: number }) {
  // An origin follows "from"; the places listed right after it ("China, South Korea and
  // Japan") are origins too.
  const origins: PlaceMention[] = [];
  for (const p of within(doc.places, s.start, s.end)) {
    const last = origins.at(-1);
    const cue = ORIGIN_BEFORE.test(doc.text.slice(Math.max(s.start, p.start - 30), p.start));
    const listed =
      last !== undefined && /^,?\s*(?:and\s+)?(?:the\s+)?$/.test(doc.text.slice(last.end, p.start));
    if (cue || listed) origins.push(p);
  }
  if (origins.length === 0) return;
  for (const d of group) {
    const c = d.candidate;
    const fresh = origins.filter(
      (o, i) =>
        o.code !== c.imposer?.jurisdiction && origins.findIndex((q) => q.code === o.code) === i,
    );
    if (fresh.length === 0) continue;
    const guessed = c.targets.every((t) => t.text === '');
    const extends_ = c.targets.every((t) => fresh.some((o) => o.code === t.jurisdiction));
    if (guessed || (extends_ && fresh.length > c.targets.length))
      c.targets = fresh.map(placeMention);
  }
}

/** Words before a rate that sums up company rates: "up to", "ranging from", "30.6% to". */
const SUMMARY_RATE_BEFORE =
  /\b(?:up to|as (?:high|much) as|ranging(?: from)?|of between|between)\s+$|\d\s*%\s+(?:to|and)\s+$/i;

/**
 * A measure lifted or suspended: "China lifted the barley duties" is an act of its own, not
 * the duty on barley imposed in the sentences before (one that names no goods, "are exempt
 * from the surtax", stays a detail of the measure told).
 */
const removes = (c: MeasureCandidate) => c.action === 'lifted' || c.action === 'suspended';

/** One candidate takes what another knew and it did not: dates and products. */
function absorb(keep: Draft, drop: Draft) {
  const c = drop.candidate;
  if (c.dates.announced !== null)
    setDate(keep, 'announced', { iso: c.dates.announced, inferred: drop.announcedInferred });
  if (c.dates.effective !== null)
    setDate(keep, 'effective', { iso: c.dates.effective, inferred: drop.effectiveInferred });
  if (keep.candidate.products.length === 0 && c.products.length > 0) {
    keep.candidate.products = c.products;
    keep.candidate.flags = keep.candidate.flags.filter((f) => f !== 'hs_unresolved');
  }
}

/**
 * A measure named without its rate ("China will remove the duties on Australian barley")
 * and a rated candidate for the same imposer and products are one measure: the rated one
 * takes the other's dates and products, and the unrated one goes.
 */
function mergeUnrated(doc: Doc, drafts: readonly Draft[]): Draft[] {
  const rated = drafts.filter(
    (d) => d.candidate.rates.length > 0 && !d.candidate.flags.includes('not_in_force'),
  );
  const kept: Draft[] = [];
  for (const d of drafts) {
    const c = d.candidate;
    if (c.rates.length > 0) {
      // The same rate told twice ("sets a margin of 75.8%" … "a deposit of 75.8%") is one measure.
      const twin = kept.find(
        (k) =>
          k.candidate.rates.length > 0 &&
          k.sentence !== d.sentence &&
          k.candidate.imposer?.jurisdiction === c.imposer?.jurisdiction &&
          k.candidate.action === c.action &&
          k.candidate.rates.map((r) => r.bp).join() === c.rates.map((r) => r.bp).join() &&
          !k.candidate.rates.some((r) => r.producer) &&
          !c.rates.some((r) => r.producer) &&
          sharesProducts(k.candidate, c) &&
          sharesTargets(k.candidate, c) &&
          !datesDiffer(k.candidate, c),
      );
      // "duties of up to 37.6%" … "37.6% for SAIC", "at rates ranging from 30.6% to 37.9%" …
      // "Dingsheng will pay 30.6%": the summary rates join the company table, or the rate
      // told again with what it applies to ("a rate of 42.3% applies to all other imports").
      const single = (x: MeasureCandidate) => {
        const only = x.rates.length === 1 ? x.rates[0] : undefined;
        return (
          only !== undefined &&
          !only.producer &&
          SUMMARY_RATE_BEFORE.test(
            doc.text.slice(Math.max(0, only.span.start - 20), only.span.start),
          )
        );
      };
      const table = (x: MeasureCandidate) => x.rates.some((r) => r.producer);
      const summarises = (summary: MeasureCandidate, rates: MeasureCandidate) =>
        single(summary) &&
        (table(rates) || !single(rates)) &&
        summary.imposer?.jurisdiction === rates.imposer?.jurisdiction &&
        rates.rates.some((r) => r.bp === summary.rates[0]?.bp);
      const summaries = kept.filter((k) => k.sentence !== d.sentence && summarises(k.candidate, c));
      for (const summary of summaries) {
        absorb(d, summary);
        kept.splice(kept.indexOf(summary), 1);
      }
      const detailed = kept.find((k) => k.sentence !== d.sentence && summarises(c, k.candidate));
      if (detailed) absorb(detailed, d);
      if (detailed || summaries.length > 0) {
        if (!detailed) kept.push(d);
        continue;
      }
      if (!twin) {
        kept.push(d);
        continue;
      }
      if (c.dates.announced !== null)
        setDate(twin, 'announced', { iso: c.dates.announced, inferred: d.announcedInferred });
      if (c.dates.effective !== null)
        setDate(twin, 'effective', { iso: c.dates.effective, inferred: d.effectiveInferred });
      continue;
    }
    const reach = c.products.length === 0 ? 1 : 4;
    const same = c.flags.includes('not_in_force')
      ? []
      : rated.filter(
          (r) =>
            r.candidate.imposer?.jurisdiction === c.imposer?.jurisdiction &&
            Math.abs(r.sentence - d.sentence) <= reach &&
            sharesProducts(r.candidate, c) &&
            (c.products.length === 0 || removes(r.candidate) === removes(c)),
        );
    if (same.length === 0) {
      kept.push(d);
      continue;
    }
    for (const r of same) {
      if (c.dates.announced !== null)
        setDate(r, 'announced', { iso: c.dates.announced, inferred: d.announcedInferred });
      if (c.dates.effective !== null)
        setDate(r, 'effective', { iso: c.dates.effective, inferred: d.effectiveInferred });
      if (r.candidate.products.length === 0 && c.products.length > 0) {
        r.candidate.products = c.products;
        r.candidate.flags = r.candidate.flags.filter((f) => f !== 'hs_unresolved');
      }
    }
  }
  return kept;
}
