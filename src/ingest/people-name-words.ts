/**
 * Which words of a run of capitals can be a person's name: words of no name (NOT_NAME), the
 * words that end a body's, a company's or a law's name (BODY_WORDS), words of a title or a
 * portfolio (TITLE_PHRASE), places and parts of the world; and the name cleaned out of a run of
 * capitals (cleanName), or none.
 */
import { cityCountry, isRegion, placeCode, placeVia } from './places.ts';

/** Words that end a person name or show a run of capitals is something else. */
export const NOT_NAME = new Set(
  "the The A An In On At Today Yesterday Tomorrow Meanwhile However Earlier Later Separately Also Still Last Next Under Asked Of For And But Or If As By To From With That This These Those It Its He She They We I His Her Their Our After Before During While When Under Over Ministry Department Bureau Directorate Division Secretariat Commission Council Union Bank Party Agency Office Committee House Affairs Trade Economic Joint Summit Forum Group University Institute Association Corporation Motors Co Ltd News Times Post Reuters Xinhua Global Canada China Beijing Ottawa Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Minister Prime President Premier Foreign Commerce Finance Agriculture International Industry Vice Deputy Secretary State General Assembly Nations United Kingdom Republic Government Parliament Congress Senate Customs Tariff Commerce Federal National Chamber Board Authority Administration Service Court Tribunal WTO APEC G20 G7 Sunday Statement Readout Press Conference Spokesperson Spokesman Spokeswoman Mr. Mrs. Ms. Dr. Ambassador Chancellor Commissioner Representative Governor Senator Chairman Chair Director Chief Executive Council Strategic Dialogue Round Talks Meeting Call Visit Energy Security Defence Defense Environment Health Justice Public Safety Immigration Innovation Science Industry Development Cooperation Fisheries Oceans Coast Guard People's Ministers Leaders Officials Negotiators Delegations Treasury Treasurer External Home Interior Speaker Leader Majority Minority Assistant Additional Neither Both Nobody Everyone Everybody Someone Somebody Anyone Anybody Some Others Many Most Few Several All Each Another Only Even Then Yet Nor Not Despite Although Because Since Until Why How What Where Who Whether Consul Consul-General Envoy Delegate Negotiator Adviser Advisor Counsellor Coordinator Attaché Staff Taoiseach Tánaiste Congressman Congresswoman Councillor Councilor Lawmaker Rep. Mayor Mr Mrs Ms Dr Prof Prof. Professor Smt. Smt Shri Shrimati H.E. Hon. Hon Honourable Honorable Right Rt. Sir Dame Excellency Majesty Highness Royal Madame Madam Mme Mme. Datuk Seri Dato Dato' Dato’ Dato\x92 Analysts Economists Traders Farmers Growers Exporters Importers Producers Experts Critics Sources Diplomats Observers Executives Lawmakers Lawyers Accountants Consultants Investors Residents Shares Shippers Organisers Organizers Buyers Dealers Processors Manufacturers Retailers Consumers Workers Miners Ranchers Brokers Bankers Carmakers Automakers Steelmakers Distillers Winemakers Lobbyists Unions Order Act Regulations Decree Schedule Notification Treaty Policy Relations Negotiations Planning Promotion Strategy Investment Integration Reform Revitalization Revitalisation Transport Infrastructure Labour Labor Tourism Education Welfare Communications Undersecretary Local Branch Section Unit Confederation Cooperative Consortium League Guild Federation Foundation Alliance Coalition Society Organization Organisation Opponents Proponents Supporters Respondents Participants Delegates Members Citizens Voters Taxpayers Employees Employers Customers Shoppers Stakeholders Shareholders Campaigners Protesters Demonstrators Regulators Legislators Senators Students Parents One Two Three Four Five Six Seven Eight Nine Ten".split(
    ' ',
  ),
);

/**
 * The verbs of a headline written in capitals ("Wang Yi Holds Telephone Talks with …", "USTR
 * Announces Action …"): a name ends before one, and none starts with one.
 */
const HEADLINE_VERBS = new Set(
  'Holds Meets Calls Announces Answers Says Visits Speaks Receives Hosts Welcomes Urges Warns Makes Takes Seeks Signs Presses Defends Wins Leads Opens Ends Launches Tells'.split(
    ' ',
  ),
);

/**
 * Jobs written capitalised before a name at the start of a sentence ("Farmer Lena Kowal"):
 * left out of the name when a full name follows, as "Paul Farmer" is a name.
 */
const LEADING_JOB = new Set(
  'Farmer Grower Rancher Fisherman Analyst Economist Strategist Producer Exporter Importer Trader Broker Dealer Buyer Owner Founder Manager Professor Lawyer Researcher'.split(
    ' ',
  ),
);

