/**
 * Who imposes a measure and who is targeted, read from the sentence's shape: a country before
 * the verb or owning the measure ("China's tariffs") imposes; a demonym on the goods ("Chinese
 * EVs") or a country after "on", "against", "from" is targeted. The parties a sentence leaves
 * out come from the measures told before or from the two parties the text is about.
 */
import type { Mention } from './candidates.ts';
import { nameCase, placeCounts, placeMention, span, within, type Doc } from './doc.ts';
import { MEASURE_WORD } from './measure-acts.ts';
import type { Draft } from './measure-drafts.ts';
import { letterheadCountry } from './letterhead.ts';
import { EU, EU_MEMBERS, placeCode, regionIn, type PlaceMention } from './places.ts';
import type { Range } from './sentences.ts';
import { MONTH_NAME, WEEKDAY_NAME } from './dates.ts';

/** A measure on every origin ("a 10% baseline tariff on all countries") has no one target. */
export const ALL_ORIGINS =
  /\b(?:all (?:countries|trading partners|imports|origins|nations)|every country|baseline)\b/i;

/** "pressed for relief from the 25% levy": who seeks relief bears the measure. */
export const RELIEF =
  /\b(?:relief|exemptions?|reprieve|waivers?)\s+from\s+(?:the\s+|its\s+)?(?:[\w.%-]+\s+){0,3}$/i;

/**
 * A country after "on", "against", "from" … is targeted; the words in between never open a
 * clause of their own ("announced on Monday that Brazil will suspend …": Brazil acts), nor
 * are they the day "on" tells ("On April 10 Ottawa suspended …", "On Monday Brussels lifted
 * …", "As of today the United States applies …": the subject after an opening date acts).
 */
const TARGET_BEFORE = new RegExp(
  String.raw`\b(?:on|against|from|targeting|targets|of|at|toward|towards|made in|produced in|originat(?:ing|es?|ed) in|poured in|smelted in)\s+(?:the\s+)?(?:(?!(?:that|which|when|after|because|while|if|as|today|yesterday|tomorrow|now|${WEEKDAY_NAME}|${MONTH_NAME}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w-]))[\w-]+\s+){0,2}$`,
  'i',
);
const GOODS_AFTER =
  /^(?:-made|-origin|-built|-produced|-grown)?\s*(?:[\w-]+\s+){0,2}?(?:goods|imports?|exports?|products?|producers?|exporters?|companies|firms|makers|carmakers|automakers|manufacturers|shipments|origin|steel|aluminum|aluminium|vehicles?|EVs?|cars?|canola|rapeseed|pork|beef|wine|barley|seafood|lobsters?|soybeans?|solar|chips|semiconductors?|agricultural|farm|food|brandy|crude|coal)\b/i;
const GOVERNMENT_AFTER =
  /^\s*(?:government|administration|authorities|ministry|commerce ministry|finance ministry|officials|customs|regulators|cabinet|state council|tariff commission)\b/i;
export const OWNER_AFTER =
  /^(?:'s|[’\x92]s)\s+(?:[\w.%-]+\s+){0,3}?(?:counter-?measures|counter-?tariffs?|tariffs?(?!\s+(?:negotiators?|envoys?|chiefs?|talks))|dut(?:y|ies)|surtax|levies|measures?|safeguards?|quotas?|government|commerce ministry|ministry|finance department|customs|announcement|decision|retaliation|(?:suspension|removal|lifting|elimination|reduction|repeal|withdrawal|scrapping)\s+of)\b/i;
/** A demonym another one follows in a list: "Chinese and Japanese …", "Thai, Vietnamese …". */
const DEMONYM_LISTED_AFTER = /^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)\p{Lu}\p{Ll}+\b/u;
/**
 * "duties on Brazilian silicon metal", "the duty it had applied to Chinese fibreglass": a
 * demonym after "on" or "applied to" names the goods' origin.
 */
const GOODS_TARGET_BEFORE =
  /\b(?:on|against|targeting|appl(?:y|ies|ied)\s+to)\s+(?:the\s+|all\s+|most\s+)?$/i;
/**
 * "the Anti-Dumping Regulations of the People's Republic of China", "the Ministry of Commerce
 * of China": the country whose law or body it is acts, it is not an origin.
 */
const LAWMAKER_BEFORE =
  /\b(?:Regulations?|Laws?|Act|Code|Decree|Ministry(?: of [A-Z]\w+)?|[Gg]overnments?|State Council|Customs|Commission)\s+of\s+(?:the\s+)?$/;
/**
 * "the President of the United States signed an order placing …": the country whose leader
 * acts, when the leader is the subject of the act. One whose leader only speaks ("…, the
 * President of Mexico said") is no party.
 */
const LEADER_OF_BEFORE = /\b(?:President|Prime Minister|Premier|Chancellor)\s+of\s+(?:the\s+)?$/;
const LEADER_ACTS_AFTER =
  /^\s+(?:has\s+|had\s+)?(?:signed|imposed|ordered|placed|raised|slapped|decreed|levied|announced\s+(?:an?|the|new)\b)/;
/**
 * "the decision of the European Commission to reduce the duty", "a ruling by Canada's
 * tribunal": who decides the act imposes it.
 */
