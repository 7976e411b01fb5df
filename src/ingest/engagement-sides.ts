/**
 * A country as a party of an engagement: its side (a delegation, its officials or an office of
 * its state, the people of one of its bodies or of its provinces and cities), not the place
 * visited or the setting, a dateline, its business people or companies, the name of a body, nor
 * the country of a person's title.
 */
import type { Mention, Span } from './candidates.ts';
import { datelineCity, datelineCountry, placeMention, span, within, type Doc } from './doc.ts';
import { ENGAGEMENT_VERB } from './engagement-kinds.ts';
import { peopleWithin } from './engagement-people.ts';
import type { PersonMention } from './people.ts';
import { placeCode, regionalCountry, type PlaceMention } from './places.ts';

/**
 * A nationality that opens a person's title and name ("European Commissioner for Trade Maroš
 * Šefčovič"): the person is the party, not the country, even when the name was not read.
 */
const TITLE_NEXT =
  /^\s+(?:\p{Lu}\p{Ll}+\s+)?(?:Minister|Commissioner|President|Premier|Secretary|Ambassador|Chancellor|Representative)\s+(?:(?:of|for|and)\s+)?\p{Lu}/u;
/**
 * A place that is the setting of an engagement, not a party: "in Beijing", "at Brussels", or
 * where someone joined from ("held a virtual meeting from Washington with …").
 */
export const SETTING_BEFORE =
  /\b(?:in|at)\s+$|\b(?:meeting|call|conference|talks|link|phone|virtually|online)\s+from\s+$/i;
/** How far before a place SETTING_BEFORE looks. */
export const SETTING_CHARS = 24;
/**
 * A group or an office that makes a country one side of an engagement with no named person:
 * "a Chinese customs delegation", "Indian commerce ministry officials", "China's premier",
 * "China's consul general", "Korea's vice-minister of agriculture", "a delegation from
 * Brazil", "the Prime Minister of Japan", "China's customs administration", "Beijing's top trade
 * official". A country named only as the place visited ("a visit to India") or in a name ("a
 * Canada-India business forum") is no side.
 */
const SIDE_AFTER =
  /^(?:['’\x92]s)?\s+(?:[\w-]+['’\x92]?\s+){0,3}?(?:delegations?|officials?|team|side|negotiators|counterparts?|government|ministry|authorities|administration|agency|bureau|mission|envoys?|representatives|premier|president|prime minister|minister|(?:vice|deputy)-(?:minister|premier)|ambassador|embassy|consul(?:\s+general)?|consulate|leaders?)\b/i;
const SIDE_BEFORE =
  /\b(?:delegations?|officials|team|negotiators|representatives|mission|envoys?|prime ministers?|presidents?|premiers?|chancellors?|ministers?(?:\s+(?:of|for)(?:\s+[\w-]+){1,3}?)?|ambassadors?|charg[ée]s? d['’\x92]affaires|leaders?|government)\s+(?:from|of)\s+(?:the\s+)?$/i;
/** A country in the name of a body: "the US-India Business Council", "the U.S. Chamber of …". */
const BODY_NAME_AFTER =
  /^(?:-[\p{L}.]+)*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:Council|Chamber|Association|Forum|Institute|Federation|Board|Business|Company|Corporation|Society|Foundation|University|Bank)\b/u;
const inBodyName = (text: string, c: PlaceMention) =>
  BODY_NAME_AFTER.test(text.slice(c.end, c.end + 60));
/**
 * Business people of a country ("Canadian business representatives", "Chinese industry leaders",
 * "Indian exporters", "Peruvian fruit and coffee exporters", "their Chilean buyers"), and its
 * companies ("Japanese materials maker Resonac", "a Chinese carmaker", "Chinese feed mills and
 * crushing companies", "the Korean business lobby") are not its side: a side is its state, or a
 * delegation, theirs too ("a Chinese seafood importers' delegation", "a Chinese delegation of
 * importers", "a delegation of Chilean fruit and wine importers", DELEGATION_OF).
 */
const BUSINESS_AFTER =
  /^(?:['’\x92]s)?\s+(?:(?!(?:delegations?|mission)\b)[\w-]+\s+){0,4}?(?:(?:business|industry|corporate|private[- ]sector)\s+(?:representatives|leaders|executives|people|figures|owners|community|lobby|groups?)|businesses|compan(?:y|ies)|firms?|exporters|importers|buyers|traders|growers|farmers|(?:car|auto|chip|steel|drug|battery|phone|aircraft|plane)?makers?|manufacturers?|producers?|conglomerates?|suppliers?|retailers?|giants?|mills|crushers|processors|refiners|packers|shippers)\b(?!['’\x92]?\s+(?:delegations?|mission)\b)/i;
/**
 * People named by their place in a company ("executives of Japanese …", "bosses from Chinese
 * …"): the country after them is the company's, not a side.
 */
const BUSINESS_BEFORE =
  /\b(?:executives|bosses|chief executives|CEOs|managers|shareholders|investors|employees)\s+(?:of|from|at)\s+(?:the\s+|an?\s+)?$/i;
/** A delegation of business people: "a delegation of Chinese food and beverage importers". */
const DELEGATION_OF = /\b(?:delegations?|mission)\s+(?:of|from)\s+$/i;
/** Whether a country is named only for its business people or companies. */
const ofBusiness = (text: string, c: PlaceMention) =>
  (BUSINESS_AFTER.test(text.slice(c.end, c.end + 60)) &&
    !DELEGATION_OF.test(text.slice(Math.max(0, c.start - 20), c.start))) ||
  BUSINESS_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start));
