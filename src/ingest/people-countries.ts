/**
 * The country a person is of, from the words beside the name: a country written before it with
 * only title words between ("Chinese Premier Li Qiang", "Canada's Anand"), not a posting's or a
 * portfolio's; a country after it ("Ana Ruiz of Chile", "Wang Wentao, China's Minister of
 * Commerce"); and, for a mention that tells none, the country the name's other mentions agree on.
 */
import type { PersonMention } from './people-mentions.ts';
import { IS_TITLE } from './people-name-patterns.ts';
import { isBodyWord } from './people-name-words.ts';
import { PORTFOLIO_FORM } from './people-titles.ts';
import { placeCode } from './places.ts';

/**
 * Words of a title written in lower case, as news reports write it before a name: "Thai deputy
 * trade representative Nattaya …", "China's commerce ministry spokesperson …".
 */
export const LOWER_TITLE_WORD =
  /^(?:deputy|vice|chief|senior|assistant|additional|joint|principal|permanent|special|acting|trade|commerce|foreign|finance|agriculture|industry|economy|economic|international|ministry|minister|secretary|undersecretary|under-secretary|representative|negotiator|envoy|ambassador|commissioner|president|premier|spokesperson|spokesman|spokeswoman|governor|chancellor|chairman|chairwoman|director|general)$/;

/** A word that may stand in a title: "Vice-President", "Commerce", "Mr.", "minister". */
export const isTitleWord = (w: string) =>
  LOWER_TITLE_WORD.test(w) ||
  (/^\p{Lu}/u.test(w) &&
    (IS_TITLE.test(w) || PORTFOLIO_FORM.test(w) || w.split('-').every(isBodyWord)));

/**
 * Words that join a title's parts or make it a partner's, between a country and a name:
 * "Indonesian Minister for Economic Affairs …", "his Chinese counterpart …".
 */
const TITLE_JOIN = /^(?:for|of|and|counterparts?|Coordinating|Senior|Acting|Interim)$/;

/** The word before a place where something happens: "In | Washington, …". */
const SETTING_WORD = /^(?:in|at|from)$/i;

/** The word before a country a title is about: "Ambassador to China", "Minister for Asia". */
const POSTING = /^(?:to|for)$/;

/**
 * The country written just before a name ("Chinese Premier Li Qiang", "Canada's Anand",
 * "Canadian Ambassador to China Ana Roy"). Only title words may stand between; another proper
 * name ("British Columbia Premier", "Nova Scotia Fisheries Minister") is a province or a state
 * and says no country, and the country of a posting ("to China") or of a portfolio ("Minister
 * for European Union Relations") is not the person's. The place of a fronted phrase ("In
 * Ottawa, Agriculture Minister …") is read only with `setting` (see settingSide).
 */
