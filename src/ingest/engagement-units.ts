/**
 * The units a sentence is read as, each for one engagement: the sentence, or its clauses when a
 * second one tells another engagement ("…, and on Friday held talks with …", "…, a day after …");
 * a plan told after an engagement is cut off (planned).
 */
import type { Span } from './candidates.ts';
import { COUNT_WORDS } from './dates.ts';
import { eventDateIn, span, within, type Doc } from './doc.ts';
import { PLANNED } from './engagement-dates.ts';
import { ANY_KIND, kindOf } from './engagement-kinds.ts';
import { HELD_BY_THE_TWO } from './engagement-meetings.ts';
import { peopleWithin } from './engagement-people.ts';
import { countrySides } from './engagement-sides.ts';

/** A sentence, or a clause of one, read as one engagement. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  /** the index of its sentence */
  readonly index: number;
  /**
   * Where what was agreed is read to, when a plan was cut off the unit (see unitsOf): "spoke
   * with Li and agreed to hold the next round in March" agreed to hold that round.
   */
  readonly agreedTo?: number;
  /** the days its engagement came before the one of the clause before it (DAYS_AFTER) */
  readonly daysBefore?: number;
}

/** The answers of planned, by the words asked about, while one text is read. */
export const plansRead = new Map<string, RegExpExecArray | null>();
/**
 * PLANNED's first match in a sentence or a clause, or null. Several readings ask it of the same
 * sentence, so the answers are kept while one text is read (findEngagements clears them).
 */
export function planned(words: string): RegExpExecArray | null {
  let plan = plansRead.get(words);
  if (plan === undefined) {
    plan = PLANNED.exec(words);
    plansRead.set(words, plan);
  }
  return plan;
}

/** A capitalised word of a name or a title: "Wang", "Šefčovič", "O'Brien", "Vice". */
const NAME = String.raw`\p{Lu}[\p{L}.'’\x92-]*`;
/** An adverb of sequence before a clause's verb: "…, and Wang later held talks with …". */
const SEQUENCE = String.raw`(?:(?:also|later|then|separately|afterwards|subsequently)\s+)?`;
/**
 * The subject of a clause of its own: a name set off by an appositive ("Hale, the minister
 * responsible for trade, "), a title with the name set off after it ("the Minister responsible
 * for Trade, Dominic LeBlanc, "), or a run of names, titles and bodies ("Commissioner Šefčovič",
 * "officials led by Vidal and Hu").
 */
const OWN_SUBJECT = String.raw`(?:(?:${NAME}\s+){0,3}${NAME},\s+(?:the|an?|\p{Lu})(?:[^,.;]|\.(?=\S|\s+\p{Ll})){1,80}?,\s+|the\s+\p{Lu}(?:[^,.;]|\.(?=\S|\s+\p{Ll})){1,120}?,\s+(?:${NAME}\s+){0,3}${NAME},\s+|(?:(?:${NAME}|of|for|and|officials|negotiators|delegations?|teams?|(?:led|headed) by)\s+){1,12})`;
/** The verb of an engagement told in a clause with a subject of its own. */
const OWN_VERB = String.raw`(?:met|held|hosted|received|spoke|talked|discussed|called on|had|sat down|dined|chaired|co-chaired|led|(?:was|were)\s+in\s+\p{Lu}[\p{L}-]*\s+for\s+(?:talks|meetings?)\b)\b`;
/**
 * "…, and Commissioner Šefčovič held …", "…, while Hale met Li", "…, after Tan led …", "…, and a
 * day after Planas met Yao …".
 */
const CLAUSE_OF_ITS_OWN = String.raw`,\s+(?:and\s+(?:(?:a|an|one|two|three|four|five|six|several)\s+(?:days?|weeks?|months?|hours?)\s+)?(?:after|before)|and|while|after|before)\s+(?=${OWN_SUBJECT}${SEQUENCE}${OWN_VERB})`;
/** "…, before holding the summit with …", "… before meeting …". */
const BEFORE_DOING = String.raw`(?:,\s+(?:and\s+)?|\s+)before\s+(?=(?:holding|meeting|hosting|attending|sitting down)\b)`;
/** An engagement named with its article: "a video call", "a 40-minute meeting". */
const ENGAGEMENT_NOUN = String.raw`an?\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|visit|summit|conversation)`;
/**
 * A second engagement named after the first: "…, and a video call on Thursday in which …",
 * "… and a meeting between the two on …", "…, and his first stop on Monday was …".
 */
const SECOND_NAMED = String.raw`,\s+and\s+(?=${ENGAGEMENT_NOUN}\b)|\s+and\s+(?=${ENGAGEMENT_NOUN}\s+(?:between|with)\b)|,\s+and\s+(?=(?:his|her|their)\s+(?:first|second|third|next|last|final)\s+(?:stop|engagement|appointment)\b)`;
/** What joins the next predicate of the same subject: "and", ", then", ";". */
const JOIN = String.raw`(?:\band|,\s+then|;)\s+`;
/**
 * A time before the next predicate: "on Friday", "in the afternoon, in Shanghai,", "a day
 * later,", "the next morning".
 */
