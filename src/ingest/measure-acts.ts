/**
 * What a measure is and what is done to it: the words that name a duty, its kind (tariff,
 * anti-dumping, ban …), and the act a stretch of text writes on it (imposing, raising,
 * reducing, suspending, lifting) or only threatens.
 */
import type { MEASURE_KINDS } from '../core/model/measure.ts';
import type { MeasureCandidate } from './candidates.ts';
import { ACT_RECALLED_AFTER, IMPOSED_VERB, STARTED_VERB } from './measure-recall.ts';
import { MONTH_NAME } from './dates.ts';
import type { RateHit } from './rates.ts';
import type { Range } from './sentences.ts';

export type MeasureKind = (typeof MEASURE_KINDS)[number];
export type Action = MeasureCandidate['action'];

/**
 * A stop of imports: "suspended imports", "banned all exports", "halted seafood imports" (the
 * goods maybe named before the word, by up to two words that are no preposition).
 */
const IMPORT_STOP =
  /\b(?:suspend\w*|halt\w*|block\w*|bann?\w*|prohibit\w*)\s+(?:all\s+|the\s+)?(?:(?!(?:in|of|on|to|for)\s)[\w-]+\s+){0,2}?(?:imports?|exports?)\b/i;
/**
 * A stop of imports named as a noun: "its suspension of imports of Japanese seafood", "the
 * suspension of imports from three plants", "its suspension of seafood imports", "its
 * suspension of milk powder from two dairy plants", "the suspension on beef from the last four
 * Australian abattoirs", "the suspension on two of our beef plants", "a suspension on citrus from
 * South Africa's Limpopo province", "a suspension on manuka honey from three New Zealand
 * exporters". Like "suspended imports",
 * it is a ban, and what is done to it ("lifted its suspension of imports") is the act.
 */
const IMPORT_STOP_NOUN = new RegExp(
  String.raw`\b(?:suspension|halt)\s+(?:of|on)\s+(?:all\s+|the\s+)?(?:(?:(?!(?:in|of|on|to|for)\s)[\w-]+\s+){0,2}?(?:imports?|exports?|(?:shipments\s+)?from\s+(?:[^\s,;.]+\s+){1,4}?(?:plants?|abattoirs?|facilit(?:y|ies)|establishments?|processors|slaughterhouses?|packers|exporters|suppliers))|(?:\w+\s+){0,5}?(?:plants|abattoirs|facilities|establishments|processors|slaughterhouses|packers)|(?:(?!(?:in|of|on|to|for|duties|tariffs?|the)\s)[\w-]+\s+){1,3}?from\s+(?!(?:${MONTH_NAME}|today|tomorrow|next|now|then|the\s+(?:start|end|beginning))\b|\d)(?:the\s+)?(?:(?:[\w'’\x92-]+\s+){0,4}?(?:exporters|suppliers|producers|firms|companies|province|state|region|zones?)|[\w'’\x92-]+(?=\s*[,.;]|\s+(?:and|since|after|imposed|which|over|in)\b)))\b`,
  'i',
);
/**
 * Imports allowed again: "would resume imports of Australian rock lobster" ends a ban, and so
 * do registrations or licences to trade given back ("restored the export registrations of two
 * canola shippers", "reinstated the import licences of three plants").
 */
const IMPORT_RESUMED =
  /\b(?:resum(?:e|es|ed|ing)\s+(?:all\s+|the\s+)?(?:imports?|exports?)|(?:restor|reinstat)(?:e|es|ed|ing)\s+(?:the\s+|their\s+|its\s+)?(?:export|import)\s+(?:registrations?|licen[cs]es?|permits?))\b/i;
/**
 * Registrations or licences to trade withdrawn: "the suspension of export registrations for two
 * pork plants", "suspended the import licences of three exporters". Like a ban, it stops the
 * goods.
 */
const LICENCE_STOP =
  /\b(?:suspen\w*|revo\w*|cancel\w*|withdr[ae]w\w*)\s+(?:of\s+)?(?:the\s+|their\s+|its\s+)?(?:export|import)\s+(?:registrations?|licen[cs]es?|permits?)\b/i;
/**
 * The words that name a measure: a duty of any kind (Türkiye's "additional financial liability"
 * too), a ban, a deposit, restrictions on goods
 * ("lifted its remaining restrictions on rock lobster", "the restrictions applied to imports of
 * poultry"), a rate on goods ("the U.S. rate on Swiss goods falls to 15%"), a rate charged on goods
 * of an origin or on shipments ("will charge 25% on British steel", "will charge 25% on shipments
 * above the quota", "imports above country quotas will be charged 25%", "Swiss goods will be
 * charged 15%"; "charge 5% on loans" or "on each loan" is no duty; "levy 25% on" is read by the
 * first words, "levy" itself), imports stopped or resumed, or licences to trade withdrawn. Not a
 * body named for tariffs ("the Customs Tariff Commission", "the Tariff Board").
 */
export const MEASURE_WORD = new RegExp(
  String.raw`\b(?:tariffs?(?!\s+(?:items?|headings?|subheadings?|lines?|codes?|classifications?|negotiators?|envoys?|chiefs?|commission|board)\b)|dut(?:y|ies)|(?:additional\s+)?financial\s+liabilit(?:y|ies)|(?:compensatory|countervailing)\s+quotas?|surtax(?:es)?|surcharges?|levy|levies|countermeasures|counter-tariffs?|anti-?dumping|countervailing|anti-subsidy|safeguards?|provisional\s+payments?|import bans?|export bans?|bans? on (?:imports|exports)|bans?(?=\s+on\b)|deposits?|(?:trade |import )?restrictions(?=\s+on\b|\s+(?:applied|imposed)\s+(?:to|on)\b)|(?<=\b(?:the|its|their|a|new|higher|lower|U\.S\.|US|EU)\s)rates?(?=\s+(?:on|for)\s+(?:the\s+)?(?:(?:[\w.-]+\s+){0,2}?(?:goods|imports|products|exports|shipments)\b|(?:[\w-]+(?:ian|ean|ese|ish|can|ai)|Dutch|French|Czech|Swiss|Thai)\s+[\w-]+\b))|(?<=\b(?:The|the|its|their)\s)rates?(?=\s+(?:was|were|has been|had been|is|will be)\s+(?:later\s+|then\s+|since\s+|further\s+)?(?:cut|lowered|raised|trimmed|reduced|increased|hiked|doubled|halved)\s+to\b))\b|(?<=\b(?:above|over|beyond|outside|exceeding)\s+(?:the\s+|their\s+|its\s+|country\s+)?(?:[\w-]+\s+)?quotas?\s+(?:will\s+be\s+|are\s+|is\s+|were\s+|was\s+|shall\s+be\s+)?)charged(?=\s+\d)|(?<=\b[A-Z][a-z]+(?:ian|ean|ese|ish|can|ss|ch|ai)\s+(?:[a-z-]+\s+){0,2}?(?:goods|imports|exports|products|shipments)\s+(?:will\s+|would\s+|shall\s+)?(?:now\s+|also\s+)?(?:be|are|were)\s+)charged(?=\s+(?:an?\s+)?\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent\b|percent\b))|\b(?:charg(?:e|es|ed|ing)|levied|levying)\s+\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent\b|percent\b)(?=\s+(?:rather\s+than\s+\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent|percent)\s+)?on\s+(?:(?:the|all|its|their)\s+)?(?:(?:[\w-]+(?:ian|ean|ese|ish|can|ai)|Dutch|French|Czech)\s|(?:[\w-]+\s+){0,3}?(?:goods|imports|shipments|exports|products)\b))|${IMPORT_STOP.source}|${IMPORT_STOP_NOUN.source}|${IMPORT_RESUMED.source}|${LICENCE_STOP.source}`,
  'i',
);
export const MEASURE_WORDS = new RegExp(MEASURE_WORD.source, 'gi');

