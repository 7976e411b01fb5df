/**
 * The words that tell a meeting in person (isMeeting): a verb or noun of meeting ("met",
 * "held talks with", "a working lunch with"), a courtesy call paid ("called on" a person, not
 * an appeal), a guest welcomed or received, a meeting under way or in a caption's present, one
 * person speaking to another in talks named as the setting, two parties signing at a place.
 * Also the words of when or how between a verb of talking and its "with" (WHEN_OR_HOW), which
 * calls share.
 */
import { placeCode } from './places.ts';
import { WEEKDAY_NAME } from './dates.ts';

/**
 * A word of when or how between a verb of talking and its "with" ("spoke yesterday with",
 * "sat down on Tuesday with", "conferred briefly with").
 */
export const WHEN_OR_HOW = String.raw`(?:(?:yesterday|today|earlier|later|again|also|this (?:morning|afternoon|evening)|(?:on\s+)?${WEEKDAY_NAME}|[a-z]+ly)\s+)?`;

/** Words that make talks a process going on, not an event: "ongoing talks with Washington". */
const PROCESS_WORD = String.raw`\bongoing|\bcontinuing|\bcurrent|\bwider|\bbroader`;

/**
 * Time spent with someone: "spent nearly three hours on Wednesday with", "spent the day with",
 * "spent the day in New Delhi with".
 */
const SPENT_WITH = String.raw`spen[dt]s?\s+(?:[\w-]+\s+){0,3}?(?:hours?|minutes?|days?|morning|afternoon|evening)\s+(?:(?:on|this|last)\s+\w+\s+|in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+)?with`;

/** Joining someone for talks or a meal: "joined Premier Li for a working dinner". */
const JOINED_FOR = String.raw`joined\s+(?:\S+\s+){1,6}?for\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|discussions|dinner|lunch|breakfast)`;

/**
 * A trip opened or closed with someone: "opened his visit on Monday with Trade Representative
 * Hale", "began the trip in Lima with Commerce Minister Li"; not with a thing ("with a
 * speech", "with a tour of the port").
 */
const TRIP_OPENED_WITH = String.raw`(?:opened|began|started|kicked off|closed|ended|wrapped up)\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|mission|tour|leg|stay)\b[^.;]{0,40}?\bwith\s+(?!(?:an?|the|his|her|their|its|some|several|two|three|[a-z]+s)\s)`;

/**
 * Up to four words naming a meeting held, its format or its members ("a trilateral",
 * "a Japan-China-ROK Trilateral Foreign Ministers'"), none a word of setting or sequence ("held a
 * news conference after the meeting" is no meeting held); a leaders' meeting is left to the
 * summit rules.
 */
const MEETING_NAME = String.raw`(?:(?!(?:after|before|with|on|at|in|of|for|to|the|and|since)\b|leaders['’\x92]?\s)[\w'’\x92-]+\s+){0,4}?`;

/**
 * Talks told as held by the two on a day: "the talks the two leaders held on Wednesday", "the
 * meeting they had held yesterday". An engagement of its own (MEETING), also when set off after
 * another (HELD_BEFORE_THEN).
 */
export const HELD_BY_THE_TWO = String.raw`(?:talks|meeting|call)\s+(?:the\s+two\s+\w+|they|both\s+sides)\s+(?:had\s+)?held\s+(?:yesterday|on\s+${WEEKDAY_NAME})`;