/**
 * Words a company's name ends with when it gives no legal form, naming its reach or its trade
 * ("Richardson International", "Olam Agri", "Andes Wines", "Tata Packaging"): not surnames.
 */
const COMPANY_WORDS =
  'International Global Worldwide Enterprises Trading Exports Imports Agri Agro Agribusiness Brands Products Energy Pharma Biotech Automotive Packaging Grains Feeds Meats Packers Poultry Seeds Fertilizers Fertilisers Wines Winery Vineyards Breweries Brewing Distillery Apparel Garments Insurance Telecom Systems Solutions Machinery Equipment Petrochemicals Refining Cables Tyres Tires'.split(
    ' ',
  );

/**
 * Words that end the name of a body, a company or a law: a run of capitals cut by one
 * ("Canadian Grain Commission", "American Soybean Association", "Coast Seafoods", "China Surtax
 * Order") is that body or law, not a person.
 */
export const BODY_WORDS: ReadonlySet<string> = new Set([
  ...COMPANY_WORDS,
  ...'Ministry Department Bureau Directorate Division Secretariat Commission Council Union Bank Party Agency Office Committee Forum Group University Institute Association Corporation Company Motors Co Ltd Inc News Times Post Chamber Board Authority Administration Service Court Tribunal Federation Foundation Fund Society Organization Organisation Securities Exchange Coalition Government Exporters Growers Producers Farmers Foods Seafood Seafoods Farms Mills Steel Chemical Chemicals Motor Aluminium Aluminum Timber Lumber Electronics Pharmaceuticals Textiles Plastics Metals Mining Minerals Materials Logistics Shipping Petroleum Cement Technologies Semiconductor Confederation Cooperative Consortium League Guild Airlines Partners Capital Resources Holdings Industries Alliance Centre Center Parliament Congress Senate Customs Order Act Regulations Decree Schedule Notification Treaty'.split(
    ' ',
  ),
]);

/**
 * Words of a title or a portfolio. A run of capitals cut short by one is a title phrase
 * ("Treasury Secretary", "External Affairs Minister", "Nova Scotia Fisheries Minister"): the
 * words before it qualify the title and are not a name.
 */
export const TITLE_PHRASE = new Set(
  'Minister Ministers Prime President Premier Secretary Vice Deputy Chancellor Commissioner Ambassador Consul Consul-General Envoy Delegate Negotiator Adviser Advisor Counsellor Coordinator Attaché Taoiseach Tánaiste Congressman Congresswoman Councillor Councilor Mayor Cabinet Parliamentary Senior Acting Interim Permanent Principal Special Representative Governor Senator Chairman Chair Director Chief Spokesperson Spokesman Spokeswoman Speaker Leader Treasurer Affairs Trade Commerce Finance Agriculture Industry Fisheries Oceans Energy Economy Economic Foreign Treasury Defence Defense Security Environment Health Justice Immigration Innovation Science Development Policy Relations Negotiations Planning Promotion Strategy Investment Integration Reform Revitalization Revitalisation Transport Infrastructure Labour Labor Tourism Education Welfare Communications Business Competition Industrial Digital Enterprise'.split(
    ' ',
  ),
);

/** Continents and parts of the world: places, though no country's ("Europe", "Central Asia"). */
const WORLD_REGIONS = new Set(
  'Europe Asia Africa America Americas Oceania Eurasia Scandinavia Balkans Caribbean Arctic'.split(
    ' ',
  ),
);

/** A place, or places joined by hyphens ("China-Canada"). */
const isPlaceWord = (t: string) =>
  WORLD_REGIONS.has(t) || t.split('-').every((part) => placeCode(part) !== null);

/**
 * A word for the members of a trade or a union ("United Steelworkers", "Autoworkers",
 * "Shipbuilders"), or a plural of people by what they hold or do ("Economists", "Opponents",
 * "Supporters", "Politicians", "Canadians"): a group, not a person's name.
 */
const MEMBERS_WORD =
  /^\p{Lu}\p{Ll}+(?:workers|makers|builders|growers|farmers|miners|producers|ists|ians)$/u;
