/**
 * People and the actors they are. A person is a run of capitalised words that a title
 * introduces ("Premier Li Qiang"), a verb of saying follows ("Wang Yi said"), or the actor
 * directory knows. Later mentions by surname ("Carney") or by title alone ("Canada's prime
 * minister") resolve to the same person; role descriptions resolve through the directory's
 * roles on the date of the text. A named person the directory does not know stays unresolved.
 *
 * This file holds findPeople, which reads the names and ties later mentions to them; what it
 * reads with lives beside it in people-*.ts: the mention itself (mentions), a name's patterns and
 * words (name-patterns, name-words), the names a title, a verb, a possessive or a list
 * introduces (titles, verbs, possessives, lists), who signs or speaks and the "I" (signers),
 * companies and bodies (companies), later shorter mentions (surnames), a person's country
 * (countries), the actor directory and its roles (directory), and bare titles or ages standing
 * for a person (introduced-titles, anaphora).
 */
import { findAgeAnaphora, findPortfolioAnaphora, findTitleAnaphora } from './people-anaphora.ts';
import {
  BODY_APPOSITION,
  findCompanies,
  isBodyShortName,
  MEMBERS_OF_BODY,
} from './people-companies.ts';
import {
  jurisdictionAfter,
  jurisdictionBefore,
  settingSide,
  sideOfName,
} from './people-countries.ts';
import { directoryMatches, findRoles, pickEntry, titleBefore } from './people-directory.ts';
import {
  AND_NAME,
  beforeOwner,
  BETWEEN,
  BETWEEN_LIST,
  CLAUSE_START,
  ENGAGEMENT_BEFORE,
  GUEST_LIST,
  LIST_START,
  NAME_AT_START,
  nameBefore,
  namesListedBefore,
  ownedByCountry,
  PER_SIDE,
  PLACE_POSSESSIVE,
  SIDE_AND,
  VERB_AFTER,
} from './people-lists.ts';
import type { PeopleContext, PersonMention } from './people-mentions.ts';
import { IS_TITLE, NAME, NAME_START } from './people-name-patterns.ts';
import { BODY_WORDS, cleanName, isNotName } from './people-name-words.ts';
import { readPossessives, RELATION_NAME } from './people-possessives.ts';
import {
  DASH_SIGNED,
  findSignerAsI,
  labelBrackets,
  SIGNATURE,
  mastheadName,
  SIGNED_REACH,
  TITLE_TURN,
  TURN_LABEL,
} from './people-signers.ts';
import {
  foundTest,
  knownLead,
  orderless,
  readFamilyCaps,
  titledSurname,
  tokensOf,
  withParticles,
  wordsOfName,
} from './people-surnames.ts';
import {
  APPOSITION,
  BODY_BEFORE_JOB,
  JOB_TITLED,
  LISTED_PORTFOLIO,
  PERSON_CUE,
  PORTFOLIO_GOES_ON,
  ROLE_COMMA,
  TITLE_OF_BODY_NAME,
  TITLE_OF_PLACE,
  TITLED,
  trailingName,
} from './people-titles.ts';
import {
  afterPlacePreposition,
  COUNTRY_OWNED,
  ENGAGED,
  LISTED_WITH_COUNTRY,
  MET_SURNAME,
  ofBody,
  REPORTED_VERB,
  SAID_NAME,
  SAYING,
  SET_OFF_SAYING,
  SUBJECT,
} from './people-verbs.ts';
import { isRegion, placeCode } from './places.ts';
import { insideAny, type Range } from './sentences.ts';

export { findCompanies, type CompanyName } from './people-companies.ts';
export { BODY_WORDS } from './people-name-words.ts';
export type { PeopleContext, PersonMention } from './people-mentions.ts';

const CAPITALISED = new RegExp(`${NAME_START}${NAME}`, 'gu');
/**
 * A month written short before its day ("Jan. 22", "Sept 3"): a date, not a person named
 * "Jan"; the same word before a name ("Jan Kowalski") is still read.
 */
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
const isMonthDay = (text: string, r: { name: string; end: number }) =>
  MONTH_SHORT.test(r.name) && /^\.?[ \t]*\d/.test(text.slice(r.end, r.end + 4));

/**
 * What comes before a word inside a sentence: a small word or a comma. A known surname that is
 * also a pronoun ("He" of "He Lifeng") is the surname there ("state media said He told …"), as
 * the pronoun would not be capitalised.
 */
const INSIDE_SENTENCE = /[\p{Ll},][ \t]+$/u;

