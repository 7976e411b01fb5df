/**
 * Rates as written ("25%", "100 per cent", "75.8 percent") in basis points, with the producer
 * when a rate is set for one company ("17% for BYD", "BYD faces 17.4%"). Changes and shares
 * that are not duty rates ("exports fell 12%", "a 10-percentage-point rise") are left out.
 */
import { percentToBp } from '../core/rate.ts';
import { MONTH_WORD, WEEKDAY_NAME } from './dates.ts';
import { findProducts } from './lexicon.ts';
import { ACT } from './measure-acts.ts';
import { ACT_RECALLED_AFTER, IMPOSED_VERB, IMPOSER_RELATIVE_AFTER } from './measure-recall.ts';
import { placeCode } from './places.ts';
import type { Range } from './sentences.ts';

export interface RateHit {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly bp: number;
  readonly producer?: string;
}

/**
 * A rate: a number with its unit, or the low end of a range that writes the unit once ("28.16
 * to 33.57 percent", "between 12 and 18%"). A gazette may write its decimals after a comma
 * ("14,3 per cent", "28,4 %"): a comma with one or two digits before the unit is no
 * thousands separator.
 */
const RATE =
  /\b(\d{1,3}(?:\.\d{1,2}|,\d{1,2}(?=\s*(?:%|per[ -]?cent\b)))?)(?:\s*%|\s*-?\s*per[ -]?cent\b|\s*-?\s*pc\b|(?=\s*(?:to|and|-|[–\x96])\s*\d{1,3}(?:\.\d{1,2})?\s*(?:%|per[ -]?cent\b)))(?!\s*-?\s*points?)/gi;
/** The basis points of a rate's digits, its decimals after a point or a comma ("14,3"). */
const rateBp = (digits: string) => percentToBp(digits.replace(',', '.'));

/**
 * Words just before a percentage that make it a change, a share or a bound, not a duty rate
 * ("should prices fall by 5% or more", "duties that together exceed 20%"); both ends of a change
 * told as a range ("fell between 1% and 3%").
 */
const NOT_A_RATE_BEFORE =
  /\b(?:fell|rose|dropped|grew|jumped|slumped|declined|(?:fall|rise|drop|grow|climb|decline)s?(?=\s+by\b)|plunged|climbed|lost|losing|shed|shedding|slipped|slipping|slid|sliding|dipped|dipping|gained|gaining|eased|advanced|retreated|tumbled|surged|soared|sank|edged (?:up|down|higher|lower)|closed (?:up|down|higher|lower)|down|up|increase of|decline of|drop of|fall of|share of|about|around|accounts? for|accounting for|exceed(?:s|ed|ing)?|roughly|nearly|almost|barely|approximately|than)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|between\s+(?:\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent)\s+and\s+)?)?$/i;