/** A probe is no measure: "ending a probe", "opened an investigation into the duties". */
export const INVESTIGATION = /\b(?:investigation|probe|inquiry)\b/i;
/**
 * A party asking another to act: "urged Ottawa to drop its surtax", "continues to call on
 * Lima to remove", "urged that the duty be removed", "would seek the complete removal of the
 * duties", "said the EU should drop the duties", "still wanted the duties scrapped" is no act
 * of its own.
 */
export const DEMAND =
  /\b(?:(?:seek\w*|sought|push\w*\s+for|lobb\w*\s+for|call\w*\s+for|ask\w*\s+for|demand\w*)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:removal|lifting|elimination|scrapping|suspension|withdrawal|repeal)\s+of\b|(?:asked|asking|urged|urging|call(?:s|ed|ing)? on|pressed|pressing|demanded|demands|demanding|urges|wants|wanted)\b[^.]{0,60}\bto\b|(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|insist(?:s|ed|ing)?)\s+that\b|(?:should|ought to)\s+(?:\w+\s+)?(?:drop|lift|remove|scrap|end|cut|lower|reduce|suspend|withdraw|eliminate|repeal)\b|(?:wants?|wanted|wanting)\s+(?:the|its|their|these|those)\s+(?:[\w-]+\s+){0,3}?(?:scrapped|lifted|removed|dropped|ended|lowered|cut|withdrawn|eliminated|repealed)\b)/i;

/**
 * A hope or a doubt about an act: "expressed the hope that Canada will remove its tariffs",
 * "hope the 100% duty will be removed", "waiting to see whether Beijing would
 * lower its tariffs". With no rate written, the sentence
 * tells of no measure; with one ("asked whether the 15% tariffs would also go"), the measure
 * it names is recalled as in force.
 */
export const UNCERTAIN =
  /\b(?:hop(?:e|es|ed|ing)\s+that|hop(?:e|es|ed|ing)(?=\s+(?:the|its|their|this|these|those)\s)|whether)\b/i;

/**
 * A measure named only inside such a question or a demand, with no act told before it: "He
 * declined to say whether Beijing would revisit its 100% tariffs", "Asked whether China would
 * lift its 100% tariffs, …", "Seoul asked Washington to lower the steel tariff to 25%". The act
 * is the one asked about or for, and the measure is not told as acted on.
 */
export function onlyAskedAbout(text: string, s: Range, rates: readonly RateHit[]): boolean {
  const first = rates[0];
  if (!first) return false;
  const before = text.slice(s.start, first.start);
  const asked = UNCERTAIN.exec(before) ?? DEMAND.exec(before);
  // "urged Brussels to reconsider its duties, which reach 35.3%": a relative clause tells the
  // measure as it is; "… review the 100% tariffs on peas imposed last March" tells its act.
  const described =
    asked !== null &&
    (RELATIVE_AFTER.test(before.slice(asked.index)) || startTold(text, first, s.end));
  return asked !== null && !described && !ACT.test(text.slice(s.start, s.start + asked.index));
}

/** A relative clause opening after a measure: ", which reach …". */
const RELATIVE_AFTER = /,\s+(?:which|that)\b/i;
/**
 * What a measure's noun phrase says of its own start, after its rate: the past participle of
 * an act with its time or its author ("imposed last March", "placed by Ottawa on …"), the
 * same in a relative clause, a contact one included ("…, which took effect last August", "the
 * 25% duty it had applied to pipes since 2024"), or an appositive ("…, in force since August").
 */
const START_TOLD_AFTER = new RegExp(
  String.raw`^(?:[^,.;]|,\s+(?=(?:which|that)\s|in\s+(?:force|place|effect)\s))[^.;]{0,80}?\b(?:(?:${IMPOSED_VERB}|adopted|applied|${STARTED_VERB})\b[^,.;]{0,60}?\b(?:last|in|on|since|earlier|by|a\s+(?:week|month|year)\s+ago)|in\s+(?:force|place|effect)\s+since)\b`,
  'i',
);

/**
 * Whether the measure of a rate is told with its own start (see START_TOLD_AFTER): it is in
 * force whatever the clause around it asks of it or says will become of it ("asked Washington
 * to reconsider the 30% tariff, which took effect last August", "would keep its 20% tariff,
 * in force since August").
 */
export const startTold = (text: string, r: RateHit, end: number) =>
  START_TOLD_AFTER.test(text.slice(r.end, Math.min(end, r.end + 160)));

const KIND_RULES: readonly (readonly [RegExp, MeasureKind])[] = [
  // Mexico's "compensatory quota" (cuota compensatoria) is its anti-dumping duty; a
  // "countervailing quota" its countervailing one.
  [/\b(?:anti-?dumping\b|dumping margin\b|compensatory\s+quotas?\b)/i, 'anti-dumping'],
  [/\b(?:countervailing\b|anti-subsidy\b)/i, 'countervailing'],
  [/\bsafeguards?\b/i, 'safeguard'],
  [/\b(?:surtax(?:es)?\b|surcharges?\b)/i, 'surtax'],
  // Restrictions on goods stop or limit their import: no rate, like a ban.
  [
    /\b(?:import bans?\b|bans? on\b|banned\b|(?:import |trade )?restrictions\s+(?:on|(?:applied|imposed)\s+(?:to|on))\b)/i,
    'ban',
  ],
  [IMPORT_STOP, 'ban'],
  [IMPORT_STOP_NOUN, 'ban'],
  [IMPORT_RESUMED, 'ban'],
  [LICENCE_STOP, 'ban'],
  [/\bquotas?\b/i, 'quota'],
  [/\b(?:tariffs?\b|dut(?:y|ies)\b|lev(?:y|ies)\b)/i, 'tariff'],
];

/**
 * What is asked for when it is not a measure or an act on one: "asked for continued
 * cooperation on the 50% tariff" names the tariff in force, and so does "pressed for relief
 * from the 25% levy".
 */
const ASKED_NOT_MEASURE = String.raw`(?:cooperation|talks|dialogue|consultations?|help|support|progress|flexibility|understanding|clarity|assistance|patience|relief|exemptions?|reprieve|waivers?)\b`;

/**
 * Those who bear or watch a measure and cannot impose one: what they warn of is a harm they
 * foresee ("rates that producers warned would force closures"), not a threat.
 */
const BYSTANDERS = String.raw`(?:producers|exporters|importers|manufacturers|makers|farmers|growers|economists|analysts|critics|experts|businesses|companies|firms|industry|unions|workers|mills|traders|retailers|consumers|buyers|executives|associations?|groups|lobby|lobbyists)`;
/** A warning, unless bystanders (within a few words before it) give it; read back from "warn". */
const WARNED = String.raw`warn(?<!\b${BYSTANDERS}(?:\s+[\w'’\x92.-]+){0,4}\s+warn)\w*`;

