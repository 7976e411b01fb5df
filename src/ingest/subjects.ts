/**
 * The subject of a clause, as a careful reader finds it to tell who "he" or "she" is: the
 * words that open the clause once a dateline and an opening phrase ("In a statement,",
 * "Speaking at a forum on Thursday,") are set aside. A subject is a named person ("Trade
 * Minister Jo Rennick", "Rennick, who …,", or a name the people finder missed: "Jo Rennick
 * has …"), a pronoun, someone left unnamed ("a senior official", "one trader"),
 * several people ("Rennick and Okoro") or something else ("The duties", "Beijing").
 */
import type { Mention } from './candidates.ts';
import { DATELINE, personMention, type Doc } from './doc.ts';
import { BODY_WORDS, type PersonMention } from './people.ts';
import { isRegion, placeCode } from './places.ts';

/** A named person opening a clause. */
export interface PersonSubject {
  readonly kind: 'person';
  readonly person: Mention;
  readonly name: string;
  /** where the subject's words start and end in the text */
  readonly start: number;
  readonly end: number;
}

export type Subject =
  | PersonSubject
  | { readonly kind: 'pronoun' }
  | { readonly kind: 'unnamed' }
  | { readonly kind: 'several' }
  | { readonly kind: 'other' };

/**
 * An opening phrase set off by a comma: "In a statement,", "Asked whether …,", "Later,", "Back
 * at the pond,", "Over the weekend,", "Last week,"; a question put to someone may run long
 * ("Asked by a reporter whether India would retaliate if Britain …, Goyal smiled.").
 */
