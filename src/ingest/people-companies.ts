/**
 * Companies and bodies, whose names read like people's: the companies a text names in full
 * (findCompanies: with a legal form, or after a trade), whose first word alone stands for them
 * later; and a body's one-word name, shown so by an apposition or by brackets after its full
 * name, or the members a body is named for ("Parts Makers' Council").
 */
import { NAME_START } from './people-name-patterns.ts';
import { BODY_WORDS, isNotName, NOT_NAME, TITLE_PHRASE } from './people-name-words.ts';
import { isRegion, placeCode } from './places.ts';

/**
 * The legal forms a company's name ends with, the English ones and those of other countries
 * ("Sdn. Bhd.", "GmbH", "S.A.", "Pty Ltd").
 */
const COMPANY_FORM =
  '(?:Co\\.?|Corp\\.?|Corporation|Company|Ltd\\.?|Limited|Inc\\.?|Holdings|LLC|PLC|Sdn\\.?[ \\t]+Bhd\\.?|Bhd\\.?|Berhad|GmbH|AG|S\\.A\\.|S\\.p\\.A\\.|N\\.V\\.|B\\.V\\.|Pty\\.?[ \\t]+Ltd\\.?|JSC)';
/**
 * A company's name: capitalised words ending in a company form ("Hanul Materials Co.", "Tai
 * Ho Epoxy Corporation", "Dongbang Foil Co" as wires write it). Its first word alone ("Hanul
 * said") stands for the company later.
 */
const COMPANY = new RegExp(
  `${NAME_START}(\\p{Lu}[\\p{L}-]+)(?:[ \\t]+\\p{Lu}[\\p{L}-]+){0,4}[ \\t]+${COMPANY_FORM}(?![\\p{L}])`,
  'gu',
);

export interface CompanyName {
  readonly start: number;
  readonly end: number;
  /** the first word, which the text may use alone for the company */
  readonly short: string;
}

/**
 * A trade only a business follows, before the business's name: "carmaker Great Wall", "canola
 * crusher Viterra", "the firm Tai Ho". Group 1 is the name's run of capitals.
 */
const BUSINESS_TRADE = new RegExp(
  `\\b(?:firm|company|conglomerate|giant|carmaker|automaker|steelmaker|chipmaker|shipbuilder|manufacturer|refiner|smelter|crusher|insurer|lender|airline)[ \\t]+(\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+){0,3})(?![\\p{L}])`,
  'gu',
);
/**
 * A trade a person follows as often as a business, before a name: "exporter Richardson
 * International" is a company, as its name ends in a company's word, but "exporter Ana Ruiz" a
 * person. Group 1 is the name's run of capitals.
 */
const SHARED_TRADE = new RegExp(
  `\\b(?:exporter|importer|producer|processor|trader|supplier|shipper|distributor|retailer|packer|meatpacker|miner|maker)[ \\t]+(\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+){1,3})(?![\\p{L}])`,
  'gu',
);

/**
 * The words of a run of capitals after a business's trade that name it: up to a title or a
 * word of no name ("carmaker BYD President Wang" → "BYD"), but for the words of a company's
 * name ("International").
 */
function businessName(run: string): string {
  let end = 0;
  for (const w of run.matchAll(/\S+/g)) {
    if (end > 0 && !BODY_WORDS.has(w[0]) && (isNotName(w[0]) || TITLE_PHRASE.has(w[0]))) break;
    end = w.index + w[0].length;
  }
  return run.slice(0, end);
}

/**
 * The companies a text names in full (with a legal form, or after a trade only a business
 * follows, or after a shared trade with a company's word ending the name); a first word that is
 * a place is no short name.
 */
export function findCompanies(text: string): CompanyName[] {
  const out: CompanyName[] = [];
  const add = (start: number, end: number, short: string) => {
    if (placeCode(short) !== null || isRegion(short) || NOT_NAME.has(short)) return;
    if (out.some((c) => c.start < end && start < c.end)) return;
    out.push({ start, end, short });
  };
  for (const m of text.matchAll(COMPANY)) add(m.index, m.index + m[0].length, m[1] ?? '');
  for (const re of [BUSINESS_TRADE, SHARED_TRADE]) {
    for (const m of text.matchAll(re)) {
      const name = businessName(m[1] ?? '');
      const words = name.split(/[ \t]+/);
      if (re === SHARED_TRADE && !BODY_WORDS.has(words.at(-1) ?? '')) continue;
      const start = m.index + m[0].length - (m[1] ?? '').length;
      add(start, start + name.length, words[0] ?? '');
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The members a body is named for: "the Automotive Parts Makers' Council". */
export const MEMBERS_OF_BODY = /^['’\x92][ \t]+((?:\p{Lu}[\p{L}-]*[ \t]+){0,2}?)(\p{Lu}[\p{L}-]*)/u;
/**
 * An apposition that says the one word before it names a body, not a person: "Cecafé, the
 * coffee exporters' council, said", "Abiec, a meatpackers' association,". Its head is the last
 * of a few words with no preposition among them ("Ruiz, the head of the council," is a person).
 */
export const BODY_APPOSITION =
  /^,[ \t]+(?:the|an?)[ \t]+(?:(?!(?:of|for|at|in|to|on|with|from)[ \t])[\p{Ll}\p{Lu}][\p{L}'’\x92-]*[ \t]+){0,3}(?:council|association|federation|confederation|union|alliance|coalition|chamber|institute|agency|board|body|group|lobby|cooperative|consortium|society|organi[sz]ation|foundation|company|firm|exporter|producer|maker|manufacturer)s?(?![\p{L}'’\x92])/u;

/** The word before a bracket, which a body's short name follows: "… Council (Cecafé)". */
const LAST_WORD = /(\p{Lu}[\p{L}-]*)[ \t]*$/u;

/**
 * True when the text gives `name` in brackets after a body's full name ("the Coffee Exporters
 * Council (Cecafé)"): the body's short name, not a person's.
 */
export function isBodyShortName(text: string, name: string): boolean {
  const at = text.indexOf(`(${name})`);
  if (at === -1) return false;
  const before = LAST_WORD.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
  return BODY_WORDS.has(before);
}