/**
 * Verbs and nouns of a meeting in person ("…, meeting officials in Lima", "held separate talks",
 * "sat down on Tuesday with", "held a standing talk of ten minutes with", "said … after meeting
 * President X", "Meeting in Geneva on Thursday, A and B agreed …", "held back-to-back meetings
 * with", "held discussions with", "held their first formal talks", "held a working session with",
 * "held a roundtable with", "the meeting held yesterday in Lima by A with B", "a meeting of the
 * ministers was held", "sat down for a breakfast meeting", "held a bilateral with", "A and B held a
 * 40-minute bilateral", "got together", "spent most of their meeting on", "sat in the Oval Office
 * with", "held a brief pull-aside today with", "came together with", "was granted an audience
 * with", "paid a (courtesy) call on", "spent three hours on Wednesday with", "huddled with", "held
 * a one-on-one with", "followed consultations between officials of A and a delegation of B", "the
 * talks, held in Lima, brought together A and B", "briefed a delegation from the Chinese embassy",
 * "the talks the two leaders held yesterday", "a meeting in Brussels on 30 October at which Støre
 * pressed von der Leyen", "have just finished a bilateral meeting", "Carney and Lee spoke for half
 * an hour in a corner of the conference centre", "A and B agreed on Monday to …, in talks at the
 * Prime Minister's Office"); not what was received ("had received "a respectful hearing"",
 * "received assurances", "received refunds"); a meal together is one ("dined with", "held a working
 * lunch with", "joined Li for a working dinner", "closed the visit with a working breakfast with",
 * "held a working lunch", "had breakfast together", "the two also had dinner"), and so is a matter
 * raised "with" someone "during a meeting", or what the parties did "at a meeting in Lima" (not at
 * a meeting "of" a body or "on" a matter). Talks that belong to a country or a side ("India's talks
 * with the EU", "their talks with") or go on ("ongoing talks with") are a process, and talks after
 * "if" a condition, not an event; a person's ("her talks with Li") or a day's ("Tuesday's talks
 * with Li") are one.
 */
const MEETING = new RegExp(
  String.raw`\b(?:met|meets|meet with|huddled with|c(?:ame|omes) together with|${SPENT_WITH}|${JOINED_FOR}|${TRIP_OPENED_WITH}|paid (?:an? )?(?:courtesy )?call on|(?:held|holds|hold)\s+(?:(?:their|its)\s+)?(?:(?:separate|bilateral|formal|informal|direct|further|fresh|trade|private|closed-door|wide-ranging|lengthy|own|first|second|latest)\s+){0,2}talks|(?:held|had|holds|hold|granted)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:meetings?|talks?|discussions|exchange|sessions?|bilaterals?|pull-asides?|one-on-ones?|audience|lunch(?:eon)?|dinner|breakfast|round-?tables?)(?:\s+(?:of|lasting)\s+[^.;]{0,30}?)?\s+${WHEN_OR_HOW}with|(?:stepped|slipped|broke|went) (?:away|aside|off) for (?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks|bilateral)\b|(?:sat|sitting) down (?:together\s+)?${WHEN_OR_HOW}(?:with|for\s+(?:an?\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks|breakfast|lunch|dinner))|conferred ${WHEN_OR_HOW}with|courtesy (?:call|visit)|hosted|hosts|(?:received|receives)(?!\s+(?:["“”\x93\x94]|no\s|assurances?\b|word\b|confirmation\b|approval\b|support\b|backing\b|letters?\b|(?:[\w-]+\s+)?(?:refunds?|payments?|compensation|money|funds|orders|shipments?|deliveries|complaints?|applications?|requests?|bids?|offers?|subsidies|aid)\b)|\s{4,})|(?:briefed|addressed|greeted)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?delegation\b|dined (?:[\w-]+\s+){0,3}?with|(?:had|over) (?:a )?(?:dinner|lunch|breakfast) with|\ban?\s+(?:[\w-]+\s+)?(?:breakfast|lunch(?:eon)?|dinner)\s+(?:meeting\s+)?with|led (?:the )?talks|(?<!(?:(?<!day)['’\x92]s|\bits|\btheir|\bif|\bunless|\bwhether|${PROCESS_WORD})\s)talks\b[^.]{0,40}\b(?:with|between)|meetings?\b[^.;]{0,50}?\b(?:with|between)|\bmeeting\b[^.;]{0,60}?\b(?:at|during)\s+which\b|\b(?:followed|after|during)\s+(?:[\w-]+\s+){0,2}?consultations\s+between\b|\b(?:talks|meeting)\b[^.;]{0,60}\bbrought together\b|\b${HELD_BY_THE_TWO}\b|,\s+meeting\s+(?!(?:in|on|at|for|of|to|the|a|an|was|is|will)\b)|(?<=^\s*)meeting\s+(?:in|at|on)\b(?=[^,.;]{1,60},)|\bafter meeting\s+(?!(?:in|on|at|for|of|to|the|a|an|was|is|will|with|between)\b)|(?:had|held|started|began|finished|concluded|ended|completed|wrapped up) (?:an?|their) ${MEETING_NAME}(?:meeting|lunch|dinner|breakfast|bilateral(?!\s+(?:trade|relations?|ties|agreements?|deals?|investment|treat(?:y|ies)|issues?|cooperation)\b))\b|\bg(?:ot|ets?|etting) together\b|\bsat\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’\x92-]+\s+){1,4}?with\b|\bspen[dt]s?\s+(?:most|much|part|all|half|the\s+bulk)\s+of\s+(?:their|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|session)\b|\band\s+(?:[^\s,;]+\s+){1,6}?(?:spoke|talked)\s+for\s+(?:about\s+|nearly\s+|more than\s+|over\s+|almost\s+)?(?:an?|half an|one|two|three|\d+)\s+(?:hours?|minutes?)\s+(?:in|at)\s+(?:an?|the)\b|(?:had|over) (?:a )?(?:dinner|lunch|breakfast) together\b|had(?<=\b(?:two|both|they)\s+(?:also\s+)?had) (?:a |an )?(?:[\w-]+\s+)?(?:dinner|lunch|breakfast)\b|\bmeetings?\b(?:\s+of\s+[^.;,]{1,80}?)?\s+(?:(?:was|were)\s+)?held\b|\bwith\b[^.;]{0,60}?\b(?:during|at|in) (?:an?|their) (?:[\w-]+\s+)?meeting|\b(?:at|during) (?:an?|their) (?:[\w-]+\s+)?meeting\b(?!\s+(?:of|on|about|with)\b)|,\s+in\s+(?:their\s+)?talks\s+(?:at|in)\s+(?!\d))\b`,
  'i',
);

