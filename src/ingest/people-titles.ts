/**
 * Names a title or a job introduces: a title and the name after it ("Trade Minister Ana Ruiz"),
 * a title's portfolio or body and the name after it (TITLE_OF_PLACE, TITLE_OF_BODY_NAME, the
 * name ending the run read by trailingName), a role and the name set off by a comma, a name and
 * the title after it (APPOSITION), and a job before a name or after it (JOB_TITLED, PERSON_CUE).
 */
import {
  FULL_WORD,
  FULL_WORD_ALONE,
  HONORIFIC,
  IS_TITLE,
  NAME,
  NAME_START,
  NAME_WORD,
  PARTICLES,
  POST_NOMINAL,
  TITLE_WORDS,
  WORD_START,
} from './people-name-patterns.ts';
import { cleanName, INITIAL, isBodyWord, PARTICLE_WORD } from './people-name-words.ts';
import { placeCode } from './places.ts';

/**
 * A family name in capitals before the given name, as Japanese readouts write it after a title
 * ("Mr. MOTEGI Toshimitsu"), or after a title and an honorific ("State Minister Ms. TSUJI
 * Kiyoto").
 */
const FAMILY_CAPS = '(?:\\p{Lu}{2,}[ \\t]+(?=\\p{Lu}\\p{Ll}))';
/**
 * The portfolio after a title ("Minister of Finance"), or the country of a posting
 * ("Ambassador to China", "Ambassador to the EU").
 */
const OF_BODY =
  '(?:\\s+to\\s+(?:the\\s+)?(?:United States|United Kingdom|European Union|\\p{Lu}\\p{Ll}+|EU|UK|U\\.S\\.|US|UN|WTO|ASEAN)|\\s+(?:of|for)\\s+(?:the\\s+)?(?:Exchequer|Foreign Affairs and Trade|Trade and Tourism|Business and Trade|Commerce and Industry|Economy, Trade and Industry|Trade, Industry and Energy|External Affairs|Commerce|Finance|Foreign Affairs|International Trade|Trade|Agriculture|Industry|State|Defence|Defense|Economy|Economic Affairs))?';
/** A title and the name after it, on the same line ("Trade Minister Ana Ruiz"). */
export const TITLED = new RegExp(
  `${WORD_START}${TITLE_WORDS}${OF_BODY},?[ \\t]+(${HONORIFIC}{0,2}${FAMILY_CAPS}?${NAME})`,
  'gu',
);
/** Text of a body's name, where "U.S." does not end it. */
const BODY_TEXT = '(?:[^,.]|\\b\\p{Lu}\\.){2,60}?';
/**
 * "the Minister of Foreign Affairs, Anita Anand", and a portfolio listed with commas: "the
 * Minister responsible for Canada-U.S. Trade, Intergovernmental Affairs and One Canadian
 * Economy, Dominic LeBlanc", "Minister of Development, Industry, Trade and Services, Rosa Vidal".
 */
export const TITLE_OF_PLACE = new RegExp(
  `\\b${TITLE_WORDS}\\s+(?:responsible\\s+)?(?:of|for)\\s+(?:the\\s+)?${BODY_TEXT}(?:(?:,\\s+${BODY_TEXT}){1,3}\\s+and\\s+${BODY_TEXT})?,\\s+(${NAME})`,
  'gu',
);
/**
 * The possessive of a country's full name inside a title's body: "the People's | Republic of
 * China".
 */
const COUNTRY_POSSESSIVE = "\\p{Lu}\\p{Ll}+['’\x92]s(?=[ \\t]+Republic\\b)";
/**
 * A title with its body and the name run together: "Minister of Agriculture and Agri-Food
 * Heath MacDonald", "Commissioner for Trade and Economic Security Maroš Šefčovič", "Director
 * of the Office of the Commission for Foreign Affairs Wang Yi", "President of the European
 * Commission Ursula von der Leyen" (a name's particles inside the run), "Secretary of
 * Development, Industry and Trade Márcio Elias Rosa" (a portfolio listed with commas). The body
 * is capitalised words joined by "and", "of (the)", "for" or a comma, and a country's full name
 * ("Minister of Commerce of the People's Republic of China Wang Wentao"); the name ends the run
 * (see trailingName). The run is read ahead, so a second title inside it ("… and Deputy
 * Minister of …") is matched too.
 */
export const TITLE_OF_BODY_NAME = new RegExp(
  `\\b${TITLE_WORDS}\\s+(?:of|for)\\s+(?:the\\s+)?(?=((?:(?:${NAME_WORD}|${COUNTRY_POSSESSIVE})(?:[ \\t]+(?:and|&|for|of(?:[ \\t]+the)?)[ \\t]+|,?[ \\t]+${PARTICLES}))+${NAME_WORD}))`,
  'gu',
);
/**
 * A role, then the name set off by a comma: "Canada's trade minister, Anita Anand", "the
 * union's auto director, Dana Roy", "the head of the council, Ana Ruiz", "China's consul
 * general in Calgary, Zhou Jianmin".
 */