/**
 * People of a country's body, named in full with the country last: "officials from the General
 * Administration of Customs of China", "a delegation of the Ministry of Commerce of Peru".
 */
const BODY_OF_SIDE_BEFORE =
  /\b(?:delegations?|officials|team|negotiators|representatives|experts)\s+(?:from|of)\s+the\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and)\s+)?){1,6}of\s+(?:the\s+)?$/u;
/**
 * A capitalised word right after a country: the body's name goes on past it ("a delegation of
 * the Confederation of British Industry" is a business body's, not Britain's), unless it names
 * an office of the state ("a delegation from the Office of the U.S. Trade Representative").
 */
const NAME_GOES_ON =
  /^\s+(?!(?:Trade\s+Representative|Government|Ministry|Department|Embassy|Mission)\b)\p{Lu}/u;
/**
 * A country in the name of a standing body of two ("the Thailand-China Joint Committee on Trade",
 * "the Peru-Chile task force"): each is a side of its sessions.
 */
const JOINT_BODY_AFTER =
  /^(?:-\p{Lu}[\p{L}.]*)?\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}?(?:Committee|Commission|Dialogue|Mechanism|[Tt]ask [Ff]orce|[Ww]orking [Gg]roup)\b/u;
const JOINT_FIRST_AFTER = /^-\p{Lu}/u;
const JOINT_SECOND_BEFORE = /\p{Lu}[\p{L}.]*-$/u;
const inJointBody = (text: string, c: PlaceMention) => {
  const after = text.slice(c.end, c.end + 80);
  return (
    JOINT_BODY_AFTER.test(after) &&
    (JOINT_FIRST_AFTER.test(after) ||
      JOINT_SECOND_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)))
  );
};
const isSide = (text: string, c: PlaceMention) =>
  SIDE_AFTER.test(text.slice(c.end, c.end + 60)) ||
  inJointBody(text, c) ||
  SIDE_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) ||
  (BODY_OF_SIDE_BEFORE.test(text.slice(Math.max(0, c.start - 100), c.start)) &&
    !NAME_GOES_ON.test(text.slice(c.end, c.end + 30)));

/** Words up to a person who leads a group: "… Trade Representative led by Assistant USTR Lynch". */
const LED_BY_NEXT = /^[^;]{0,120}?\b(?:led|headed)\s+by\b[^;]{0,100}$/;
/**
 * "A team of the Office of the United States Trade Representative led by … Lynch, visited New
 * Delhi": the country of the group a person leads is that person's own side.
 */
const leadsItsTeam = (text: string, c: PlaceMention, leader: Mention) => {
  const between = text.slice(c.end, leader.span.start);
  // "Canada's minister held talks with a Chinese delegation led by Li": Li leads the Chinese.
  const led = between.search(/\b(?:led|headed)\s+by\b/);
  return (
    c.end <= leader.span.start &&
    LED_BY_NEXT.test(between) &&
    !ENGAGEMENT_VERB.test(between.slice(0, led))
  );
};

/**
 * A country's title running up to the person it names ("Canada's deputy minister of
 * international trade, Rob Stewart"), or set after the person ("Li Chenggang, China's trade
 * representative", "Wang Wentao, Minister of Commerce of China").
 */
const TITLE_UP_TO_NAME =
  /^['’\x92]s\s+(?:[\p{L}-]+\s+){0,3}?(?:minister|secretary|representative|negotiator|envoy|ambassador|commissioner|premier|president|chancellor|director(?:-general)?|chief)(?:\s+(?:of|for)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)?,?\s+$/iu;
/** Only a comma between a person and what follows: "Li Chenggang, China's …". */
const APPOSITION = /^,\s+$/;
/** The words between a person and a country that closes their title: ", Minister of Commerce of ". */
const TITLE_BEFORE_COUNTRY =
  /^,\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}-]*))*?\s+(?:of|for)\s+(?:the\s+)?$/u;