/**
 * "called on Prime Minister Carney on Parliament Hill": a courtesy visit; "called on Beijing to
 * lift its tariffs" is an appeal (case matters: "to" and a verb), also "to" and a quotation,
 * blanked out as speech ("called on Beal to "drop the duties"").
 */
export const CALLED_ON = /\bcalled on\b/i;
const APPEAL =
  /\bcalled on\s+(?:(?!\b(?:before|after|while|and)\b)[^.,;])*?\bto\s+(?:["“\x93]?[a-z]|[.,;]|$)/;
/**
 * A call on someone told with where it was paid, before what it was for: "called on Vice
 * Minister Li in Beijing on Tuesday to press the case", "called on China's consul general in
 * Sapporo to ask that …": a visit, not an appeal.
 */
const CALLED_ON_IN =
  /\bcalled on\s+(?:(?:\p{Lu}[\p{L}.'’\x92-]*|consul|general|ambassador|minister|governor|mayor|secretary|premier|president|trade|foreign|deputy|vice)\s+){1,6}(?:in|at)\s+(?:the\s+)?\p{Lu}/u;
/**
 * A diplomat calling on a person: "Peru's ambassador called on Minister Ruiz to press for a fair
 * ruling" is a courtesy visit; group 1 holds the words of the one called on, who is no
 * country ("the ambassador called on Beijing to release …" is an appeal).
 */
const DIPLOMAT_CALLED_ON =
  /\b(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Hh]igh [Cc]ommissioner)s?\b[^.;]{0,60}?\bcalled on\s+((?:\p{Lu}[\p{L}.'’\x92-]*\s+){1,6})to\s/u;
/** Whether "called on" tells a visit paid to someone (CALLED_ON_IN, DIPLOMAT_CALLED_ON). */
function paidCall(sentence: string): boolean {
  if (CALLED_ON_IN.test(sentence)) return true;
  const called = DIPLOMAT_CALLED_ON.exec(sentence)?.[1]?.trim();
  return called !== undefined && placeCode(called) === null;
}
/**
 * "welcomed President X to Downing Street": a host receiving a guest (case matters); not a
 * thing welcomed ("welcomed the decision, communicated to the Embassy").
 */
const WELCOMED =
  /\bwelcomed\s+(?!(?:the|a|an|this|that|its|their|his|her)\s+(?:[\w-]+\s+)?(?:decision|move|announcement|agreement|deal|news|step|resumption|lifting|removal|outcome|progress|commitment|offer|proposal|plan|statement|exemption|reduction|cut|measure|ruling)s?\b)[^.]{0,80}?\bto\s+(?:the\s+)?[A-Z]/;
/**
 * Two parties signing together at a place ("Alckmin and Sefcovic signed the protocol at the
 * Itamaraty Palace"): they met to sign it; not a signing of some year ("signed the pact in
 * Lima in 2019"), read in the signing's own phrase (", closing talks begun in 2016" is not it).
 * Case matters for the place.
 */
const SIGNED_AT =
  /\b(?:signed|initialled|initialed)\s+(?:the|a|an|their)\b(?![^.;,]*\bin \d{4}\b)[^.;,]{0,120}?\b(?:at|in)\s+(?:the\s+)?[A-Z]/;
/**
 * "is meeting Li in Beijing today", "are meeting with their counterparts", "is now meeting the
 * U.S. ambassador", "is now with Trade
 * Secretary Hale at the Commerce Department", "The two men are meeting on the sidelines" (a
 * live page's words): a meeting under way as the
 * text is written; not "is meeting her targets" (case matters: a name or a counterpart next).
 */
const MEETING_NOW =
  /\b(?:is|are)\s+(?:now\s+|currently\s+)?meeting\s+(?:with\s+)?(?:\p{Lu}|(?:his|her|their)\s+(?:[\p{L}-]+\s+)?counterparts?\b|the\s+(?:[\p{L}.-]+\s+){0,3}(?:ambassador|minister|secretary|president|premier|envoy|commissioner|delegation)\b)|\b(?:is|are)\s+(?:now|currently)\s+with\s+(?:\p{Lu}[\p{L}.'’\x92-]*\s+){1,6}?(?:at|in)\s+(?:the\s+)?\p{Lu}|\b(?:[Tt]he\s+two\s+(?:men|women|leaders|ministers|presidents)|[Tt]hey)\s+are\s+(?:now\s+|currently\s+)?meeting\b(?!\s+(?:their|the|its|his|her)\s+(?:targets?|goals?|needs|demands|obligations|deadline))/u;
/** Whether a sentence tells a meeting under way as it is written (MEETING_NOW). */
export const meetingNow = (sentence: string) => MEETING_NOW.test(sentence);
/** Verbs of telling someone something: "told Li", "briefed the President", "assured Hale". */
export const TELLING_VERB = String.raw`(?:told|briefed|informed|updated|assured|reassured|thanked)`;

/**
 * One person speaking to another in talks or a meeting the clause names as its setting, told
 * before or after: "pressed her counterpart Li on Monday to lift the tariffs, in the first
 * talks since 2019", "raised canola with Li at talks in Geneva", "In talks on Monday, Ruiz told
 * Li …"; not a body's or a country's talks, a process ("urged Ottawa to raise pork in its talks
 * with Beijing"). The verbs of speaking to someone are data; "raised" only with a "with"
 * ("raised tariffs" is no speaking).
 */
const ADDRESS_VERB = new RegExp(
  String.raw`\b(?:${TELLING_VERB}|pressed|urged|asked|warned|congratulated|lobbied|challenged|raised(?=[^.;]{0,60}\bwith\b))\b`,
  'i',
);
const TALKS_SETTING =
  /\b(?:in|during|at)\s+(?:(?:the|their|an?|his|her)\s+)?(?!(?:ongoing|continuing|current|wider|broader|its)\b)(?:[\w-]+\s+){0,3}?(?:talks|meeting|discussions)\b/gi;
/** Whether a verb of speaking to someone stands within a clause's reach of talks as setting. */
function addressedIn(sentence: string): boolean {
  if (!/talks|meeting|discussions/i.test(sentence)) return false;
  for (const m of sentence.matchAll(TALKS_SETTING)) {
    const end = m.index + m[0].length;
    const before = sentence.slice(Math.max(0, m.index - 160), m.index).replace(/^.*[.;]/s, '');
    const after = sentence.slice(end, end + 160).replace(/[.;].*$/s, '');
    if (ADDRESS_VERB.test(before) || ADDRESS_VERB.test(after)) return true;
  }
  return false;
}
/**
 * "saw" someone named by an office ("saw Commerce Secretary Tom Hale", "saw his Chinese
 * counterpart"): a meeting; what someone saw happen ("saw prices fall", "saw Canada raise its
 * duties") is not (case matters: the office is capitalised).
 */
export const SAW_OFFICE =
  /\bsaw\s+(?:(?:his|her|their)\s+(?:[\p{L}-]+\s+)?counterparts?\b|(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}(?:Secretary|Minister|President|Premier|Ambassador|Commissioner|Representative|Chancellor|Governor|Mayor|Senator|Speaker)\s+\p{Lu})/u;
/**
 * A person welcomed by another, in the passive: "Lagos was welcomed by his Chilean counterpart",
 * "Ruiz was warmly welcomed in Santiago on Monday by President Vidal"; not a thing welcomed ("the
 * decision was welcomed by Ruiz": case matters, a name before the verb).
 */
const WELCOMED_BY =
  /\b(?:was|were)(?<=\p{Lu}[\p{L}'’\x92-]+\s+\w+)\s+(?:warmly\s+)?welcomed\s+(?:(?:in|to|at)\s+[^.;]{1,40}?\s+)?(?:on\s+\p{Lu}\p{Ll}+\s+)?by\s+(?:\p{Lu}|(?:his|her|their)\s)/u;
/**
 * A meeting in the present of a chronology or a caption: "6 August 2025: Ruiz and Beal travel to
 * Lima and meet Secretary of State Hale", "Ruiz and Hale meet President Li in Beijing"; not "to
 * meet", "will meet", "meet the demand" (case matters: a name, a title or a counterpart next),
 * "meet China halfway" nor a question ("Will Li meet Hale?").
 */
const MEET_PRESENT =
  /(?<!\b(?:to|will|would|could|can|cannot|may|might|must|should|shall|not|did|do|does|never)\s+)\bmeet\s+(?:with\s+)?(?:\p{Lu}|(?:his|her|their)\s+(?:[\p{L}-]+\s+)?counterparts?\b)(?![^.;!?]*?\b(?:halfway|half-way)\b)(?![^.!]*\?)/u;
/**
 * A meeting told by a participle joined to another ("touring a plant and meeting Premier Roger
 * Hale", "visiting the port and meeting with his counterpart"); not "and meeting targets" (case
 * matters: a name, a title or a counterpart next).
 */
const AND_MEETING =
  /\band\s+meeting\s+(?:with\s+)?(?:\p{Lu}|(?:his|her|their)\s+(?:[\p{L}-]+\s+)?counterparts?\b)/u;
/** Whether a clause tells a meeting in person, by any of the words above. */
export const isMeeting = (sentence: string) =>
  MEETING.test(sentence) ||
  AND_MEETING.test(sentence) ||
  MEET_PRESENT.test(sentence) ||
  WELCOMED_BY.test(sentence) ||
  SAW_OFFICE.test(sentence) ||
  addressedIn(sentence) ||
  MEETING_NOW.test(sentence) ||
  SIGNED_AT.test(sentence) ||
  WELCOMED.test(sentence) ||
  (CALLED_ON.test(sentence) && (!APPEAL.test(sentence) || paidCall(sentence)));