export function jurisdictionBefore(text: string, start: number, setting = false): string | null {
  const lead = text.slice(Math.max(0, start - 80), start);
  // Never across a line: a headline's last word is not the nationality of the next name. A
  // long dash parts words as a space does ("BEIJING—European Commission President …").
  const words = lead
    .slice(lead.lastIndexOf('\n') + 1)
    .split(/[\s—\x97–\x96]+/)
    .filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = (words[i] ?? '').replace(/(?:'s|[’\x92]s|,)$/, '');
    const pair = placeCode(`${words[i - 1] ?? ''} ${w}`);
    const code = pair ?? placeCode(w);
    if (code !== null) {
      let before = i - (pair !== null ? 2 : 1);
      // "In Washington, Olafson met …": the place of a fronted phrase, which tells the person's
      // country only when asked (`setting`: none of the name's other mentions tells one).
      if (!setting && words[i]?.endsWith(',') && SETTING_WORD.test(words[before] ?? ''))
        return null;
      if (words[before] === 'the') before--;
      if (!POSTING.test(words[before] ?? '') || !isTitleWord(words[before - 1] ?? '')) return code;
      i = before; // the posting or the portfolio: "Ambassador to (the) China"
    } else if (!isTitleWord(w) && !(TITLE_JOIN.test(w) && titleGoesOn(words, i))) return null;
  }
  return null;
}

/**
 * True when a joining word at `i` stands inside a title ("Minister for | Economic Affairs"),
 * not right before the name, where it joins two people ("Ana Ruiz of Chile and | Luis Vega"),
 * but for a partner's title ("his Chilean counterpart | Luis Vega").
 */
const titleGoesOn = (words: readonly string[], i: number) =>
  i < words.length - 1 || /^counterparts?$/.test(words[i] ?? '');

/**
 * A country after a name: "Ana Ruiz | of Chile", "Li Wen | from China"; not a place a body is
 * based in ("of Brussels-based …").
 */
const COUNTRY_AFTER =
  /^[ \t]+(?:of|from)[ \t]+(\p{Lu}\p{L}+)(?:[ \t]+(\p{Lu}\p{L}+))?(?![\p{L}-])/u;

/**
 * A country opening a title set off by a comma after a name: "Wang Wentao, | China's Minister
 * of Commerce", "Ana Ruiz, | the Chilean ambassador". Group 3 is the word after the country,
 * which must be a title's ("China's largest buyer" is no title).
 */
const COUNTRY_APPOSITION =
  /^,[ \t]+(?:the[ \t]+)?(\p{Lu}\p{L}+)(?:[ \t]+(\p{Lu}\p{L}+))?(?:['’\x92]s)?[ \t]+([\p{L}-]+)/u;

/**
 * The country written right after a name ("Trade ministers Ana Ruiz of Chile and Luis Vega of
 * Peru", "Wang Wentao, China's Minister of Commerce"), for a person whose title before gives
 * none; not a body's name after "of" ("of the Canola Council").
 */
export function jurisdictionAfter(text: string, end: number): string | null {
  const after = text.slice(end, end + 60);
  const m = COUNTRY_AFTER.exec(after);
  if (m?.[1]) return (m[2] ? placeCode(`${m[1]} ${m[2]}`) : null) ?? placeCode(m[1]);
  const a = COUNTRY_APPOSITION.exec(after);
  if (!a?.[1] || !isTitleWord(a[3] ?? '')) return null;
  return (a[2] ? placeCode(`${a[1]} ${a[2]}`) : null) ?? placeCode(a[1]);
}

/**
 * A person's side, told once: "Champagne held talks" after "Canada's Minister of Finance
 * François-Philippe Champagne" is Canada's, as every mention of the name whose country no
 * words beside it tell, when the mentions that tell one agree.
 */
export function sideOfName(mentions: PersonMention[]): void {
  const sides = new Map<string, Set<string>>();
  for (const m of mentions)
    if (m.jurisdiction !== null)
      sides.set(m.name, (sides.get(m.name) ?? new Set()).add(m.jurisdiction));
  mentions.forEach((m, i) => {
    const told = sides.get(m.name);
    if (m.jurisdiction === null && told?.size === 1)
      mentions[i] = { ...m, jurisdiction: [...told][0] ?? null };
  });
}

/**
 * "In Ottawa, Agriculture Minister Heath MacDonald said …": a mention whose country neither its
 * own words nor the name's other mentions tell (sideOfName) is of the place its sentence opens
 * in, when one is written just before it; the name's other mentions then take it too (run
 * sideOfName again). "Marguerite Olafson, Canada's negotiator, … In Washington, Olafson met
 * …" is Canada's.
 */
export function settingSide(
  text: string,
  mentions: PersonMention[],
  keep: (i: number) => boolean,
): void {
  mentions.forEach((m, i) => {
    if (m.jurisdiction !== null || !keep(i)) return;
    const code = jurisdictionBefore(text, m.start, true);
    if (code !== null) mentions[i] = { ...m, jurisdiction: code };
  });
}
