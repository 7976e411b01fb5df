/**
 * Words standing for a person named before: a bare title ("the Prime Minister", "the
 * agriculture minister", "the 52-year-old farmer"), the person the text introduced with that
 * title (findTitleAnaphora, the titles read in people-introduced-titles.ts); and an age alone
 * ("the 54-year-old said"), the person named just before (findAgeAnaphora).
 */
import {
  counterpartTitle,
  fitsTitle,
  headOf,
  introducedAs,
  LOWER_RANK,
  OF_STATE,
  SECRETARY,
  SHARES_RANK,
  titleOfCountry,
  wordsIn,
} from './people-introduced-titles.ts';
import type { PersonMention } from './people-mentions.ts';
import { placeCode } from './places.ts';
import { insideAny, type Range } from './sentences.ts';

/**
 * A bare title standing for a person, not followed by a name: "the Prime Minister", "the
 * agriculture minister", "the Commission president", "the Mexican minister", "India's foreign
 * minister", "the Chinese leader" (a head of state or government); or a role a person was
 * introduced with: "the economist" after "Ada Okoro, an agricultural economist". Group 1 is a
 * possessive country, group 2 the words that narrow the title down ("the Business and Trade
 * Secretary", "the U.S. trade representative", an age: "the 52-year-old farmer"; a word with a full
 * stop ends a sentence: "… the list. The minister"), group 3 the title itself. Not a title whose
 * portfolio or name follows ("the Minister for the Constitution, Ana Ruiz"), nor one owning
 * something ("the minister's office") other than an engagement ("the President's meeting with").
 */
const BARE_TITLE =
  /\b(?:[Tt]he|(\p{Lu}[\p{L}.]*)['’\x92]s)\s+((?:(?:(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}-]*)\s+){0,3}?)([Pp]rime [Mm]inister|[Vv]ice [Pp]remier|[Pp]remier|[Pp]resident|[Cc]hancellor|[Mm]inister|[Ss]ecretary of [Ss]tate|[Ss]ecretary|[Cc]ommissioner|[Aa]mbassador|[Tt]rade [Rr]epresentative|leader|economist|analyst|farmer|grower|rancher|fisherman|exporter|importer|trader|broker|buyer|executive|chairman|chairwoman|chair|director|spokesperson|spokesman|spokeswoman|negotiator|envoy|lawyer|professor|owner|founder)\b(?!\s+(?:(?:of|for|responsible\s+for)\s+(?:the\s+)?)?\p{Lu})(?!['’\x92]s(?!\s+(?:[\w-]+\s+)?(?:meeting|talks|call|visit)\s+with\b))/gu;

/**
 * A bare title capitalised inside a sentence's words ("the Minister", "the Prime Minister"):
 * the style of a readout, which calls its own principal so however many others of that rank it
 * names in passing. The title stands for the first one introduced with it (not with a title of
 * the same rank: a "Special Secretary" is no "Minister"), not the last.
 */
const READOUT_TITLE = /^\p{Lu}/u;

/** Words that end the description of someone unnamed: prepositions, articles, possessives. */
const NOT_DESCRIBING = '(?:with|to|of|for|from|by|at|in|on|and|or|the|a|an|his|her|their|its|our)';
/**
 * Someone left unnamed with a title: "a senior minister", "one Halifax broker"; not a title
 * after a preposition or an article, which goes with another noun ("a call with President …",
 * "a letter to the minister"), nor anyone of a kind an event is counted among ("the first
 * visit to China by a Peruvian farm minister since 2019").
 */
const unnamedWith = (head: string) =>
  new RegExp(
    `\\b(?:an?|one|another)(?<!\\b(?:first|second|third|latest)\\b[^.;,]{0,60}\\bby\\s+\\w+)\\s+((?:(?!${NOT_DESCRIBING}\\b)[\\p{L}.'’\x92-]+\\s+){0,4}?${head})\\b`,
    'giu',
  );

/**
 * A title of a lower rank and its portfolio, right before a name: "the Vice Minister of
 * Commerce of the People's Republic of China, | Ling Ji".
 */
const LOWER_TITLE_BEFORE =
  /\b(?:vice|deputy|assistant)[ -]?(?:minister|premier|president|secretary|governor)\b[^.;:()\n]{0,80}$/i;
/** An age before a title: "the 52-year-old farmer". */
const AGE = /^\d+-year-old$/;
/**
 * A word of someone's journey before a title, which narrows it to no one: "the visiting
 * minister".
 */
const JOURNEY_WORD = /^(?:visiting|travelling|traveling|touring)$/;

/** The person named last before `at`, in the 300 characters before it. */
const lastNamed = (named: readonly PersonMention[], at: number) =>
  named.filter((n) => n.end <= at && n.end > at - 300 && !n.byRole).slice(-1);

