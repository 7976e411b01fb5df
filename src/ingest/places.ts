/**
 * Countries and the words that stand for them: names, demonyms ("Canadian" → CAN), capitals
 * standing for their governments ("Beijing" → CHN) and the EU ("the EU", "European Union",
 * "Brussels" → EU). Built once from world-countries, then matched with one compiled pattern.
 * Matching is case-sensitive: proper names are capitalised, and "turkey" or "china" in lower
 * case are not countries.
 */
import type { Countries } from 'world-countries';
import data from 'world-countries/countries.json' with { type: 'json' };
import { z } from 'zod';
import { DetenteError } from '../core/errors.ts';
import placesData from './places.json' with { type: 'json' };

/** The package's JSON, typed with its own declarations (its default export is mistyped for NodeNext). */
const worldCountries = data as unknown as Countries;

/**
 * How a word came to stand for a jurisdiction; 'region' is a province, a state or a large city
 * whose government stands for its country as a side ("a delegation from the Sichuan provincial
 * government"), never found by `findPlaces`.
 */
export type PlaceVia = 'name' | 'demonym' | 'capital' | 'body' | 'region';

export interface PlaceMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly via: PlaceVia;
}

/** The code of the European Union in candidates and in the labelled sets. */
export const EU = 'EU';

/** The member states of the European Union, whose goods a measure on the EU's reaches. */
export const EU_MEMBERS: ReadonlySet<string> = new Set([
  'AUT',
  'BEL',
  'BGR',
  'HRV',
  'CYP',
  'CZE',
  'DNK',
  'EST',
  'FIN',
  'FRA',
  'DEU',
  'GRC',
  'HUN',
  'IRL',
  'ITA',
  'LVA',
  'LTU',
  'LUX',
  'MLT',
  'NLD',
  'POL',
  'PRT',
  'ROU',
  'SVK',
  'SVN',
  'ESP',
  'SWE',
]);

/** Whether two places stand for the same origin, or one for the EU and the other for a member. */
export const sameOrigin = (a: string | null, b: string | null): boolean =>
  a !== null &&
  b !== null &&
  (a === b || (a === EU && EU_MEMBERS.has(b)) || (b === EU && EU_MEMBERS.has(a)));

/** Capitals that are also common names or other places: never taken for a government. */
const AMBIGUOUS_CAPITALS = new Set([
  'Victoria',
  'Kingston',
  'Hamilton',
  'Georgetown',
  'Jamestown',
  'Palikir',
  'Avarua',
  'Basseterre',
  "Saint John's",
  'King Edward Point',
  'Flying Fish Cove',
  'Adamstown',
  'Kingstown',
  'Castries',
  'Roseau',
  'Plymouth',
  'Majuro',
  'Douglas',
]);
/**
 * Country names that are too often something else in news text, among them the data's
 * spellings in other languages that are a given name, a surname or an English word ("Dominique
 * Roy", "Thomas Mann", "Vancouver Island").
 */
const AMBIGUOUS_NAMES = new Set([
  'Chad',
  'Jersey',
  'Guernsey',
  'Man',
  'Niger',
  'Georgia',
  'Jordan',
  'Dominique',
  'Mann',
  'Island',
]);