/**
 * What makes a measure not in force: a threat, a possibility ("Ottawa may soon lower its surtax"),
 * a proposal, a change only talked about ("A cut to 15% has been discussed", "is under discussion",
 * "was still under study"), a request ("had asked for duties of up to 40%"), an offer ("has offered
 * to cut", "has offered, as part of the package, to bring down"), a plan put forward ("Under the
 * U.S. offer, Mexican steel … would pay 25%"), a bill not yet passed ("the bill … would raise",
 * "the pact, which still has to be ratified, would …"), a later step ("with the surcharge falling
 * to 50% in 2027", "falling to 40% over ten years", "will fall further, to 40%, over the next ten
 * years"), a plan ("a schedule for tariff cuts"), a condition ("once the deal is signed", "once the
 * bill creating the fund is submitted", not "once the relevant quota is exhausted", "once the
 * agreement applies", "Once in force, the agreement will cut …", "once ratified, will …", "should
 * Ottawa conclude a deal"), a future lapse ("would lapse when …", "the pause runs out on December
 * 31"), an act only possible ("a favour that can be withdrawn"), a rate hoped for ("hopes it will
 * reach 40%", "a visit officials hope will end the tariffs"), an act expected of another ("expected
 * China to remove its tariffs"), or a measure weighed as a hypothesis ("A 25% tariff on aluminum
 * would cost buyers $2 billion"), or an act put forward as the way out ("The best option is to lift
 * the surtax"). The formula of a measure's term ("for five years, unless withdrawn, amended or
 * extended") is no condition on it, and neither is a hedge ("with relief, if not with enthusiasm",
 * "if any"). What an agreement "would" do is not in force either ("The agreement would lower
 * Mercosur's 35% tariff on European cars to zero").
 */
export const THREAT = new RegExp(
  String.raw`\b(?:threat\w*|(?<=\b(?:agreement|deal|pact|accord|treaty)\s)would\b|${WARNED}|float(?:s|ed|ing)\b|(?:is|are|was|were|has been|have been|had been)\s+(?:being\s+)?(?:discussed|mooted)\b|under (?:discussion|study|consideration)\b|could|might|thinking about|thinks about|eyeing|as early as|propos\w*|recommend(?:s|ed|ing)?\b|(?<!after )consider\w*|mull\w*|weigh(?:s|ing)?\b(?!\s+on\b)|plans? to|planning to|(?<!as )planned|unless\b(?!\s+(?:sooner\s+|earlier\s+)?(?:withdrawn|revoked|amended|extended|renewed|terminated|rescinded|repealed|varied)\b)|if\b(?!\s+(?:not|any|at all|anything)\b)|should\s+(?:the\s+)?[\w.'’\x92-]+\s+(?:conclude|sign|fail|refuse|proceed|retaliate|decide|choose|continue|agree|reach|go\s+ahead)\b|once\s+(?!(?:a|an|again|more|every|per)\s)(?:the\s+)?(?![\w\s-]{0,40}\b(?:quotas?|thresholds?|volumes?|limits?|ceilings?)\b)\w+(?:\s+(?!(?:is|are|has|have)\b)[\w-]+){0,5}?\s+(?:(?:is|are|has been|have been)\s+\w+ed|takes effect|enters into force|comes into force|appl(?:y|ies))\b|once\s+(?:(?:it|they)\s+(?:is|are)\s+)?in\s+force\b|once\s+(?:fully\s+)?(?:ratified|approved|adopted|enacted|signed|passed)\b|(?:would|will|is due to|is set to)\s+(?:lapse|expire)\b|(?<!\b(?:pause|suspension|exemption|waiver|truce|reprieve)\s)\b(?:runs|run)\s+out\s+(?:on|at|in)\b|(?:schedule|timetable|roadmap) for|vow\w* to|(?:ask(?:s|ed|ing)?|lobb\w+|petition\w*|call(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?)\s+for\b(?!\s+(?:[\w-]+\s+)?${ASKED_NOT_MEASURE})|contemplat\w*|can\s+be\s+(?:withdrawn|revoked|reversed|reimposed|re-imposed|snapped\s+back|taken\s+away)\b|may["”\x94’\x92]?\s+(?:soon\s+|well\s+|also\s+|yet\s+)?(?:impose|put|slap|levy|place|lower|cut|reduce|raise|hike|increase|lift|remove|scrap|suspend|drop|ease|extend)\b|expect\w* to|expect(?:s|ed|ing)?\s+(?:[\w.'’\x92-]+\s+){1,3}?to\s+(?:remove|lift|cut|lower|reduce|raise|impose|scrap|drop|suspend|ease|bring|end|extend)\b|\b(?:option|solution|answer|remedy|fix|course|way forward)\s+(?:is|would be|remains)\s+to\b|aims? to|intends? to|hopes? to|hop(?:e|es|ed|ing)\s+(?:that\s+)?(?:it|they|the\s+(?:rate|tariff|duty|levy)s?)\s+(?:will|would|can|could)\s+(?:reach|fall|drop|decline|come down|go down|be cut|be lowered)\b|hop(?:e|es|ed|ing)\s+(?:will|would)\s+end\b|seeks? to|needs? the approval|would need|still needs? (?:the |a )?(?:approval|consent|formal|ratification|sign-off|to (?:clear|pass|be approved|be ratified|be signed))|(?:still (?:has|have)|(?:has|have) yet) to (?:be )?(?:clear|pass|approv|ratif|sign)\w*|initiative to|preparing (?:an? )?(?:initiative|plan|bill|decree)|\bfor\s+(?:the\s+)?(?:[\w-]+\s+)?(?:duties|tariffs|measures|surtax(?:es)?)\s+to\s+be\b|(?:scheduled|due|set)\s+to\s+(?:fall|drop|decline|rise|climb)\b|(?:falling|dropping|declining|rising|climbing)\s+(?:further\s+)?to\s+\d{1,3}(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+(?:(?:in|by)\s+(?:\d{4}|next year)|over\s+(?:the\s+(?:next|coming)\s+)?(?:\w+\s+)?(?:years|months))\b|(?:will|would|is (?:set|due) to|are (?:set|due) to)\s+(?:fall|drop|decline|come down|be cut|be reduced|be lowered)\s+further\b|\bover\s+the\s+(?:next|coming)\s+(?:\w+\s+)?(?:years|months|decade)\b|offer(?:s|ed|ing)?(?:,[^,.;]{1,60},)?\s+to\s+(?:cut|lower|reduce|remove|lift|scrap|drop|eliminate|suspend|waive|ease|bring\s+down|phase\s+out)\b|\b(?:bill|draft law|draft decree|legislation)\b[^.;]{0,80}?\bwould\b|\b[Uu]nder\s+(?:the|its|their|an?)\s+(?:[\w.'’\x92-]+\s+){0,2}?(?:offer|proposal|draft|plan)\b[^.;]{0,120}?\bwould\b|\b[Aa]n?\s+\d{1,3}(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+(?:[\w.-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies)\b[^.;]{0,80}?\bwould\s+(?:cost|hit|hurt|add|mean|push|damage|wipe|make|lift|raise|cut|reduce|slash)\b)`,
  'i',
);
/** Every threat of a stretch, for `matchAll`. */
const THREATS = new RegExp(THREAT.source, 'gi');

/** After its subject: words saying a measure is not yet in force. */
const NOT_YET_IN_FORCE = String.raw`\b[^.]{0,80}?\b(?:(?:still needs?|still has to|still have to|has yet to|have yet to|must still)\s+(?:to\s+)?(?:the\s+)?(?:approval|consent|ratification|(?:be\s+)?(?:clear|pass|approv|ratif)\w*)|(?:is|are) not yet in force|requires? (?:the\s+)?(?:approval|consent|ratification)|awaits? (?:approval|ratification))`;

/**
 * A sentence saying the measures just told are not yet in force: "The proposal still needs
 * the approval of Congress", "The deal still needs the consent of Parliament", "The treaty
 * has yet to be ratified", "It has been debated for months, amended twice, and still needs
 * the approval of the Senate", "These concessions require the approval of the Federal Assembly
 * and are not yet in force".
 */