/** A contraction's ending: "We've", "They're", "It'll". */
const CONTRACTION = /['’\x92](?:ve|re|ll|d|m)$/;
/**
 * A party's word before a member's title: "Liberal MP Ana Ruiz", "Republican Senator Tom
 * Hale". It names the party, not the person.
 */
const PARTY_WORDS = new Set(['Liberal', 'Conservative', 'Republican', 'Democrat', 'Democratic']);

/**
 * A word of no name, a pronoun's contraction ("We've said …") or a title joined by a hyphen
 * ("Vice-Premier", "Director-General").
 */
export const isNotName = (t: string) =>
  NOT_NAME.has(t) ||
  PARTY_WORDS.has(t) ||
  NOT_NAME.has(t.replace(CONTRACTION, '')) ||
  MEMBERS_WORD.test(t) ||
  (t.includes('-') && t.split('-').every((w) => NOT_NAME.has(w)));

/** Particles inside a name ("da", "von der"): not words of their own when counting. */
export const PARTICLE_WORD = /^(?:van|de|von|der|den|bin|al|da|du|la|le|dos|del)$/;

/**
 * A capital city closing a name of three words or more is a family name ("Edson Pereira Lima"):
 * a body names its city after one word of its own ("Invest Ottawa").
 */
const familyCity = (tokens: readonly string[], i: number) =>
  i >= 2 && i === tokens.length - 1 && placeVia(tokens[i] ?? '') === 'capital';

/**
 * The person's name in a run of capitalised words: titles, honorifics and places before it
 * left out, and cut at the first word of no name; null when none is left, or when the run names
 * a title, a body, a company or a place.
 */
/** The first word of a region named by its side of a country: "South Australian", "Western Cape". */
const COMPASS_WORD = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)$/;

export function cleanName(raw: string): string | null {
  const tokens = raw.split(/\s+/).filter((t) => t.length > 0);
  // Titles, honorifics ("Rt Hon") and places before the name, a place of two words too ("United States"),
  // and a job opening a sentence before a full name ("Farmer Lena Kowal").
  /** the word just left out was a place */
  let afterPlace = false;
  for (;;) {
    const word = tokens[0] ?? '';
    const pair = placeCode(`${word} ${tokens[1] ?? ''}`) !== null;
    if (pair) tokens.splice(0, 2);
    else if (word === 'Rt' && /^Hon\.?$/.test(tokens[1] ?? '')) tokens.splice(0, 2);
    else if (tokens.length > 0 && (isNotName(word) || isPlaceWord(word))) tokens.shift();
    else if (tokens.length > 2 && LEADING_JOB.has(word)) tokens.shift();
    else break;
    afterPlace = pair || isPlaceWord(word);
  }
  if (HEADLINE_VERBS.has(tokens[0] ?? '')) return null;
  const cut = tokens.findIndex(
    (t, i) => isNotName(t) || (isPlaceWord(t) && !familyCity(tokens, i)) || HEADLINE_VERBS.has(t),
  );
  const kept = cut === -1 ? tokens : tokens.slice(0, cut);
  const words = kept.filter((t) => !PARTICLE_WORD.test(t)).length;
  if (words === 0 || words > 4) return null;
  // "Danish Crown will pay", "Korean Air said": a country's word just before a single word
  // names a company; a person has a title between ("Chinese Premier Li").
  if (afterPlace && kept.length === 1) return null;
  // "on X. He added": an initial alone, or initials alone, name nobody.
  if (kept.every((t) => INITIAL.test(t))) return null;
  const next = tokens[cut] ?? '';
  // "Treasury Secretary …" is a title; "South Korea" is a place cut after its first word, and
  // so is "South Australian Premier" a region's; "Grain Commission" and "Statistics Canada" are
  // bodies.
  if (
    cut > 0 &&
    (TITLE_PHRASE.has(next) ||
      BODY_WORDS.has(next) ||
      (cut === tokens.length - 1 && isPlaceWord(next)) ||
      (kept.length === 1 && COMPASS_WORD.test(kept[0] ?? '') && isPlaceWord(next)) ||
      placeCode(`${kept.at(-1) ?? ''} ${next}`) !== null)
  )
    return null;
  // "Japanese Economy, Trade and Industry Minister": portfolio words alone are no name.
  if (kept.every((t) => TITLE_PHRASE.has(t))) return null;
  // "Florida Tomato Exchange", "Tusket Live Seafood": a body's name, ending in its kind.
  if (kept.length > 1 && BODY_WORDS.has(kept.at(-1) ?? '')) return null;
  const name = kept.join(' ');
  return placeCode(name) === null && !isRegion(name) && cityCountry(name) === null ? name : null;
}

/** An initial, or initials written together ("S.C."). */
export const INITIAL = /^(?:\p{Lu}\.)+$/u;
/** A word of a title's body: a title, a portfolio or a place. */
export const isBodyWord = (t: string) =>
  NOT_NAME.has(t) || TITLE_PHRASE.has(t) || placeCode(t) !== null;
