/**
 * The kinds of engagement and their words: a summit, a dialogue round (a session of a standing
 * body or a round of negotiations), a call, a visit or a meeting (engagement-meetings.ts), read
 * by the first of KIND_RULES that fits a clause once a gathering set as its setting is left out
 * (kindOf); and the verb of an engagement, which tells a clause's subject from its objects.
 */
import type { EngagementCandidate } from './candidates.ts';
import { isMeeting, SAW_OFFICE, WHEN_OR_HOW } from './engagement-meetings.ts';
import { MONTH_NAME, WEEKDAY_NAME } from './dates.ts';

export type Kind = EngagementCandidate['kind'];

/**
 * A summit told as held somewhere or on some day, or attended by its leaders, the setting of
 * what else the sentence tells ("Negotiations were concluded at the EU–India summit held in New
 * Delhi on 27 January", "concluded negotiations … at a summit in Lima attended by Ruiz, Vidal
 * and Lagos"): the summit is the engagement, not the negotiations.
 */
const SUMMIT_HELD =
  /\bsummit,?\s+(?:(?:in|at)\s+[^,.;]{1,30}?,?\s+)?(?:(?:that|which)\s+was\s+)?(?:(?:held|hosted|convened)\s+(?:in|at|on)|attended\s+by)\s/i;
/**
 * A summit as the event: held, hosted, attended or closed, placed ("summit in Seoul"), the setting of
 * what its leaders did ("hosted Li and Lee in Tokyo, in a summit that …"), or bringing its
 * leaders together ("The summit brought together …"). A summit
 * named only as the setting ("on the sidelines of", "the host of the Summit") leaves the
 * sentence to the verb that says what happened, unless no meeting verb is there.
 */
const SUMMIT_EVENT = new RegExp(
  String.raw`\b(?:(?:held|hold|holds|holding|hosted|hosts|attended|attend|attends|convened|opened|chaired|closed|concluded|wrapped up|ended)\s+(?:an?\s+|the\s+|their\s+)?(?:(?!of\b)[\w-]+\s+){0,3}summit\b|in (?:an?|the|their) (?:[\w-]+\s+){0,3}?summit\b(?!['’\x92]|\s+(?:city|town|venue|site|hall|host|declaration|statement|communiqu))|summit\s+(?:in|at)\s+(?!the\s+sidelines)(?!${MONTH_NAME}\b)[A-Z]|summit (?:talks|meeting)\b|summit\b[^.;]{0,40}?\b(?:brought together|gathered|assembled)\b|for (?:an?|the|their)\s+(?:[\w-]+\s+){0,3}summit\b)`,
  'i',
);
/** A summit told as the setting of something else ("the agreements reached at the summit"). */
const SUMMIT_RECALLED =
  /\b(?:(?:reached|agreed|made|announced|launched|adopted) (?:at|during) (?:the|last|their)\b[^.]{0,30}\bsummit\b|(?:since|after|before|previous|last)\b[^.]{0,20}\bsummit\b)/i;
/** A verb that says a gathering took place. */
const TOOK_PLACE =
  /\b(?:met|gathered|opened|began|ended|concluded|wrapped up|took place|attended|hosted|held|convened|brought together)\b/i;
/**
 * A gathering of leaders named as such, attended or held: "attended the ASEAN Plus Three
 * Leaders' Meeting", "hosted the APEC Economic Leaders' Meeting". Its name is capitalised (case
 * matters: "the two leaders' meeting" is a meeting).
 */