export const ROLE_COMMA = new RegExp(
  `\\b(?:minister|premier|president|secretary|spokesperson|spokesman|spokeswoman|ambassador|charg[ée] d['’\x92]affaires|negotiator|envoy|adviser|advisor|official|commissioner|chair|chief|head|director|chairman|chairwoman|economist|analyst|founder|consul|governor|mayor|senator)\\b[^,.]{0,50},\\s+(${NAME})`,
  'gu',
);
/**
 * A portfolio that goes on after a comma: "Secretary of State for Foreign, Commonwealth and
 * Development Affairs". A single word followed by "and" and a portfolio word is part of the
 * title, not the name TITLE_OF_PLACE looks for after the comma.
 */
export const PORTFOLIO_GOES_ON =
  /^[ \t]+(?:and|&)[ \t]+(?:\p{Lu}[\p{L}-]*[ \t]+){0,2}(?:Affairs|Development|Trade|Commerce|Industry|Economy|Security|Energy|Environment|Innovation|Science|Fisheries|Oceans|Agriculture|Tourism|Finance|Services)\b/u;
/**
 * One word after a portfolio and a comma, then "and" or another comma: the portfolio goes on
 * ("Minister of Agriculture, Livestock and Supply"), and the word is no name.
 */
export const LISTED_PORTFOLIO = /^,[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+and[ \t]|,)/u;
/**
 * Words that cannot describe the title of an apposition: a clause goes on instead ("Ottawa,
 * which has a minister …", "Beijing, where the minister …").
 */
const NOT_IN_TITLE =
  '(?:which|who|whose|where|when|that|has|have|had|is|was|were|are|will|would|said|says|a|an|the|and|or|but|to|of|in|on|at|for|with|by|from)';
/**
 * "Ravi Menon, an additional secretary in the commerce ministry": a name, then its title, with
 * up to three words that say which ("Li Chenggang, China's international trade representative",
 * "Nick Thomas-Symonds, the Cabinet Office minister", "Ana Ruiz, the electronics and IT
 * minister"). Not a title that introduces the next name
 * ("On Friday, in Pune, Minister Ruiz met …").
 */
export const APPOSITION = new RegExp(
  `${NAME_START}(${NAME})${POST_NOMINAL}?,\\s+(?:the\\s+|an?\\s+)?(?:(?:(?:\\p{Lu}\\.){2,3}|(?!${NOT_IN_TITLE}\\b)[\\p{L}-]+(?:'s|[’\x92]s)?)\\s+(?:(?:and|&)\\s+(?=[\\p{L}-]+\\s))?){0,3}?(?:(?:senior|additional|joint|deputy|assistant|chief|special|principal|vice)[\\s-]+)?${TITLE_WORDS}\\b(?![ \\t]+\\p{Lu}\\p{Ll})`,
  'gu',
);
/**
 * Jobs only a person holds, in an apposition: "Ana Ruiz, executive director of …", "Ed Rowe,
 * the opposition critic for trade".
 */
const JOB =
  '(?:(?:executive|managing|deputy|general|research|policy|program|programme|sales|country|regional)\\s+)?(?:director(?:[ -]general)?|chair|chairman|chairwoman|president|vice-president|head|founder|co-founder|owner|economist|analyst|strategist|professor|researcher|fellow|adviser|advisor|lawyer|manager|officer|farmer|grower|producer|exporter|importer|rancher|fisherman|buyer|trader|broker|dealer|consultant|executive|critic|lawmaker|legislator|deputy|spokesperson|spokesman|spokeswoman)';
/**
 * A job and a name after capitalised words: "said Abiec president Roberto Perosa". The words
 * name the body the person works for, not a person.
 */
export const BODY_BEFORE_JOB = new RegExp(`^[ \\t]+(?:\\p{Ll}+[ \\t]+)?${JOB}[ \\t]+\\p{Lu}`, 'u');
/**
 * What follows a person's name: a job ("Ana Ruiz, executive director of the council", "Li Wen,
 * an analyst at Hana Bank", "Tom Hale, a trader in Lima", "Ana Ruiz, the Network's executive
 * director,"), ", who" (companies and bodies take
 * "which") or an age set off by commas ("Ana Ruiz, 54, farms …").
 */
export const PERSON_CUE = new RegExp(
  `,\\s+(?:who\\b|[1-9]\\d,\\s|(?:the\\s+|an?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${JOB}|engineer|worker|official|diplomat|negotiator)\\s+(?:of|at|for|in|with|near|from)\\b|(?:the\\s+)?\\p{Lu}[\\p{L}-]*['’\x92]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${JOB}|official|diplomat|negotiator),)`,
  'gu',
);
/**
 * A job written before a name of two or three words: "dairy farmer Sam Fitch", "general
 * manager Ray Ostrowski", "local buyer Ana Ruiz".
 */
