/**
 * The country of a text's letterhead: the body whose release or notice it is, named on a line
 * before its first sentence ("MINISTRY OF COMMERCE OF THE PEOPLE'S REPUBLIC OF CHINA", "Embassy of
 * Canada to Japan"), or the one country the first lines written in capitals name beside a body of
 * government ("KENYA REVENUE AUTHORITY", "REPUBLIC OF TÜRKİYE - MINISTRY OF TRADE", "GOVERNMENT
 * GAZETTE, REPUBLIC OF SOUTH AFRICA, 14 MARCH 2025"). Quotes read a body's country by it
 * (principalCountry), measures a notice's (gazetteCountry).
 */
import { firstSentence, nameCase, type Doc } from './doc.ts';
import { findPlaces, placeCode } from './places.ts';

/**
 * A line that is a body's name, as a release's letterhead is: capitalised words and the small
 * words of a name only ("MINISTRY OF COMMERCE OF THE PEOPLE'S REPUBLIC OF CHINA", "Embassy of
 * Canada to Japan", "KENYA REVENUE SERVICE"), its parts maybe set apart by a comma or a dash
 * ("Ministry of Finance, Japan - Customs and Tariff Bureau"), with the head of a government body among them:
 * anywhere in a line of capitals, else opening it, as a headline in title case ("China's Ministry
 * Slams …") does not.
 */
const LETTERHEAD =
  /^(?:\p{Lu}[\p{L}'’\x92.-]*|of|the|and|for|to|on)(?:,?[ \t]+(?:[-–\x96—\x97][ \t]+)?(?:\p{Lu}[\p{L}'’\x92.-]*|of|the|and|for|to|on)){1,11}$/u;
const LETTERHEAD_HEAD =
  /\b(?:MINISTRY|DEPARTMENT|EMBASSY|CONSULATE|GOVERNMENT|OFFICE|COMMISSION|CABINET|COUNCIL|SERVICE|AUTHORITY|AGENCY|ADMINISTRATION|BUREAU)\b|^(?:The[ \t]+)?(?:Ministry|Department|Embassy|Consulate|Government|Office|Commission|Council)[ \t]+of\b/;

/**
 * A line in capitals as a name is written, its small words in lower case: "OF THE PEOPLE'S
 * REPUBLIC" → "of the People's Republic".
 */
const titleCase = (line: string) =>
  nameCase(line).replace(/\s(?:Of|The|And|For|To|On)(?=\s)/g, (w) => w.toLowerCase());

/**
 * The country of the body whose letterhead heads a release (a line before its first sentence):
 * the first country its name writes.
 */
function bodyLetterhead(doc: Doc): string | null {
  for (const s of doc.sentences.slice(0, firstSentence(doc))) {
    const line = doc.text.slice(s.start, s.end);
    if (!LETTERHEAD.test(line) || !LETTERHEAD_HEAD.test(line)) continue;
    const name = line === line.toUpperCase() ? titleCase(line) : line;
    const place = findPlaces(name)[0];
    if (place) return place.code;
  }
  return null;
}

/**
 * A letterhead line in capitals naming a government's body with its country: "KENYA REVENUE
 * AUTHORITY", "MINISTRY OF FINANCE OF THE REPUBLIC OF INDONESIA", "REPUBLIC OF TÜRKİYE - MINISTRY
 * OF TRADE", "GOVERNMENT GAZETTE, REPUBLIC OF SOUTH AFRICA".
 */
const LETTERHEAD_BODY =
  /\b(?:MINISTRY|DEPARTMENT|AUTHORITY|DIRECTORATE|AGENCY|CUSTOMS|REVENUE|GAZETTE|SECRETARIAT|COMMISSION|GOVERNMENT|REPUBLIC)\b/u;
/** A country in a letterhead line: the words after "REPUBLIC OF" or one word of its own. */
const LETTERHEAD_COUNTRY =
  /\bREPUBLIC OF (?:THE )?(\p{Lu}+(?: \p{Lu}+)?)\b|(?:^|[\s,-])(?!REPUBLIC\b)(\p{Lu}{3,})\b/gu;
/** How many lines at the top of a text may be its letterhead. */
const LETTERHEAD_LINES = 3;

/**
 * The country of a letterhead: the one country the first lines written in capitals name beside a
 * body of government (LETTERHEAD_BODY). Null when they name none or several.
 */
function capitalsLetterhead(text: string): string | null {
  const codes = new Set<string>();
  for (const line of text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, LETTERHEAD_LINES)) {
    if (/\p{Ll}/u.test(line) || !LETTERHEAD_BODY.test(line)) continue;
    for (const m of line.matchAll(LETTERHEAD_COUNTRY)) {
      const code = placeCode(nameCase(m[1] ?? m[2] ?? ''));
      if (code !== null) codes.add(code);
    }
  }
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/** The country of a text's letterhead (see the comment opening this file), or null. */
export function letterheadCountry(doc: Doc): string | null {
  return bodyLetterhead(doc) ?? capitalsLetterhead(doc.text);
}