/**
 * An age standing alone for a person, before a verb or ending a clause: "“…,” the 54-year-old
 * said", "“…,” said the 54-year-old, who …".
 */
const AGE_ALONE =
  /\b[Tt]he[ \t]+\d{1,3}-year-old(?=[ \t]+(?:said|says|added|told|\p{Ll}+ed)\b|[,.])/gu;

/**
 * A title with its portfolio and no name after it, maybe after a country's demonym: "received the
 * Egyptian Minister of Investment and Foreign Trade and his delegation". Group 1 is the title
 * with its portfolio.
 */
const PORTFOLIO_TITLE =
  /\b[Tt]he\s+(?:\p{Lu}\p{Ll}+\s+)?((?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,5})(?![\p{L}-]|,?\s+(?:\p{Lu}|of\b|for\b))/gu;

/**
 * "Hassan El-Khatib, Minister of Investment and Foreign Trade, met … received the Egyptian
 * Minister of Investment and Foreign Trade": a title with its portfolio and no name stands for
 * the one person the text named with that very title, just before or just after the name.
 */
export function findPortfolioAnaphora(
  text: string,
  named: readonly PersonMention[],
  known: readonly PersonMention[],
): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.matchAll(PORTFOLIO_TITLE)) {
    const title = m[1] ?? '';
    const start = m.index;
    const end = start + m[0].length;
    if (known.some((k) => k.start < end && start < k.end)) continue;
    const holders = new Set(
      named
        .filter(
          (n) =>
            n.end <= start &&
            !n.byRole &&
            (text.slice(n.end, n.end + title.length + 8).includes(title) ||
              text.slice(Math.max(0, n.start - title.length - 4), n.start).includes(title)),
        )
        .map((n) => n.name),
    );
    const [name] = holders;
    const holder = holders.size === 1 ? named.find((n) => n.name === name) : undefined;
    if (!holder) continue;
    const antecedent = { text: holder.text, start: holder.start, end: holder.end };
    out.push({ ...holder, text: m[0], start, end, byRole: true, antecedent });
  }
  return out;
}

/**
 * "Ana Ruiz … “…,” the 54-year-old said": the age describes the person named just before,
 * outside quotation marks (a name someone says is not who says it).
 */
export function findAgeAnaphora(
  text: string,
  named: readonly PersonMention[],
  quoted: readonly Range[],
): PersonMention[] {
  const ages = [...text.matchAll(AGE_ALONE)];
  if (ages.length === 0) return [];
  const unquoted = named.filter((n) => !insideAny(quoted, n.start));
  return ages.flatMap((m) => {
    const holder = lastNamed(unquoted, m.index)[0];
    if (!holder) return [];
    const antecedent = { text: holder.text, start: holder.start, end: holder.end };
    const at = { text: m[0], start: m.index, end: m.index + m[0].length };
    return [{ ...holder, ...at, byRole: true, antecedent }];
  });
}

/**
 * "Prime Minister Narendra Modi met … Earlier, the Prime Minister held talks with …": a bare
 * title is a person the text introduced with that title; of several, the one mentioned last
 * ("Trade Minister Ada Okoro and Finance Minister Paul Tan met … Okoro told reporters …
 * The minister said": Okoro). Readouts refer to their own principal this way, and news
 * reports attribute quotes so ("…," the agriculture minister said). A title nobody was
 * introduced with stays unresolved (no mention).
 */