export const PENDING = new RegExp(`^(?:The|This|That|These|Those|It|They|Such)${NOT_YET_IN_FORCE}`);

/**
 * The same said in a closing concessive clause of the measure's own sentence: "…, though the
 * change still needs the approval of the trade committee", or the act not yet confirmed by
 * anyone who would: "…, though Beijing's ministry has not yet confirmed the figure" (not
 * "… has not confirmed the start date", which leaves the act in force).
 */
export const PENDING_TAIL = new RegExp(
  String.raw`,\s*(?:though|although|but)\s+(?:(?:the|this|that|it|such)${NOT_YET_IN_FORCE}|[^.;]{0,80}?\b(?:(?:has|have)\s+not\s+(?:yet\s+)?|(?:has|have)\s+yet\s+to\s+)confirm(?:ed)?\s+(?:it|(?:the|this|that|its|any|such)\s+(?!(?:[\w-]+\s+)?(?:dates?|timing|start|day|details)\b)))`,
);

/** The verbs of a duty's end that take no object, among the verbs of lifting (see ENDED_ALONE). */
const ENDED_ALONE_VERBS = String.raw`expir(?:e|es|ed|ing)\b|laps(?:e|es|ed|ing)\b|c(?:ame|omes?|oming) off\b|disappear(?:s|ed|ing)?\b`;

/**
 * The verbs of each change (a duty remitted is waived: suspended, and so is one goods may enter or
 * be shipped or sold without: "may enter Peru without the 40% duty", "will let wine in free of its
 * 40% tariff", "will be able to ship to China without a 25% tariff"); "cut" in "fresh cut roses" or
 * "cut flowers" names goods, and so does "scrap" in "aluminum scrap" or "scrap metal"; "end" in
 * "end-user list" ends nothing, "lower-value markets" lowers nothing, and "escalating a trade row"
 * raises no duty. A duty terminated, cancelled, abolished, phased out, zeroed, expired, lapsed, "came off",
 * "no longer applied", one that "will not be levied" or that its imposer "will not levy" ("would
 * not levy its 100% tariff on peas"), stops, ceases or refrains from collecting ("ceased to apply",
 * "will halt collection of") is removed; one halved, rolled back or pared back is reduced, and so
 * is one that fell, dropped, declined or came down to a rate, or that a deal "brought down to" it. The
 * words before "without" or "free of" are looked back at only where those words stand (a lookahead
 * gates the lookbehind).
 */
const ACTIONS: readonly (readonly [RegExp, Action])[] = [
  [
    /\b(?:suspend\w*|suspension|paus\w*|exempt\w*|waiv\w*|remit(?:s|ted|ting)?\b|remission|hold off|defer\w*|postpon\w*|(?=without|free\s+of)(?<=\b(?:enter|enters|entered|entering|be\s+(?:imported|shipped|sold)|ship(?:s|ped|ping)?|sell(?:s|ing)?|export(?:s|ed|ing)?|let|lets|letting)\b[^.;]{0,60}?)(?:without|free\s+of)(?=\s+(?:the|its|their|any|an?)\s))/i,
    'suspended',
  ],
  [
    new RegExp(
      String.raw`\b(?:lift\w*|remov\w*|(?<!\b(?:aluminium|aluminum|steel|copper|iron|metal|brass|paper|plastic)\s)scrap(?!\s+(?:metal|steel|iron|copper|aluminium|aluminum)\b)\w*|(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?|refrain(?:s|ed|ing)?\s+from)\s+(?:to\s+(?:collect|charge|apply|levy|impose)\b|collecting|charging|applying|levying|imposing|(?:the\s+)?collection\s+of)|no longer (?:appl(?:y|ies)|charg(?:e|es)|collects?|lev(?:y|ies)|impos(?:e|es)|pay(?:s)?|face(?:s)?)\b|(?:will|shall|would)\s+(?:\w+ly\s+|also\s+)?(?:not|no longer)\s+(?:be\s+(?:levied|collected|charged|applied)\b|(?:levy|collect|charge|apply)\s+(?=(?:the|its|their)\s))|won['’\x92]t\s+(?:levy|collect|charge|apply)\s+(?=(?:the|its|their)\s)|f[ae]ll(?:s|ing)? away|(?:took|takes?|taking)\s+(?:[^.;,]{1,60}?\s)?off(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent))|${ENDED_ALONE_VERBS}|dropp?(?:ed|ing|s)?\b|end(?:ed|s|ing)?\b(?!-)|eliminat\w*|repeal\w*|revok\w*|cancell?(?:s|ed|ing|ation)?\b|withdr[ae]w\w*(?!\s+from\b)|rescind\w*|terminat\w*|abolish\w*|phas(?:e|es|ed|ing) out\b|zero(?:es|ed|ing)\b)`,
      'i',
    ),
    'lifted',
  ],
  [
    /\b(?:rais\w*|increas\w*|hik\w*|doubl\w*|tripl\w*|quadrupl\w*|escalat\w*\b(?!\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:row|dispute|war|conflict|tensions?|fight|feud|standoff|spat|clash)\b)|rise to|rises to|rose to|climb(?:s|ed)? to|will rise)/i,
    'raised',
  ],
  [
    /\b(?:reduc\w*|lower(?:s|ed|ing)?\b(?!-)|(?<!\bfresh[ -])cut(?:s|ting)?\b(?![ -](?:flowers?|roses|foliage)\b)|eas(?:e|ed|es|ing)\b|slash\w*|trim(?:s|med|ming)?\b|halv(?:e|es|ed|ing)\b|(?:roll(?:s|ed|ing)?|pare(?:s|d)?|paring) back\b|(?:fell|falls?|falling|dropp(?:ed|ing)|drops|declin(?:e|es|ed|ing)|(?:c(?:ame|omes?|oming)|went|goes|going)\s+down)(?=\s+(?:from\s+\d{1,3}(?:\.\d+)?\s*(?:%|per ?cent|percent)\s+)?to\s+\d)|br(?:ing|ings|inging|ought)\s+(?:(?:[^.;]|(?<=\b[A-Z])\.){0,80}?\s)?down\s+to\b)/i,
    'reduced',
  ],
];
/**
 * What is raised when it is no duty: "raised concerns about the 25% tariff", "raised the
 * issue of the duties with Wang", "raising prices".
 */
const RAISED_OTHER =
  /^rais\w*\s+(?:(?:his|her|their|its|our|my|the|some|serious|several|new|fresh|further|strong)\s+){0,2}(?:concerns?|questions?|objections?|issues?|matters?|cases?|doubts?|worries|alarm|fears?|complaints?|grievances?|eyebrows|awareness|funds|money|capital|prices|the\s+prospect)\b/i;
/**
 * A duty brought up as a subject, its rate written and no new one: "raised the 100% tariff on
 * canola with his counterpart", "also raised the 50% US tariffs on steel". The measure is
 * recalled, not raised.
 */