export const JOB_TITLED = new RegExp(
  `${WORD_START}${JOB}[ \\t]+(${FULL_WORD}(?:[ \\t]+${PARTICLES}${FULL_WORD}){1,2})(?![\\p{L}\\p{N}])`,
  'gu',
);
/**
 * A surname that is also a pronoun ("He" of "He Lifeng"): capitalised inside a run of
 * capitals and before a name, it can only be the surname.
 */
const PRONOUN_SURNAME = /^He$/;

/**
 * The name at the end of a title's run of capitals ("Agriculture and Agri-Food Heath
 * MacDonald" → "Heath MacDonald", "European Commission Ursula von der Leyen" → "Ursula von der
 * Leyen", "State Council He Lifeng" → "He Lifeng"): the last word, any initials and particles
 * before it and one given name. Null unless a body word is left before the name.
 */
export function trailingName(run: string): string | null {
  const words = run.split(/\s+/);
  // "… Nora Kelt and Deputy Minister of …", "… Todd McClay and Singapore('s …)": a second
  // title or a country after a name ends the run; not the last word of a portfolio ("Energy,
  // Mines and Trade Luis Vega").
  const next = words.findIndex(
    (t, i) =>
      t === 'and' &&
      isBodyWord(words[i + 1] ?? '') &&
      !isBodyWord(words[i - 1] ?? 'and') &&
      (placeCode(words[i + 1] ?? '') !== null || words.slice(i + 1).some((w) => IS_TITLE.test(w))),
  );
  const tokens = next === -1 ? words : words.slice(0, next);
  const afterBody = nameAfterBody(tokens);
  if (afterBody !== null) return afterBody;
  const name: string[] = [];
  let counted = 0;
  for (let i = tokens.length - 1; i > 0; i--) {
    const t = tokens[i] ?? '';
    const surname = counted === 1 && PRONOUN_SURNAME.test(t);
    // A comma ends a portfolio listed with commas ("Industry and Trade, Ana Ruiz"), not a name.
    if (t.endsWith(',')) break;
    if (!surname && (isBodyWord(t) || /^(?:and|of|for|the)$/.test(t))) break;
    if (name.length === 0 && INITIAL.test(t)) return null;
    name.unshift(t);
    if (PARTICLE_WORD.test(t)) continue;
    counted++;
    if (counted >= 2 && !INITIAL.test(t)) break;
  }
  if (counted < 2) return null;
  const [first, ...rest] = name;
  if (first !== undefined && PRONOUN_SURNAME.test(first)) {
    const given = cleanName(rest.join(' '));
    return given === null ? null : `${first} ${given}`;
  }
  return cleanName(name.join(' '));
}

/**
 * Words of a portfolio by their form, though no list has them: "Competition", "Diversification",
 * "Development", "Connectivity", "Infrastructure", "Tourism", "Logistics" (a name never ends so).
 */
export const PORTFOLIO_FORM = /\p{Ll}(?:tion|sion|ment|ity|ture|ism|ness|ics)$/u;

/** The joins of a portfolio's words: "Industry and Trade", "State for Foreign Trade". */
const BODY_JOIN = /^(?:and|of|for|the|&)$/;

/**
 * The name after a title's body that ends in a word known to be the body's (a portfolio, a
 * title or a country), when it has three or four words: "(Minister of) Industry and Trade
 * Nguyen Hong Dien", "(Minister of) State for Foreign Trade Thani bin Ahmed Al Zeyoudi",
 * "(Prime Minister of) Viet Nam Pham Minh Chinh". Every word after the known one is the name,
 * past the two trailingName takes otherwise; null when the word before could still be the
 * body's ("Agriculture and Agri-Food Heath MacDonald") or the name is shorter.
 */
function nameAfterBody(tokens: readonly string[]): string | null {
  let i = tokens.length - 1;
  for (; i >= 0; i--) {
    const t = tokens[i] ?? '';
    const pair = i > 0 && placeCode(`${tokens[i - 1]} ${t}`) !== null;
    if (pair || t.endsWith(',') || isBodyWord(t) || BODY_JOIN.test(t) || PORTFOLIO_FORM.test(t))
      break;
  }
  const known = tokens[i] ?? '';
  if (i < 0 || BODY_JOIN.test(known) || known.endsWith(',') || PORTFOLIO_FORM.test(known))
    return null;
  const rest = tokens.slice(i + 1);
  const counted = rest.filter((t) => !PARTICLE_WORD.test(t));
  if (counted.length < 3 || counted.length > 4) return null;
  if (!counted.every((t) => FULL_WORD_ALONE.test(t))) return null;
  return cleanName(rest.join(' '));
}