export function findTitleAnaphora(
  text: string,
  named: readonly PersonMention[],
  roles: readonly PersonMention[],
  quoted: readonly Range[],
): PersonMention[] {
  const out: PersonMention[] = [];
  const titles = new Map<PersonMention, string[][]>();
  const titlesOf = (n: PersonMention) => {
    const known = titles.get(n);
    if (known) return known;
    const found = introducedAs(text, n, named);
    titles.set(n, found);
    return found;
  };
  /**
   * The last mention of a person before `at`, by name or by a title read before. A title in
   * the narration does not point at a name someone says ("“I told Minister Wang …” The
   * minister added …" is the speaker).
   */
  const lastMention = (name: string, at: number) =>
    [...named, ...out]
      .filter(
        (o) =>
          o.name === name && o.end <= at && (insideAny(quoted, at) || !insideAny(quoted, o.start)),
      )
      .reduce<PersonMention | undefined>((a, o) => (a && a.start > o.start ? a : o), undefined);
  BARE_TITLE.lastIndex = 0;
  for (let m = BARE_TITLE.exec(text); m !== null; m = BARE_TITLE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (roles.some((r) => r.start < end && start < r.end)) continue;
    if (named.some((n) => n.start < end && start < n.end)) continue;
    // "Today's actions follow the President's meeting": an owner that is no country opens no
    // title, and a title after it is still read.
    if (m[1] !== undefined && placeCode(m[1]) === null) {
      BARE_TITLE.lastIndex = start + m[1].length + 1;
      continue;
    }
    const titleWords = wordsIn(m[3] ?? '');
    const ofState = OF_STATE.test(m[3] ?? '');
    const head = headOf(titleWords);
    const lead = ofState ? [] : titleWords.slice(0, -1);
    const words = [...(m[1] ? [m[1]] : []), ...wordsIn(m[2] ?? ''), ...lead];
    const narrowing = words.filter((w) => !AGE.test(w) && !JOURNEY_WORD.test(w));
    const earlier = named.filter((n) => n.end <= start && n.name.includes(' '));
    const ranked = earlier.filter((n) => titlesOf(n).some((t) => fitsTitle(narrowing, head, t, n)));
    // "the secretary" is one introduced as a secretary before one of the same rank ("Minister").
    const exact = ranked.filter((n) => titlesOf(n).some((t) => headOf(t) === head));
    const direct = SHARES_RANK.has(head) && exact.length > 0 ? exact : ranked;
    // "his Vietnamese counterpart Pham Minh Chinh … the Vietnamese premier": a counterpart has
    // the partner's title, when no one was introduced with the title itself.
    const byTitle =
      direct.length > 0
        ? direct
        : earlier.filter((n) => {
            const t = counterpartTitle(text, n, named);
            return t !== null && fitsTitle(narrowing, head, t, n);
          });
    // "the premier" is one introduced as a premier, else a prime minister (see PRIME_MINISTER).
    const premiers = byTitle.filter((n) => titlesOf(n).some((t) => headOf(t) === 'premier'));
    const fits = head === 'premier' && premiers.length > 0 ? premiers : byTitle;
    // "the Secretary of State" is the one introduced so, else a "Business Secretary"; never a
    // minister, whose rank a secretary otherwise shares.
    const introducedWith = (n: PersonMention, re: RegExp) =>
      titlesOf(n).some((t) => re.test(t.slice(-3).join(' ')));
    const asStated = fits.filter((n) => introducedWith(n, OF_STATE));
    const secretaries = fits.filter((n) => introducedWith(n, SECRETARY));
    const fitting = !ofState ? fits : asStated.length > 0 ? asStated : secretaries;
    // "Prime Minister Mark Carney met the Prime Minister of India, Narendra Modi … the Prime
    // Minister": a title named with no country is the holder the text never gave one.
    const ofCountry = (n: PersonMention) =>
      named.some(
        (o) =>
          o.name === n.name &&
          o.end <= start &&
          titlesOf(o).some((t) => titleOfCountry(t, titleWords)),
      );
    const plain = narrowing.some((w) => placeCode(w) !== null)
      ? fitting
      : fitting.filter((n) => !ofCountry(n));
    // "Satyanarayana Raju's ponds … the 52-year-old farmer asked": an age describes someone
    // named just before, whatever the title he was introduced with.
    const aged = words.some((w) => AGE.test(w)) && fitting.length === 0;
    const found = plain.length > 0 ? plain : aged ? lastNamed(named, start) : fitting;
    // "the minister" is one introduced as a minister before a vice or deputy minister, who is
    // named so ("the vice minister"); a long title may hold the rank far before the name.
    const lowered = (n: PersonMention) => {
      const first = named.find((o) => o.name === n.name) ?? n;
      return (
        titlesOf(n).some((t) => t.some((w) => LOWER_RANK.test(w))) ||
        LOWER_TITLE_BEFORE.test(text.slice(Math.max(0, first.start - 100), first.start))
      );
    };
    const full = [...words, ...titleWords].some((w) => LOWER_RANK.test(w))
      ? found
      : found.filter((n) => !lowered(n));
    const holders = full.length > 0 ? full : found;
    const last = new Map(holders.map((n) => [n.name, lastMention(n.name, start)]));
    const latest = Math.max(...holders.map((n) => last.get(n.name)?.start ?? -1));
    const principal = READOUT_TITLE.test(m[3] ?? '')
      ? holders.find((n) => titlesOf(n).some((t) => headOf(t) === head))?.name
      : undefined;
    const holder = holders.findLast((n) =>
      principal !== undefined ? n.name === principal : last.get(n.name)?.start === latest,
    );
    if (!holder) continue;
    // "A Lagos broker, who asked not to be named, …": the title is someone unnamed since
    // the holder was last mentioned (and introduced in an apposition: ", an economist at …,").
    const since = text.slice(last.get(holder.name)?.end ?? start, start);
    const unnamed = [...since.replace(/^,[^,.;]*/, '').matchAll(unnamedWith(head))];
    if (unnamed.some((u) => fitsTitle(narrowing, head, wordsIn(u[1] ?? ''), holder))) continue;
    const antecedent = { text: holder.text, start: holder.start, end: holder.end };
    out.push({ ...holder, text: m[0], start, end, byRole: true, antecedent });
  }
  return out;
}