const RAISED_AS_SUBJECT =
  /^rais\w*\s+(?:the|its|their|his|her|[A-Z][\w.]*(?:'s|[’\x92]s))\s+(?:[\w-]+\s+)?\d{1,3}(?:[.,]\d+)?\s*(?:%|per ?cent|percent)(?![^.;]{0,120}?\bto\s+\d)/i;
/**
 * What is cut when it is no duty: "have cut shipments sharply", "reduced its exports of
 * pork", "slashed prices".
 */
const REDUCED_OTHER =
  /^(?:cut(?:s|ting)?|reduc\w*|lower(?:s|ed|ing)?|slash\w*|halv\w*)\s+(?:(?:its|the|their|his|her|our)\s+)?(?:[\w-]+\s+)?(?:shipments|exports|imports|sales|output|production|volumes?|jobs|prices|demand|costs|margins|orders|profits|revenues?|earnings)\b/i;
/** A scope an exemption names: "outside the CUSMA exemptions", "within the exemptions". */
const SCOPE_BEFORE = /\b(?:outside|within|beyond)\s+(?:of\s+)?(?:the|its|their)\s+(?:[\w-]+\s+)?$/i;
const ACTIONS_ALL = ACTIONS.map(([re, action]) => [new RegExp(re.source, 'gi'), action] as const);
/**
 * "gave no sign of easing the deposit", "declined to lift", "failed to lift", "has yet to
 * lift", "is unlikely to lift", "any removal of", "rejected calls to lift": a change that did not
 * happen.
 */
const NOT_DONE_BEFORE =
  /\b(?:no|not|never|without|any|refus\w* to|declin\w* to|fail(?:s|ed|ing)? to|yet to|no sign of|ruled out|unlikely to|reluctant to|hesitant to|in no hurry to|(?:calls?|demands?|pressure|requests?|appeals?|push(?:es)?|bids?) to)\s+(?:\w+\s+){0,2}$/i;
/**
 * An act on a measure: what a sentence needs to be a candidate when it gives no rate.
 * "answered that measure with duties on …" puts duties in place, and so does "almonds will
 * attract an additional duty"; "issued final countervailing duty determinations on …" sets
 * them, and so does "is issuing an anti-dumping duty order" ("would review the order": the
 * order named as a noun is no act); "the measures Beijing adopted in July" were adopted; "the
 * suspension of the same tariff" is an act told as a noun; "published the final duties" puts
 * them in place ("published its final ruling" is left to the readers of findings).
 */
export const ACT =
  /\b(?:(?:answer|respond|retaliat)\w*\s+(?:[\w-]+\s+){0,3}?with|(?:final|preliminary)\s+(?:[\w-]+\s+){0,3}?determinations?|impos\w*|slap\w*|levy|levied|put|placed|places|(?:post|pay)(?:s|ed)?\s+(?:cash\s+)?deposits?|appl(?:y|ies|ied)|introduc\w*|adopt(?:s|ed|ing)?|attract(?:s|ed)?|announc\w*|publish(?:es|ed|ing)?(?=\s+(?:the\s+|its\s+)?(?:(?:final|provisional|definitive|new|anti-dumping|countervailing|safeguard)\s+){0,3}(?:dut(?:y|ies)|tariffs?|surtax(?:es)?|rates)\b)|notif(?:y|ies|ied|ying)\b|confirm\w*|set|sets|suspend\w*|suspension|paus\w*|exempt\w*|waiv\w*|lift\w*|remov\w*|scrap\w*|(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?|refrain(?:s|ed|ing)?\s+from)\s+(?:to\s+(?:collect|charge|apply|levy|impose)\b|collecting|charging|applying|levying|imposing|(?:the\s+)?collection\s+of)|drop\w*|end(?:ed|s)?(?!-)|eliminat\w*|repeal\w*|revok\w*|cancell?(?:s|ed|ing|ation)?|withdr[ae]w\w*(?!\s+from\b)|rescind\w*|terminat\w*|abolish\w*|phas(?:e|es|ed|ing) out|zero(?:es|ed|ing)|halv(?:e|es|ed|ing)|(?:roll(?:s|ed|ing)?|pare(?:s|d)?) back|rais\w*|increas\w*|hik\w*|doubl\w*|reduc\w*|(?<!\bat\s)lower(?:s|ed|ing)?\b(?!-)|cut|cuts|slash\w*|trim(?:s|med|ming)?|halt\w*|bann?\w*|order(?:ed|ing)|issu(?:ed|ing)|requir\w*|take effect|took effect|takes effect|(?:enter\w*|c[ao]me|comes) into (?:force|effect)|resum(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|reinstat(?:e|es|ed|ing))\b/i;

/** Words around a rate that stays in force after an act on another part of the duty. */
const STAYS_BEFORE =
  /\b(?:leaving|leaves|left|keeping|keeps|kept)\s+(?:in place\s+)?(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?$/i;
const STAYS_AFTER = /^\s*(?:[\w.-]+\s+){0,6}(?:in place|unchanged|intact)\b/i;
/** A rate its imposer keeps as it is: "maintained its 25% tariff", "will keep its 15% duty". */
const KEPT_BEFORE =
  /\b(?:maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?|(?:will|would|to)\s+keep)\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+)?$/i;

/** "leaving only the 10% duty that applies to most exports": all that stays after the act. */
const ONLY_LEFT_BEFORE =
  /\b(?:leaving|leaves|left)\s+(?:only|just)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?$/i;

/**
 * A rate that stays after the act: "leaving an additional 10% tariff in place", "leaving only
 * the 10% duty", or one kept as it is ("Washington maintained its 25% tariff on steel"); one
 * kept and told with its own start ("will keep its 20% tariff, in force since August") is a
 * measure recalled.
 */
export function stays(text: string, s: Range, r: RateHit): boolean {
  const before = text.slice(Math.max(s.start, r.start - 40), r.start);
  return (
    (KEPT_BEFORE.test(before) && !startTold(text, r, s.end)) ||
    ONLY_LEFT_BEFORE.test(before) ||
    (STAYS_BEFORE.test(before) && STAYS_AFTER.test(text.slice(r.end, r.end + 50)))
  );
}

/** A rate added to another duty: "the additional 40% tariff", "an extra 10% levy". */
const ADDITIONAL_BEFORE = /\b(?:additional|extra)\s+$/i;

/**
 * Whether a rate is an addition to another duty, so that removing it removes a measure of its
 * own, whatever duty stays under it.
 */
export const isAddition = (text: string, s: { readonly start: number }, r: RateHit) =>
  ADDITIONAL_BEFORE.test(text.slice(Math.max(s.start, r.start - 20), r.start));

/**
 * A rate the sentence says no act touched: "It did not change the 100% duty on canola oil",
 * "the order does not affect the 25% tariff", "the commission left untouched the 100% tariffs",
 * "kept in place the 40% tariff".
 */
const UNTOUCHED_BEFORE =
  /\b(?:(?:(?:did|does|do|will|would)\s+not|didn['’\x92]t|doesn['’\x92]t|don['’\x92]t|won['’\x92]t)\s+(?:change|alter|touch|affect|lower|reduce|cut|raise|lift|remove)|(?:left|leaves|leaving|kept|keeps|keeping)\s+(?:untouched|unchanged|intact|alone|in place))\s+(?:the|its|their|an?)\s+(?:[\w-]+\s+)?$/i;

/** The same said in a relative clause after it: "its 100% tariff on canola, which was left untouched". */
const UNTOUCHED_AFTER =
  /^[^.;]{0,60}?,\s+which\s+(?:was|were|is|are|remains?|remained|stays?|stayed)\s+(?:left\s+)?(?:untouched|unchanged|in place)\b/i;
/**
 * The same said by the clause's own verb: "The 20% tariff on oats was not touched", "The 30%
 * duty on peas was left untouched".
 */
const NOT_TOUCHED_AFTER =
  /^[^.;,]{0,60}?\s(?:was|were|is|are|has been|have been)\s+(?:(?:not|never)\s+(?:touched|changed|affected|altered)|left\s+(?:untouched|unchanged|intact|alone))\b/i;
/**
 * A verb leaving the rate's measure as it was, its complement after the measure: "leaves the
 * 50% tariff on steel untouched", "kept the 10% duty on oats in place". The participle after
 * an act on part of a duty ("suspended 24 points, leaving an additional 10% tariff in place")
 * tells the rate that stays, which is listed.
 */
const LEFT_BEFORE = /\b(?:left|leaves|kept|keeps)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?$/i;
const LEFT_AFTER = /^[^.;,]{0,60}?\s(?:untouched|unchanged|intact|alone|in place)\b/i;

/**
 * Whether the rate is one the sentence says was left untouched, and not an earlier act it
 * recalls ("does not touch the 100% tariffs Beijing imposed last March", "the 30% tariff Lima
 * placed a year ago was not touched" recall one).
 */
export function untouched(text: string, s: { readonly start: number }, r: RateHit): boolean {
  const after = text.slice(r.end, r.end + 140);
  const left =
    UNTOUCHED_BEFORE.test(text.slice(Math.max(s.start, r.start - 50), r.start)) ||
    NOT_TOUCHED_AFTER.test(after) ||
    (LEFT_BEFORE.test(text.slice(Math.max(s.start, r.start - 40), r.start)) &&
      LEFT_AFTER.test(after));
  return (left && !ACT_RECALLED_AFTER.test(after)) || UNTOUCHED_AFTER.test(after.slice(0, 90));
}

/**
 * A negation: the act it governs did not happen ("has yet to lift" has not lifted), or did not
 * reach the goods told ("pork was left out of the suspension", "beef was excluded from the cut").
 */
export const NEGATED =
  /\b(?:no|not|never|nor|without|(?:has|have)\s+(?:also\s+)?yet\s+to|left\s+(?:out\s+of|off)|excluded\s+from)\b/i;

/** The kind of measure a stretch of text names: the first of KIND_RULES that matches. */
export function kindOf(sentence: string): MeasureKind | null {
  for (const [re, kind] of KIND_RULES) if (re.test(sentence)) return kind;
  return null;
}

/**
 * The nouns of a measure a verb may act on: a duty, and also a ban or a penalty ("lifted its
 * ban on lobster", "removed the additional 25% penalty"), licences to trade ("lifted the
 * suspension of export registrations"), or a stop of imports ("lifted its suspension of
 * imports of salmon"). "Duty-free" and "tariff-free" name the absence of one: "ending a
 * duty-free window" imposes a duty.
 */
const DUTY_NOUN = new RegExp(
  String.raw`(?:\b(?:tariffs?|dut(?:y|ies)|financial\s+liabilit(?:y|ies)|(?:compensatory|countervailing)\s+quotas?|lev(?:y|ies)|surtax(?:es)?|surcharges?|counter-?tariffs?|countermeasures?|measures?|safeguards?|restrictions|bans?|embargo(?:es)?|penalt(?:y|ies)|(?:export|import)\s+(?:registrations?|licen[cs]es?|permits?))\b(?![-\s]free\b)|${IMPORT_STOP_NOUN.source})`,
  'i',
);
/** A duty as the subject just before a verb: "the 17% duty on tomatoes will …". */
/** Verbs of ending that take no object: "expired", "lapsed", "came off", "disappeared", "ended". */
const ENDED_ALONE = new RegExp(String.raw`^(?:${ENDED_ALONE_VERBS}|end(?:ed|s)$)`, 'i');
/** A duty as a subject some words before its verb, commas and all. */
const ENDING_SUBJECT = new RegExp(`${DUTY_NOUN.source}[^.;]{0,100}\\s$`, 'i');
/** What follows a verb of ending that takes no object: a time, a place, the clause's end. */
const NO_OBJECT_NEXT =
  /^(?:\s*[,.;]|\s*$|\s+(?:at|on|in|from|with|last|this|yesterday|today|overnight|after|as)\b)/i;
/** A clause of time the duty's end is told in: "before the current safeguard expires". */
const TIME_CLAUSE_BEFORE =
  /\b(?:before|until|till|once|when|whenever|after|if|unless)\s+(?:the|its|their|this|that|a|an)\b[^.;,]{0,80}$/i;
/** A finite verb between a duty and the verb of ending: another clause. */
const VERB_BETWEEN = /\b(?:is|are|was|were|has|have|had|will|would|said|says)\b/i;
const SUBJECT_DUTY = new RegExp(`${DUTY_NOUN.source}(?:\\s+(?!and\\b)[\\w.%-]+){0,6}\\s+$`, 'i');
/**
 * What a suspending or lifting verb may act on other than a duty: "ending a probe",
 * "withdrew India's trade preferences", "revoked its most-favoured-nation status", "cancelled a
 * meeting on the tariffs", "cancelled orders over the duty".
 */
const OTHER_OBJECT =
  /\b(?:probe|investigation|agreement|deal|talks|dispute|complaint|case|pact|preferences|privileges|status|benefits|meetings?|visits?|trips?|summits?|orders|purchases|contracts|shipments)\b/i;
/**
 * A removing verb and what else it acts on: "withdrew its complaint about the tariffs", "ended
 * the talks on duties". Its act is not one on the measure named after it.
 */
export const ACT_ON_OTHER = new RegExp(
  String.raw`\b(?:withdr[ae]w\w*|end(?:ed|s|ing)?|dropp?(?:ed|ing|s)?|terminat\w*|revok\w*|cancell?(?:s|ed|ing)?)\s+(?:(?:its|the|their|a|an|his|her)\s+)?(?:[\w-]+\s+){0,2}?${OTHER_OBJECT.source}`,
  'gi',
);
/** What an exempting verb takes out of a duty: "… from the 30% tariff", "from its duties". */
const EXEMPTED_FROM_DUTY = new RegExp(
  String.raw`^[^;.]*?\bfrom\s+(?:the\s+|its\s+|their\s+|that\s+|this\s+|an?\s+)?(?:[\w.%-]+\s+){0,3}?${DUTY_NOUN.source}`,
  'i',
);
/**
 * What a removing verb takes off the list a duty covers: "remove aluminum plate from the list
 * of goods subject to its 25% surtax": those goods no longer bear the duty.
 */
const REMOVED_FROM_LIST = new RegExp(
  String.raw`^[^;.]*?\bfrom\s+(?:the|its|their|that)\s+(?:[\w-]+\s+)?list\s+of\s+[^;.]{0,60}?\b(?:subject|liable)\s+to\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w.%-]+\s+){0,3}?${DUTY_NOUN.source}`,
  'i',
);
/**
 * A duty and its goods opening the clause before a verb: "the 25% tariff on peas and oats ",
 * also when they are listed by a numbered act ("the tariff of 100% on rapeseed oil listed in
 * Annex 1 of Announcement No. 3 of 2025 ").
 */
const DUTY_SUBJECT = new RegExp(`${DUTY_NOUN.source}(?:[^,;.]|(?<=\\bNo)\\.){0,100}$`, 'i');
/** A duty kept suspended: "keeping 24 points of its counter-tariff on U.S. goods suspended". */
const KEPT_SUSPENDED_BEFORE = new RegExp(
  `\\b(?:keep|keeps|kept|keeping)\\s+[^.;]{0,80}?${DUTY_NOUN.source}(?:[^.;]|(?<=\\b[A-Z])\\.){0,60}$`,
  'i',
);
/** A duty and its goods as a label before a colon: "US tariff on aircraft parts: ". */
const DUTY_LABEL = new RegExp(`${DUTY_NOUN.source}[^.;:]{0,120}:\\s+$`, 'i');
/** A duty's word right before a verb: "UK tariffs eliminated …". */
const DUTY_JUST_BEFORE = new RegExp(`${DUTY_NOUN.source}\\s+$`, 'i');
/** What follows a verb that takes no object: a preposition, a time or the clause's end. */
const NO_OBJECT_AFTER =
  /^\s*(?:$|[,.;:]|(?:from|on|in|at|as|with|since|effective|immediately|today|yesterday)\b)/i;
/** A finite verb later in the same clause: the participle only described its subject. */
const FINITE_VERB_AFTER =
  /^[^.;:]*?\b(?:shall|will|must|may|can|is|are|was|were|has|have|had|remains?|stays?)\b/i;
/** A duty and its goods, then the comma opening a participle set beside it. */
const APPOSITIVE_DUTY = new RegExp(`${DUTY_NOUN.source}(?:\\s+[\\w.%-]+){0,8},\\s+$`, 'i');
/** Such a word right after a duty's word: "a safeguard investigation", "tariff talks". */
const OTHER_OBJECT_NEXT = new RegExp(`^\\s+${OTHER_OBJECT.source}`, 'i');
/**
 * A rate as the verb's object: "will stop charging its 25% tariff", also when the words read
 * end at the rate ("will stop charging its 25%", the stretch of one rate of several). "Removed
 * 25% of its tariff lines" takes a share, not a duty.
 */
const RATE_OBJECT =
  /^\s*(?:the|its|their|an?|this|that)\s+(?:[\w-]+\s+)?\d{1,3}(?:[.,]\d+)?\s*(?:%|per ?cent|percent)(?!\s+of\b)/i;
/** A pronoun as the verb's object, the clause ending after it or its time: "lifted it on Monday". */
const PRONOUN_OBJECT =
  /^\s+(?:it|them)(?=\s*(?:[,.;]|$|\s+(?:on|in|from|at|last|this|yesterday|today|effective)\b))/i;
/** Words that make what follows a condition: "until the duties are lifted". */
const CONDITION_BEFORE = /\b(?:until|unless|once(?!\s+(?:again|more)\b)|if)\b[^,;.]*$/i;
/**
 * An article or a possessive before an adjective ("a lower rate", "its lower duty"), or "at"
 * ("at lower tariffs": a comparison).
 */
const ARTICLE_BEFORE = /\b(?:a|an|the|its|their|at)\s+$/i;
/** A determiner: the word after it is a noun ("the drop", "this removal"). */
const NOUN_BEFORE = /\b(?:the|a|an|this|that)\s+$/i;
const PASSIVE = /\b(?:be|been|is|are|was|were|being)\s+(?:\w+ly\s+|therefore\s+|also\s+|now\s+)?$/i;

/**
 * Whether a suspending or lifting verb at `at` acts on a duty: the duty follows it ("scrap the
 * tariffs", "suspend its 100% tariffs") with nothing else acted on in between, or the verb is
 * passive with the duty before it ("the duty of 80.5% will be lifted"), or it takes no object
 * and follows the duty ("the 17% duty will fall away"). "At the end of August",
 * "withdraw from a suspension agreement" and "ending a safeguard investigation" are not acts
 * on a duty.
 */
function actsOnDuty(sentence: string, at: number, length: number): boolean {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + length, at + length + 80);
  // "exempted citrus, macadamia nuts and platinum group metals from the 30% tariff": what is
  // exempted may be a long list before the duty it is taken out of.
  if (
    /^exempt/i.test(sentence.slice(at, at + length)) &&
    EXEMPTED_FROM_DUTY.test(sentence.slice(at + length, at + length + 200))
  )
    return true;
  if (
    /^remov/i.test(sentence.slice(at, at + length)) &&
    REMOVED_FROM_LIST.test(sentence.slice(at + length, at + length + 200))
  )
    return true;
  if (/^\s+of\b/i.test(after) && /\bend$/i.test(sentence.slice(at, at + length))) return false;
  if (/^suspended$/i.test(sentence.slice(at, at + length)) && KEPT_SUSPENDED_BEFORE.test(before))
    return true;
  // "the 17% duty will fall away", "the 100% surtax will no longer apply to …": a verb with
  // no object acts on the duty it follows.
  if (/^f[ae]ll/i.test(sentence.slice(at, at + length))) return SUBJECT_DUTY.test(before);
  // "Canada's 25% counter-tariffs on American goods, from orange juice to appliances, expired
  // at midnight": the duty is the subject of a verb of ending with no object.
  if (ENDED_ALONE.test(sentence.slice(at, at + length)) && NO_OBJECT_NEXT.test(after))
    return (
      ENDING_SUBJECT.test(before) &&
      !VERB_BETWEEN.test(before.slice(-110)) &&
      !TIME_CLAUSE_BEFORE.test(before)
    );
  if (/^no longer appl/i.test(sentence.slice(at, at + length)) && SUBJECT_DUTY.test(before))
    return true;
  // "the 100% additional tariff on peas from Canada will not be levied": the duty and its
  // goods are the subject.
  // "European wine will no longer be charged the 15% tariff": the duty is charged to goods.
  if (/^(?:will|shall|would)\b.*\bbe\s/i.test(sentence.slice(at, at + length)))
    return DUTY_SUBJECT.test(before) || RATE_OBJECT.test(after);
  // "The drop followed China's decision to impose …": a noun with no "of" or "in" after it
  // names a change of something else (exports, prices), not one on the duty.
  if (NOUN_BEFORE.test(before) && !/^\s+(?:of|in|on)\b/i.test(after)) return false;
  // "… will stay until the steel duties are lifted": a condition, not the act.
  if (CONDITION_BEFORE.test(before)) return false;
  // "The 100% tariff on canola oil, suspended in January, …": a participle set beside the duty.
  if (/ed$/i.test(sentence.slice(at, at + length)) && APPOSITIVE_DUTY.test(before)) return true;
  // "Indian duty on US almonds: scrapped, effective November 10": an item of a list of
  // changes, the duty and its goods before a colon, the participle after it.
  if (/ed$/i.test(sentence.slice(at, at + length)) && DUTY_LABEL.test(before)) return true;
  // "UK tariffs eliminated from day one": a headline's passive, its verb right after the duty
  // and taking no object; "tariffs suspended under this notice shall not be refunded" names
  // the duties the clause's own verb then tells of.
  if (
    /ed$/i.test(sentence.slice(at, at + length)) &&
    DUTY_JUST_BEFORE.test(before) &&
    NO_OBJECT_AFTER.test(after) &&
    !FINITE_VERB_AFTER.test(after)
  )
    return true;
  if (RATE_OBJECT.test(after)) return true;
  // "free of the 25% tariff after Washington lifted it on Monday": the pronoun stands for the
  // duty named before it.
  if (PRONOUN_OBJECT.test(after) && DUTY_NOUN.test(before)) return true;
  const duty = DUTY_NOUN.exec(after);
  // "ending a safeguard investigation": the duty's word only names what the probe is about.
  const attribute =
    duty !== null && OTHER_OBJECT_NEXT.test(after.slice(duty.index + duty[0].length));
  if (duty && !attribute && !OTHER_OBJECT.test(after.slice(0, duty.index))) return true;
  return PASSIVE.test(before) && DUTY_NOUN.test(before);
}

/**
 * A part of the measures removed: "removed most of its counter-tariffs" leaves the rest in
 * place, a reduction whose rate the text may not give.
 */
const PART_OF = String.raw`(?:most|some|part|many|several|half)\s+of\b`;
const PART_OF_AFTER = new RegExp(String.raw`^\s+${PART_OF}`, 'i');
/** The same told with its verb: "removed most of its counter-tariffs". */
export const PART_REMOVED = new RegExp(
  String.raw`\b(?:lift|remov|scrap|eliminat|dropp?|withdr[ae]w|suspend)\w*\s+${PART_OF}`,
  'i',
);

/**
 * "lifting the tariff on light vehicles to 50%": lifted to a rate is raised, not removed.
 * "lifted the duties of up to 218.4%" names the rate removed, its highest.
 */
const LIFTED_TO =
  /^\w*\s+[^,;.%]{0,120}?(?<!\bup\s)\bto\s+\d{1,3}(?:\.\d+)?\s*(?:%|per ?cent|percent)/i;

/** A modal: what follows it may happen, it has not. */
const MODAL = /\b(?:would|could|might|may|will)\b/i;

/**
 * The change a stretch of text writes (suspending, lifting, raising, reducing), if any;
 * imports resumed end the ban on them.
 */
export function changeIn(sentence: string): Action | null {
  const resumed = IMPORT_RESUMED.exec(sentence);
  if (
    resumed &&
    !NOT_DONE_BEFORE.test(sentence.slice(Math.max(0, resumed.index - 40), resumed.index))
  )
    return 'lifted';
  for (const [re, action] of ACTIONS_ALL) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (NOT_DONE_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))) continue;
      const from = sentence.slice(m.index);
      // "Lifting the 25% tariff would restore sales": a change as the subject of what would
      // follow it is none.
      if (
        /ing$/i.test(m[0]) &&
        /^\s*["“\x93]?$/.test(sentence.slice(0, m.index)) &&
        MODAL.test(from)
      )
        continue;
      if (action === 'raised' && (RAISED_OTHER.test(from) || RAISED_AS_SUBJECT.test(from)))
        continue;
      if (action === 'reduced' && REDUCED_OTHER.test(from)) continue;
      // "goods outside the CUSMA exemptions": the exemptions name a scope, not an act.
      if (
        /^exemptions?\b/i.test(m[0]) &&
        SCOPE_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index))
      )
        continue;
      if (/^lift/i.test(m[0]) && LIFTED_TO.test(sentence.slice(m.index))) return 'raised';
      // "face a lower 10% tariff", "into its market at lower tariffs": a comparison, not a change.
      if (/^lower$/i.test(m[0]) && ARTICLE_BEFORE.test(sentence.slice(0, m.index))) continue;
      // "suspended the export registrations of two plants" names the measure, as "banned" does,
      // and so does "its suspension of imports".
      if (
        action === 'suspended' &&
        (LICENCE_STOP.test(from.slice(0, 80)) || IMPORT_STOP_NOUN.test(from.slice(0, 40)))
      )
        continue;
      if (action !== 'suspended' && action !== 'lifted') return action;
      if (actsOnDuty(sentence, m.index, m[0].length))
        return PART_OF_AFTER.test(sentence.slice(m.index + m[0].length)) ? 'reduced' : action;
    }
  }
  return null;
}