/** A name opening with an initial: "S. Jaishankar". */
const INITIAL_FIRST = /^\p{Lu}\. /u;
/** How far a title before a name found runs: "EU Trade Commissioner ". */
const TITLE_REACH = 60;
/** Capitalised words of a title and nothing else: "EU Trade Commissioner ", "Minister of Trade ". */
const TITLE_RUN = /^(?:\p{Lu}[\p{L}.-]*[ \t]+(?:(?:of|for|the)[ \t]+)*)+$/u;

/** Whether the words at `at` are " of " and a country: "Javier Milei | of Argentina". */
function ofCountry(text: string, at: number): boolean {
  const m = /^[ \t]+of[ \t]+(\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+)?)/u.exec(text.slice(at, at + 40));
  return m?.[1] !== undefined && placeCode(m[1]) !== null;
}

/** A full name, then a time it did something at: "Xi Jinping on Sunday | and …". */
const PARALLEL_BEFORE =
  /(\p{Lu}[\p{L}'’\x92-]+(?:[ \t]+\p{Lu}[\p{L}'’\x92-]+){1,2})[ \t]+(?:on[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\d{1,2})?|on[ \t]+\d{1,2}[ \t]+\p{Lu}\p{Ll}+|in[ \t]+the[ \t]+(?:morning|afternoon|evening)|yesterday|today|last[ \t]+\p{Lu}\p{Ll}+)[ \t]*$/u;

/**
 * Every person mentioned in `text`, in order, with later short mentions ("Carney") tied to the
 * fullest form seen ("Mark Carney") and to the directory's actor when there is one.
 */