/**
 * Whether a country names the person next to it by title (a person right after it with no
 * verb between, TITLE_UP_TO_NAME, TITLE_BEFORE_COUNTRY, or a person's apposition that opens with
 * the country's title): it is that person's country, not another side ("Peru's ambassador
 * called on Minister Ana Ruiz" names two sides).
 */
const titlesItsPerson = (text: string, c: PlaceMention, people: readonly PersonMention[]) =>
  people.some((p) =>
    p.start > c.end
      ? (p.start - c.end < 40 && !ENGAGEMENT_VERB.test(text.slice(c.end, p.start))) ||
        TITLE_UP_TO_NAME.test(text.slice(c.end, p.start))
      : TITLE_BEFORE_COUNTRY.test(text.slice(p.end, c.start)) ||
        (APPOSITION.test(text.slice(p.end, c.start)) &&
          SIDE_AFTER.test(text.slice(c.end, c.end + 60))),
  );

/**
 * "spoke with China's premier" or "met with Chinese officials": the countries that are the other
 * sides of a clause that names one person, `of`, in the order written.
 */
export function countrySides(
  doc: Doc,
  unit: Span,
  keep: (x: Span) => boolean,
  of: Mention | undefined,
): PlaceMention[] {
  const { text } = doc;
  const people = peopleWithin(doc, unit.start, unit.end);
  const sides: PlaceMention[] = [];
  for (const c of within(doc.places, unit.start, unit.end).filter(keep)) {
    if (c.code === of?.jurisdiction || sides.some((x) => x.code === c.code)) continue;
    if (c.via === 'demonym' && TITLE_NEXT.test(text.slice(c.end, c.end + 20))) continue;
    if (ofBusiness(text, c) || (of && leadsItsTeam(text, c, of))) continue;
    if (
      withBefore(doc, unit, c) ||
      (!SETTING_BEFORE.test(text.slice(Math.max(0, c.start - SETTING_CHARS), c.start)) &&
        isSide(text, c) &&
        !titlesItsPerson(text, c, people))
    )
      sides.push(c);
  }
  for (const c of regionalSides(doc, unit, keep))
    if (c.code !== of?.jurisdiction && !sides.some((x) => x.code === c.code)) sides.push(c);
  return sides;
}
/**
 * A province's, a state's or a large city's government, delegation or unnamed head, which is
 * its country's side: "a delegation from the Sichuan provincial government", "Ontario
 * provincial officials", "officials of the Busan city government", "a vice-governor of
 * Guangdong", "the mayor of Osaka", "Guangdong's governor", "Saskatchewan's trade minister".
 * Group 1 or 2 holds the place's words. A place named with its goods ("Nova Scotia lobster") is
 * no side.
 */