/** A country's border or customs, as where a duty is charged: "at the U.S. | border". */
const BORDER_AFTER = /^\s*(?:border|frontier|customs)\b/i;
/** What stands between a subject and its verb right after: "Vietnam | will pay". */
const PAYER_BEFORE = /^\s*(?:(?!that\b)[\w-]+\s+){0,2}$/i;
/** The verb of a subject that bears a duty: "will pay", "faces". */
const PAYS_AT = /^(?:(?:will|would|must|to)\s+)?(?:pay|pays|paid|face|faces|faced)\b/i;

/**
 * A country told as hit by a duty: "Brazil, hit by a similar 50% rate", "India, which was
 * slapped with a 25% tariff", "Canada has been targeted by".
 */
const HIT_AFTER =
  /^,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has been|have been|had been)\s+)?(?:(?:already|also|itself|similarly|likewise)\s+)?(?:hit|struck|targeted|slapped|singled out)\s+(?:by|with)\b/i;

/**
 * The agent of a passive act, however far from the measure's word: "a duty on steel from the
 * EU was raised by New Delhi to 14%", "tariffs … were imposed by Beijing".
 */
const PASSIVE_AGENT_BEFORE =
  /\b(?:is|are|was|were|been|be)\s+(?:\w+ly\s+)?(?:imposed|raised|increased|lowered|reduced|cut|levied|lifted|removed|suspended|placed|introduced|extended|scrapped|slapped|revoked)\s+by\s+(?:the\s+)?$/i;
const DECIDER_BEFORE = /\b(?:decision|ruling|determination|order|move)\s+(?:of|by)\s+(?:the\s+)?$/i;
/**
 * "built on China's decision in February to stop applying its tariff …": the country owning
 * a decision to act, however far from the measure's word, takes it.
 */