/**
 * The act a stretch writes on its measure. A change asked about ("Asked whether China would
 * lift its 100% tariffs, …") did not happen: only the words before "whether" or "hope that"
 * tell the act.
 */
export function actionOf(sentence: string, kind: MeasureKind | null): Action {
  if (THREAT.test(sentence)) return 'threatened';
  if (kind === 'ban' && IMPORT_STOP.test(sentence)) return 'imposed';
  const asked = UNCERTAIN.exec(sentence);
  return changeIn(asked ? sentence.slice(0, asked.index) : sentence) ?? 'imposed';
}

/** A condition among the threats: "unless", "if". */
const CONDITION = /^(?:unless|if)\b/i;
/** The modal of a consequence, which a condition after it governs ("would impose … unless"). */
const WOULD = /\bwould\b/i;

/**
 * True when every threat of a sentence starts among the later rates, past `to` and before the
 * last rate's end: "The US imposed a 10% tariff from April 5, and Trump has floated duties of
 * up to 200%" threatens the 200% only, and so does "…, with the surcharge falling to 10% in
 * 2027" the 10%. A threat after the last rate ("… and 15% on Y if talks fail") holds for all,
 * unless a predicate of its own that holds the later rates holds it ("… cut to 75%, and will
 * fall to 40% over a decade"). A condition after a "would" governs what comes before it too:
 * "would impose a 200% tariff unless Brussels dropped its 50% duty" threatens both.
 */