const REGIONAL_SIDE =
  /\b(?:(?:delegations?|officials|team|mission|representatives)\s+(?:from|of)|(?:an?|the)\s+(?:vice-|deputy\s+)?(?:governor|mayor|premier|party secretary)\s+of)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})(?![\p{L}])|(?<![\p{L}])(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})(?:\s+(?:provincial|state|municipal|city|regional|prefectural)\s+(?:government|officials|authorities|delegation)\b|['’\x92]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:vice-|deputy\s+)?(?:governor|premier|mayor|party secretary|minister|government)\b)/gu;

/** The countries whose provinces, states or cities send a side in a clause (REGIONAL_SIDE). */
function regionalSides(doc: Doc, unit: Span, keep: (x: Span) => boolean): PlaceMention[] {
  const sides: PlaceMention[] = [];
  for (const m of doc.text.slice(unit.start, unit.end).matchAll(REGIONAL_SIDE)) {
    const written = m[1] ?? m[2] ?? '';
    // "the governor of Hainan.": the point ends the sentence, unless the name needs it ("B.C.").
    const words =
      regionalCountry(written.split(/\s+/)) === null ? written.replace(/\.$/, '') : written;
    const code = regionalCountry(words.split(/\s+/));
    const start = unit.start + m.index + m[0].indexOf(words);
    const side = { text: words, start, end: start + words.length, code, via: 'region' as const };
    // "the mayor of Osaka, Ken Ito": the head is named, a person.
    const named = peopleWithin(doc, side.end, side.end + 3).length > 0;
    if (code !== null && keep(side) && !named) sides.push({ ...side, code });
  }
  return sides;
}

/**
 * People of a government body named without its country: "NTA officials", "agency officials",
 * "officials of the Ministry of Commerce", "a team from the General Administration of Customs",
 * "officials of the ministry's Trade Remedy and Investigation Bureau". Case matters: a body's
 * name and an initialism are capitalised.
 */
export const BODY_GROUP =
  /\b(?:(?:[Oo]fficials|[Dd]elegations?|[Rr]epresentatives|[Tt]eams?|[Ee]xperts|[Ss]taff)\s+(?:of|from)\s+(?:the\s+)?(?:(?:ministry|department|agency|commission)['’\x92]s\s+)?(?:(?:\p{Lu}[\p{L}-]*|of|for|and|the|&)\s+){0,7}?(?:Ministry|Department|Agency|Administration|Authority|Commission|Bureau|Office|Secretariat|Service|Customs|Tribunal)\b(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)?|(?:\p{Lu}{2,6}|[Aa]gency|[Mm]inistry|[Cc]ustoms|[Dd]epartment|[Cc]ommission|[Tt]ribunal|[Aa]uthority|[Ss]ecretariat|[Bb]ureau)\s+(?:officials|commissioners|staff|negotiators|experts|inspectors|representatives)\b)/u;
/** The place a clause sets its engagement in: "in Ottawa", "at Beijing", "in the capital". */
const SETTING =
  /\b(?:[Ii]n|[Aa]t)\s+(?:(the capital)\b|(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}))/gu;
/** The country of a place named by its words: a country, a capital, a province or a large city. */
const countryOfPlace = (words: string) => placeCode(words) ?? regionalCountry(words.split(/\s+/));
/** The country of the text's dateline: its city's ("SHANGHAI — ") or one it names after it. */
function homeCountry(doc: Doc): string | null {
  const city = datelineCity(doc);
  return datelineCountry(doc) ?? (city === undefined ? null : countryOfPlace(city));
}
/**
 * The side of a body's people named without its country (BODY_GROUP), in a clause whose other
 * parties are `others`: the country the clause sets the engagement in ("NTA officials met
 * representatives of the Government of Vietnam in Ottawa"), else that of the dateline ("A
 * delegation from China's Ministry of Commerce met agency officials in the capital"). None when
 * that is the country of another party, or when the group names its own country.
 */
export function bodySide(
  doc: Doc,
  unit: Span,
  keep: (x: Span) => boolean,
  others: readonly Mention[],
): Mention | undefined {
  const words = doc.text.slice(unit.start, unit.end);
  const m = BODY_GROUP.exec(words);
  if (!m) return undefined;
  const group = span(unit.start + m.index, unit.start + m.index + m[0].length);
  if (!keep(group) || within(doc.places, group.start, group.end).length > 0) return undefined;
  let code: string | null = null;
  for (const s of words.matchAll(SETTING)) {
    code = s[1] ? homeCountry(doc) : countryOfPlace(s[2] ?? '');
    if (code !== null) break;
  }
  code ??= homeCountry(doc);
  if (code === null || others.some((p) => p.jurisdiction === code)) return undefined;
  return { text: m[0], span: group, actor: null, jurisdiction: code };
}

/**
 * A country right after "with": "met with Chinese officials", "spoke with the Indian side"; not
 * a place after "in" ("sat down with firms with investments in Peru").
 */
export const withBefore = (doc: Doc, unit: Span, c: PlaceMention) =>
  /\bwith\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$(?<!\b(?:in|at|into|to)\s+)/i.test(
    doc.text.slice(Math.max(unit.start, c.start - 30), c.start),
  );
/** The other side of a clause that names one person: the one met "with" first (countrySides). */
export function countrySide(
  doc: Doc,
  unit: Span,
  keep: (x: Span) => boolean,
  of: Mention | undefined,
): PlaceMention | undefined {
  const sides = countrySides(doc, unit, keep, of);
  return sides.find((c) => withBefore(doc, unit, c)) ?? sides[0];
}

/**
 * The place of a dateline ("EVIAN-LES-BAINS, France — Leaders of …"): where the story was
 * written, no side.
 */
const DATELINE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\s.'’\x92-]*,[ \t]*$/u;
const DATELINE_AFTER = /^[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[—\x97–\x96-]/;
const inDateline = (text: string, c: PlaceMention) =>
  DATELINE_AFTER.test(text.slice(c.end, c.end + 40)) &&
  DATELINE_BEFORE.test(`\n${text.slice(Math.max(0, c.start - 40), c.start)}`);

/** Delegations: the countries, when no person is named ("officials from India and the US"). */
export function delegationCountries(doc: Doc, unit: Span, keep: (x: Span) => boolean): Mention[] {
  const countries: Mention[] = [];
  for (const c of within(doc.places, unit.start, unit.end).filter(keep)) {
    if (SETTING_BEFORE.test(doc.text.slice(Math.max(0, c.start - SETTING_CHARS), c.start)))
      continue;
    if (inDateline(doc.text, c)) continue;
    if (c.via === 'capital' || inBodyName(doc.text, c) || ofBusiness(doc.text, c)) continue;
    if (!countries.some((q) => q.jurisdiction === c.code)) countries.push(placeMention(c));
  }
  return countries;
}