/** "cut their export forecast by 15%", "raised tariffs by 10%": a change, not the rate. */
const CHANGE_BY_BEFORE =
  /\b(?:cut|cuts|raised?|raises|lowered?|lowers|reduced?|reduces|increased?|increases|trimmed|boosted)\b(?:\s+[\p{L}\p{N}_'’\x92-]+){0,8}\s+by\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$/iu;
/**
 * "Elders added 1.2% on bets …", "the Nikkei adding 0.4%": a share price or an index that added
 * a percentage. "added 10% to the tariff" and "added 10% tariffs" are duties.
 */
const ADDED_BEFORE = /\badd(?:ed|ing)\s+$/i;
const DUTY_AFTER =
  /^\s*(?:to\b|(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|lev(?:y|ies))\b)/i;
/**
 * "which still face 50% U.S. tariffs", "exports, which face a separate 50% levy", "remain unchanged
 * at 9.1%", "crossed the Pacific carrying a 25% tariff", "has faced a 100% tariff since March",
 * "have also paid a 25% tariff", "currently face an 18% tariff", "the United States, where
 * Australian beef faces the baseline 10% duty", "currently pay India's basic customs duty of 10 per
 * cent", "still faces duties of up to 218.4%", "shall remain subject to the additional tariff of
 * 25%", "was left at 25%", "remains under a 100% tariff", "remain under China's 100 per cent
 * tariff", "still applies at 75.8 per cent", "remain between 7.8% and 35.3%", "remains 30%",
 * "duties that run between 5 and 6 per cent", "the deposit rate will continue to be the all-others
 * rate of 17.09 percent", "still carries the provisional anti-dumping deposit of 75.8%", "the
 * remaining 30% still includes …" (not "will scrap its remaining 25% tariff"): a state, not an act.
 */
const STATE_BEFORE =
  /\b(?:(?:still|already|continues? to(?:\s+be\s+subject\s+to)?|remain subject to|remains subject to)\s+(?:face|faces|pay|pays|carry|carries|bear|bears|has|have|subject\s+to)?\s*(?:a\s+|the\s+)?(?:combined\s+|total\s+|separate\s+)?(?:(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies|deposits?)\s+of\s+(?:up\s+to\s+)?)?|(?:which|that)\s+(?:face|pay|carry|bear)\s+(?:a\s+|an\s+|the\s+)?(?:separate\s+|existing\s+|current\s+)?|\bwhere\s+(?:[\w.'’\x92-]+\s+){1,4}?(?:faces?|pays?|bears?)\s+(?:a\s+|an\s+|the\s+)?(?:separate\s+|existing\s+|current\s+|baseline\s+|standard\s+)?|(?:carrying|bearing)\s+(?:a\s+|an\s+|the\s+)?|(?:has|have|had)\s+(?:also\s+)?(?:long\s+)?(?:faced|paid|borne|carried|been\s+(?:subject\s+to|paying|facing|bearing))\s+(?:a\s+|an\s+|the\s+)?|(?:is|are|was|were|remains?)\s+unchanged\s*:\s+|currently\s+(?:face|faces|pay|pays|bear|bears)\s+(?:a\s+|an\s+|the\s+)?|(?:still|currently)\s+(?:face|faces|pay|pays|bear|bears)\s+(?:[\w.'’\x92-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?)\s+of\s+(?:up\s+to\s+)?|(?:remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:unchanged\s+)?(?:(?:at|between)\s+)?|(?:was|were|is|are)\s+left\s+(?:unchanged\s+)?at\s+|remains?\s+under\s+(?:a\s+|an\s+|the\s+|[\w.]+['’\x92]s\s+)?|(?:still|continues?\s+to)\s+appl(?:y|ies)\s+at\s+|(?:which|that)\s+(?:run|runs|ran)\s+between\s+|continues?\s+to\s+be\s+(?:the\s+|an?\s+)?(?:(?:[\w-]+\s+){0,2}?(?:rates?|tariffs?|dut(?:y|ies)|deposits?)\s+of\s+)?|(?<!\b(?:scrap|remov|lift|end|eliminat|suspend|cut|drop|waiv|reduc|lower|halv|abolish|charg)\w*\s+)\b(?:the|its|their)\s+remaining\s+)$/i;
/**
 * A rate whose measure a relative clause says goods bear, as they stand: "the 10 percent
 * tariff that Peruvian exports face in that market", "the 25% duty which Chilean wine pays",
 * "the 100% tariff that Canadian canola oil still pays".
 */
const BORNE_RELATIVE_AFTER =
  /^\s+(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|lev(?:y|ies))\s+(?:that|which)\s+(?:[\w.'’\x92-]+\s+){1,3}?(?:still\s+|now\s+|currently\s+)?(?:face|faces|pay|pays|bear|bears)\b/i;
/**
 * The rate a change starts from, told in a relative clause between the verb and the new rate:
 * "will lower its tariffs on cars, which reach 110%, to 10%" (REACHED_BEFORE, then
 * CHANGED_ON_AFTER). "duties on cars, which reach 35.3%" with no new rate recalls the measure.
 */
const REACHED_BEFORE =
  /,\s+(?:which|that)\s+(?:currently\s+)?(?:reach(?:es)?|stands?\s+at|run\s+(?:as\s+high\s+as|up\s+to))\s+$/i;
const CHANGED_ON_AFTER = /^,\s+to\s+\d/;

/**
 * The words after a rate borne as a state that give the next rate the same state: "still
 * faces a 100% tariff, as does pork at 25%", "… remains in place, as does the 100% surtax".
 */
export const AS_DOES = /,\s+as\s+(?:does|do|did)\s+(?:[\w.'’\x92-]+\s+){0,5}?(?:at\s+)?$/i;

/**
 * The words between two rates of one list: "still face tariffs of 100% and 25%", "remain
 * subject to duties of 100 and 25 per cent", "stay at 10%, 15% or 20%". The state of the first
 * holds for all.
 */
const RATE_LIST_JOIN = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/i;

/** Whether the words between a rate borne as a state and the next give it the same state. */
export function sameStateAs(between: string): boolean {
  return (
    (AS_DOES.test(between) && !ACT.test(between)) ||
    RATE_LIST_JOIN.test(between) ||
    GOODS_LIST_JOIN.test(between) ||
    (GAPPED_CLAUSE.test(between) && !GAPPED_VERB.test(between) && !ACT.test(between))
  );
}

/**
 * The words between two rates of one list, each with its goods: "unchanged: 241% on butter,
 * 245% on cheese", "still face 100% on canola oil and 25% on pork".
 */
const GOODS_LIST_JOIN =
  /^\s+on\s+(?:[\w.'’\x92-]+\s+){0,4}?[\w.'’\x92-]+(?:,\s+(?:and\s+)?|\s+and\s+)$/i;
/**
 * A second clause with its verb left out, which shares the verb of the first: "Canola oil
 * still faces a 100% tariff, and pork a 25% tariff", "… have faced 100 per cent Chinese tariffs
 * since March 20, and Canadian pork and seafood 25 per cent".
 */
const GAPPED_CLAUSE =
  /^(?:\s+[\w.'’\x92-]+){0,6}?,\s+and\s+(?!(?:the|an?|its|their|this|that)\s)(?:[\w'’\x92-]+\s+){1,5}?(?:(?:an?|the)\s+)?$/i;
/** A verb of its own in the second clause: then it tells its own act or state. */
const GAPPED_VERB =
  /,\s+and\s+(?:[\w'’\x92-]+\s+){0,2}?(?:[\w-]+ed|got|gets|receives?|is|are|was|were|will|would|shall|should|can|could|may|might|must|do|does|did|not|never|has|have|had|now|also|still|pays?|faces?|carr(?:y|ies)|bears?)\s/i;

/**
 * A rate borne as a state whose act a relative or participle clause recalls: "remain subject
 * to the 50% tariff on steel, which was doubled in June", "has faced a 25% tariff, imposed in
 * March", "still pay a 15% tariff, lowered from 25% last November" tell of the doubling, of
 * the imposition, of the cut; so does a relative clause with its imposer as subject
 * (IMPOSER_RELATIVE_AFTER: "still faces the 25% tariff Beijing imposed a year ago", "the 50% duty
 * Washington set last June"), and "which" with the imposer raising it ("a 35% tariff, which
 * the White House raised from 25%"), and a participle right after the measure's word ("still
 * carry a 10% Chinese duty imposed in March").
 */
const RECALLED_IN_RELATIVE_AFTER = new RegExp(
  String.raw`^(?:[^.;]|(?<=\b[A-Z])\.){0,80}?,\s+(?:which\s+(?:(?:was|were|had been|has been|have been)\s+|(?:the\s+)?(?:[A-Z][\w.’\x92'-]*\s+){1,3}(?:had\s+|has\s+)?))?(?:\w+ly\s+)?(?:${IMPOSED_VERB}|raised|increased|doubled|tripled|lowered|reduced|cut)\b|^\s+(?:[\w.’\x92'-]+\s+){0,3}?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|lev(?:y|ies))\s+(?:imposed|levied|introduced|placed|slapped)\s+(?:in|on|last|since|by)\b`,
);
/**
 * A total of several duties ("the total duty of 50%", "bringing the combined rate to 38.5%",
 * "Combined, mills will post deposits of 34.1%", "Together they brought the levy to 50%" (or
 * "came to 50%"), "The
 * two measures together take the duty to 50%", "together formed an 80.5% wall", "the changes
 * add up to a 13% duty") is not a measure of its own. "The combined
 * duty of 80.5% will be lifted" is one.
 */
const TOTAL_BEFORE =
  /\b(?:total\b[^%;]{0,90}$|(?:combined|cumulative)\b[^%;]{0,50}\bto\s+$)|(?:^|[.;]\s+)(?:combined|all told|in all|taken together)\s*,[^%;.]{0,80}$|\b(?:together|combined)\b(?!\s+with\b)[^%;.]{0,80}\b(?:brings?|brought|bringing|takes?|took|taking|push(?:es|ed|ing)?|lifts?|lifted|lifting|rais(?:e|es|ed|ing)|c[ao]me|comes|amount(?:s|ed)?)\b[^%;.]{0,60}\bto\s+$|\btogether\b(?!\s+with\b)[^%;.]{0,40}\b(?:form(?:s|ed)?|ma(?:de|ke|kes)(?:\s+up)?)\s+(?:an?|the)\s+$|\badd(?:s|ed|ing)?\s+up\s+to\s+(?:an?\s+|the\s+)?$/i;
/**
 * The base (MFN) rate is the schedule a measure stacks on, not a measure; so is the existing
 * rate a new one is combined with ("Combined with the existing 10% tariff, …").
 */
const BASE_RATE_BEFORE =
  /\b(?:standard|most[- ]favou?red[- ]nation|MFN|normal|regular|ordinary|usual|base|bound|existing)\b[^.%]{0,25}$/i;
/**
 * "collected on top of the 10% reciprocal duty", "are added to the 10% import duty", "in
 * addition to the 5% tariff", "in addition to the applicable import tariff of 5%" (the tariff of all
 * imports; "on top of countervailing duties of 12%" is a measure): the rate a measure stacks on, named with no act of its own. One recalled with its act ("on top of the 10% tariff he imposed in April",
 * "on top of a 25% tariff that began on August 7", "the 25% duty applied from Aug. 7") or
 * with the country that owns it ("on top of the 50% U.S. tariffs") is a measure.
 */
const STACKED_ON_BEFORE =
  /\b(?:on top of|in addition to|(?:is|are|was|were|be)\s+added to)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:(?:[\w-]+\s+){0,2}?(?:applicable|import|customs|general)\s+(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|rates?)\s+of\s+)?$/i;
/** The owner of the measure named between its rate and its word: "50% U.S. tariffs". */
const OWNER_BEFORE_DUTY =
  /^\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|lev(?:y|ies))\b/u;

/** Whether the rate after "on top of" is a measure told with its act or its owner. */
function stackedMeasure(after: string): boolean {
  const owner = OWNER_BEFORE_DUTY.exec(after)?.[1];
  return ACT_RECALLED_AFTER.test(after) || (owner !== undefined && placeCode(owner) !== null);
}
/** "the 20% basic customs duty India already charges": the base rate named after the number. */
const BASE_RATE_AFTER =
  /^\s*(?:basic|base|standard|most[- ]favou?red[- ]nation|MFN|bound)\s+(?:customs\s+|import\s+)?(?:dut(?:y|ies)|tariffs?|rates?)\b/i;
/**
 * "The previous rates were 20% and 15%", "the old rates of up to 110%": the rates a measure
 * replaced, given for comparison (each of them, however many are listed).
 */
const OLD_RATE_BEFORE =
  /\b(?:previous|former|old|prior)\s+(?:[\w-]+\s+)?(?:rates?|dut(?:y|ies)|tariffs?|levels?)\s+(?:was|were|had been|stood at|of)\s+(?:up\s+to\s+|as\s+(?:much|high)\s+as\s+)?(?:\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent)\s*(?:,\s*|\s+and\s+|,\s+and\s+))*$/i;
/**
 * "The rate applied since last August was 35 percent": the rate that stood until the act the
 * text tells, given for comparison.
 */
const APPLIED_SINCE_WAS_BEFORE =
  /\b(?:rates?|tariffs?|dut(?:y|ies))\s+(?:applied|charged|levied|in\s+force)\s+since\s+[^.;%]{1,40}?\s(?:was|were|had\s+been)\s+(?:up\s+to\s+)?$/i;
/**
 * "In last year's review the rate for all others was 7.9%", "In the previous ruling the
 * deposit had been 12%": the rate an earlier round of the case set, given for comparison.
 */
const EARLIER_ROUND_BEFORE =
  /\b(?:in|under|at)\s+(?:last\s+year['’\x92]s|the\s+(?:previous|last|prior|preceding|earlier))\s+(?:[\w-]+\s+)?(?:review|ruling|determination|round|decision)\b[^.;%]{0,60}?\b(?:was|were|had\s+been|stood\s+at)\s+(?:up\s+to\s+)?$/i;
/**
 * "The additional tariffs of 15% on U.S. chicken and corn will be reduced to 5%", "the 25%
 * surtax on steel will drop to 10%": the rate the measure had, its subject changed to the rate
 * written after it in the same clause, with no other rate or clause between ("reduced to
 * 8.2 percent, while the duty on … falls to 9.6 percent" changes two).
 */
const CHANGED_TO_AFTER =
  /^(?:(?!\d\s*(?:per ?cent|percent)|,\s+(?:while|whereas)\b)[^;%]){0,100}?\b(?:(?:be|been|is|are|was|were)\s+(?:reduced|cut|lowered|raised|increased|lifted|brought down)|(?:will|would|shall)\s+(?:drop|fall|decline|rise|climb|go\s+(?:down|up)|come\s+down)|drops|dropped|falls|fell|rises|rose)\s+to\s+\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent)/i;
/**
 * A rate written as the duty a raise or a cut acts on ("raised its 25% tariff on pork to 50%",
 * "cut the 100% surtax to 30%", "halved its 20% tariff to 10%", "lowered the 75.8% deposit to a
 * final duty of 5.9%", "its tariff on oil, now 100%, to 15%") is the rate before the change: the
 * new one follows "to". With no new rate, "raised the 100% tariff on canola with
 * his counterpart" brings the duty up as a subject of talks: the measure is recalled with its
 * rate.
 */
const CHANGED_DUTY_BEFORE =
  /\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?|halv(?:e|es|ed|ing)|trim(?:s|med|ming)?|doubl(?:e|es|ed|ing))\s+(?:its|the|their|his|her|[A-Z][\w.]*(?:'s|[’\x92]s))\s+(?:[\w-]+\s+)?$/i;
const DUTY_NEXT =
  /^\s*(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies|deposits?)\b/i;
/** The new rate after "to": "to 10%", "to a final duty of 5.9%". */
const NEW_RATE_AFTER =
  /^(?:[^.;]|(?<=\b[A-Z])\.){0,120}?\bto\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?of\s+)?\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent)/i;
/** A rate set off as the duty's present one before its change: "its tariff on oil, now 100%, to 15%". */
const NOW_BEFORE = /,\s+(?:now|currently)\s+(?:at\s+)?$/i;
const NEW_RATE_NEXT = /^\s*,\s+to\s+\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent)/i;

/** True when the rate is the duty a change acts on, not the rate it sets (see above). */
function changedDuty(before: string, after: string, rest: string): boolean {
  return (
    (CHANGED_DUTY_BEFORE.test(before) && DUTY_NEXT.test(after) && NEW_RATE_AFTER.test(rest)) ||
    (NOW_BEFORE.test(before) && NEW_RATE_NEXT.test(after))
  );
}

/** "which the White House raised from 25%", "cut from 10% to zero": the rate before a change. */
const CHANGED_FROM_BEFORE =
  /\b(?:rais|increas|hik|lift|doubl|cut|lower|reduc|slash)\w*\s+(?:it\s+|them\s+)?from\s+$/i;
/** "cut its duty to 5.9% from a provisional 75.8%": the rate before the change, after the new one. */
const FROM_AFTER_NEW_RATE =
  /\bto\s+\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent)\s+from\s+(?:an?\s+|the\s+|its\s+)?(?:(?:provisional|preliminary|interim|previous|earlier|initial|temporary)\s+)?$/i;
/** "cut from 10% to zero", "cut to zero from 10%": the rate before the cut. */
const ZERO_AFTER = /^\s+to\s+zero\b/i;
const ZERO_BEFORE = /\bto\s+zero\s+from\s+(?:as\s+(?:much|high)\s+as\s+|up\s+to\s+)?$/i;
/** "whose dumping margin of 1.3% was found to be negligible": no duty follows from it. */
const NEGLIGIBLE_AFTER = /^[^.;]{0,40}?\b(?:negligible|de minimis)\b/i;
/**
 * "sold at up to 40% below their normal value", "25% cheaper than": a price gap, not a duty rate.
 */
const PRICE_GAP_AFTER =
  /^\s*(?:below|above|under|cheaper|lower|higher|less|more)\s+(?:than|their|its|the|market|normal|cost|domestic)\b/i;
/**
 * "above" or "below" that compares ("below the 25% it charges"), not a volume over or under a
 * quota or threshold ("above the quotas"): shared with the comparisons of measures.ts.
 */
export const ABOVE_BELOW_NOT_QUOTA = String.raw`(?:above|below)(?!\s+(?:(?:the|its|their|an?|each)\s+)?(?:[\w-]+\s+){0,2}(?:quotas?|thresholds?|ceilings?|caps?)\b)`;
/**
 * A rate another measure is compared with: "far higher than the EU's duties of 17% to 35.3%",
 * "matching the U.S. rate of 100%", "in line with the 100% U.S. tariff", "By comparison, the EU
 * charges between 17% and 35.3%". Both ends of a range compared are left out; "a matching
 * 34%" and "higher than expected, at 35%" name nothing to compare with, nor does a volume
 * over a quota ("Imports above the quotas will pay a 25% tariff": an out-of-quota rate).
 */
const COMPARED_BEFORE = new RegExp(
  String.raw`(?:\b(?:than|compared (?:with|to)|matching|in line with|similar to|mirroring|versus|${ABOVE_BELOW_NOT_QUOTA})\s+(?:the|its|their|his|her|[A-Z])[^;%]{0,50}|(?:^|[.;]\s+)(?:[Bb]y|[Ii]n|[Ff]or) comparison\b[^.;%]{0,80})(?:\d{1,3}(?:\.\d{1,2})?\s*%\s*(?:to|and|-|[–\x96])\s*)?$`,
);
/**
 * A rate a new one is said to be a multiple of: "a duty of 50%, double the 25% charged under
 * the safeguard", "nearly three times the 10% it replaced". The verb ("will double the 25%
 * tariff") is no comparison: it tells an act on that rate.
 */
const MULTIPLE_OF_BEFORE =
  /(?:,\s+|\b(?:is|are|was|were|be|nearly|almost|about|roughly|more than|at)\s+)(?:double|twice|triple|treble|half|(?:two|three|four|five|ten) times)\s+(?:the|its|their)\s+(?:[\w.'’\x92-]+\s+){0,3}$/i;
/**
 * "40% of its exports", "50% of 2024 volumes", "6% of Brazil's shipments", "98% of tariff
 * lines", "90% of goods": a share of an amount, not a duty rate.
 */
const NOT_A_RATE_AFTER =
  /^\s*(?:of|in)\s+(?:its\s+|their\s+|the\s+|[A-Z][\w.-]*['’\x92]s\s+)?(?:\d{4}\s+)?(?:exports?|imports?|trade|GDP|sales|market|output|production|shipments|total|volumes?|levels?|quotas?|capacity|consumption|(?:tariff\s+|product\s+)?lines|goods|products|items)\b/i;

/**
 * The old value of a share written just before it: "to 20% of 2024 levels, from 50%" is a
 * volume cut, and its 50% no more a duty than its 20%.
 */
const OLD_SHARE_BEFORE =
  /\d\s*(?:%|per ?cent)\s+of\s+(?:its\s+|their\s+|the\s+)?(?:\d{4}\s+)?(?:exports?|imports?|trade|sales|market|output|production|shipments|volumes?|levels?|quotas?|capacity|consumption)\b,?\s+(?:up\s+|down\s+)?from\s+$/i;

/** A company's name: capitalised words in any script ("Viña Sol", "Sévrac"), maybe with "of". */
const COMPANY =
  "((?:\\p{Lu}[\\p{L}\\p{N}_&'’\x92.-]*|of|and)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}_&'’\x92.-]*|of|and)){0,4})";
const FOR_PRODUCER = new RegExp(
  `^\\s*(?:for|on|to)\\s+(?:the\\s+)?(?:carmaker\\s+|automaker\\s+|company\\s+|producer\\s+|exporter\\s+)?(all other cooperating (?:companies|producers|exporters)|all others?(?: (?:companies|producers|exporters))?|${COMPANY.slice(1, -1)})`,
  'u',
);
/**
 * A producer opening an item of a list, its rate written right after it with no verb: "…:
 * Arlanxeo of Canada 26.3%, all others 40.5%", "…, and all other Chinese exporters 39.2%".
 */
const LISTED_PRODUCER_BEFORE =
  /(?:[:;,]\s+|\band\s+)(all other(?:\s+\p{Lu}\p{L}+)?\s+(?:companies|producers|exporters|suppliers|manufacturers)|all others|\p{Lu}[\p{L}\p{N}&'’\x92.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’\x92.-]*|of|and)){0,4})\s+$/u;
const PRODUCER_BEFORE = new RegExp(
  `(all other cooperating (?:companies|producers|exporters)|all others?(?: (?:companies|producers|exporters))?|${COMPANY.slice(1, -1)})(?:['’\x92]s)?\\s*(?:\\(|:|,?\\s+(?:faces|will face|face|gets|got|get|pays?|will pay|received|was assigned|at)\\s+(?:a\\s+)?(?:rate\\s+of\\s+)?)$`,
  'u',
);

/** Words that open no company name: function words, goods, months and weekdays ("on Sept. 16"). */
const STOP_PRODUCER = new RegExp(
  String.raw`^(?:The|A|An|This|That|It|Its|Their|And|Of|Imports?|Goods|Products|${MONTH_WORD}|${WEEKDAY_NAME})$`,
);

/** Words that make a demonym a body or a set of firms, not a company: "Chinese Government". */
const NOT_COMPANY_NOUN =
  /^(?:Government|Ministry|Commission|Council|Customs|Authorities|Exporters|Producers|Companies|Firms|Makers|Manufacturers|Industry|Goods|Imports|Steel|Aluminum|Aluminium)$/;

/** True when the whole name is goods of the lexicon ("Footwear will pay 35%"). */
function namesGoods(name: string): boolean {
  const [hit] = findProducts(name.toLowerCase());
  return hit !== undefined && hit.start === 0 && hit.end === name.length;
}

/**
 * A producer name is a company: not a country (also one ending the sentence: "4.81% on South
 * Korea."), a demonym or a function word. A demonym may open one when a proper name follows it
 * ("Danish Crown").
 */
function isProducer(name: string): boolean {
  const [first = '', second = ''] = name.split(/\s+/);
  const demonymNamed =
    /^\p{Lu}\p{Ll}+$/u.test(second) && !NOT_COMPANY_NOUN.test(second) && placeCode(second) === null;
  return (
    !STOP_PRODUCER.test(first.replace(/\.$/, '')) &&
    (placeCode(first) === null || demonymNamed) &&
    placeCode(name.replace(/\.$/, '')) === null &&
    !namesGoods(name)
  );
}

/** A country owning the company after it: "India's JSW Steel". */
const COUNTRY_OWNER = /^(\p{Lu}[\p{L}.]*)['’\x92]s\s+/u;

/** A producer's name without the country that owns it ("India's JSW Steel" → "JSW Steel"). */
function withoutCountry(name: string): string {
  const owner = COUNTRY_OWNER.exec(name);
  return owner?.[1] && placeCode(owner[1]) !== null ? name.slice(owner[0].length) : name;
}

/** Every duty rate written in `text[from, to)`. */
export function findRates(text: string, from = 0, to = text.length): RateHit[] {
  return readRates(text, from, to).rates;
}

/**
 * The duty rates of `text[from, to)`, and where the rates a measure is borne at as it stands are
 * ("still face the 50% duties", "the 100% tariff that canola oil still pays"): those are no duty
 * rates of an act, and a verb around their measure ("the 50% duties that Washington applies to
 * most of the world") is no act on it.
 */
export function readRates(
  text: string,
  from: number,
  to: number,
): { rates: RateHit[]; stated: Range[] } {
  const out: RateHit[] = [];
  const stated: Range[] = [];
  const slice = text.slice(from, to);
  RATE.lastIndex = 0;
  // The end of the last rate read as a state, while no other rate follows it.
  let stateEnd = -1;
  for (let m = RATE.exec(slice); m !== null; m = RATE.exec(slice)) {
    const before = slice.slice(Math.max(0, m.index - 100), m.index);
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const rest = slice.slice(m.index + m[0].length, m.index + m[0].length + 140);
    const state =
      BORNE_RELATIVE_AFTER.test(after) ||
      (STATE_BEFORE.test(before) &&
        !RECALLED_IN_RELATIVE_AFTER.test(after) &&
        !IMPOSER_RELATIVE_AFTER.test(after)) ||
      (stateEnd >= 0 && sameStateAs(slice.slice(stateEnd, m.index)));
    stateEnd = state ? m.index + m[0].length : -1;
    if (state) stated.push({ start: from + m.index, end: from + m.index + m[0].length });
    if (
      state ||
      NOT_A_RATE_BEFORE.test(before) ||
      NOT_A_RATE_AFTER.test(after) ||
      PRICE_GAP_AFTER.test(after) ||
      COMPARED_BEFORE.test(before) ||
      MULTIPLE_OF_BEFORE.test(before) ||
      NEGLIGIBLE_AFTER.test(after) ||
      CHANGED_TO_AFTER.test(rest) ||
      changedDuty(before, after, rest) ||
      ZERO_AFTER.test(after) ||
      ZERO_BEFORE.test(before) ||
      CHANGED_FROM_BEFORE.test(before) ||
      FROM_AFTER_NEW_RATE.test(before) ||
      BASE_RATE_BEFORE.test(before) ||
      BASE_RATE_AFTER.test(after) ||
      (STACKED_ON_BEFORE.test(before) && !stackedMeasure(rest)) ||
      OLD_RATE_BEFORE.test(before) ||
      EARLIER_ROUND_BEFORE.test(before) ||
      APPLIED_SINCE_WAS_BEFORE.test(before) ||
      OLD_SHARE_BEFORE.test(before) ||
      TOTAL_BEFORE.test(before) ||
      (REACHED_BEFORE.test(before) && CHANGED_ON_AFTER.test(after)) ||
      CHANGE_BY_BEFORE.test(before) ||
      (ADDED_BEFORE.test(before) && !DUTY_AFTER.test(after))
    )
      continue;
    const bp = rateBp(m[1] ?? '');
    if (bp === undefined) continue;
    let producer: string | undefined;
    const f = FOR_PRODUCER.exec(after);
    if (f?.[1] && isProducer(f[1])) {
      producer = f[1].replace(/\s+(?:and|of)$/, '');
    } else {
      const b = PRODUCER_BEFORE.exec(before) ?? LISTED_PRODUCER_BEFORE.exec(before);
      if (b?.[1] && isProducer(b[1])) producer = withoutCountry(b[1]);
    }
    const start = from + m.index;
    const hit: RateHit = { text: m[0], start, end: start + m[0].length, bp };
    out.push(producer === undefined ? hit : { ...hit, producer });
  }
  return { rates: withZeroRates(slice, from, out), stated };
}

/** A rate cut to nothing: "cut its duty on almonds to zero", "reduced to zero the tax on …". */
const TO_ZERO = /\bto\s+zero\b(?![\s-]*(?:tariff|dut|quota))/gi;
/**
 * The verb of a cut before "to zero", in the same clause; an abbreviation's points end no
 * clause ("cut duties on U.S. corn to zero").
 */
const CUT_BEFORE =
  /\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|br(?:ing|ings|ought)\s+(?:\w+\s+){0,6}?down)\b(?:[^.;:]|(?<=\b[A-Z])\.){0,80}$/i;

/**
 * A rate of nothing granted: "will grant zero-tariff treatment on all goods from …", "gave
 * duty-free access to …", "opens a duty-free tariff quota of 500 tonnes for beef from …" (group
 * 1 its words). Enjoying or having such access is a state, no
 * act, and is not read.
 */
const GRANTED_ZERO =
  /\b(?:grant|extend|give|gave|offer|accord|provid|open)(?:s|ed|ing|e|es)?\s+(?:[\w-]+\s+){0,3}?(zero[- ](?:tariff|duty)|duty[- ]free|tariff[- ]free)\s+(?:treatment|access|entry|status|(?:tariff[- ]rate\s+|tariff\s+|import\s+)?quotas?)\b/dgi;

/**
 * Goods let in with no duty from now on: "Nigerian sesame will enter China duty-free from
 * 1 October", "will let Kenyan tea enter duty-free", "lets Japanese aircraft parts and generic
 * drugs enter the United States duty-free", "to allow Thai shrimp to enter
 * tariff-free" (group 1 its words). Goods that enter so already ("enters duty-free under the
 * agreement", "have entered duty-free since 2010") tell a state, and are not read.
 */
const ENTERING_ZERO =
  /\b(?:will|to|shall|let|lets)\s+(?:[\p{L}-]+\s+){0,6}?enter\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’\x92-]*(?:\s+\p{Lu}[\p{L}.'’\x92-]*){0,2}\s+(?:market\s+)?)?(duty[- ]free|tariff[- ]free)\b/dgu;

/**
 * No duty as a rate set from now on: "heavy trucks from Mexico will pay zero tariff from
 * November 10", "zero tariffs on all goods from Kenya will take effect on May 1" (group 1 or 2
 * its words). Goods that pay none already ("pay zero tariff under the agreement") tell a state,
 * and are not read.
 */
const ZERO_SET =
  /\b(?:will|shall|(?<!\bcontinue\s)to)\s+pay\s+(zero\s+(?:tariffs?|dut(?:y|ies)))\b|\b(zero\s+(?:tariffs?|dut(?:y|ies)))\s+(?:on|for)\s+[^.;]{0,160}?\b(?:will|shall)\s+(?:take\s+effect|enter\s+into\s+force|apply\s+from)\b/dgi;

/**
 * The rates of `out` with those cut "to zero" in `slice` and the zero rates granted, let in or
 * set (0 basis points), in order.
 */
function withZeroRates(slice: string, from: number, out: RateHit[]): RateHit[] {
  TO_ZERO.lastIndex = 0;
  const zeros: RateHit[] = [];
  for (let m = TO_ZERO.exec(slice); m !== null; m = TO_ZERO.exec(slice)) {
    if (!CUT_BEFORE.test(slice.slice(Math.max(0, m.index - 100), m.index))) continue;
    const start = from + m.index + m[0].lastIndexOf('zero');
    zeros.push({ text: 'zero', start, end: start + 4, bp: 0 });
  }
  const zeroWords = slice.includes('free') || slice.includes('zero') || slice.includes('Zero');
  for (const granted of [GRANTED_ZERO, ENTERING_ZERO, ZERO_SET]) {
    granted.lastIndex = 0;
    for (let m = zeroWords ? granted.exec(slice) : null; m !== null; m = granted.exec(slice)) {
      // the place of the group that matched (the patterns keep their indices: flag d)
      const group = m[1] !== undefined ? 1 : 2;
      const words = m[group] ?? '';
      const start = from + (m.indices?.[group]?.[0] ?? m.index);
      zeros.push({ text: words, start, end: start + words.length, bp: 0 });
    }
  }
  return zeros.length === 0 ? out : [...out, ...zeros].sort((a, b) => a.start - b.start);
}

/** One row of a table of duty rates: the rate, its producer and the origin as written. */
export interface TableRate extends RateHit {
  /** the cell of the origin column, when the table has one */
  readonly origin: { readonly text: string; readonly start: number } | null;
  /** the goods of its own row ("Chicken, wheat | 15%", "15%: chicken, wheat"), if any */
  readonly goods?: Range;
  /**
   * the header of its column when the table gives several duties side by side ("Exporter |
   * Anti-dumping duty | Countervailing duty"): each column is a measure of its own
   */
  readonly column?: string;
}

const RATE_HEADER = /\b(?:duty|duties|rate|margin|tariffs?|surtax|levy)\b/i;
const ORIGIN_HEADER = /\b(?:country|origin)\b/i;
const PRODUCER_HEADER = /\b(?:producers?|exporters?|companies|company|manufacturers?|firms?)\b/i;
const GOODS_HEADER = /\b(?:products?|goods|items?|commodit(?:y|ies)|description)\b/i;
const RATE_CELL = /^\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(%|per ?cent)?\s*$/i;
/**
 * A column of rates given only for comparison ("Previous rate", "MFN tariff", "Old duty"), or
 * the sum of the duties of other columns ("Combined rate", "Total duty").
 */
const COMPARED_HEADER =
  /\b(?:previous|old|former|prior|existing|base|MFN|standard|general|combined|total|cumulative|aggregate)\b/i;
const MARGIN_HEADER = /\bmargins?\b/i;
/** An origin written in brackets after a producer: "Song Hong Group (Vietnam)". */
const ORIGIN_IN_BRACKETS = /\(([^()]{2,40})\)\s*$/;

/**
 * The columns of a table's header that give the duty: every one naming a duty, a rate or a
 * margin ("Anti-dumping duty | Countervailing duty"), but not one given for comparison
 * ("Previous rate") or summing the others ("Combined rate"), nor a margin beside a duty (the duty is what is collected).
 */
function rateColumns(header: readonly string[]): number[] {
  const named = header
    .map((h, i) => (RATE_HEADER.test(h) && !COMPARED_HEADER.test(h) ? i : -1))
    .filter((i) => i >= 0);
  const duties = named.filter((i) => !MARGIN_HEADER.test(header[i] ?? ''));
  return duties.length > 0 ? duties : named;
}

/** The origin cell of a row: its own column's, or the brackets closing its producer's. */
function originCell(cells: readonly Cell[], originAt: number, producerAt: number): Cell | null {
  if (originAt >= 0) return cells[originAt] ?? null;
  const producer = producerAt >= 0 ? cells[producerAt] : undefined;
  const m = producer ? ORIGIN_IN_BRACKETS.exec(producer.text) : null;
  if (!producer || !m?.[1]) return null;
  return { text: m[1], start: producer.start + m.index + 1 };
}

interface Cell {
  readonly text: string;
  readonly start: number;
}

/**
 * What stands between the cells of a table: "|", or a long dash with spaces around it
 * ("Exporter — Dumping margin — Rate of duty") in a table written as plain lines.
 */
export type CellSeparator = '|' | ' — ' | ' \x97 ';

/**
 * The separator of the cells of a table whose header is `header`: "|" when it holds one, a
 * spaced long dash when it parts two or more column names none of which holds a number (a
 * header, not a row); null when the line is no table header.
 */
export function cellSeparator(header: string): CellSeparator | null {
  if (header.includes('|')) return '|';
  // The working text writes the dash as its stand-in (see working-text.ts).
  const dash = header.includes(' \x97 ') ? ' \x97 ' : ' — ';
  const names = header.split(dash);
  return names.length >= 2 && names.every((n) => COLUMN_NAME.test(n)) ? dash : null;
}

/** The name of a column of a table: words, no number ("Effective rate of duty (%)"). */
const COLUMN_NAME = /^\s*\p{L}[\p{L} ()%'’\x92-]*$/u;

/** The cells of one line of a table, trimmed, with their offsets. */
function cellsOf(text: string, line: Range, separator: CellSeparator = '|'): Cell[] {
  const out: Cell[] = [];
  let at = line.start;
  for (const raw of text.slice(line.start, line.end).split(separator)) {
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: at + lead });
    at += raw.length + separator.length;
  }
  return out;
}

/**
 * The rates of a table written as lines of cells between "|" (or another `separator`), the
 * first line its header ("Exporter | Rate of duty", "Country of origin | Producer | Duty (% of landed value)"):
 * one rate per row and duty column (see rateColumns), a row's origin in its own column or in
 * brackets after its producer ("Song Hong Group (Vietnam)"). The numbers are percentages when
 * the header or the cell says so; a cell with no number ("not applicable") gives no rate. Null
 * when the lines are not such a table.
 */
export function readRateTable(
  text: string,
  lines: readonly Range[],
  separator: CellSeparator = '|',
): TableRate[] | null {
  const [head, ...rows] = lines;
  if (!head || rows.length === 0) return null;
  const header = cellsOf(text, head, separator).map((c) => c.text);
  const columns = rateColumns(header);
  if (columns.length === 0) return null;
  const originAt = header.findIndex((h) => ORIGIN_HEADER.test(h));
  const producerAt = header.findIndex((h) => PRODUCER_HEADER.test(h));
  const goodsAt = header.findIndex((h, i) => !columns.includes(i) && GOODS_HEADER.test(h));
  const out: TableRate[] = [];
  for (const line of rows) {
    const cells = cellsOf(text, line, separator);
    const producerCell = producerAt >= 0 ? cells[producerAt] : undefined;
    const origin = originCell(cells, originAt, producerAt);
    const written =
      originAt < 0 ? producerCell?.text.replace(ORIGIN_IN_BRACKETS, '') : producerCell?.text;
    const producer = written?.trim().replace(/\.$/, '');
    const goods = goodsAt >= 0 ? cells[goodsAt] : undefined;
    for (const rateAt of columns) {
      const cell = cells[rateAt];
      const m = cell ? RATE_CELL.exec(cell.text) : null;
      if (!cell || !m || (!/%|per ?cent/i.test(header[rateAt] ?? '') && !m[2])) continue;
      const bp = rateBp(m[1] ?? '');
      if (bp === undefined) continue;
      const hit = {
        text: cell.text,
        start: cell.start,
        end: cell.start + cell.text.length,
        bp,
        origin,
        ...(goods?.text
          ? { goods: { start: goods.start, end: goods.start + goods.text.length } }
          : {}),
        ...(columns.length > 1 ? { column: header[rateAt] ?? '' } : {}),
      };
      out.push(producer ? { ...hit, producer } : hit);
    }
  }
  return out.length > 0 ? out : null;
}

/**
 * One line of a list of rates: "Indonesia – PT Alumindo: 11.2%", "All other exporters: 26.7%",
 * maybe opened by a bullet, a dash, a number or a letter ("— Hoa Lien Steel: 12.1%", "2. JSR
 * Corp.: 18.7%", "(b) Song Hong Group: 9.4%"),
 * the rate after a colon, a dash or dot leaders ("Hoa Lien Steel – 12.1%", "Hoa Lien Steel
 * ... 12.1 percent"), maybe followed by an aside in brackets ("12.1% (up from 9.8% in the
 * preliminary determination)", group 3) or by a cell of its own after a dash ("Hoa Lien Steel -
 * 12.1% - additional code C123", group 3).
 */
const LIST_LINE =
  /^\s*(?:[-–\x96—\x97•\x95*]\s+|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?([^:|%]{2,200}?)\s*(?::|\s[–\x96—\x97-]|\s*(?:\.{3,}|[…\x85]))\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|per ?cent)(\s*\([^()]{1,160}\)|\s+[–\x96—\x97-]\s+[^%:|]{1,60}?)?\s*[.;]?\s*$/i;
/**
 * The aside of a row whose rate stays as it was ("21.4% (unchanged)", "(no change)"): the
 * list tells of no act on that rate, and the row is passed over.
 */
const UNCHANGED_ASIDE = /^\s*\(\s*(?:unchanged|no change|not changed|maintained)\b/i;
/**
 * A line of a list giving the rate first, then what it is on: "15%: chicken, wheat, corn",
 * "— 10% – sorghum and pork".
 */
const RATE_FIRST_LINE =
  /^\s*(?:[-–\x96—\x97•\x95*]\s+|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|per ?cent)\s*(?::|\s[–\x96—\x97-])\s*([^:|%]{2,200}?)\s*[.;]?\s*$/i;
/**
 * A line of a notice giving the rates of one origin, its items after "; ": "People's Republic
 * of China: Hengrun Chemical Co., Ltd. - 21.8%; all other companies - 39.4%.", also with a
 * spaced long dash after the origin ("Japan — Kanto Film Co. 19.4%; all others 58.2%"), and
 * lettered, its items ending with "; " ("a. Republic of India: Ratnagiri Alloys Pvt. Ltd.,
 * 7.3%; other exporters, 19.5%;").
 */
const ORIGIN_ITEMS_LINE =
  /^\s*(?:(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+)?([^:;|%]{2,60}?)(?::\s+|\s+[–\x96—\x97]\s+)(\S[^|]*?)\s*[.;]?\s*$/;
/** The word for the firms of a place after its name: "Canadian companies", "Indian exporters". */
export const PLACE_FIRMS_WORD = '(?:companies|company|exporters?|producers?|manufacturers?)';
const FIRMS_OF_PLACE = new RegExp(String.raw`\s+${PLACE_FIRMS_WORD}$`, 'i');
/**
 * One item of such a line: "Hengrun Chemical Co., Ltd. - 21.8%", "all others: 39.4%", or the
 * rate right after the producer ("Kanto Film Co. 19.4%").
 */
const LIST_ITEM =
  /^([^:|%]{2,120}?)\s*(?::|\s[–\x96—\x97-]|\s)\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|per ?cent)$/i;

/** True when the line is a line of a list of rates ("label: rate", "rate: goods", an origin's items). */
export const isRateListLine = (text: string, line: Range) => {
  const words = text.slice(line.start, line.end);
  return (
    LIST_LINE.test(words) ||
    RATE_FIRST_LINE.test(words) ||
    FOR_IMPORTS_ITEM.test(words) ||
    originItems(text, line) !== null
  );
};

/**
 * A label written in sentence case, its first word capitalised and every other word not
 * ("Textile fabrics and apparel", "Lithium-ion batteries for electric vehicles"): goods, as a
 * company's name capitalises its words. Firms named by their trade ("Other exporters", the
 * "Vietnam-wide entity" of a notice) are not goods.
 */
const SENTENCE_CASE_GOODS = /^(?!(?:All|Other|Any)\b)\p{Lu}[\p{Ll}-]+(?:,?\s+[\p{Ll}-]+)+$/u;
const FIRMS_WORD =
  /\b(?:companies|company|producers?|exporters?|manufacturers?|firms|suppliers?|others?|entity|entities)\b/i;

/**
 * True when a list label names goods, not a producer: it opens with goods of the lexicon
 * ("Chicken, wheat and corn", "Frozen pork"), or is written in sentence case.
 */
function labelNamesGoods(label: string): boolean {
  const [hit] = findProducts(label.toLowerCase());
  return hit?.start === 0 || (SENTENCE_CASE_GOODS.test(label) && !FIRMS_WORD.test(label));
}

/** Between an origin and its producer in a list line: a dash with spaces around it. */
const LIST_DASH = /\s+[–\x96—\x97-]\s+/;
/**
 * The form of state a notice writes after a country's name, in capitals: "China PR", "Korea
 * RP", "Hong Kong SAR".
 */
const STATE_FORM_AFTER = /\s+(?:PR|RP|SAR)$/;
/** An origin in brackets after the producer: "Andes Wines (Chile)". */
const BRACKETED_ORIGIN = /\s*\(([^()]+)\)$/;

/**
 * Firms named by the place they ship from, the place last: "all other producers and exporters
 * from China", "other exporters in Viet Nam", "All other exporters, Türkiye".
 */
const FIRMS_OF_ORIGIN = /(?:\s(?:from|in|of)\s+(?:the\s+)?|,\s+)(\p{Lu}[\p{L}'’\x92. -]{1,50})$/u;

/**
 * The origin a list label names, and its producer: "Chile – Andes Wines", "Andes Wines
 * (Chile)", "all other exporters from Chile".
 */
function readLabel(
  label: string,
  labelAt: number,
): { origin: { text: string; start: number } | null; producer: string | null } {
  const dash = LIST_DASH.exec(label);
  const head = (dash ? label.slice(0, dash.index) : label).replace(STATE_FORM_AFTER, '');
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
  const from = FIRMS_OF_ORIGIN.exec(label);
  const place = from?.[1];
  if (from && place && FIRMS_WORD.test(label.slice(0, from.index)) && placeCode(place) !== null)
    return {
      origin: { text: place, start: labelAt + from.index + from[0].indexOf(place) },
      producer: label.trim(),
    };
  // "Other Thai producers and exporters", "All other Chinese companies": the firms of a demonym.
  const firms = FIRMS_OF_DEMONYM.exec(label);
  const demonym = firms?.[1];
  if (firms && demonym && placeCode(demonym) !== null)
    return {
      origin: { text: demonym, start: labelAt + firms.index + firms[0].indexOf(demonym) },
      producer: label.trim(),
    };
  return { origin: null, producer: label.trim() };
}

/** Firms named by their origin's demonym: "Other Thai producers", "all other Chinese exporters". */
const FIRMS_OF_DEMONYM =
  /^\s*(?:all\s+)?others?\s+(\p{Lu}\p{Ll}+)\s+(?:companies|producers|exporters|manufacturers|firms|suppliers)\b/iu;

/** One line of a list of rates, with the origin of the heading it stands under, if any. */
export interface ListLine {
  readonly start: number;
  readonly end: number;
  /** the heading naming the origin of the lines under it ("Vietnam", "Japanese companies:") */
  readonly heading?: { readonly text: string; readonly start: number } | null;
}

/**
 * A label naming goods and then their maker: "aluminium foil of a thickness not exceeding
 * 0,2 mm, produced by Hanul Foil Co. Ltd", "seamless tubes manufactured by all other
 * producers in China".
 */
const MADE_BY = /,?\s+(?:produced|manufactured|made|exported)\s+by\s+/i;

/**
 * A row of a list: the producer of `label` (at `labelAt`) and its rate `digits` at `rateAt`;
 * a label naming goods and their maker (MADE_BY) gives both.
 */
function listRow(
  text: string,
  label: string,
  labelAt: number,
  digits: string,
  rateAt: number,
  lineEnd: number,
  heading: ListLine['heading'],
): TableRate | null {
  const bp = rateBp(digits);
  if (bp === undefined) return null;
  const by = MADE_BY.exec(label);
  const goodsEnd = by && labelNamesGoods(label.slice(0, by.index)) ? by.index : null;
  const goods =
    goodsEnd !== null || labelNamesGoods(label)
      ? { start: labelAt, end: labelAt + (goodsEnd ?? label.length) }
      : null;
  const maker = by && goodsEnd !== null ? by.index + by[0].length : null;
  const { origin: own, producer } =
    maker !== null
      ? readLabel(label.slice(maker), labelAt + maker)
      : goods
        ? { origin: null, producer: null }
        : readLabel(label, labelAt);
  const rateText = /^[\d.,]+\s*(?:%|per ?cent)/i.exec(text.slice(rateAt, lineEnd))?.[0] ?? digits;
  return {
    text: rateText,
    start: rateAt,
    end: rateAt + rateText.length,
    bp,
    origin: own ?? heading ?? null,
    ...(producer === null ? {} : { producer }),
    ...(goods === null ? {} : { goods }),
  };
}

/** The rate of a line that gives it first ("15%: chicken, wheat"), as a row; null otherwise. */
function rateFirst(text: string, line: ListLine): TableRate[] | null {
  const m = RATE_FIRST_LINE.exec(text.slice(line.start, line.end));
  const [, digits, label] = m ?? [];
  if (!m || digits === undefined || label === undefined) return null;
  const rateAt = line.start + m.index + m[0].indexOf(digits);
  const labelAt = line.start + m.index + m[0].lastIndexOf(label);
  const row = listRow(text, label, labelAt, digits, rateAt, line.end, line.heading ?? null);
  return row ? [row] : null;
}

/**
 * An item of a resolution's list giving the imports it is for, then their rate: "a) For imports
 * originating in the United States of America exported by Harlan Basin Chemicals LLC, a quota of
 * 11.32%;", "b) For those exported by Corvane Nitrogen Inc., a quota of 6.05%;", "c) For imports
 * from all other exporters of the People's Republic of China, a quota of 93.60%.".
 */
const FOR_IMPORTS_ITEM =
  /^\s*(?:(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s+)?For\s+(?:imports|those|goods|products)\b([^%;]{0,200}?),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:quota|duty|rate|margin)\s+of\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|per ?cent)\s*[;.]?\s*$/i;
/** The origin an item's imports come from: "originating in the United States of America". */
const IMPORTS_ORIGIN =
  /\b(?:originating in|from|of)\s+(?:the\s+)?(\p{Lu}[\p{L}'’\x92]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’\x92]*){0,5})/u;
/** Who exports an item's imports: "exported by Harlan Basin Chemicals LLC", "all other exporters". */
const IMPORTS_PRODUCER = /\bexported\s+by\s+(.+)$|\b(all\s+other\s+exporters|all\s+others)\b/i;

/** The row of a FOR_IMPORTS_ITEM line: its rate, origin (else `before`'s) and producer. */
function importsRow(
  text: string,
  line: Range,
  m: RegExpExecArray,
  before: TableRate['origin'],
): TableRate | null {
  const body = m[1] ?? '';
  const digits = m[2] ?? '';
  const bp = rateBp(digits);
  if (bp === undefined) return null;
  const bodyAt = line.start + m.index + m[0].indexOf(body);
  const o = IMPORTS_ORIGIN.exec(body);
  const origin =
    o?.[1] && placeCode(o[1]) !== null
      ? { text: o[1], start: bodyAt + o.index + o[0].indexOf(o[1]) }
      : before;
  const p = IMPORTS_PRODUCER.exec(body);
  const producer = (p?.[1] ?? p?.[2])?.trim();
  const rateAt = line.start + m.index + m[0].lastIndexOf(digits);
  const rateText = /^[\d.,]+\s*(?:%|per ?cent)/i.exec(text.slice(rateAt, line.end))?.[0] ?? digits;
  return {
    text: rateText,
    start: rateAt,
    end: rateAt + rateText.length,
    bp,
    origin,
    ...(producer === undefined ? {} : { producer }),
  };
}

/**
 * The rates of a line naming an origin before a colon and its producers' rates after it, one
 * item each between "; " (see ORIGIN_ITEMS_LINE); null when the line is not one, its label
 * names no place, or an item is not "producer - rate".
 */
function originItems(text: string, line: Range): TableRate[] | null {
  const m = ORIGIN_ITEMS_LINE.exec(text.slice(line.start, line.end));
  // "Canadian companies: Sarnia Elastomers Canada Inc., 26.4%; …": the firms of a place.
  const origin = m?.[1]?.trim().replace(FIRMS_OF_PLACE, '');
  const items = m?.[2];
  if (!m || !origin || items === undefined || placeCode(origin) === null) return null;
  const originAt = line.start + m.index + m[0].indexOf(origin);
  let at = line.start + m.index + m[0].indexOf(items, origin.length + 1);
  const out: TableRate[] = [];
  for (const raw of items.split(';')) {
    const item = raw.trim();
    const itemAt = at + raw.indexOf(item);
    at += raw.length + 1;
    if (item === '') continue;
    const i = LIST_ITEM.exec(item.replace(/\.$/, '').replace(/^and\s+/i, ''));
    if (!i?.[1] || !i[2]) return null;
    const label = i[1].replace(/,$/, '');
    const labelAt = itemAt + item.indexOf(label);
    const rateAt = itemAt + item.indexOf(i[0]) + i[0].lastIndexOf(i[2]);
    const row = listRow(text, label, labelAt, i[2], rateAt, line.end, {
      text: origin,
      start: originAt,
    });
    if (!row) return null;
    out.push(row);
  }
  return out.length > 0 ? out : null;
}

/**
 * The rates of a list written one line each, "label: rate", the label naming a producer and
 * maybe its origin first ("Vietnam – all other exporters: 17.3%"), else taking the origin of
 * the heading the line stands under; or one line per origin with its producers' rates ("China:
 * Hengrun - 21.8%; all other companies - 39.4%"). Every line must be such a line; null when
 * they give fewer than two rates.
 */
export function readRateList(text: string, lines: readonly ListLine[]): TableRate[] | null {
  const out: TableRate[] = [];
  for (const line of lines) {
    const m = LIST_LINE.exec(text.slice(line.start, line.end));
    const label = m?.[1];
    const imports = FOR_IMPORTS_ITEM.exec(text.slice(line.start, line.end));
    if (imports) {
      const row = importsRow(text, line, imports, out.at(-1)?.origin ?? null);
      if (!row) return null;
      out.push(row);
      continue;
    }
    if (!m || label === undefined || m[2] === undefined) {
      const items = rateFirst(text, line) ?? originItems(text, line);
      if (!items) return null;
      out.push(...items);
      continue;
    }
    if (UNCHANGED_ASIDE.test(m[3] ?? '')) continue;
    const labelAt = line.start + m.index + m[0].indexOf(label);
    const rateAt = line.start + m.index + m[0].lastIndexOf(m[2], m[0].length - (m[3]?.length ?? 0));
    const row = listRow(text, label, labelAt, m[2], rateAt, line.end, line.heading ?? null);
    if (!row) return null;
    out.push(row);
  }
  return out.length >= 2 ? out : null;
}