/** Words the data does not carry, or carries for another place. */
const EXTRA: readonly (readonly [string, string, PlaceVia])[] = [
  ['U.S.', 'USA', 'name'],
  ['US', 'USA', 'name'],
  ['USA', 'USA', 'name'],
  ['America', 'USA', 'name'],
  ['Washington', 'USA', 'capital'],
  ['White House', 'USA', 'body'],
  ['USTR', 'USA', 'body'],
  ['U.K.', 'GBR', 'name'],
  ['UK', 'GBR', 'name'],
  ['Britain', 'GBR', 'name'],
  ['Korea', 'KOR', 'name'],
  ['Turkey', 'TUR', 'name'],
  ['Korean', 'KOR', 'demonym'],
  // the adjective of the Philippines, which the country data gives only as "Filipino"
  ['Philippine', 'PHL', 'demonym'],
  ['EU', EU, 'name'],
  ['E.U.', EU, 'name'],
  ['European Union', EU, 'name'],
  ['European Commission', EU, 'body'],
  ['Brussels', EU, 'capital'],
  ['European', EU, 'demonym'],
  ['Europeans', EU, 'demonym'],
  ['MOFCOM', 'CHN', 'body'],
  ['Kremlin', 'RUS', 'body'],
  // the seats of governments, which speak for them as the White House does
  ['Downing Street', 'GBR', 'body'],
  ['Whitehall', 'GBR', 'body'],
  ['Élysée', 'FRA', 'body'],
  ['Elysée', 'FRA', 'body'],
  ['Elysee', 'FRA', 'body'],
  ['Kantei', 'JPN', 'body'],
  ['Zhongnanhai', 'CHN', 'body'],
  // the U.S. executive departments, which American usage names with the portfolio first
  // ("the Commerce Department said"); other governments' are ministries
  ['Commerce Department', 'USA', 'body'],
  ['State Department', 'USA', 'body'],
  ['Treasury Department', 'USA', 'body'],
  ['Agriculture Department', 'USA', 'body'],
  ['Labor Department', 'USA', 'body'],
  // China's cabinet, whose commissions ("the Customs Tariff Commission of the State Council")
  // and offices releases name without the country
  ['State Council', 'CHN', 'body'],
  ['Mainland China', 'CHN', 'name'],
  ['PRC', 'CHN', 'name'],
  // China's customs, its tariff commission (named with or without "of the State Council") and
  // its planner, named in releases without the country
  ['General Administration of Customs', 'CHN', 'body'],
  ['GACC', 'CHN', 'body'],
  ['Customs Tariff Commission', 'CHN', 'body'],
  ['National Development and Reform Commission', 'CHN', 'body'],
  ['NDRC', 'CHN', 'body'],
  // the trade bodies of other governments that trade news and releases name without their
  // country ("the Federal Council imposed …", "METI said"), by country; names several
  // governments share ("Ministry of Commerce", "MOFA", "MAFF", "Trade Remedies Authority":
  // Vietnam's is named so too) are left out. The United Kingdom's departments:
  ['Department for Business and Trade', 'GBR', 'body'],
  ['Department for Environment, Food and Rural Affairs', 'GBR', 'body'],
  ['Defra', 'GBR', 'body'],
  ['DEFRA', 'GBR', 'body'],
  ['HM Treasury', 'GBR', 'body'],
  ['HM Revenue and Customs', 'GBR', 'body'],
  ['HM Revenue & Customs', 'GBR', 'body'],
  ['HMRC', 'GBR', 'body'],
  ['Foreign, Commonwealth and Development Office', 'GBR', 'body'],
  ['Foreign, Commonwealth & Development Office', 'GBR', 'body'],
  ['FCDO', 'GBR', 'body'],
  // Switzerland's government and its economic affairs secretariat
  ['Federal Council', 'CHE', 'body'],
  ['State Secretariat for Economic Affairs', 'CHE', 'body'],
  ['SECO', 'CHE', 'body'],
  // Japan's and Korea's trade and industry ministries
  ['Ministry of Economy, Trade and Industry', 'JPN', 'body'],
  ['METI', 'JPN', 'body'],
  ['Ministry of Trade, Industry and Energy', 'KOR', 'body'],
  ['MOTIE', 'KOR', 'body'],
  // India's foreign ministry, by its name
  ['Ministry of External Affairs', 'IND', 'body'],
  // India's trade remedies and foreign trade directorates
  ['Directorate General of Trade Remedies', 'IND', 'body'],
  ['DGTR', 'IND', 'body'],
  ['DGFT', 'IND', 'body'],
  // Australia's and New Zealand's remedies commission and foreign and trade departments
  ['Anti-Dumping Commission', 'AUS', 'body'],
  ['DFAT', 'AUS', 'body'],
  ['MFAT', 'NZL', 'body'],
  // Canada's foreign ministry, border agency and trade tribunal
  ['Global Affairs Canada', 'CAN', 'body'],
  ['Canada Border Services Agency', 'CAN', 'body'],
  ['CBSA', 'CAN', 'body'],
  ['Canadian International Trade Tribunal', 'CAN', 'body'],
  ['CITT', 'CAN', 'body'],
  // the U.S. border agency and trade commission
  ['Customs and Border Protection', 'USA', 'body'],
  ['CBP', 'USA', 'body'],
  ['International Trade Commission', 'USA', 'body'],
  ['USITC', 'USA', 'body'],
  // Brazil's foreign trade chamber, its executive committee and its foreign trade secretariat
  ['Gecex', 'BRA', 'body'],
  ['GECEX', 'BRA', 'body'],
  ['Camex', 'BRA', 'body'],
  ['CAMEX', 'BRA', 'body'],
  ['Secex', 'BRA', 'body'],
  ['SECEX', 'BRA', 'body'],
  // Mexico's economy ministry, by its Spanish name and as English renders it
  ['Secretaría de Economía', 'MEX', 'body'],
  ['Secretaria de Economia', 'MEX', 'body'],
  ['Secretariat of Economy', 'MEX', 'body'],
  // the European Commission's trade directorate-general
  ['DG Trade', EU, 'body'],
  // initialisms of the two Koreas, which the country data carries among short spellings it
  // does not read ("a delegation of the ROK National Assembly")
  ['ROK', 'KOR', 'name'],
  ['DPRK', 'PRK', 'name'],
  // initialisms of three letters, which the country data carries but the table leaves out
  // with its other short spellings ("UAE Minister of State …", "the DRC's cobalt")
  ['UAE', 'ARE', 'name'],
  ['DRC', 'COD', 'name'],
  // the adjectives of the nations of the United Kingdom, and of its whisky ("Scotch whisky",
  // "the Scotch Whisky Association"), which the data gives only as "British"
  ['Scottish', 'GBR', 'demonym'],
  ['Welsh', 'GBR', 'demonym'],
  ['Northern Irish', 'GBR', 'demonym'],
  ['Scotch', 'GBR', 'demonym'],
  // adjectives the data spells another way ("Argentine", "Ecuadorean", "Slovene", "Icelander")
  ['Argentinian', 'ARG', 'demonym'],
  ['Ecuadorian', 'ECU', 'demonym'],
  ['Slovenian', 'SVN', 'demonym'],
  ['Icelandic', 'ISL', 'demonym'],
  ['Kazakh', 'KAZ', 'demonym'],
  ['Uzbek', 'UZB', 'demonym'],
  ['Nepali', 'NPL', 'demonym'],
  ['Tajik', 'TJK', 'demonym'],
  ['Kyrgyz', 'KGZ', 'demonym'],
  ['Lao', 'LAO', 'demonym'],
  ['Sri Lankan', 'LKA', 'demonym'],
  // the seat of a government other than its capital ("Putrajaya said …"), or the city that
  // holds the capital, written for it ("Delhi imposed …")
  ['Putrajaya', 'MYS', 'capital'],
  ['Delhi', 'IND', 'capital'],
  // capitals written without their accent or in an older spelling
  ['Brasilia', 'BRA', 'capital'],
  ['Kiev', 'UKR', 'capital'],
];