const TIME_BEFORE = String.raw`(?:(?:on|in|at|that)\s+(?:the\s+)?\w+(?:\s+\w+){0,3}?,?\s+(?:(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,?\s+)?|(?:an?|one|two|three)\s+(?:days?|hours?)\s+later,?\s+|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening),?\s+)?`;
/**
 * Who does the next predicate, when written: a pronoun or "the two (leaders)", "our
 * officials", or, after a time, a name or a country's official ("on 10 March Trade Minister
 * Ruiz", "the next day NTA commissioners", "on Tuesday Peru's ambassador").
 */
const NEXT_SUBJECT = String.raw`(?:(?:he|she|they|I|we|the\s+two(?:\s+(?:leaders|ministers|men|women|sides))?)\s+(?:(?:also|again)\s+)?|(?:our|their|his|her)\s+(?:officials|negotiators|delegates|teams?|delegations?)\s+|(?<=\b(?:on|in|at|day|morning|afternoon|evening)\b[^,;]{0,30})(?:(?:${NAME}|of|for)\s+){1,6}(?:(?:officials|commissioners|negotiators|delegates)\s+)?|(?<=\b(?:on|in|at|day|morning|afternoon|evening)\b[^,;]{0,30})\p{Lu}\p{L}*['’\x92]s\s+(?:\p{Ll}[\p{L}-]*\s+){1,2})?`;
/** The verb of the next predicate of the same subject. */
const NEXT_VERB = String.raw`(?:also\s+)?(?:had\s+)?(?:(?:was|were)\s+(?:received|hosted|welcomed)|met|held|had|hosted|received|spoke|talked|dined|sat|called|paid|visited|flew|travell?ed|briefed)\b`;
/**
 * The next predicate of the same subject: "…, and on Friday held talks with", "and later had
 * lunch with", "and a day later she met", "…; on Tuesday she met …", "…, and on Monday the two
 * spoke again by phone", "…, then met Ding on Thursday", "…, then flew to Tokyo to meet …", "and
 * that on Monday he had received", "…, and on Wednesday, in Shanghai, he was received by …".
 */
const SAME_SUBJECT_NEXT = String.raw`${JOIN}(?=(?:that\s+)?(?:(?:later|then|afterwards|also)\s+)?${TIME_BEFORE}${NEXT_SUBJECT}${NEXT_VERB})`;
/** "…, and on Friday I co-chaired the Trade Committee with …". */
const CHAIRED_NEXT = String.raw`${JOIN}(?=(?:(?:on|in|at)\s+\w+(?:\s+\w+){0,3}?,?\s+)?(?:I|we|he|she|they)\s+(?:also\s+)?(?:co-)?chaired\b)`;

/**
 * Where a sentence goes on to another engagement: a clause with a subject of its own
 * (CLAUSE_OF_ITS_OWN), "before holding …" (BEFORE_DOING), a second engagement named
 * (SECOND_NAMED), the next predicate of the same subject, maybe after a time and a subject of
 * its own (SAME_SUBJECT_NEXT), or "and on Friday I co-chaired …" (CHAIRED_NEXT). Not "where":
 * "paid a state visit to China, where he met Xi" tells one engagement.
 */
const NEXT_PREDICATE = new RegExp(
  [CLAUSE_OF_ITS_OWN, BEFORE_DOING, SECOND_NAMED, SAME_SUBJECT_NEXT, CHAIRED_NEXT].join('|'),
  'giu',
);

/**
 * A clause with no engagement word that goes on with the two just told: "On Tuesday, the two men
 * spent four hours on the brandy case, and Wang later held talks with Lange".
 */
const THE_TWO_BEFORE = /^\s*(?:[^,;]{0,40},\s+)?(?:the\s+two\b|they\b|both\b)/i;

/** A day the engagement just told happened again on: "… on Wednesday and again this morning". */
const AGAIN_DAY =
  /\s+and\s+again\b(?=\s+(?:on\s+\p{Lu}\p{Ll}+day|this\s+(?:morning|afternoon|evening)|yesterday|today|the\s+(?:next|following)\s+day)\b)/u;

/**
 * A meeting told in a "where" clause after a summit attended: "attended the summit in Tianjin,
 * where he met Xi Jinping". After a visit, "where" tells the same engagement (NEXT_PREDICATE).
 */
const WHERE_MET =
  /,\s+where\s+(?=(?:he|she|they)\s+(?:also\s+)?(?:met|held\s+(?:talks|(?:an?\s+)?(?:[\w-]+\s+)?meeting)|sat down)\b)/i;

/**
 * An engagement of the two just told, set off after another with a day of its own: "joined Li
 * for a working breakfast, following the formal talks the two leaders held yesterday".
 */
const HELD_BEFORE_THEN = new RegExp(
  String.raw`,\s+(?:following|after)\s+(?=(?:the|their)\s+(?:[\w-]+\s+){0,2}?${HELD_BY_THE_TWO}\b)`,
  'i',
);