export function findPeople(text: string, ctx: PeopleContext): PersonMention[] {
  const raw: { start: number; end: number; name: string }[] = [];
  /** one-word names shown to be a body's: "Cecafé, the exporters' council,", "… Council (Cecafé)" */
  const bodyNames = new Set<string>();
  /** Adds the name in `group`, which starts at `from` in the text. */
  const add = (group: string, from: number, cleaned = cleanName(group)) => {
    if (cleaned === null) return;
    if (group.indexOf(cleaned) === -1) return; // spaced unlike the cleaned form: skip
    let at = from + group.lastIndexOf(cleaned);
    let name = cleaned;
    if (
      !name.includes(' ') &&
      (BODY_APPOSITION.test(text.slice(at + name.length, at + name.length + 80)) ||
        isBodyShortName(text, name))
    ) {
      bodyNames.add(name);
      return;
    }
    // "Parts Makers' Council": the plural a body is named for, not a person.
    const members = name.endsWith('s') && MEMBERS_OF_BODY.exec(text.slice(at + name.length));
    if (members && BODY_WORDS.has(members[2] ?? '')) return;
    // "Vice Premier He Lifeng": after a title, "He" is a surname, not a pronoun.
    if (group.startsWith('He ') && group.indexOf(cleaned) === 3 && /^[A-Z]/.test(cleaned)) {
      at -= 3;
      name = `He ${cleaned}`;
    }
    raw.push({ start: at, end: at + name.length, name });
  };
  for (const re of [
    TITLED,
    TITLE_OF_PLACE,
    ROLE_COMMA,
    SAYING,
    SAID_NAME,
    APPOSITION,
    SUBJECT,
    ENGAGED,
    MET_SURNAME,
    JOB_TITLED,
    RELATION_NAME,
    DASH_SIGNED,
    SET_OFF_SAYING,
    TURN_LABEL,
    TITLE_TURN,
    COUNTRY_OWNED,
    LISTED_WITH_COUNTRY,
  ]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (!m[1]) continue;
      const at = m.index + m[0].indexOf(m[1]);
      if (re === SAYING && afterPlacePreposition(text, at)) continue;
      if (re === COUNTRY_OWNED && !ownedByCountry(text, at)) continue;
      // "… Milei of Argentina": the words after "of" must name a country.
      if (
        re === LISTED_WITH_COUNTRY &&
        !ofCountry(text, at + m[1].length) &&
        !ownedByCountry(text, at)
      )
        continue;
      // "met Šefčovič in Brussels": a family name alone, not a place, a day or a common word.
      if (re === MET_SURNAME && (placeCode(m[1]) !== null || isNotName(m[1]) || isRegion(m[1])))
        continue;
      // "met S. Korea's envoy": an initial before a place is no name.
      if (re === ENGAGED && INITIAL_FIRST.test(m[1]) && placeCode(m[1].slice(3)) !== null) continue;
      // "Farm Credit of Canada said": of a place, or of one word, the words name a body; a name
      // inside them is read from the next word on ("Minister of Trade Ana Ruiz said").
      if (re === SAYING && m[2] !== undefined && !ofBody(m[1], m[2])) {
        re.lastIndex = at + m[1].length;
        continue;
      }
      if (re === SAID_NAME && BODY_BEFORE_JOB.test(text.slice(at + m[1].length, at + 60))) continue;
      if (
        re === SAID_NAME &&
        !m[1].includes(' ') &&
        REPORTED_VERB.test(text.slice(at + m[1].length, at + m[1].length + 12))
      )
        continue;
      if (
        re === TITLE_OF_PLACE &&
        !m[1].includes(' ') &&
        PORTFOLIO_GOES_ON.test(text.slice(at + m[1].length, at + m[1].length + 60))
      )
        continue;
      if (re === TITLED && LISTED_PORTFOLIO.test(text.slice(at - 2, at + m[1].length + 6)))
        continue;
      add(m[1], at);
    }
  }
  // A release signed at its end: "Senator the Hon Don Farrell" on a line of its own.
  const tail = Math.max(0, text.length - SIGNED_REACH);
  const signature = SIGNATURE.exec(text.slice(tail));
  if (signature?.[1])
    add(signature[1], tail + signature.index + signature[0].indexOf(signature[1]));
  // … or headed by it: "MEDIA RELEASE ¶ Senator the Hon Don Farrell ¶ Minister for Trade".
  const masthead = mastheadName(text);
  if (masthead) add(masthead.name, masthead.start);
  TITLE_OF_BODY_NAME.lastIndex = 0;
  for (let m = TITLE_OF_BODY_NAME.exec(text); m !== null; m = TITLE_OF_BODY_NAME.exec(text))
    if (m[1]) add(m[1], m.index + m[0].length, trailingName(m[1]));
  // The second name of a pair stands after the last " and " of the match.
  const second = (m: RegExpExecArray, name: string) =>
    add(name, m.index + m[0].indexOf(name, m[0].lastIndexOf(' and ')));
  BETWEEN.lastIndex = 0;
  for (let m = BETWEEN.exec(text); m !== null; m = BETWEEN.exec(text)) {
    if (!ENGAGEMENT_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
    if (m[1]) add(m[1], m.index + m[0].indexOf(m[1]));
    if (m[2]) second(m, m[2]);
  }
  PER_SIDE.lastIndex = 0;
  const sides = SIDE_AND.test(text) ? PER_SIDE : null;
  for (let m = sides?.exec(text) ?? null; m !== null; m = PER_SIDE.exec(text)) {
    const [, first, side1, other, side2] = m;
    if (!first || !other || placeCode(side1 ?? '') === null || placeCode(side2 ?? '') === null)
      continue;
    if (!first.includes(' ') || !other.includes(' ')) continue; // "Exports for Canada" is no name
    add(first, m.index + m[0].indexOf(first));
    second(m, other);
  }
  // "Tomas Lind, who farms near Regina": the name before a cue that only a person takes.
  PERSON_CUE.lastIndex = 0;
  for (let m = PERSON_CUE.exec(text); m !== null; m = PERSON_CUE.exec(text)) {
    const before = nameBefore(text, m.index);
    if (before && !afterPlacePreposition(text, before.start)) add(before.name, before.start);
  }
  readPossessives(text, add);
  // "President Ana Ruiz and Li Wen met": a full name joined to a person found is a person.
  const fullNames = raw.map((r) => r.name).filter((n) => n.includes(' '));
  const found = foundTest(new Set(fullNames));
  // "Olafson and Dominic LeBlanc met …": the surname of a person found stands for them.
  const foundSurnames = new Set(fullNames.map((n) => n.slice(n.lastIndexOf(' ') + 1)));
  const unread = (from: number, to: number) => !raw.some((r) => r.start < to && from < r.end);
  AND_NAME.lastIndex = 0;
  for (let m = AND_NAME.exec(text); m !== null; m = AND_NAME.exec(text)) {
    // "… and New Zealand's Todd McClay": the name after the country it is of.
    const of = PLACE_POSSESSIVE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    let at = m.index + m[0].length + (of && placeCode(of[1] ?? '') !== null ? of[0].length : 0);
    // "Piyush Goyal and EU Trade Commissioner Maroš Šefčovič": the name after a title of a
    // country, as found ("B.C. Jobs and Economic Growth Minister Ravi Kahlon" is one title).
    const titled = raw.find(
      (r) =>
        r.start > at &&
        r.start - at <= TITLE_REACH &&
        TITLE_RUN.test(text.slice(at, r.start)) &&
        placeCode(text.slice(at).split(/[ \t]/, 1)[0] ?? '') !== null,
    );
    if (titled) at = titled.start;
    const other = titled ? titled.name : NAME_AT_START.exec(text.slice(at, at + 80))?.[1];
    if (!other) continue;
    // "met Xi Jinping on Sunday and Vladimir Putin the next day": a full name set after a time,
    // in parallel with a person found before that time, is a person met in turn.
    const parallel = PARALLEL_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (
      parallel &&
      found(parallel[1] ?? '') &&
      cleanName(other)?.includes(' ') === true &&
      unread(at, at + other.length)
    ) {
      add(other, at);
      continue;
    }
    const listed = [...namesListedBefore(text, m.index), { name: other, start: at }];
    if (listed.length < 2) continue;
    const cleaned = listed.map((n) => cleanName(n.name));
    const first = listed[0] as { name: string; start: number };
    const lead = text.slice(Math.max(0, first.start - 80), first.start);
    // "Ursula von der Leyen and António Costa met …", "Wang Wentao, Yoji Muto and Yeo Han-koo
    // co-chaired …": full names opening a sentence or a clause ("On Thursday, …", "… when Ana
    // Ruiz and Li Wen met") as its subject are people.
    const opening = beforeOwner(lead);
    const subject =
      (LIST_START.test(opening) || CLAUSE_START.test(opening)) &&
      VERB_AFTER.test(text.slice(at + other.length, at + other.length + 16));
    // "talks between Sidhu, Okafor and Lindqvist": the sides of an engagement, surnames too.
    const sides = listed.length > 2 && BETWEEN_LIST.test(lead);
    // "a dinner for Ana Ruiz, Li Wen, Tomas Lind and Raj Iyer": a long list of full names, none
    // a place, is a list of people.
    const guests =
      listed.length >= GUEST_LIST &&
      listed.every((n) => !isRegion(n.name) && placeCode(n.name) === null);
    listed.forEach((n, i) => {
      const own = cleaned[i];
      const rest = cleaned.filter((_, j) => j !== i);
      const full = (c: string | null | undefined) => c?.includes(' ') === true;
      const person = sides
        ? cleaned.every((c) => c !== null)
        : full(own) &&
          (((subject || guests) && rest.every(full)) ||
            rest.some((c) => (full(c) ? found(c ?? '') : foundSurnames.has(c ?? ''))));
      if (person && unread(n.start, n.start + n.name.length)) add(n.name, n.start);
    });
  }
  // Names the directory knows, and surnames of names already found, anywhere in the text.
  const known = new Set(raw.map((r) => r.name));
  const isFound = foundTest(known);
  const surnames = new Set<string>();
  for (const n of known) for (const t of wordsOfName(n)) surnames.add(t);
  for (const a of ctx.directory)
    if (a.kind === 'person') for (const t of tokensOf(a.name)) surnames.add(t);
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(text); m !== null; m = CAPITALISED.exec(text)) {
    // A single word is read only as a known surname: most runs are, and cleaning them is costly.
    if (!/\s/.test(m[0]) && !surnames.has(m[0])) continue;
    if (
      !/\s/.test(m[0]) &&
      isNotName(m[0]) &&
      INSIDE_SENTENCE.test(text.slice(Math.max(0, m.index - 3), m.index))
    ) {
      raw.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
      continue;
    }
    // "He Yongqian:" opening a line, after "He Yongqian said": a known name whose surname is
    // also a word of no name, which cleaning would leave out.
    const lead = knownLead(m[0], known);
    if (lead !== null) {
      raw.push({ start: m.index, end: m.index + lead.length, name: lead });
      continue;
    }
    const cleaned = cleanName(m[0]);
    if (cleaned === null) {
      const surname = titledSurname(m[0], surnames);
      if (surname !== null) {
        const at = m.index + m[0].length - surname.length;
        raw.push({ start: at, end: at + surname.length, name: surname });
      }
      continue;
    }
    // The longest leading part of the run that is a known name ("Wang Yi Meets" → "Wang Yi").
    const toks = tokensOf(cleaned);
    for (let k = toks.length; k >= 1; k--) {
      const candidate = toks.slice(0, k).join(' ');
      const isKnown =
        isFound(candidate) ||
        (k > 1 && directoryMatches(candidate, ctx.directory).length > 0) ||
        (k === 1 && surnames.has(candidate));
      if (!isKnown) continue;
      const at = m.index + m[0].indexOf(cleaned);
      if (text.slice(at, at + candidate.length) !== candidate) break;
      raw.push({ start: at, end: at + candidate.length, name: candidate });
      break;
    }
    // "Dominic LeBlanc, who …" where only "LeBlanc said" was read: a given name and a known name.
    const last = toks.at(-1) ?? '';
    const full = toks.slice(-2).join(' ');
    const given = toks.at(-2) ?? '';
    if (toks.length >= 2 && known.has(last) && !known.has(given) && !IS_TITLE.test(given)) {
      const at = m.index + m[0].lastIndexOf(full);
      if (at >= m.index) raw.push({ start: at, end: at + full.length, name: full });
    }
  }
  for (const n of known) readFamilyCaps(text, n, raw);
  // "(Minister of International Trade, Lib.)" after a turn's label: the speaker's seat,
  // portfolio and party, where no one else is named.
  const labelNotes = labelBrackets(text);
  if (labelNotes.length > 0) {
    const kept = raw.filter((r) => !insideAny(labelNotes, r.start));
    raw.length = 0;
    raw.push(...kept);
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  // "Hanul said" after "Hanul Materials Co.": the company, not a person.
  const named = ctx.companies ?? findCompanies(text);
  const companies = new Set(named.map((c) => c.short));
  /** inside a company's name: "carmaker Great Wall" */
  const ofCompany = (r: Range) => named.some((c) => c.start <= r.start && r.end <= c.end);
  const mentions: PersonMention[] = [];
  const fullForms: string[] = [];
  const words = new Map<string, string[]>();
  const wordsOf = (name: string) => {
    const known = words.get(name) ?? wordsOfName(name);
    words.set(name, known);
    return known;
  };
  let lastEnd = -1;
  for (const found of raw) {
    const r = withParticles(text, found, raw);
    if (
      r.start < lastEnd ||
      isMonthDay(text, r) ||
      companies.has(r.name) ||
      bodyNames.has(r.name) ||
      ofCompany(r)
    )
      continue;
    lastEnd = r.end;
    // A short form takes the fullest earlier (or later) form that contains it as a token, or
    // that ends with it ("Von der Leyen" opening a sentence: "Ursula von der Leyen"); a name
    // written in the other order ("Sanae Takaichi" after "Takaichi Sanae") is the same one.
    let name = r.name;
    if (!name.includes(' ')) {
      const full =
        fullForms.find((f) => wordsOf(f).includes(name)) ??
        raw.find((o) => o.name.includes(' ') && wordsOf(o.name).includes(name))?.name;
      if (full) name = full;
    } else if (!fullForms.includes(name)) {
      const tail = ` ${name.toLowerCase()}`;
      const key = orderless(wordsOf(name));
      const same =
        fullForms.find((f) => f.toLowerCase().endsWith(tail) || orderless(wordsOf(f)) === key) ??
        raw.find((o) => o.name.toLowerCase().endsWith(tail))?.name;
      if (same) name = same;
      if (!fullForms.includes(name)) fullForms.push(name);
    }
    const before = titleBefore(text, r.start);
    const entry =
      pickEntry(directoryMatches(name, ctx.directory), before, ctx.date) ??
      pickEntry(directoryMatches(r.name, ctx.directory), before, ctx.date);
    mentions.push({
      text: text.slice(r.start, r.end),
      start: r.start,
      end: r.end,
      name: entry?.name ?? name,
      actor: entry?.id ?? null,
      jurisdiction:
        entry?.jurisdiction ?? jurisdictionBefore(text, r.start) ?? jurisdictionAfter(text, r.end),
      byRole: false,
    });
  }
  sideOfName(mentions);
  settingSide(text, mentions, (i) => mentions[i]?.actor === null);
  sideOfName(mentions);
  const roles = findRoles(text, ctx, mentions);
  const titled = findTitleAnaphora(text, mentions, roles, ctx.quoted ?? []);
  const firstPerson = findSignerAsI(text, mentions, ctx.quoted ?? []);
  const aged = findAgeAnaphora(text, mentions, ctx.quoted ?? []);
  const portfolio = findPortfolioAnaphora(text, mentions, [...mentions, ...roles, ...titled]);
  return [...mentions, ...roles, ...titled, ...firstPerson, ...aged, ...portfolio].sort(
    (a, b) => a.start - b.start,
  );
}