const LEADERS_MEETING =
  /\b(?:attended|attends|held|holds|hosted|hosts|chaired|convened|opened)\s+the\s+(?:[\p{Lu}\d][\p{L}\d&-]*\s+){1,6}Leaders['’\x92]?\s+Meeting\b/u;
/**
 * Two leaders holding their own leaders' meeting: "Li and Albanese held their Annual Leaders'
 * Meeting", "the premiers had their annual leaders' meeting". A meeting of the two, unless the
 * sentence calls it a summit (isSummit reads it first).
 */
const THEIR_LEADERS_MEETING =
  /\b(?:had|held|hold|holds)\s+their\s+(?:[\w-]+\s+){0,3}?leaders['’\x92]?\s+meeting\b/i;
const isSummit = (sentence: string) =>
  !/\b(?:sidelines|margins|fringes)\b/i.test(sentence) &&
  ((/\bsummit\b/i.test(sentence) &&
    (SUMMIT_EVENT.test(sentence) ||
      (!isMeeting(sentence) && TOOK_PLACE.test(sentence) && !SUMMIT_RECALLED.test(sentence)))) ||
    LEADERS_MEETING.test(sentence));
/**
 * Delegations or negotiators and their talks, held ("wrapped up a round of talks"); not
 * talks only spoken of ("could be next if talks fail"), nor officials who only told of them
 * ("held talks on Thursday, officials said") or named them back ("officials credited those
 * talks").
 */
const DELEGATION_TALKS =
  /\b(?:(?:delegations?|negotiators|officials\b(?!\s+(?:said|say|says|told|added|confirmed)\b))[^.]*(?<!\b(?:those|these|such)\s)\b(?:talks|negotiations|consultations)\b|(?:talks|negotiations|consultations)\b[^.]*\b(?:delegations?|negotiators|officials\b(?!\s+(?:said|say|says|told|added|confirmed)\b)))/i;
const TALKS_HELD =
  /\b(?:held|hold|holds|met|wrapped up|concluded|completed|opened|began|ended|resumed|launched|started|closed)\b/i;
/**
 * Negotiations or consultations held by people of two sides ("Lima and Hale concluded
 * negotiations on the agreement", "resumed negotiations in Geneva", "the negotiations ended
 * on Friday"): a round of them. Not negotiations told by their history ("negotiations that
 * began in 2016").
 */
const NEGOTIATIONS_HELD =
  /\b(?:(?:held|concluded|resumed|opened|launched|wrapped up|began|started|completed|closed)\s+(?:(?:their|the|a|fresh|new|further|another|formal)\s+)?(?:negotiations|consultations)\b|(?:negotiations|consultations)\s+(?:(?!(?:that|which)\b)[\w,-]+\s+){0,12}?(?:ended|concluded|wrapped up|began|opened|resumed|took place|were held)\b)/i;

const matches = (re: RegExp) => (sentence: string) => re.test(sentence);

/** A summit its hosts chaired: "co-chaired the Canada-EU Summit" is the summit, not a dialogue. */
const CHAIRED_SUMMIT = /\b(?:co-)?chaired\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,4}?summit\b/i;
/**
 * Talks that last days ("held two days of talks", "a three-day round") are a round of
 * negotiations between delegations, not a meeting; "after two days of talks" tells what came
 * before the news.
 */
const DAYS_OF_TALKS =
  /(?<!\b(?:after|following|since|before)\s)\b(?:two|three|four|five|several|\d+)(?:\s+days?\s+of|-day)\s+(?:[\w-]+\s+)?(?:talks|negotiations|consultations)\b/i;

/**
 * "The first round of tariff cuts", "a second round of duties": a round of a measure, not of
 * talks ("a round of tariff negotiations" is one of talks).
 */
const MEASURE_ROUND =
  /\b(?:round|session) of (?:[\w-]+\s+)?(?:tariffs?|duty|duties|tax(?:es)?|cuts|reductions|increases|hikes|sanctions|countermeasures|retaliation)\b(?!\s+(?:talks|negotiations|consultations|dialogue)\b)/gi;
/**
 * What the parties agreed or decided to do ("held a summit …, agreeing to restart a bilateral
 * dialogue"), up to the end of its phrase: a plan for later, so a dialogue named in it is
 * not the one held.
 */
const AGREED_TO_DO =
  /\b(?:agree(?:d|s|ing)?|decid(?:ed|es|ing)|pledg(?:ed|es|ing)|promis(?:ed|es|ing)|vow(?:ed|s|ing)) to\b(?:(?!\b(?:after|before|when|while|following|during)\b)[^.;,])*/gi;

/**
 * A session of a standing body held by its members: "held the 17th Australia-China Joint
 * Ministerial Economic Commission". The body's name is capitalised (case matters).
 */
const HELD_BODY =
  /\b(?:[Hh]eld|[Cc]onvened|[Cc]o-chaired|[Oo]pened)\s+(?:the|their|an?)\s+(?:\d+(?:st|nd|rd|th)\s+|[a-z]+\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,6}(?:Commission|Committee|Council|Dialogue|Mechanism)\b/u;

/**
 * A session of a standing dialogue or commission, or a round of negotiations, held ("the first
 * session of the joint review opened on Wednesday"). An
 * ordinal meeting is one of a standing body ("the fifth meeting of the Joint Commission", "the
 * 14th meeting of the Economic and Trade Ministers", "the 9th meeting of the Subcommittee on
 * Trade …"), not of people ("the first meeting of the
 * pair"), and so is an ordinal body ("for the fifth Canada-Japan Economic Dialogue", "the
 * eighth Foreign Ministers' Dialogue"). A round of talks that names its sides ("a round of talks
 * between the delegations", "led by") is one whatever verb tells it, and so are talks said to
 * be led by people ("The talks in Geneva were led by He for China and by Bessent for the US"),
 * and a round that "took place", however long the name of what it negotiates, and talks an
 * appositive counts as a round ("talks in Lima on 4 March between A and B, the third round"),
 * and delegations that "negotiated" somewhere or some days ("delegations led by A and B
 * negotiated from March 3 to 5").
 */
/**
 * A round held, named by its place in a series with no "of" after it: "held the working
 * group's first round in Washington", "concluded their fifth round on Friday", "opened a new
 * round in Geneva", "U.S. and Vietnamese negotiators held a round in Hanoi"; a round "of" something is
 * left to DIALOGUE and MEASURE_ROUND. Or a round
 * (of talks) as the subject of its opening or close: "The round opened on Tuesday", "the third
 * round of talks ended in Ottawa".
 */
const ROUND_HELD =
  /\b(?:the|a|their|its)\s+(?:[\w'’\x92-]+\s+){0,3}?round\s+(?:of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|consultations)\s+)?(?:opened|began|started|took place|got under way|concluded|ended|wrapped up|closed)\b|\b(?:held|hold|holds|concluded|opened|wrapped up|completed|closed|began|started)\s+(?:the|their|a|an|its)\s+(?:[\w'’\x92-]+\s+){0,3}?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|new|final|\d+(?:st|nd|rd|th))\s+round\b(?!\s+of\b)|\b(?:negotiators|delegations|delegates|teams)\b[^.;]{0,60}?\b(?:held|concluded|opened|wrapped up|completed|closed)\s+(?:a|an|their|the|another)\s+(?:[\w-]+\s+){0,2}?round\b(?!\s+of\b)/i;