/**
 * "Modi and Trump spoke by phone on Thursday, a day after Modi received Gor", "…, a week after
 * customs officials hosted a Chilean delegation from May 18 to 19": an engagement with a subject
 * of its own (a person, or a body's officials), told as days or weeks (group 2, when it writes
 * its own day) before the one of the clause it follows, by a count (group 1).
 */
const DAYS_AFTER =
  /,\s+(a|one|two|three)\s+(?:days?|(weeks?))\s+after\s+(?=(?:(?:\p{Lu}[\p{L}.'’\x92-]*\s+){1,4}|(?:[\p{L}-]+\s+){0,3}(?:officials|negotiators|delegates)\s+)(?:met|held|hosted|received|spoke|talked|called on|visited)\b)/u;

/**
 * The clause of an engagement told with its day, then the one told "a day after" it
 * (DAYS_AFTER), as two units; undefined unless both tell an engagement.
 */
function daysAfterUnits(doc: Doc, s: Span, index: number, sentence: string): Unit[] | undefined {
  const m = DAYS_AFTER.exec(sentence);
  const count = m?.[1]?.toLowerCase();
  if (!m || count === undefined) return undefined;
  const cut = s.start + m.index;
  const next = cut + m[0].length;
  if (kindOf(sentence.slice(0, m.index)) === null || eventDateIn(doc, s.start, cut) === undefined)
    return undefined;
  if (kindOf(sentence.slice(m.index + m[0].length)) === null) return undefined;
  // Weeks before, the engagement is told only when it writes its own day.
  if (m[2] && within(doc.dates, next, s.end).length === 0) return undefined;
  return [
    { start: s.start, end: cut, index },
    { start: next, end: s.end, index, daysBefore: COUNT_WORDS[count] ?? 1 },
  ];
}

/**
 * "He met Greer on Thursday, and on Friday held talks with Farrell": a second predicate that
 * tells another engagement, with a person of its own or on a day of its own, is read apart
 * from the first. A clause without a day of its own takes the first one's. A clause that
 * plans an engagement after one told is cut off.
 */
export function unitsOf(doc: Doc, index: number): Unit[] {
  const s = doc.sentences[index];
  if (!s) return [];
  const sentence = doc.text.slice(s.start, s.end);
  const whole = [{ start: s.start, end: s.end, index }];
  if (!ANY_KIND.test(sentence)) return whole;
  // "…had a call with Li on Monday, and that the two sides would meet again": the plan is
  // a clause of its own, left out; the engagement before it is read.
  const plan = planned(sentence);
  if (plan) {
    const lead = sentence.slice(0, plan.index);
    const join = Math.max(...[', ', '; ', ' and ', ' but '].map((w) => lead.lastIndexOf(w)));
    return join > 0 && kindOf(lead.slice(0, join)) !== null
      ? [{ start: s.start, end: s.start + join, index, agreedTo: s.end }]
      : whole;
  }
  const after = daysAfterUnits(doc, s, index, sentence);
  if (after) return after;
  // "…, following the formal talks the two leaders held yesterday": talks of their own day.
  const held = HELD_BEFORE_THEN.exec(sentence);
  if (held && kindOf(sentence.slice(0, held.index)) !== null) {
    const next = s.start + held.index + held[0].length;
    return [
      { start: s.start, end: s.start + held.index, index },
      { start: next, end: s.end, index },
    ];
  }
  // "spoke with Lutnick on Wednesday and again this morning": the same engagement, twice.
  const again = AGAIN_DAY.exec(sentence);
  if (again && kindOf(sentence.slice(0, again.index)) !== null) {
    const next = s.start + again.index + again[0].length - 'again'.length;
    return [
      { start: s.start, end: s.start + again.index, index },
      { start: next, end: s.end, index },
    ];
  }
  // "attended the summit in Tianjin, where he met Xi": a meeting on the summit's margins.
  const where = WHERE_MET.exec(sentence);
  if (where && kindOf(sentence.slice(0, where.index))?.kind === 'summit') {
    const next = s.start + where.index + where[0].length;
    return [
      { start: s.start, end: s.start + where.index, index },
      { start: next, end: s.end, index },
    ];
  }
  NEXT_PREDICATE.lastIndex = 0;
  for (let m = NEXT_PREDICATE.exec(sentence); m !== null; m = NEXT_PREDICATE.exec(sentence)) {
    const head = sentence.slice(0, m.index).replace(/[,\s]+$/, '');
    const cut = s.start + head.length;
    const next = s.start + m.index + m[0].length;
    // "The same day, Akazawa met Lutnick, and on Monday the two spoke again": a day of its own
    // after the cut, whether or not the clause before writes one.
    const ownDays = eventDateIn(doc, next, s.end) !== undefined;
    const others =
      peopleWithin(doc, next, s.end).length > 0 ||
      countrySides(doc, span(next, s.end), () => true, undefined).length > 0;
    if (
      (ownDays || others) &&
      (kindOf(head) !== null || THE_TWO_BEFORE.test(head)) &&
      kindOf(sentence.slice(m.index + m[0].length)) !== null
    )
      return [
        { start: s.start, end: cut, index },
        { start: next, end: s.end, index },
      ];
  }
  return whole;
}