const OPENING =
  /^(?:(?:In|On|At|Through|Speaking|Asked|Late|Earlier|Later|After|Before|As|When|While|Separately|Meanwhile|However|Since|During|Despite|Following|With|Today|Yesterday|Afterwards|Instead|Still|Also|Then|Back|Outside|Inside|Across|Along|Around|Beyond|Near|Nearby|Elsewhere|Here|Now|Amid|Among|By|From|Once|Over|Under|Within|(?:This|Last|Next)\s+(?:week|month|year|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter))\b[^,“\x93”\x94"]{0,160},\s+)/;

/** Lower-case words that may stand in a title before a name ("foreign ministry spokesperson"). */
const TITLE_WORD = new Set(
  'the of for and minister ministry foreign trade commerce finance agriculture economy industry international federal provincial deputy vice chief senior assistant spokesperson spokesman spokeswoman secretary president premier commissioner ambassador negotiator envoy representative affairs external'.split(
    ' ',
  ),
);

/** Words that make a run of capitals something other than a person's name. */
const NOT_PERSON = new Set([
  ...BODY_WORDS,
  ...'The This That These Those It Its They Their We Our Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
]);

/** Nouns for a person; an indefinite or bare "the" before one is someone left unnamed. */
const PERSON_NOUN =
  '(?:official|diplomat|trader|dealer|analyst|buyer|seller|exporter|importer|farmer|grower|source|person|strategist|economist|executive|spokesperson|spokesman|spokeswoman|negotiator|lawyer|worker|minister|aide|adviser|advisor|insider|observer|expert|manager|owner|fisherman|broker|banker|consultant|member|merchandiser|shipper|processor|producer|rancher|researcher)';
const UNNAMED = new RegExp(
  `^(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]he)\\s+(?:[\\p{L}.'’\x92-]+\\s+){0,4}?(${PERSON_NOUN})\\b`,
  'u',
);
/**
 * A group of people left unnamed opening a clause: "Bourbon distillers in Kentucky", "French
 * farm groups", "Local producers". Its words are no body's name (no body word among them).
 */
const GROUP = new RegExp(
  `^((?:[\\p{L}.'’\x92-]+\\s+){0,3}?)(?:${PERSON_NOUN}s|producers|makers|distillers|groups|farmers|fishers|residents|consumers|companies|firms)\\b(?!['’\x92]|\\s+(?:association|council|federation|union|alliance|coalition|board)\\b)`,
  'iu',
);
/**
 * True when a group's noun is capitalised after other words, as a body's name is: "the Chilean
 * Growers and Exporters", not "Local producers" nor "Producers" opening a sentence.
 */
const namesGroup = (group: RegExpExecArray) =>
  (group[1] ?? '') !== '' && /^\p{Lu}/u.test(group[0].slice(group[1]?.length ?? 0));
/** A verb before a group's noun: the group is then no subject ("Tan told growers"). */
const VERB_WORD = /^(?:told|met|urged|asked|warned|said|says|called|\p{Ll}+ed)$/u;
/** Who speaks for a body, and so is no anonymous source: "a ministry spokesperson". */
const SPEAKS_FOR_BODY = /^spokes(?:person|man|woman)$/;
/**
 * A body left unnamed after its spokesperson: "a spokeswoman for one industry group", "a
 * spokesman at a local cooperative". Such a spokesperson is an anonymous source.
 */
const FOR_UNNAMED = /^\s+(?:for|of|at|with|from)\s+(?:an?|one|another|some)\s/i;
/** Words that keep a source unnamed: "speaking on condition of anonymity", "asked not to be named". */
const ANONYMITY =
  /\b(?:anonymity|anonymously|(?:asked|declined|requested)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+to\s+speak)\b/i;

/** A word of a name the name finder may not know: "Ilse", "Owusu-Ansah". */
const NAME_PART = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';

/** "Ilse Brandt, who speaks for …" or "Ilse Brandt, executive director of …": a person the
 * name finder did not know, introduced by a relative clause or a role. */
const INTRODUCED_NAME = new RegExp(
  `^(${NAME_PART}(?:[ \\t]+${NAME_PART}){1,2}),\\s+(?:who|whose|(?:the\\s+|an?\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}?(?:director|president|chair|chairman|chairwoman|head|manager|spokesperson|spokesman|spokeswoman|economist|analyst|founder|owner|executive|secretary|professor|fellow)\\b)`,
  'u',
);

/** "The owner of the mill, Ada Okoro, said …": a name set off by commas after its description. */
const APPOSED_NAME = new RegExp(
  `^(?:The|A|An)\\s+[\\p{Ll}\\s'’\x92-][^,]{0,60},\\s+(${NAME_PART}(?:[ \\t]+${NAME_PART}){1,2}),\\s`,
  'u',
);

/**
 * "Marc Thibodeau of the Red River Pork Board called …": a person the name finder did not know,
 * introduced by the body they are of.
 */
const NAME_OF_BODY = new RegExp(
  `^(${NAME_PART}(?:[ \\t]+${NAME_PART}){1,2})[ \\t]+(?:of|at|from)[ \\t]+the[ \\t]+\\p{Lu}`,
  'u',
);

/** Two people joined as one subject: "Rennick and Premier Okoro". */
const AND_MORE = /^\s*(?:,\s*)?and\s+(?:\p{Lu}|the\s|[Hh]is\s|[Hh]er\s)/u;

/**
 * Lower-case words of a job written before a name ("general manager Ray Ostrowski", "northern
 * producer Kate Ridley"): like a title, they introduce the person.
 */
const JOB_WORD = new Set(
  'general managing executive director director-general secretary-general vice-president manager owner founder co-founder head chair chairman chairwoman producer farmer grower rancher exporter importer trader broker dealer buyer seller shipper processor economist analyst strategist professor researcher lawyer fisherman union leader mayor critic lawmaker legislator adviser advisor consultant candidate nominee diplomat activist campaigner'.split(
    ' ',
  ),
);

/**
 * A possessive and a noun before a name: "Her neighbour Tom Reyes", "His lawyer, Ana Ruiz,",
 * "Arcand's daughter Julie".
 */
const RELATION_LEAD =
  /^(?:Her|His|Their|Its|Our|My|\p{Lu}[\p{L}-]*['’\x92]s)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*[,\s]+$/u;

/**
 * Lower-case words of a job ending in a noun of one, before a name: "cattle rancher and
 * meatpacker Helena Rocha", "shrimp processor Ana Ruiz", "trade critic Ed Rowe", "cabinet
 * nominee Ana Ruiz"; no verb among them ("the deal pleased exporter …", "helps grower …").
 */
const JOB_LEAD = /^(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+(?:er|or|ist|ant|ian|ic|ee)\s+$/u;
const VERB_FORM = /(?:ed|[^s]s)$/;
const isJobLead = (lead: string) =>
  JOB_LEAD.test(lead) &&
  lead
    .trim()
    .split(/\s+/)
    .slice(0, -1)
    .every((w) => !VERB_FORM.test(w));

const isTitleLead = (lead: string) =>
  RELATION_LEAD.test(lead) ||
  isJobLead(lead) ||
  lead
    .split(/[\s,]+/)
    .filter((w) => w.length > 0)
    .every((w) => /^\p{Lu}/u.test(w) || TITLE_WORD.has(w) || JOB_WORD.has(w));

/** The comma before a name set off by commas, maybe with an honorific: ", Ms Ana Ruiz,". */
const APPOSITION_OPEN = /,\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$/;

/**
 * "The owner of the mill, Ada Okoro, said", "a grower, Ms Thandi Mokoena, told me": a name set
 * off by commas after its description.
 */
const isApposition = (text: string, p: PersonMention) =>
  APPOSITION_OPEN.test(text.slice(Math.max(0, p.start - 8), p.start)) && text.charAt(p.end) === ',';

const personSubject = (p: PersonMention, text: string): Subject =>
  AND_MORE.test(text.slice(p.end, p.end + 40))
    ? { kind: 'several' }
    : { kind: 'person', person: personMention(p), name: p.name, start: p.start, end: p.end };

/**
 * "Kwame Boateng has …", "Boateng welcomed …": capitalised words opening a clause before a verb,
 * a name the people finder did not know. Group 1 is the name.
 */
const NAME_BEFORE_VERB = new RegExp(
  `^(${NAME_PART}(?:[ \\t]+${NAME_PART}){0,2})[ \\t]+(?:[a-z]{2,}ed|has|had|is|was|says|said|told|met|spoke|held|led|made|sent|took|wrote|went|gave|kept|sees|thinks)\\b`,
  'u',
);

const isNameWord = (w: string) =>
  !NOT_PERSON.has(w) && !TITLE_WORD.has(w.toLowerCase()) && placeCode(w) === null;

/**
 * True when a single capitalised word is a proper name in this text: it is written
 * capitalised somewhere a sentence does not start ("President Kwame Mensah Boateng"),
 * as plural nouns opening a sentence ("Shippers said") are not.
 */
function isProperName(text: string, word: string): boolean {
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'))) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/[\p{L}\p{N}]\s+$/u.test(before)) return true;
  }
  return false;
}

/**
 * A person the name finder did not know, opening the clause at `at`; not the first word of a
 * company named in full ("Hanul said" after "Hanul Materials Co.").
 */
function newName(doc: Doc, at: number): Subject | null {
  const { text } = doc;
  const head = text.slice(at, at + 120);
  const introduced =
    INTRODUCED_NAME.exec(head) ?? APPOSED_NAME.exec(head) ?? NAME_OF_BODY.exec(head);
  const m = introduced ?? NAME_BEFORE_VERB.exec(head);
  const name = m?.[1];
  if (!m || !name) return null;
  const words = name.split(/\s+/);
  if (!words.every(isNameWord) || placeCode(name) !== null || isRegion(name)) return null;
  if (doc.companies.some((c) => c.short === name)) return null;
  if (!introduced && words.length === 1 && !isProperName(text, name)) return null;
  const start = at + m[0].indexOf(name);
  const end = start + name.length;
  const person = { text: name, span: { start, end }, actor: null, jurisdiction: null };
  return { kind: 'person', person, name, start, end };
}

/** A possessive and the words of a relation before a name: "'s daughter ", "'s lawyer, ". */
const POSSESSED_NAME = /^['’\x92]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*,?\s+$/u;

/**
 * The person a possessive name is the relative of: "D'Entremont's daughter Mireille keeps the
 * books" is about Mireille, not D'Entremont.
 */
function relativeOf(doc: Doc, p: PersonMention, end: number): PersonMention | undefined {
  const next = doc.people.find((o) => o.start >= p.end && o.start < Math.min(end, p.end + 40));
  return next && POSSESSED_NAME.test(doc.text.slice(p.end, next.start)) ? next : undefined;
}

/** The label of a transcript's turn that names no one: "Q:", "A:". */
const TURN_LETTER = /^[QA]:[ \t]+/;

/** The mark of an item of a list: " * ", "- ", "• ", "2. ", "(3) ". */
const ITEM_MARK = /^[ \t]*(?:[-–\x96—\x97*•\x95·]|\(?\d{1,2}[.)])[ \t]+/;

/**
 * Where the words of a clause begin: after a dateline, a turn's label ("A: He said …") or the
 * mark of a list's item (" * Gord Lemieux, who runs …: “…”"), and an opening phrase.
 */
export function clauseStart(text: string, start: number, end: number): number {
  const dateline =
    DATELINE.exec(text.slice(start, end)) ??
    TURN_LETTER.exec(text.slice(start, end)) ??
    ITEM_MARK.exec(text.slice(start, end));
  const at = start + (dateline?.index === 0 ? dateline[0].length : 0);
  return at + (OPENING.exec(text.slice(at, end))?.[0].length ?? 0);
}

/** The subject of the clause that starts at `start` (a sentence start) and ends by `end`. */
/** A style of address standing alone as a subject: "His Highness affirmed …". */
const BARE_HONORIFIC = /^H(?:is|er)\s+(Highness|Excellency|Majesty)\b/;
/** The same style written before a name, in full or short ("H.H. Sheikh Abdullah …"). */
const HONORIFIC_BEFORE: Readonly<Record<string, RegExp>> = {
  Highness: /(?:H\.H\.|H(?:is|er)\s+(?:Royal\s+)?Highness)\s+(?:Sheikh(?:a)?\s+)?$/,
  Excellency: /(?:H\.E\.|H(?:is|er)\s+Excellency)\s+(?:(?:Mr|Mrs|Ms)\.?\s+)?$/,
  Majesty: /H(?:is|er)\s+Majesty\s+(?:(?:King|Queen|Sultan|Emir)\s+)?$/,
};

/**
 * The person a bare style of address stands for: the last one named before `at` with that
 * style ("H.H. Sheikh Abdullah bin Zayed … His Highness affirmed"), as a readout refers to its
 * principal after naming them once.
 */
function styledPerson(doc: Doc, at: number, style: string): PersonMention | undefined {
  const before = HONORIFIC_BEFORE[style];
  return before
    ? doc.people
        .filter((p) => p.end <= at && !p.byRole)
        .findLast((p) => before.test(doc.text.slice(Math.max(0, p.start - 40), p.start)))
    : undefined;
}

export function clauseSubject(doc: Doc, start: number, end: number): Subject {
  const { text } = doc;
  const at = clauseStart(text, start, end);
  const rest = text.slice(at, end);
  if (/^["“\x93‘\x91]/.test(rest)) return { kind: 'other' };
  // A person first: "He Lifeng said" is a name, not a pronoun.
  const person = doc.people.find((p) => p.start >= at && p.start < Math.min(end, at + 80));
  if (person && (isTitleLead(text.slice(at, person.start)) || isApposition(text, person)))
    return personSubject(relativeOf(doc, person, end) ?? person, text);
  if (/^(?:[Hh]e|[Ss]he)\b/.test(rest)) return { kind: 'pronoun' };
  const style = BARE_HONORIFIC.exec(rest);
  const styled = style?.[1] === undefined ? undefined : styledPerson(doc, at, style[1]);
  if (style && styled) {
    // The subject's words are the style's, the person the one it stands for.
    const mention = personMention(styled);
    return {
      kind: 'person',
      person: mention,
      name: styled.name,
      start: at,
      end: at + style[0].length,
    };
  }
  const introduced = newName(doc, at);
  if (introduced) return introduced;
  if (UNNAMED.test(rest)) return { kind: 'unnamed' };
  return { kind: 'other' };
}

/** An opening phrase about a person: "For Manitoba hog producer Ruth Enns, the news came …". */
const TOPIC_OPENING = /^(?:For|To|Like|Unlike)\s+[^,“\x93”\x94"‘\x91]{0,80},\s/;

/**
 * The person an opening phrase makes the topic of the sentence from `start` ("For grower Ana
 * Ruiz, the cut came too late. “…,” she said"): the one person named in it, when the rest
 * has no person as its subject. Null when there is none or several.
 */
export function topicPerson(doc: Doc, start: number, end: number): PersonSubject | null {
  const m = TOPIC_OPENING.exec(doc.text.slice(start, end));
  if (!m) return null;
  const named = doc.people.filter((p) => p.start >= start && p.end <= start + m[0].length);
  const p = named[0];
  if (!p || named.some((o) => o.name !== p.name)) return null;
  return { kind: 'person', person: personMention(p), name: p.name, start: p.start, end: p.end };
}

/**
 * The writer or the paper as the subject, reaching someone for comment: "We reached grower Ana
 * Ruiz", "Reporters caught up with Li at the port", "This newspaper spoke to …", "I asked
 * …". The person reached says what is quoted next.
 */
const INTERVIEWER =
  /^(?:We|I|Reporters|This\s+(?:newspaper|paper|reporter|writer)|Our\s+(?:reporter|correspondent))\s+(?:(?:also|then|later|have|had|were|was)\s+)?(?:reached|spoke\s+(?:to|with)|talked\s+(?:to|with)|asked|interviewed|caught\s+up\s+with|visited|called|contacted|phoned|met)\s+/;
/** The most characters between the verb and the name it reaches: "grower", "the co-op's". */
const REACHED_NAME_WITHIN = 40;

/**
 * The person the writer or the paper opening the sentence from `start` reached (INTERVIEWER):
 * the first one named right after the verb. Null when the sentence opens otherwise.
 */
export function reachedPerson(doc: Doc, start: number, end: number): PersonSubject | null {
  const m = INTERVIEWER.exec(doc.text.slice(start, end));
  if (!m) return null;
  const from = start + m[0].length;
  const p = doc.people.find((x) => x.start >= from && x.start <= from + REACHED_NAME_WITHIN);
  if (!p || p.end > end) return null;
  return { kind: 'person', person: personMention(p), name: p.name, start: p.start, end: p.end };
}

/** Where a clause joined to the one before begins: "…, and her lawyer, Ana Ruiz, said …". */
const JOINED_CLAUSE = /(?:,\s+(?:and|but)|;)\s+/g;
/** A verb right after a subject, or after an aside set off by commas: "Ana Ruiz, who …, said". */
const VERB_NEXT =
  /^(?:,[^,;“\x93”\x94"‘\x91]{1,80},|,)?\s+(?:also\s+)?(?:[a-z]{2,}ed|has|had|is|was|says|said|told|met|spoke|wrote|warned)\b/;

/**
 * The person who is the subject of the last clause joined in the sentence from `start` ("The
 * association wrote to Ottawa, and its director, Ana Ruiz, said …"): a pronoun in the sentence
 * after stands for that person when the sentence opens with no person as its subject. Null
 * when the last clause opens with no person followed by a verb ("… met Tan, Li, and Ruiz.").
 */
export function joinedSubject(doc: Doc, start: number, end: number): PersonSubject | null {
  let at = -1;
  for (const m of doc.text.slice(start, end).matchAll(JOINED_CLAUSE))
    at = start + m.index + m[0].length;
  if (at === -1) return null;
  const subject = clauseSubject(doc, at, end);
  if (subject.kind !== 'person') return null;
  return VERB_NEXT.test(doc.text.slice(subject.end, subject.end + 100)) ? subject : null;
}

/**
 * A sentence's closing attribution: "…, grower Paul Tan said.", "…, said Tan, who grows beans.",
 * "…, according to Tan."
 */
const CLOSING_ATTRIBUTION =
  /,\s+(?:(?:said|says|added|according\s+to)\s+[^,;“\x93”\x94"‘\x91]{1,60}(?:,[^;“\x93”\x94"‘\x91]{1,80})?|[^,;“\x93”\x94"‘\x91]{1,60}\s+(?:said|says|added))[.!?]?\s*$/;

/**
 * The source a sentence from `start` closes on ("Prices have halved, grower Paul Tan said."),
 * which a pronoun in the sentence after stands for when the sentence opens with no person as
 * its subject: a person, or someone unnamed ("…, a trader said."); null when the sentence does
 * not close on a source.
 */
export function closingSource(
  doc: Doc,
  start: number,
  end: number,
): PersonSubject | { readonly kind: 'unnamed' } | null {
  const m = CLOSING_ATTRIBUTION.exec(doc.text.slice(start, end));
  if (!m) return null;
  const p = doc.people.find((o) => o.start >= start + m.index && o.end <= end);
  if (!p) return { kind: 'unnamed' };
  return { kind: 'person', person: personMention(p), name: p.name, start: p.start, end: p.end };
}

/**
 * "…,” according to a person who attended": a report of a quote by people an indefinite word
 * leaves unnamed ("a person", "two officials", "one participant", "people familiar with"), not
 * a document ("a copy of the letter") nor a source "the" names ("the official news agency").
 */
const ACCORDING_UNNAMED =
  /^[\s,]*according\s+to\s+(?:(?:an?|one|another|two|three|four|several|some)\s+(?:[\p{L}-]+\s+){0,2}?(?:person|people|officials?|sources?|participants?|attendees?|diplomats?|insiders?|aides?|delegates?|negotiators?|members?|executives?)\b|(?:people|sources|officials|insiders|diplomats)\b)/iu;

/**
 * True when the clause from `start` to `end` has a source left unnamed as its subject ("a
 * trader said", "An official at the ministry, speaking on condition of anonymity, said",
 * "Local producers said"), says the source asked not to be named, or reports the words
 * "according to" people left unnamed (see ACCORDING_UNNAMED). A spokesperson speaks for a body
 * and is not one, unless the body is left unnamed too ("a spokeswoman for one industry group").
 */
export function isAnonymous(doc: Doc, start: number, end: number): boolean {
  const { text } = doc;
  if (ACCORDING_UNNAMED.test(text.slice(start, end))) return true;
  const at = clauseStart(text, start, end);
  if (doc.people.some((p) => p.start >= at && p.start < at + 4)) return false;
  // "The council’s executive director, Ann Lee, said": named in an apposition.
  if (clauseSubject(doc, at, end).kind === 'person') return false;
  const clause = text.slice(at, end);
  const unnamed = UNNAMED.exec(clause);
  if (unnamed?.[1] !== undefined) {
    const forUnnamed = FOR_UNNAMED.test(clause.slice(unnamed[0].length));
    return !SPEAKS_FOR_BODY.test(unnamed[1]) || forUnnamed || ANONYMITY.test(clause);
  }
  const group = GROUP.exec(clause);
  const lead = group?.[1]?.split(/\s+/);
  if (group && !namesGroup(group) && lead?.every((w) => !BODY_WORDS.has(w) && !VERB_WORD.test(w)))
    return true;
  return ANONYMITY.test(clause);
}