/**
 * Places named with a country's word that are not that country ("East London" is a city of
 * South Africa): read whole, so that the word inside is not read.
 */
const OTHER_PLACES: readonly string[] = [
  'East London',
  'New England',
  'New Mexico',
  'British Columbia',
];

interface Entry {
  readonly code: string;
  readonly via: PlaceVia;
}

function buildTable(): Map<string, Entry> {
  const table = new Map<string, Entry>();
  // A word two places share ("American": USA, American Samoa) goes to the independent one.
  const independent = new Set<string>();
  const fixed = new Set(EXTRA.map(([w]) => w));
  let current = { code: '', independent: false };
  const add = (word: string, code: string, via: PlaceVia) => {
    if (word.length < 2 || !/^[\p{L}.' -]+$/u.test(word) || fixed.has(word)) return;
    if (!table.has(word) || (current.independent && !independent.has(word))) {
      table.set(word, { code, via });
      if (current.independent) independent.add(word);
    }
  };
  for (const [w, code, via] of EXTRA) table.set(w, { code, via });
  for (const c of worldCountries) {
    current = { code: c.cca3, independent: c.independent === true && c.unMember };
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a.length > 3)];
    for (const n of names) if (!AMBIGUOUS_NAMES.has(n)) add(n, c.cca3, 'name');
    const dem = c.demonyms['eng'];
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        add(d, c.cca3, 'demonym');
        if (!d.endsWith('ese') && !d.endsWith('s') && !d.endsWith('ish') && !d.endsWith('ch'))
          add(`${d}s`, c.cca3, 'demonym');
      }
    }
    for (const cap of c.capital) {
      const bare = cap.replace(/\s+D\.C\.$/, '');
      if (!AMBIGUOUS_CAPITALS.has(bare) && c.cca3 !== 'BEL') add(bare, c.cca3, 'capital');
    }
  }
  // The data writes a straight apostrophe ("People's Republic of China", "Côte d'Ivoire"); a
  // text as often a curly one, which the working text writes as its stand-in.
  for (const [word, entry] of [...table]) {
    if (!word.includes("'")) continue;
    for (const mark of ['’', '\x92']) table.set(word.replaceAll("'", mark), entry);
  }
  return table;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TABLE = buildTable();