export function threatOnlyAfter(text: string, s: Range, to: number, lastRate: number): boolean {
  const from = s.start;
  const own = predicateEnd(text, to, s.end);
  let any = false;
  for (const m of text.slice(from, s.end).matchAll(THREATS)) {
    const at = from + m.index;
    if (CONDITION.test(m[0]) && WOULD.test(text.slice(from, at))) return false;
    // A threat after the last rate holds for all, unless a later predicate holding rates of
    // its own holds it.
    if (at < to || (at >= lastRate && (at < own || own >= lastRate))) return false;
    any = true;
  }
  return any;
}

/**
 * A predicate of its own coordinated after a rate: ", and will fall further to 40%", "and
 * could rise", "; it plans to …", "but has threatened to …". What it says will or may happen
 * is said of the rates it holds, not of those before it.
 */
const NEXT_PREDICATE =
  /(?:,\s+|\s)(?:and|but)\s+(?:(?:it|they|he|she)\s+)?(?:also\s+|then\s+|later\s+)?(?=(?:will|would|could|might|may|is|are|has|have|had|threat\w*|warn\w*|vow\w*|plan\w*|propos\w*|float\w*|expect\w*|intend\w*|aim\w*)\b)|;\s+/i;

/** Where the predicate that holds the offset `at` ends: at the next one coordinated after it. */
function predicateEnd(text: string, at: number, end: number): number {
  const next = NEXT_PREDICATE.exec(text.slice(at, end));
  return next ? at + next.index : end;
}

