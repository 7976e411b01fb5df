/**
 * Names in lists and pairs: the names listed with commas before " and " (namesListedBefore),
 * with a country's possessive before one ("Japan's Yoji Muto"), where a list may open a clause
 * as its subject and how long a list of guests runs; the two people of a summit or a call
 * "between" them (BETWEEN), and each side's person (PER_SIDE).
 */
import { NAME, NAME_START } from './people-name-patterns.ts';
import { isNotName } from './people-name-words.ts';
import { SUBJECT_VERB } from './people-verbs.ts';
import { placeCode } from './places.ts';

/**
 * Where a list of names opening a clause as its subject may start: a sentence's or a line's
 * start, after a label's colon ("* G20 side meetings: Ana Ruiz, Li Wen and …") or a list
 * item's bullet ("* Ana Ruiz and Li Wen co-chaired …").
 */
export const LIST_START = /(?:^|[.!?]["”\x94]?\s+|\n|:[ \t]+|(?:^|\n)[ \t]*[-–\x96•\x95*·][ \t]+)$/;
/**
 * Where a clause's subject starts inside a sentence: after an opening phrase set off by a comma
 * ("On Thursday, Ana Ruiz and Li Wen met …", "In Geneva, …"), a dash after a time or a
 * dateline ("10:10 - Ana Ruiz and Li Wen met") or a word opening a clause ("… when Ana Ruiz and
 * Li Wen met").
 */
export const CLAUSE_START =
  /(?:,[ \t]+|[ \t][-–\x96—\x97][ \t]+|\b(?:when|after|as|while|once|before|until|since|where|and|but|then|On[ \t]+\p{Lu}\p{Ll}+day)[ \t]+)$/u;
/** A verb right after a subject (see SUBJECT). */
export const VERB_AFTER = new RegExp(`^${SUBJECT_VERB}`);
/** A possessive of one or two words, as a country's: "New Zealand's ". Group 1 is the owner. */
export const PLACE_POSSESSIVE = /^((?:\p{Lu}\p{Ll}+[ \t]+)?\p{Lu}\p{Ll}+)['’\x92]s[ \t]+/u;
/** " and " before a capital: the join of two names ("Ana Ruiz and Li Wen"). */
export const AND_NAME = /[ \t]and[ \t]+(?=\p{Lu})/gu;
const NAME_AT_END = new RegExp(`${NAME_START}(${NAME})$`, 'u');
export const NAME_AT_START = new RegExp(`^(${NAME})`, 'u');

/** The name that ends right at `end`, if any, with where it starts. */
export function nameBefore(text: string, end: number): { name: string; start: number } | undefined {
  let from = Math.max(0, end - 80);
  if (from > 0) from = text.indexOf(' ', from) + 1; // never from inside a word
  const m = NAME_AT_END.exec(text.slice(from, end));
  return m?.[1] ? { name: m[1], start: from + m.index } : undefined;
}
/** How many full names in one list make it a list of people with no other cue. */
export const GUEST_LIST = 4;
/** The most names read in one list: the leaders of a summit of the G7 or the G20. */
const LIST_MAX = 20;
/** A place's possessive before a name, read apart from it: "Peru's | Ana Ruiz". */
const OWNER = "(?:\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?['’\\x92]s[ \\t]+)?";
/** A country's possessive before a listed name: "Japan's | Yoji Muto". Group 1 is the owner. */
const PLACE_OWNER = /(?:^|[ \t])((?:\p{Lu}\p{Ll}+[ \t]+)?\p{Lu}\p{Ll}+)['’\x92]s[ \t]+$/u;

/**
 * Whether a country's possessive stands just before `at`: "Japan's | Yoji Muto", "South
 * Korea's | Lee Jae-myung", "On Tuesday Chile's | Rosa Vidal".
 */
export function ownedByCountry(text: string, at: number): boolean {
  const owner = PLACE_OWNER.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
  return placeCode(owner) !== null || placeCode(owner.replace(/^\S+\s+/, '')) !== null;
}

/** The words before a country's possessive that ends them ("…: | Japan's "), else all. */
export function beforeOwner(lead: string): string {
  const owner = PLACE_OWNER.exec(lead);
  if (!owner || placeCode(owner[1] ?? '') === null) return lead;
  return lead.slice(0, owner.index + (/^[ \t]/.test(owner[0]) ? 1 : 0));
}

/**
 * Words opening on a preposition, or after one: "In Geneva, | Ana Ruiz and …" opens on a place,
 * not a name.
 */
const OPENING_PREPOSITION = /^(?:In|At|On|From|During|Since|After|Before|Until)[ \t]/;
/** A place's preposition before words: "On Thursday, in Geneva, | Ana Ruiz and …". */
const AFTER_PREPOSITION = /\b(?:in|at|from)[ \t]+$/;

/**
 * The names listed with commas before " and " at `andAt`, in order: "Wang Wentao, Japan's Yoji
 * Muto(,) | and …" gives both; none when no name ends there. A summit's guest list runs long
 * ("a dinner for Mark Carney, Donald Trump, … and António Costa"), so up to LIST_MAX names.
 */
export function namesListedBefore(text: string, andAt: number): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  let end = text.charAt(andAt - 1) === ',' ? andAt - 1 : andAt;
  for (let k = 0; k < LIST_MAX; k++) {
    const n = nameBefore(text, end);
    if (
      !n ||
      (out.length > 0 &&
        (OPENING_PREPOSITION.test(n.name) ||
          (!n.name.includes(' ') && isNotName(n.name)) ||
          AFTER_PREPOSITION.test(text.slice(Math.max(0, n.start - 8), n.start))))
    )
      break;
    out.unshift(n);
    let at = n.start;
    const owner = PLACE_OWNER.exec(text.slice(Math.max(0, at - 40), at));
    if (owner && placeCode(owner[1] ?? '') !== null)
      at -= owner[0].length - (owner[0].startsWith(' ') ? 1 : 0);
    if (!/,[ \t]+$/.test(text.slice(Math.max(0, at - 3), at))) break;
    end = text.lastIndexOf(',', at - 1);
  }
  return out;
}

/** "between" or "among" after the word of an engagement, before a list of its sides. */
export const BETWEEN_LIST =
  /\b(?:summit|meeting|call|talks|conversation|dialogue)\b[^.;]{0,60}\b(?:between|among)[ \t]+$/;

/**
 * The two people of a summit or a call: "a summit in Seoul between Lee Jae-myung and Xi
 * Jinping". ENGAGEMENT_BEFORE must end the text before "between".
 */
export const BETWEEN = new RegExp(
  `\\bbetween[ \\t]+${OWNER}(${NAME})[ \\t]+and[ \\t]+${OWNER}(${NAME})`,
  'gu',
);
export const ENGAGEMENT_BEFORE =
  /\b(?:summit|meeting|call|talks|conversation|dialogue)\b[^.;]{0,60}$/i;
/**
 * Each side's person: "the chief negotiators, Ana Lopes for Canada and Raj Iyer for India".
 * SIDE_AND is a cheap first look for the words between the two.
 */
export const SIDE_AND = /\b(?:for|of) (?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)? and \p{Lu}/u;
export const PER_SIDE = new RegExp(
  `\\b(${NAME})[ \\t]+(?:for|of)[ \\t]+(?:the[ \\t]+)?(${NAME})[ \\t]+and[ \\t]+(${NAME})[ \\t]+(?:for|of)[ \\t]+(?:the[ \\t]+)?(${NAME})`,
  'gu',
);