/**
 * The table's words by their first run of letters ("U" for "U.S.", "South" for "South
 * Korea"), longest first: a capitalised word of the text is looked up here, and only the few
 * entries it opens are tried, as one pattern of every entry grows slow past a size. Entries in
 * lower case (spellings of the data such as "the Abode of Peace") are never a place in news
 * text and are left out.
 */
const BY_FIRST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const key of [...TABLE.keys(), ...OTHER_PLACES]) {
    const first = /^\p{Lu}\p{L}*/u.exec(key)?.[0];
    if (first === undefined) continue;
    const keys = index.get(first) ?? [];
    keys.push(key);
    index.set(first, keys);
  }
  for (const keys of index.values()) keys.sort((a, b) => b.length - a.length);
  return index;
})();

/** A capitalised word starting a word, where an entry may start. */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}.])\p{Lu}\p{L}*/gu;
/** Where an entry may end: not inside a word, nor before an initialism's next letter. */
const ENTRY_END = /(?![\p{L}\p{N}]|\.\p{L})/uy;

/** The longest entry of the table written at `at`, where a capitalised word starts. */
function entryAt(text: string, at: number, word: string): string | undefined {
  return BY_FIRST_WORD.get(word)?.find((key) => {
    if (!text.startsWith(key, at)) return false;
    ENTRY_END.lastIndex = at + key.length;
    return ENTRY_END.test(text);
  });
}

/** "South American", "North American": a continent's, not the United States'. */
const CONTINENT_BEFORE = /\b(?:South|North|Latin|Central)[ -]$/;
/** "US$2 billion", "NZ$", "in U.S. dollars per tonne": a currency, not a place. */
const CURRENCY_AFTER = /^(?:\$|\s+(?:dollars?|cents?)\b)/;