/**
 * A finite verb of an act after a threat in a list of acts: "has threatened to raise duties on
 * copper, imposed a 20% tariff on wine and …". A bare infinitive ("threatened to raise … and
 * impose …") stays under the threat.
 */
const ACT_AFTER_THREAT =
  /(?:,|\band\b)\s+(?:(?:it|he|she|they)\s+)?(?:(?:has|have|had|also)\s+)*(?:imposed|levied|introduced|slapped|raised|increased|lowered|reduced|removed|lifted|scrapped|suspended|(?:has|have|had)\s+cut)\b/i;

/**
 * The act of a stretch whose threat is told before it in a list of acts ("Peru has threatened
 * to raise duties on copper, imposed a 20% tariff on wine"): the verb after the threat, or
 * null when the threat still governs the stretch.
 */
export function actAfterThreat(stretch: string): Action | null {
  let end = -1;
  for (const m of stretch.matchAll(THREATS)) end = m.index + m[0].length;
  if (end < 0) return null;
  const rest = stretch.slice(end);
  const act = ACT_AFTER_THREAT.exec(rest);
  return act ? (changeIn(rest.slice(act.index)) ?? 'imposed') : null;
}

/** A verb that puts a new duty in place. */
const IMPOSING = /\b(?:impos\w*|slap\w*|levy|levie[sd]|introduc\w*|charg\w*|hit)\b/i;

/**
 * The act of one rate in a sentence that writes several acts: "will cut its tariff on
 * aluminum to 10% and remove its 25% tariff on coffee" reads "cut" for the 10% and "remove"
 * for the 25%. The stretch is what lies between the previous rate and this one; when it
 * writes no verb of its own ("… 10% on peas and 15% on pork"), the sentence's act holds.
 */
export function groupAction(stretch: string, sentenceAction: Action): Action {
  if (sentenceAction === 'threatened') return sentenceAction;
  return changeIn(stretch) ?? (IMPOSING.test(stretch) ? 'imposed' : sentenceAction);
}