const DECISION_TO_AFTER =
  /^(?:'s|[’\x92]s)\s+(?:[\w-]+\s+){0,2}?(?:decision|move)\b[^,.;]{0,40}?\bto\s+\p{Ll}/u;
/**
 * "…, Seoul's trade ministry said on Friday": a body telling of the measure after it is the
 * source of the news, not a party.
 */
const SOURCE_AFTER =
  /^(?:'s|[’\x92]s)\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|office|department|officials?|spokesperson|spokesman|spokeswoman)\s+(?:said|says|told|reported|confirmed)\b/i;
/** "The China Surtax Order (2024)": a country in the title of a legal instrument. */
const INSTRUMENT_AFTER =
  /^\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Order|Act|Regulations?|Decree|Law|Notice|Rules)\b/u;
/**
 * "Canada's only producer", "Japan's exporters", "all other EU companies", "the Vietnam-wide
 * entity", "the China-wide rate": the country is where the goods come from.
 */
const PRODUCER_OWNER_AFTER =
  /^(?:(?:'s|[’\x92]s)?\s+(?:(?:only|sole|largest|biggest|main|top|leading|other)\s+)?(?:[\w-]+\s+)?(?:producers?|exporters?|makers?|manufacturers?|suppliers?|companies|firms|mills|smelters|shippers)\b|-wide\s+(?:entity|rate)\b)/i;
/**
 * "Denmark's Vesterby Foods faces a duty of 9.6%", "Chile's Andes Steel Corp.", "Sweden's Norrmejerier
 * AB": a country
 * owning a company named with a word of a firm's name is where its goods come from.
 */
const COMPANY_OWNER_AFTER =
  /^['’\x92]s\s+(?:\p{Lu}[\p{L}&'’\x92-]*\s+){1,3}(?:Foods?|Meats?|Group|Corp\.?|Corporation|Co\.|Company|Ltd\.?|Limited|Inc\.?|Industries|Holdings|Motors|Steel|Metals|Chemicals?|Farms|Mills|Textiles|Electronics|Paper|Timber|Forest|Lumber|Dairy|Wines?|Seafoods?|Fisheries|Pharma\w*|S\.A\.?|GmbH|AG|SpA|PLC|LLC|Ltda|A\/S|ApS|AB|ASA|Oyj?|N\.?V\.?|B\.?V\.?|S\.L\.?|SAS|SRL|Pty|Bhd)(?![\p{L}])/u;
/**
 * "Türkiye's country-specific tariff-free quota", "Ukraine's duty-free allocation": a quota
 * a country is given to ship under; the country is where the goods come from, not who sets it.
 */
const ALLOCATION_OWNER_AFTER =
  /^['’\x92]s\s+(?:[\w-]+\s+){0,2}?(?:tariff-free|duty-free|zero-duty|in-quota|country-specific)\s+(?:[\w-]+\s+){0,2}?(?:quotas?|allocations?|shares?)\b/i;
/**
 * A verb acting on a country's quota: "the EU cut Türkiye's steel quota by 40%", "halved
 * Britain's allocation". The quota is the one the country ships under, set by the subject.
 */
const QUOTA_ACTED_ON_BEFORE =
  /\b(?:cut|cuts|cutting|reduced|reduces|reducing|halved|halves|slashed|slashes|raised|raises|increased|increases|doubled|enlarged|expanded|widened|trimmed|set|allocated|granted|gave)\s+$/i;
const QUOTA_AFTER = /^['’\x92]s\s+(?:[\w-]+\s+){0,2}?(?:quotas?|allocations?)\b/i;
/**
 * "Vietnam's exports to the United States face …", "Singapore, whose exports face …": the
 * country owning the goods shipped is where they come from.
 */
const EXPORTS_OWNER_AFTER =
  /^(?:['’\x92]s|,\s+whose)\s+(?:[\w-]+\s+)?(?:exports|shipments|exporters|sales abroad)\b/i;
/**
 * "the 25% surtax Canada placed last month", "the tariff that Washington placed", "the trade
 * barriers Beijing erected", "the 19% tariff that the United States applies to …", "the 50%
 * duties that Washington extended to derivative products", "the 75.8% deposit China collects
 * on canola seed": the country right after the measure put it, or keeps it.
 */
const MEASURE_BEFORE =
  /\b(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|surcharges?|levy|levies|deposits?|measures|barriers|restrictions|curbs)\s+(?:that\s+|which\s+)?(?:the\s+)?$/i;
const PLACED_AFTER =
  /^\s+(?:has\s+|had\s+)?(?:placed|imposed|levied|slapped|put|applied|introduced|adopted|set|erected|raised|extended|applies|imposes|levies|charges|collects|keeps|maintains|collected|charged|(?:began|begun|started)\s+(?:collecting|charging|levying|applying))\b/i;
/** A relative clause opening right after the rate: "duties of 8.2% that the EU imposed". */
const RATE_RELATIVE_BEFORE = /^\s*(?:that|which)\s+(?:the\s+)?$/i;
/**
 * The country a rate's measure is said to be put in place by right after the rate: "the 100%
 * surtax Ottawa put on …", "a 25% duty that Lima imposed", "duties of up to 17.9% that the EU
 * imposed"; null when none is.
 */
export function placerAfter(
  text: string,
  places: readonly PlaceMention[],
  rateEnd: number,
): PlaceMention | null {
  const p = places.find((q) => q.start >= rateEnd && q.start - rateEnd <= 40);
  if (!p) return null;
  const between = text.slice(rateEnd, p.start);
  return (MEASURE_BEFORE.test(between) || RATE_RELATIVE_BEFORE.test(between)) &&
    !/[,;.]/.test(between) &&
    PLACED_AFTER.test(text.slice(p.end, p.end + 40))
    ? p
    : null;
}

/** "U.S. tariffs", "Chinese 25% duties": the country owns the measure. */
const MEASURE_AFTER =
  /^\s+(?:[\w.%-]+\s+)?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|levies|countermeasures|retaliation|(?:tariff\s+)?rates?\s+on)\b/i;
/** The verbs whose subject imposes: a country before them acts. */
export const SUBJECT_VERB =
  /\b(?:impos\w*|plac(?:e|es|ed|ing)\b|announc\w*|slap\w*|levy|levied|appl(?:y|ied|ies)|set|sets|will|would|suspend\w*|exempt\w*|waiv\w*|lift\w*|rais\w*|threaten\w*|plans?|said|says|put|introduc\w*|hit|retaliat\w*|confirm\w*|remov\w*|scrap\w*|reduc\w*|lower\w*|cut|cuts|orders?|ordered|bann?\w*|halt\w*|requir\w*|agreed|unveil\w*|charg(?:e|es|ed|ing)\b|collect(?:s|ed|ing)?\b)/i;

/** What lies between two places of one list: "China, Japan", "China PR and Japan". */
const LISTED_AFTER = /^(?:\s+[A-Z]{1,3})?(?:,\s*|\s+and\s+|\s+or\s+|,\s*and\s+)(?:the\s+)?$/;
/**
 * "from China and other countries with which it has no trade agreement, including India,
 * South Korea and Thailand": the origins named after a target's "including" are targets too.
 */
const INCLUDED_BEFORE = /\b(?:including|such as|notably|among them)\s+(?:the\s+)?$/i;
/**
 * Goods "from countries" before the examples of them: "steel from countries without a trade
 * agreement with Canada, including China, India and Brazil".
 */
const ORIGIN_COUNTRIES_BEFORE =
  /\b(?:from|of)\s+(?:(?:all|other|non-\w+|some|several|many|most)\s+)?(?:countries|nations|economies|origins|partners|suppliers)\b[^.;]{0,80},?\s+(?:including|such as|notably)\s+(?:the\s+)?$/i;
/**
 * "steel from non-agreement countries, China, Türkiye and Brazil among them": places listed
 * as examples of the origins.
 */
const AMONG_THEM_AFTER =
  /^(?:(?:,\s*|,?\s+and\s+)[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,2}){0,4}\s+among\s+them\b/;
/**
 * "goods from countries with which Mexico has no trade agreement", "partners whom Canada
 * exempted": a country opening a relative clause is its subject, acting in that clause
 * only; it is neither an origin of the goods nor the measure's imposer.
 */
const RELATIVE_SUBJECT_BEFORE =
  /\b(?:(?:with|by|to|from|in)\s+(?:which|whom)\s+(?:the\s+)?$|whom\s+(?:the\s+)?$)/i;
/** A partner in a deal, neither imposer nor origin: "putting July's trade deal with Japan into effect". */
const PARTNER_BEFORE = /\b(?:deal|agreement|pact|accord)\s+with\s+(?:the\s+)?$/i;
/**
 * The market goods pay a duty on entering: "a 35% tariff on entering the United States",
 * "pork from Canada entering China will pay 25%", "Canadian pork shipped to China".
 */
const ENTERING_BEFORE =
  /\b(?:entering|imported\s+into|shipped\s+to|exported\s+to|bound\s+for)\s+(?:the\s+)?$/i;
/** A body and its seat: "The Ministry of Commerce in Beijing", "the finance department in Ottawa". */
const BODY_SEAT_BEFORE =
  /\b(?:[Mm]inistry|[Dd]epartment|[Cc]ommission|[Gg]overnment|[Aa]uthorities|[Cc]ustoms|[Cc]abinet|[Aa]gency)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:and|&)\s+[A-Z][\w-]*)?)?\s+in\s+$/;
/** A part of a body before its name: "the executive committee of Gecex raised …". */
const BODY_PART_BEFORE =
  /\b(?:committee|board|council|chamber|secretariat|office|executive|president|head|chair)\s+of\s+(?:the\s+)?$/i;
/**
 * "lines from countries without a trade agreement with Mexico": the country the others have no
 * deal with is the one whose tariff it is, not an origin.
 */
const NO_DEAL_WITH_BEFORE =
  /\b(?:without|with\s+no|(?:have|has|had)\s+no)\s+(?:an?\s+|any\s+)?(?:free[- ])?trade\s+(?:agreements?|deals?|pacts?)\s+with\s+(?:the\s+)?$/i;
/**
 * "a tariff Trump imposed over India's purchases of Russian oil": the country whose conduct
 * a measure punishes is its target.
 */
const REASON_BEFORE = /\b(?:over|because of|in response to|as punishment for)\s+$/i;
const CONDUCT_AFTER =
  /^(?:'s|[’\x92]s)\s+(?:[\w-]+\s+)?(?:purchases?|imports?|buying|support|policies|policy|treatment|conduct|actions?|role|refusal|decision)\b/i;
/**
 * "tied to India's purchases of Russian crude": the country whose goods another one buys is
 * no party of a measure on the buyer.
 */
const BOUGHT_BY_OTHER_BEFORE =
  /(?:'s|[’\x92]s)\s+(?:[\w-]+\s+)?(?:purchases?|buying|procurement|support|dealings)\s+(?:of|for|with)\s+(?:the\s+)?$/i;
/**
 * "imposed over Russian oil purchases", "a penalty for buying Russian crude": the country
 * whose oil, gas or arms another buys is no party of a measure on the buyer.
 */
const BUYING_BEFORE =
  /\b(?:(?:over|because of|for|in response to|as punishment for)\s+$|(?:buy(?:s|ing)?|bought|purchas\w*|imports?\s+of)\s+(?:of\s+)?$)/i;
const BOUGHT_COMMODITY_AFTER = /^\s+(?:oil|crude|gas|LNG|energy|arms|weapons|military)\b/i;
/** A producer after its goods: "products made by Tokyo Ohka Kogyo" names no party. */
const MADE_BY_BEFORE = /\b(?:made|produced|manufactured|exported|shipped|supplied)\s+by\s+$/i;
/** Where goods arrive: "in", "into", "entering", "enter", "exported to" the importer. */
const IMPORTER_BEFORE =
  /\b(?:in|into|enter(?:s|ing)?|exported to|shipped to|shut out of|access to|exports to|shipments to|sales to)\s+(?:the\s+)?$/i;
/**
 * A country a sentence opens with after "For" ("For Japan, the rates were set at 13.8% …"):
 * the origin the rates that follow are set for, not their imposer.
 */
const FOR_ORIGIN_BEFORE = /^\s*(?:(?:And|But|Meanwhile),?\s+)?For\s+(?:the\s+)?$/;
/**
 * Where goods were made or passed on their way: "electric cars built in China", "steel
 * produced in Vietnam", "goods transshipped through Vietnam".
 */
const MADE_IN_BEFORE =
  /\b(?:(?:built|made|produced|manufactured|assembled|grown|mined|caught)\s+in|(?:trans-?shipped|re-?routed|routed)\s+(?:through|via))\s+(?:the\s+)?$/i;
/** The market goods are sold to, never their origin: "shut out of China", "exports to Japan". */
const MARKET_BEFORE =
  /\b(?:exported to|shipped to|shut out of|access to|exports to|shipments to|sales to)\s+(?:the\s+)?$/i;

/**
 * Whom a stance or a request comes from is neither party: "under pressure from Washington",
 * "drew praise from Ottawa for its tariff", "despite protests from Seoul", "at the request of
 * Canberra".
 */
const STANCE_FROM_BEFORE =
  /\b(?:pressure|praise|criticism|protests?|complaints?|objections?|requests?|support|backing|backlash|calls?|demands?|warnings?|appeals?|lobbying|opposition)\s+(?:from|of)\s+(?:the\s+)?$/i;

/** A relative clause between commas opening after the subject: ", which … ,", ", who … ,". */
const ASIDE_OPEN = /,\s+(?:which|who|whose|whom)\b[^,;]*$/i;

/**
 * True when the place at `at` lies in a relative clause set between commas before the verb at
 * `verbAt`: "Beijing, which has been locked in a dispute with Ottawa, imposed …" (Ottawa is
 * not the subject).
 */
function insideAside(text: string, sentenceStart: number, at: number, verbAt: number): boolean {
  if (!ASIDE_OPEN.test(text.slice(Math.max(sentenceStart, at - 120), at))) return false;
  return text.slice(at, verbAt).includes(',');
}

/**
 * Whether goods of the lexicon follow a demonym right away or after one word of their own
 * ("Scottish farmed salmon", "Chilean table wine"); not across a verb ("Chilean officials
 * say salmon").
 */
function goodsRightAfter(doc: Doc, end: number): boolean {
  const goods = within(doc.products, end, end + 40)[0];
  if (!goods) return false;
  return (
    goods.start === end + 1 ||
    /^\s(?!(?:and|or|to|in|on|of|for|from|is|are|was|were|will|would|say|says|said)\s)[\p{Ll}-]+\s$/u.test(
      doc.text.slice(end, goods.start),
    )
  );
}

export interface Roles {
  readonly imposer: PlaceMention | null;
  readonly targets: PlaceMention[];
}

/**
 * The one told of an act: "China told Tokyo on Wednesday that it had halted imports of Japanese
 * seafood". The country told is no party for that; the teller is the one who acts.
 */
const ADDRESSEE_BEFORE =
  /\b(?:told|tells|informed|informs|notified|notifies|assured|assures)\s+(?:the\s+)?$/i;
const TOLD_THAT_AFTER = /^[^.;]{0,40}?\bthat\b/i;

/** Reads imposer and targets from the places of one stretch of a sentence. */
export function readRoles(
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
  const listedDemonyms: PlaceMention[] = [];
  for (const p of places) {
    if (listedDemonyms.length > 0 && p.via !== 'demonym') listedDemonyms.length = 0;
    const before = text.slice(Math.max(sentenceStart, p.start - 30), p.start);
    // "from countries without a trade agreement with Mexico": wider than `before`.
    const noDealWith = NO_DEAL_WITH_BEFORE.test(
      text.slice(Math.max(sentenceStart, p.start - 50), p.start),
    );
    const after = text.slice(p.end, p.end + 40);
    // Ownership counts only close to the measure's word ("by Washington" far off is not it).
    const near = Math.abs(p.start - measureAt) <= 60;
    const lastTarget = targets.at(-1);
    if (
      INSTRUMENT_AFTER.test(after) ||
      (p.start > measureAt && SOURCE_AFTER.test(after)) ||
      RELATIVE_SUBJECT_BEFORE.test(before) ||
      BOUGHT_BY_OTHER_BEFORE.test(before) ||
      MADE_BY_BEFORE.test(before) ||
      STANCE_FROM_BEFORE.test(before) ||
      (BUYING_BEFORE.test(before) && BOUGHT_COMMODITY_AFTER.test(after)) ||
      (LEADER_OF_BEFORE.test(before) && !LEADER_ACTS_AFTER.test(after)) ||
      (ADDRESSEE_BEFORE.test(before) && TOLD_THAT_AFTER.test(after)) ||
      (PARTNER_BEFORE.test(before) && !noDealWith)
    ) {
      continue;
    } else if (lastTarget && LISTED_AFTER.test(text.slice(lastTarget.end, p.start))) {
      targets.push(p); // "from China PR and Japan": the list goes on
    } else if (
      INCLUDED_BEFORE.test(before) &&
      (lastTarget ||
        ORIGIN_COUNTRIES_BEFORE.test(text.slice(Math.max(sentenceStart, p.start - 120), p.start)))
    ) {
      targets.push(p); // "from China and other Asian countries …, including India
    } else if (
      AMONG_THEM_AFTER.test(after) ||
      PRODUCER_OWNER_AFTER.test(after) ||
      EXPORTS_OWNER_AFTER.test(after) ||
      ALLOCATION_OWNER_AFTER.test(after) ||
      (QUOTA_AFTER.test(after) && QUOTA_ACTED_ON_BEFORE.test(before)) ||
      COMPANY_OWNER_AFTER.test(after)
    ) {
      targets.push(p);
    } else if (ENTERING_BEFORE.test(before)) {
      owner ??= p; // "slapped with a 35% tariff on entering the United States": its market's
    } else if (noDealWith) {
      owner ??= p; // "from countries without a trade agreement with Mexico": whose tariff it is
    } else if (BORDER_AFTER.test(after) && /\bat\s+(?:the|its|their)\s+$/i.test(before)) {
      owner ??= p; // "will be charged a 15% tariff at the U.S. border": whose border it is
    } else if (HIT_AFTER.test(after)) {
      targets.push(p); // "Brazil, hit by a similar 50% rate, …": what the duty hits
    } else if (REASON_BEFORE.test(before) && CONDUCT_AFTER.test(after)) {
      targets.push(p);
    } else if (MEASURE_BEFORE.test(before) && PLACED_AFTER.test(after)) {
      owner ??= p;
    } else if (PASSIVE_AGENT_BEFORE.test(before)) {
      owner = p;
    } else if (
      LAWMAKER_BEFORE.test(before) ||
      (LEADER_OF_BEFORE.test(before) && LEADER_ACTS_AFTER.test(after)) ||
      DECIDER_BEFORE.test(before) ||
      DECISION_TO_AFTER.test(text.slice(p.end, p.end + 80))
    ) {
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
    } else if (
      p.start < verbAt &&
      (GOVERNMENT_AFTER.test(after) || BODY_AFTER.test(after) || BODY_SEAT_BEFORE.test(before))
    ) {
      // "… the wrath of a U.S. administration that already hit …", "The President of the
      // Canada Border Services Agency made …", "The Ministry of Commerce in Beijing said it
      // would impose …": a government or a body of it before the verb is its subject, whatever
      // words come before it.
      imposer = p;
    } else if (p.via === 'body') {
      // A government body acts, it is never where goods come from: "On the recommendation of
      // the DGTR, the Ministry of Finance imposed …", "following the finding of the Canadian
      // International Trade Tribunal, … duties are imposed"; the subject when before the verb.
      if (
        p.start < verbAt &&
        (!TARGET_BEFORE.test(before) || BODY_PART_BEFORE.test(before)) &&
        !insideAside(text, sentenceStart, p.start, verbAt)
      )
        imposer = p;
    } else if (p.via === 'demonym') {
      // A demonym names the origin of goods ("Chinese steel", "on Brazilian silicon metal"),
      // or nothing we need; those listed before it ("Chinese and Japanese steel") name the
      // same goods.
      if (
        GOODS_AFTER.test(after) ||
        GOODS_TARGET_BEFORE.test(before) ||
        goodsRightAfter(doc, p.end)
      )
        targets.push(...listedDemonyms.splice(0), p);
      else if (DEMONYM_LISTED_AFTER.test(after)) listedDemonyms.push(p);
    } else if (TARGET_BEFORE.test(before) && !MARKET_BEFORE.test(before)) {
      targets.push(p);
    } else if (FOR_ORIGIN_BEFORE.test(text.slice(sentenceStart, p.start))) {
      targets.push(p); // "For Japan, the rates were set at …"
    } else if (MADE_IN_BEFORE.test(before)) {
      targets.push(p); // "cars built in China": where goods come from, not where they arrive
    } else if (IMPORTER_BEFORE.test(before)) {
      undecided.push(p); // where goods arrive: the importer, when nothing else says so
    } else if (p.start < verbAt && !insideAside(text, sentenceStart, p.start, verbAt)) {
      // the closest country before the verb is its subject; one that pays or faces the duty
      // bears it ("Vietnam will pay a 20% tariff on goods it sends into the United States")
      if (
        PAYS_AT.test(text.slice(verbAt, verbAt + 20)) &&
        PAYER_BEFORE.test(text.slice(p.end, verbAt))
      )
        targets.push(p);
      else imposer = p;
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
export function originsOnly(places: readonly PlaceMention[], imposer: string): Roles {
  const targets = places.filter(
    (p, i) => p.code !== imposer && places.findIndex((q) => q.code === p.code) === i,
  );
  return { imposer: null, targets };
}

/** The nouns of government bodies that set duties. */
const BODY_NOUN =
  '(?:[Mm]inistry|[Gg]overnment|[Cc]abinet|[Dd]epartment|[Cc]ommission|[Aa]uthority|[Aa]gency|[Cc]ouncil|[Tt]ribunal|[Cc]ustoms|Trade Representative(?!\\s+[A-Z]))';
/** The words of a body's name before its noun: "Customs Tariff", "commerce", "Investigating". */
const BODY_NAME =
  '(?:(?:\\p{Lu}[\\p{L}-]*|commerce|trade|finance|foreign|economy|industry|agriculture|tariff|customs|border)\\s+){0,4}?';

/**
 * A government body named without its country as the subject: "The Finance Ministry has
 * imposed …", "In February the government cut …", "On August 12, 2025, the Investigating
 * Authority required …", "And in a separate notice, the department exempted …", "NEW DELHI:
 * The Finance Ministry …".
 */
export const HOME_BODY = new RegExp(
  `^(?:(?:And|But|Also|Separately|Meanwhile),?\\s+)?(?:(?:[Ii]n|[Oo]n|Last|Earlier|Later|From|After)\\b[^.;]{0,40}?,?\\s+)?[Tt]he\\s+${BODY_NAME}${BODY_NOUN}\\b|[:—\x97–\x96-]\\s+[Tt]he\\s+${BODY_NAME}${BODY_NOUN}\\b[^,]*$`,
  'u',
);

/** A legal instrument acting as the subject: "The Order reduces …", "This Regulation imposes …". */
export const HOME_INSTRUMENT =
  /^(?:The|This)\s+(?:Order|Regulations?|Decree|Notification|Decision|Resolution)\s+(?:also\s+)?\w+s\b/;

/**
 * The official gazette a text opens with: "CANADA GAZETTE, PART II", "The Gazette of India",
 * "Official Journal of the European Union". The country named is the one whose instruments it
 * publishes.
 */
const GAZETTE_HEAD =
  /^\s*(?:(?:The\s+)?(?:(?:Official|Government)\s+)?(?:Gazette|Journal)\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|Federation|State|Commonwealth)\s+of\s+(?:the\s+)?)?(\p{L}+(?:\s+\p{L}+){0,2})|(?:The\s+)?(\p{L}+(?:\s+\p{L}+)?)\s+Gazette\b)/iu;

/**
 * National gazettes whose title names no country: the country whose instruments each
 * publishes.
 */
const GAZETTE_TITLES: readonly (readonly [RegExp, string])[] = [
  [/^\s*Diario Oficial de la Federaci[oó]n\b/iu, 'MEX'],
  [/^\s*Di[aá]rio Oficial da Uni[aã]o\b/iu, 'BRA'],
  [/^\s*Bolet[ií]n Oficial del Estado\b/iu, 'ESP'],
  [/^\s*Bolet[ií]n Oficial de la Rep[uú]blica Argentina\b/iu, 'ARG'],
  [/^\s*Journal officiel de la R[ée]publique fran[çc]aise\b/iu, 'FRA'],
  [/^\s*Gazzetta Ufficiale della Repubblica Italiana\b/iu, 'ITA'],
  [/^\s*Bundesgesetzblatt\b/iu, 'DEU'],
  [/^\s*Resm[iî] Gazete\b/iu, 'TUR'],
  [/^\s*(?:The\s+)?Federal Register\b/iu, 'USA'],
];

/** The country whose gazette the text is, if its first line names one, or its letterhead. */
export function gazetteCountry(doc: Doc): string | null {
  const head = doc.text.slice(0, 120);
  const titled = GAZETTE_TITLES.find(([title]) => title.test(head));
  if (titled) return titled[1];
  const m = GAZETTE_HEAD.exec(head);
  // "Gazette of India Extraordinary": the longest run of its first words that is a place.
  const words = nameCase(m?.[1] ?? m?.[2] ?? '').split(/\s+/);
  const named = words
    .map((_, k) => placeCode(words.slice(0, words.length - k).join(' ')))
    .find((code) => code !== null);
  return named ?? letterheadCountry(doc);
}

/** A country owning the body after it: "China's Ministry of Commerce", "Canadian customs". */
const BODY_AFTER = new RegExp(`^(?:'s|[’\x92]s)?\\s+${BODY_NAME}${BODY_NOUN}\\b`, 'u');
/** A body before its country: "the Ministry of Commerce of the People's Republic of China". */
const BODY_BEFORE = new RegExp(
  `${BODY_NOUN}(?:\\s+of\\s+\\p{Lu}\\p{L}+)?\\s+of\\s+(?:the\\s+)?$`,
  'u',
);

/**
 * The country whose government bodies the text names, when it names those of one country
 * only ("China's Ministry of Commerce … China's customs agency"): the home of the bodies it
 * then names without their country ("the Investigating Authority required …"). Null when
 * the text names the bodies of several countries, or none.
 */
export function bodyOwner(doc: Doc): string | null {
  const { text } = doc;
  const owners = new Set<string>();
  for (const p of doc.places) {
    if (
      p.via === 'body' ||
      BODY_AFTER.test(text.slice(p.end, p.end + 60)) ||
      BODY_BEFORE.test(text.slice(Math.max(0, p.start - 50), p.start))
    )
      owners.add(p.code);
  }
  return owners.size === 1 ? ([...owners][0] ?? null) : null;
}

/**
 * "The deposit of 75.8% on canola seed, which China's customs agency began collecting":
 * a country acting in the relative clause right after the measure imposes it, and so does
 * one keeping it or refusing to change it ("…, which Washington has so far refused to touch").
 */
const RELATIVE_BEFORE = /^,?\s*(?:which|that)\s+(?:the\s+)?$/i;
const RELATIVE_ACT_AFTER =
  /^(?:(?:'s|[’\x92]s)\s+(?:[\w-]+\s+){0,3}?)?\s*(?:has\s+|had\s+|have\s+)?(?:(?:so far|still|repeatedly)\s+)?(?:began|begun|started|imposed|levied|placed|put|set|introduced|collected|applied|slapped|kept|keeps|maintain(?:s|ed)|retain(?:s|ed)|(?:refus|declin)(?:es|ed)\s+to\s+(?:touch|lift|remove|lower|cut|ease|drop|change|scrap|reduce))\b/i;

/** The country acting on the measure in the relative clause that opens at `clauseEnd`. */
export function relativeActor(
  doc: Doc,
  clauseEnd: number,
  sentenceEnd: number,
): PlaceMention | null {
  const { text } = doc;
  const p = within(doc.places, clauseEnd, Math.min(sentenceEnd, clauseEnd + 30))[0];
  return p &&
    RELATIVE_BEFORE.test(text.slice(clauseEnd, p.start)) &&
    RELATIVE_ACT_AFTER.test(text.slice(p.end, p.end + 60))
    ? p
    : null;
}

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
export function namedBefore(doc: Doc, drafts: readonly Draft[], clause: Range): Draft | undefined {
  const name = NAMED_MEASURE.exec(doc.text.slice(clause.start, clause.end))?.[1];
  if (!name || GENERIC_QUALIFIER.test(name) || placeCode(name) !== null) return undefined;
  const word = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  return drafts.findLast((d) => {
    const told = doc.sentences[d.sentence];
    return told !== undefined && word.test(doc.text.slice(told.start, told.end));
  });
}

/**
 * True when every origin is a member of the bloc an act targets: "duties on pork from the
 * European Union … Spanish group X will pay 4.9%" sets a rate of the act on the EU.
 */
export const withinBloc = (origins: readonly string[], actTargets: readonly string[]) =>
  origins.length > 0 &&
  actTargets.length > 0 &&
  actTargets.every((t) => t === EU) &&
  origins.every((o) => EU_MEMBERS.has(o));

/**
 * The targets of an act on the EU, without the member states the sentence names beside it:
 * "duties on pork from the European Union, a blow to Spanish and Danish exporters" target the
 * EU alone.
 */
export const blocOnly = <T extends { readonly jurisdiction: string | null }>(
  targets: readonly T[],
): T[] =>
  targets.some((t) => t.jurisdiction === EU)
    ? targets.filter((t) => !EU_MEMBERS.has(t.jurisdiction ?? ''))
    : [...targets];

/** A measure named back by its goods: "The duty on canola seed was lowered …". */
const GOODS_NAMED =
  /\b[Tt]he\s+(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies)\s+on\s+$/;

/**
 * The measure told before on the goods a clause names it by ("Beijing put a deposit on
 * canola seed … The duty on canola seed was lowered to 15%"), latest first: the goods are
 * the first product of the clause, right after "the duty on".
 */
export function goodsNamedBefore(
  doc: Doc,
  drafts: readonly Draft[],
  clause: Range,
): Draft | undefined {
  const first = within(doc.products, clause.start, clause.end)[0];
  if (!first || !GOODS_NAMED.test(doc.text.slice(clause.start, first.start))) return undefined;
  const goods = first.text.toLowerCase();
  return drafts.findLast((d) => d.candidate.products.some((p) => p.text.toLowerCase() === goods));
}

/** A sentence whose subject is a pronoun: "It added …", "In March it added …". */
export const PRONOUN_SUBJECT =
  /^(?:(?:In|On|By|Then|Later|Last|Earlier)\b[^,]{0,30}?,?\s+)?(?:it|It)\s+(?:also\s+|then\s+|later\s+)?\w+(?:ed|s)\b/;

/**
 * The European Union named as "the bloc" opening a sentence: "The bloc imposed duties …",
 * "Last year the 27-member bloc raised …". Used only when the text names the EU.
 */
export const BLOC_SUBJECT =
  /^(?:(?:In|On|By|Then|Later|Last|Earlier)\b[^,]{0,30}?,?\s+)?(?:the|The)\s+(?:\d+-(?:member|nation)\s+|European\s+)?bloc\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+)?\w+(?:ed|s)\b/;

/** The place that opens a sentence as its subject ("Beijing opened …"), before `end`. */
export function leadSubject(doc: Doc, start: number, end: number): PlaceMention | null {
  const first = within(doc.places, start, end)[0];
  return first && /^(?:The\s+)?$/.test(doc.text.slice(start, first.start)) ? first : null;
}

/**
 * The country of the provinces or states a text names ("Saskatchewan Premier Scott Moe",
 * "poultry from Alberta"), when they are all of one country: a text about a province's trade
 * tells of measures on that country's goods. Null when it names none, or those of several.
 */
export function regionHome(text: string): string | null {
  const codes = new Set<string>();
  for (let at = 0, r = regionIn(text); r !== null; r = regionIn(text.slice(at))) {
    codes.add(r.code);
    at += r.at + r.name.length;
  }
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/** The jurisdictions of the text, most mentioned first: the fallback for a missing party. */
export function placesByCount(doc: Doc): readonly string[] {
  return placeCounts(doc).map(([c]) => c);
}

/**
 * A party the sentence does not write but the context gives (the previous measure, or the
 * two parties the text is about): a mention with empty text and an empty span at the
 * sentence start, so that nothing points at words that do not name it.
 */
export const syntheticMention = (code: string, at: number): Mention => ({
  text: '',
  span: span(at, at),
  actor: null,
  jurisdiction: code,
});

/**
 * "The duty applies to shipments from China, South Korea and Japan": a sentence continuing
 * about measures names their origins. They replace targets that were only guessed from the
 * text's main parties, or extend a list they include.
 */
export const ORIGIN_BEFORE =
  /\b(?:from|originating in|made in|produced in|against|targeting)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * A sentence naming the origins of the act just told: "The countries affected include China,
 * South Korea and India", "The exporters concerned are …", "Besides Chile, the biggest
 * suppliers affected are Bolivia and Peru" (the origin the lead names is one too).
 */
export const ORIGINS_TOLD =
  /^(?<lead>(?:Besides|Apart from|Aside from|Along with|Beyond|As well as)\s+[^,.;]{1,40},\s+)?(?:the\s+)?(?:(?:biggest|largest|main|major|other|leading|top)\s+)?(?:countries|origins|economies|nations|suppliers|exporters)\s+(?:affected|concerned|targeted|covered|hit)\s+(?:include|are|were)\s+/i;

export function addOrigins(doc: Doc, group: readonly Draft[], s: { start: number; end: number }) {
  // An origin follows "from"; the places listed right after it ("China, South Korea and
  // Japan") are origins too, as are those a sentence names as the countries affected.
  const origins: PlaceMention[] = [];
  const told = ORIGINS_TOLD.exec(doc.text.slice(s.start, s.end));
  for (const p of within(doc.places, s.start, s.end)) {
    const last = origins.at(-1);
    const cue =
      (told !== null &&
        (p.start === s.start + told[0].length ||
          p.end <= s.start + (told.groups?.['lead']?.length ?? 0))) ||
      ORIGIN_BEFORE.test(doc.text.slice(Math.max(s.start, p.start - 30), p.start));
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

/** The verb that governs the measure at `measureAt`: the last one before its word, else the first. */
export function governingVerb(sentence: string, start: number, measureAt: number): number {
  let verbAt = -1;
  const verbs = new RegExp(SUBJECT_VERB.source, 'gi');
  for (let v = verbs.exec(sentence); v !== null; v = verbs.exec(sentence)) {
    if (verbAt === -1 || start + v.index < measureAt) verbAt = start + v.index;
    if (start + v.index >= measureAt) break;
  }
  return verbAt === -1 ? (measureAt >= 0 ? measureAt : start) : verbAt;
}

/**
 * The roles read at the first measure word between `start` and `end`, from the verb that
 * governs it; null when that stretch names no measure.
 */
export function rolesAtMeasure(
  doc: Doc,
  places: readonly PlaceMention[],
  start: number,
  end: number,
  measureWord: RegExp = MEASURE_WORD,
): Roles | null {
  const words = doc.text.slice(start, end);
  const word = measureWord.exec(words);
  if (!word) return null;
  const measureAt = start + word.index;
  const verbAt = governingVerb(words, start, measureAt);
  return readRoles(doc, places, verbAt, start, measureAt);
}