/** Between a country and the body it owns: "Germany's | Federal Council", "the German | …". */
const OWNER_GAP = /^(?:['’\x92]s)?[ \t]+$/;
/** Between a body and the country it is of: "the General Administration of Customs | of Peru". */
const OF_COUNTRY = /^[ \t]+of[ \t]+(?:the[ \t]+)?(\p{Lu}\p{L}*)/u;

/**
 * True when the body of `code` at [start, end) is written as another country's ("Germany's
 * Federal Council", "the General Administration of Customs of Peru"): that country's name
 * stands for it, not the body's.
 */
function ownedByAnother(
  text: string,
  start: number,
  end: number,
  code: string,
  before: PlaceMention | undefined,
): boolean {
  if (before && before.code !== code && OWNER_GAP.test(text.slice(before.end, start))) return true;
  const of = OF_COUNTRY.exec(text.slice(end, end + 40));
  const word = of?.[1];
  if (!of || word === undefined) return false;
  const key = entryAt(text, end + of[0].length - word.length, word);
  const owner = key === undefined ? undefined : TABLE.get(key);
  return owner !== undefined && owner.code !== code;
}

/** Every country, EU or government-body mention in `text`, in order. */
export function findPlaces(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(text); m !== null; m = CAPITALISED_WORD.exec(text)) {
    const key = entryAt(text, m.index, m[0]);
    if (key === undefined) continue;
    const end = m.index + key.length;
    CAPITALISED_WORD.lastIndex = end;
    const entry = TABLE.get(key);
    if (!entry) continue;
    if (CURRENCY_AFTER.test(text.slice(end, end + 9))) continue;
    // "poultry from Northern Ireland": the country's name ends the name of a region of another.
    if ((REGIONS_BY_LAST_WORD.get(key) ?? []).some((r) => text.slice(end - r.length, end) === r))
      continue;
    if (entry.via === 'body' && ownedByAnother(text, m.index, end, entry.code, out.at(-1)))
      continue;
    if (
      /^Americans?$/.test(key) &&
      CONTINENT_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    out.push({ text: key, start: m.index, end, ...entry });
  }
  return out;
}

/** The jurisdiction a single word or name stands for ("Chinese" → CHN), if any. */
export function placeCode(word: string): string | null {
  return TABLE.get(word)?.code ?? null;
}

/** How a single word or name stands for a jurisdiction ("Lima" → capital), if it does. */
export function placeVia(word: string): PlaceVia | null {
  return TABLE.get(word)?.via ?? null;
}

const ISO3 = z.string().regex(/^[A-Z]{3}$/, 'a country is its ISO 3166-1 alpha-3 code');
const NamesByCountry = z.record(ISO3, z.array(z.string().min(1)).min(1));
const PlaceListsSchema = z.object({ regions: NamesByCountry, cities: NamesByCountry });

/** The lists of places.json, checked: a mistake in the data is refused with its key named. */
export function parsePlaceLists(raw: unknown): z.infer<typeof PlaceListsSchema> {
  const parsed = PlaceListsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DetenteError(
      'invalid_config',
      `the place lists are invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}
const places = parsePlaceLists(placesData);

/** A name → country map from the data's lists of names by country. */
const byName = (lists: Record<string, string[]>): ReadonlyMap<string, string> =>
  new Map(Object.entries(lists).flatMap(([code, names]) => names.map((n) => [n, code] as const)));

/**
 * Provinces, states and nations within a country, which speak through their governments
 * ("Manitoba said", "Queensland's premier") but are not countries: never a person's name, and
 * the country they are in for a body named for one ("the Florida Tomato Exchange") or a
 * dateline ("HUMBOLDT, Sask. — "). Names that are also given names ("Victoria", "Georgia",
 * "Virginia") are left out; the short forms are those of datelines.
 */
const REGIONS: ReadonlyMap<string, string> = byName(places.regions);
/** The regions named in several words, by their last word ("Ireland" → "Northern Ireland"). */
const REGIONS_BY_LAST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const name of REGIONS.keys()) {
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (last !== name) out.set(last, [...(out.get(last) ?? []), name]);
  }
  return out;
})();

/** True for a province, a state or a nation within a country ("Manitoba", "Tamil Nadu"). */
export const isRegion = (name: string) => REGIONS.has(name);

/** The country of a province or a state ("Nova Scotia" → CAN), if `name` is one. */
export const regionCountry = (name: string): string | null => REGIONS.get(name) ?? null;

/**
 * Large cities of the countries that trade most, other than capitals (which stand for their
 * governments and are in the table): places, never a person's name ("Qingdao announced …",
 * "toured Busan and Osaka"), with the country they are in. Cities whose name is also a given
 * name or a family name ("Sydney", "Regina", "Houston", "Milan", "Kobe") are left out.
 */
const CITIES: ReadonlyMap<string, string> = byName(places.cities);

/** The country of a large city that is not a capital ("Qingdao" → CHN), if `name` is one. */
export const cityCountry = (name: string): string | null => CITIES.get(name) ?? null;

/**
 * The country of a province, a state or a large city written in `words` ("Sichuan", "the
 * Chinese Sichuan", "Sichuan Province"): the longest run of them that is one, if any.
 */
export function regionalCountry(words: readonly string[]): string | null {
  for (let n = Math.min(words.length, 3); n > 0; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const name = words.slice(i, i + n).join(' ');
      const code = regionCountry(name) ?? cityCountry(name);
      if (code !== null) return code;
    }
  }
  return null;
}

const REGION_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${[...REGIONS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/**
 * The first province or state named in a short stretch of text (a body's name, a dateline),
 * with where it starts; the stretch is searched once, never a whole text.
 */
export function regionIn(stretch: string): { name: string; at: number; code: string } | null {
  const m = REGION_PATTERN.exec(stretch);
  const code = m ? regionCountry(m[0]) : null;
  return m && code !== null ? { name: m[0], at: m.index, code } : null;
}