const DIALOGUE =
  /\b(?:(?:dialogue|round of (?:[\w-]+\s+){0,2}?(?:talks|consultations|negotiations)|round of|session of|Joint Economic and Trade Commission|JETC|economic and trade consultations|consultation mechanism)\b[^.]*\b(?:held|hold|holds|convened|co-chaired|wrapped up|concluded|opened|launched|resumed|took place)\b|(?:held|hold|holds|led|convened|co-chaired|wrapped up|concluded|opened|launched|resumed)\b[^.]*\b(?:dialogue|round of|session of|Joint Economic and Trade Commission|JETC|consultations)\b|co-chair(?:ed|s)?\b|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:round|session|edition)\s+of\b|meeting\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?(?:Council|(?:Sub-?)?Committee|Commission|Dialogue|Mechanism|Forum|working group|Ministers)\b)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+['’\x92]?\s+){0,4}?(?:Dialogue|Commission|Committee|Mechanism)\b|(?:meeting|session) of the\b[^.]{0,60}\b(?:Council|(?:Sub-?)?Committee|Commission|Dialogue|Mechanism)\b|(?:Council|(?:Sub-?)?Committee|Commission|Dialogue|Mechanism)(?:\s+(?:on|for)(?:\s+[A-Z][\w-]*){1,3})?\s+(?:met|meets|convened|gathered)\b|(?:met|meet|meets|gathered|convened)\b(?:[^.]|\.(?=\s\d)){0,60}\bfor (?:the|a|an|their)\s+(?:[\w-]+\s+){0,4}(?:Commission|Committee|Council|Dialogue|Mechanism|consultations|round of (?:[\w-]+\s+){0,2}?(?:talks|consultations|negotiations))\b|round of (?:[\w-]+\s+){0,2}?(?:talks|consultations|negotiations)\b(?=[^.;]{0,80}?\b(?:between|with|led by)\b)|(?:talks|negotiations|consultations)\b[^.;]{0,60}?\b(?:was|were)\s+(?:led|headed)\s+by\b|(?:talks|negotiations|consultations)\b[^.;]{0,120}?,\s+(?:the|their)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+(?:such\s+)?round\b|\b(?:delegations|negotiators|teams)\b[^;]{0,120}?\bnegotiated\s+(?:in|at|from|on|over|through|for)\s)/i;

/**
 * One person joining by a link what the others held face to face: "met Hale in Lima, with
 * Beal joining by video link". The engagement is the meeting, not a call.
 */
const JOINING_BY_LINK = String.raw`(?:joining|joined|joins|participating|taking part)\s+(?:by|via|over)\s+(?:an?\s+)?`;

/**
 * A call: a phone or video word ("video talks", "a virtual meeting"), a call had, taken or received ("had a call on Tuesday with",
 * "took a call from", "held separate calls with", "the call Carney held later on Thursday with"; not
 * "a call for" or "to" do something), talks
 * "by phone" (what was "discussed by phone" too), or someone "spoke with" or "talked with"
 * another, also with a word of when or how between them ("spoke yesterday with", "spoke briefly
 * to", "spoke on Monday with"), or what was said "in a call" or "during their call" (not "the
 * call" told before), people who "met virtually", and two people who "spoke on Monday" or
 * "spoke for an hour" with no one else named ("spoke on Monday at a rally" is a speech;
 * "talked" may be face to face). Speech to reporters or a crowd is not a call, nor a call
 * recalled ("since a phone call in June"); someone "on the phone" with another ("had been on
 * the phone on Tuesday with").
 */
const CALL = new RegExp(
  String.raw`(?<!\b(?:since|before) (?:a|the|their|last) |\b(?:previous|earlier|last) )(?<!\b${JOINING_BY_LINK})\b(?:phone call|telephone call|phone conversation|telephone conversation|(?:(?:tele)?phone|video|virtual) (?:talks?|consultations)|video (?:call|meeting)|video ?conference|(?:video )?teleconference|video link|(?:spoke|spoken|speaks?|talked) ${WHEN_OR_HOW}(?:by|over the|on the) (?:tele)?phone|(?:spoke|speaks?) ${WHEN_OR_HOW}by video|(?:had|held|took|received) an? (?:(?:phone|telephone|video|brief|short|long|lengthy|[\w-]+-minute)\s+)?call\b(?!\s+(?:for|to)\b)|(?:had|held) (?:(?:separate|back-to-back|two|three)\s+)?(?:(?:phone|telephone|video)\s+)?calls\s+with|(?:had|held) a (?:phone|telephone|video) conversation|call\s+(?!(?:for|to|on|in|at)\b)(?:[\w.'’\x92-]+\s+){1,3}?(?:had\s+)?held\s+(?:[\w-]+\s+){0,4}?(?:with|between)\b|call (?:(?:in|on|during) the (?:morning|afternoon|evening) |held (?:(?:on|in) [\w-]+(?: [\w-]+){0,2} )?|(?:last|on) ${WEEKDAY_NAME} )?(?:with|between|from)|(?:talked|exchanged views|conferred|consulted|held talks) (?:by|over the|on the) (?:tele)?phone|(?:conferred|consulted|talked)\s+with\s+[^.;]{1,80}?\s+(?:by|over the|on the)\s+(?:tele)?phone\b|\b(?:discussed|exchanged views on)\b[^.;]{0,60}?\b(?:by|over the) (?:tele)?phone\b|(?:spoke|spoken|talked)\s+${WHEN_OR_HOW}(?:with|to)(?!\s+(?:[\w-]+\s+)?(?:reporters|journalists|the press|the media|media|broadcasters?|students|supporters|lawmakers|business leaders)\b)|(?:in|during|on|over) (?:an?|their) (?:[\w-]+\s+){0,2}?call\b(?!\s+(?:for|to)\b)|met (?:virtually|online|(?:by|via|over) video(?: ?link| ?conference)?)|\band\s+(?:[\w.'’\x92-]+\s+){1,6}?spoke\s+(?:(?:on\s+)?${WEEKDAY_NAME}|yesterday|today|earlier today|this (?:morning|afternoon|evening)|for\s+(?:about\s+|nearly\s+|more than\s+|over\s+|almost\s+)?(?:an?|half an|one|two|three|\d+)\s+(?:hours?|minutes?))(?!\s+(?:at|to|before|during|in)\b)|(?:was|were|been|got) on the (?:tele)?phone ${WHEN_OR_HOW}(?:with|to)|phoned|telephoned|virtual meeting)\b`,
  'i',
);

/**
 * Someone called by name or pronoun, on a day or for a purpose: "Lagos called Trade Minister Ana
 * Ruiz on Monday" (or "on March 3"), "called President Hale to discuss the tariff", "Beal said Hale
 * called her on Tuesday"; not "called on" (a courtesy visit or an appeal), "called Hale's plan …"
 * nor "called it unfair" (case matters: a name next).
 */
const CALLED_PERSON = new RegExp(
  String.raw`\bcalled\s+(?!on\b|for\b|off\b)(?:(?:his|her|their)\s+(?:[\p{L}-]+\s+)?counterparts?,?\s+)?(?:(?:\p{Lu}[\p{L}.'’\x92-]*\s+){1,5}|(?:him|her)\s+)(?:(?:late\s+|early\s+)?on\s+(?:${WEEKDAY_NAME}|${MONTH_NAME}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH_NAME})|yesterday|today|this\s+(?:morning|afternoon|evening)|to\s+(?:discuss|express|convey|congratulate|thank|raise|press|urge|offer|walk|brief))\b`,
  'u',
);

/** On the phone with someone: "got on the phone with", "was on the line to". */
const ON_THE_LINE =
  /\b(?:got|gets|get|was|were|is|are)\s+on\s+the\s+(?:phone|line)\s+(?:with|to)\b/i;

/**
 * A session of a standing body chaired or held, by whatever means: "co-chaired a meeting of the
 * Peru-Chile FTA Joint Committee by videoconference" (or "co-chaired by video conference the
 * ninth meeting of …") is a session of the committee, not a call.
 * The body's name is capitalised (case matters).
 */
const BODY_SESSION =
  /\b(?:[Cc]o-chaired|[Cc]haired|[Hh]eld|[Cc]onvened)\s+(?:(?:by|via|over)\s+(?:video\s?conference|teleconference|video(?:\s+link)?)\s+|virtually\s+|online\s+)?(?:the|a|an|their)\s+(?:[\w-]+\s+)?(?:meeting|session)\s+of\s+the\s+(?:[\p{Lu}\d][\p{L}\d.-]*\s+){1,6}(?:Committee|Commission|Council|Dialogue|Mechanism)\b/u;

/**
 * A body holding its own session: "The EU-Indonesia task force held its fourth meeting in
 * Jakarta", "the Working Mechanism … held its 36th meeting on Tuesday", "The Council of Ministers
 * held its session in Accra". "Its" tells that the subject is a body, not people.
 */
const ITS_SESSION =
  /\b(?:held|holds|hold|convened|opened|concluded|wrapped up|completed)\s+its\s+(?:[\w'’\x92-]+\s+){0,3}?(?:meeting|session|plenary)\b/i;

const KIND_RULES: readonly (readonly [(sentence: string) => boolean, Kind, boolean])[] = [
  [matches(CHAIRED_SUMMIT), 'summit', true],
  [(sentence: string) => SUMMIT_HELD.test(sentence) && !ON_MARGINS.test(sentence), 'summit', true],
  [matches(BODY_SESSION), 'dialogue-round', true],
  [matches(ITS_SESSION), 'dialogue-round', true],
  [
    (sentence: string) =>
      CALL.test(sentence) || CALLED_PERSON.test(sentence) || ON_THE_LINE.test(sentence),
    'call',
    true,
  ],
  [
    (sentence: string) => {
      const held = sentence.replace(MEASURE_ROUND, '').replace(AGREED_TO_DO, '');
      return DIALOGUE.test(held) || ROUND_HELD.test(held);
    },
    'dialogue-round',
    true,
  ],
  [matches(HELD_BODY), 'dialogue-round', true],
  [
    (sentence: string) => DELEGATION_TALKS.test(sentence) && TALKS_HELD.test(sentence),
    'dialogue-round',
    true,
  ],
  [matches(NEGOTIATIONS_HELD), 'dialogue-round', true],
  [matches(DAYS_OF_TALKS), 'dialogue-round', false],
  [isSummit, 'summit', true],
  [matches(THEIR_LEADERS_MEETING), 'meeting', true],
  [
    matches(
      /\b(?:state visit|official visit|working visit|paid (?:an? )?visit|visit(?:ed|ing|s)? (?:to )?[A-Z][\w-]*|trip to|travell?ed to|flew to|arrived in)\b/,
    ),
    'visit',
    false,
  ],
  [isMeeting, 'meeting', false],
];

/** A cheap first look: most sentences name no engagement at all. */
export const ANY_KIND =
  /call|phone|saw|spoke|bilateral|dialogue|discussions|now with|currently with|round|commission|council|committee|session|JETC|consultation|summit|visit|trip|travel|arriv|met|meet|talk|host|receiv|welcom|called on|confer|sat down|sitting down|sat in |sat at |co-chair|negotiat|virtual|video|dine|dinner|lunch|breakfast|signed|initial|pull-aside|spen[dt]|audience|huddl|one-on-one|came together|got together|gets together|joined|briefed|addressed|greeted/i;

/** The kind of engagement a clause tells, and whether a word names it plainly. */
export interface Found {
  kind: Kind;
  plain: boolean;
}

/**
 * The gathering named as the setting of an engagement: "On the margins of the Dialogue, Hansen
 * met Han", "met Li on the sidelines of the G20 summit", "In the margins of the session". A
 * meeting held there is a meeting, whatever the gathering was.
 */
const SETTING_OF =
  /\b(?:on|at|in)\s+the\s+(?:sidelines|margins?|fringes?)\s+of\s+[^,.;]*?\b(?:summit|dialogue|commission|committee|council|session|meeting|talks|conference|forum|round|consultations|assembly)\b/gi;

/**
 * A visit as the time of what a clause tells: "notified the duties on Wednesday, on the final
 * day of an official visit to Lima by Commerce Minister Li", "during a visit to Lima by
 * …". The visit is the setting, not what the clause reports.
 */
const DURING_VISIT =
  /\b(?:on\s+the\s+[\w-]+\s+day\s+of|during)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b[^,.;]*/gi;

/**
 * A body's session as the time of what a clause tells: "had dinner with Li the day before the
 * commission met". The session is told elsewhere; the clause tells the dinner.
 */
const BODY_MET_THEN =
  /\b(?:before|after)\s+the\s+(?:[\w-]+\s+){0,3}?(?:commission|committee|council|dialogue|round|session)\s+(?:met|convened|opened|began)\b/gi;

/**
 * "Before the summit, …", "Following the Dialogue, …": the gathering a clause is set before or
 * after, by its kind. Its day is the one the clause is told on, and it is not the clause's kind.
 */
export const FRONTED_OCCASION =
  /^\s*(?:Before|After|Following|Prior to) the (?:[\w-]+\s+)?(summit|meeting|talks|session|dialogue|commission|committee)(?:\s+meeting)?\s*,/i;

/** A clause set on the sidelines of a gathering (see SETTING_OF). */
export const ON_MARGINS = /\b(?:on|at|in)\s+the\s+(?:sidelines|margins?|fringes?)\b/i;

/** Consultations, by that word. */
const CONSULTATIONS = /\bconsultations\b/gi;
/**
 * Consultations framed as a round of negotiations between delegations: a round, session or
 * days of them, an ordinal ("their first vice-ministerial consultations"), delegations led by
 * someone, or a standing mechanism of them ("the economic and trade consultations"), held by the
 * teams of both sides ("working teams of the two sides held technical consultations"), or told
 * as held, as a dispute's are ("Consultations were held in Geneva on 14 April").
 */
const CONSULTATIONS_ROUND =
  /\b(?:rounds?|sessions?|(?:led|headed)\s+by|days?\s+of|\w+-day|first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|consultation mechanism|economic and trade consultations|(?:teams|delegations)\s+of\s+(?:the\s+two|both)\s+sides|(?:the\s+two|both)\s+(?:negotiating\s+)?(?:teams|delegations)|consultations\b[^.;]{0,60}?\b(?:were|was)\s+held|consultations\s+between\b[^.;]{0,160}?,\s+held\b)\b/i;

/**
 * The engagement a clause tells, by its kind and whether a word names it plainly (KIND_RULES),
 * or null.
 */
export function kindOf(clause: string): Found | null {
  if (!ANY_KIND.test(clause)) return null;
  const setting = /idelines|argin|ringe/.test(clause) ? clause.replace(SETTING_OF, '') : clause;
  const sentence = setting
    .replace(FRONTED_OCCASION, '')
    .replace(DURING_VISIT, '')
    .replace(BODY_MET_THEN, '');
  // "held summit talks with Xi on the sidelines of the APEC meeting": a meeting on the sidelines
  // of a gathering is a meeting, whatever word names it.
  const ruled = ruledKind(sentence);
  const found =
    ruled?.kind === 'summit' && setting !== clause ? { ...ruled, kind: 'meeting' as const } : ruled;
  // "Officials held technical consultations with a Chinese delegation", "hosted a delegation for
  // consultations": consultations not framed as a round are a meeting of the two sides.
  if (
    found?.kind !== 'dialogue-round' ||
    !/consultations/i.test(sentence) ||
    CONSULTATIONS_ROUND.test(sentence)
  )
    return found;
  return (
    ruledKind(sentence.replace(CONSULTATIONS, 'meetings')) ?? { kind: 'meeting', plain: false }
  );
}

/** The kind the first of KIND_RULES that reads the clause gives it. */
function ruledKind(sentence: string): Found | null {
  for (const [test, kind, plain] of KIND_RULES) if (test(sentence)) return { kind, plain };
  return null;
}

/**
 * The verb of an engagement in a clause, to tell its subject from its objects; a matter raised
 * with someone in a call or talks too ("He raised the ban with Ruiz in a video call").
 */
export const ENGAGEMENT_VERB =
  /\b(?:met|meets|held|holds|holding|had|hosted|hosting|received|welcomed|briefed|spoke|spoken|talked|called|sat|sitting|dined|visited|paid|co-chaired|phoned|telephoned|attending|flew|travell?ed|raised(?=[^.;]{0,60}\bwith\b)|spen[dt]s?(?=\s+(?:[\w-]+\s+){0,3}?(?:hours?|minutes?|days?|morning|afternoon|evening)\b)|(?<=\b(?:is|are)\s+(?:now\s+|currently\s+)?)meeting|stepped(?=\s+(?:away|aside)\s+for\b))\b/i;
/** The first verb of an engagement in a clause: ENGAGEMENT_VERB, or "saw" an office (SAW_OFFICE). */
export function engagementVerb(sentence: string): RegExpExecArray | null {
  const verb = ENGAGEMENT_VERB.exec(sentence);
  const saw = SAW_OFFICE.exec(sentence);
  return saw && (!verb || saw.index < verb.index) ? saw : verb;
}
