/**
 * Who signs a text or speaks in it, and the "I" that stands for them: the name a quote is
 * signed with after a dash, a release's signature block at its end, the label of a speaker's
 * turn in a parliamentary record; and each "I" of the narration as the signer of a release
 * in the first person, or as the speaker whose turn it is in (findSignerAsI).
 */
import type { PersonMention } from './people-mentions.ts';
import { HONORIFIC, NAME, NAME_WORD, PARTICLES, TITLE_WORDS } from './people-name-patterns.ts';
import { insideAny, type Range } from './sentences.ts';

/**
 * The name a quote is signed with after a dash, on the quote's line or the next: "“…” - Ana
 * Ruiz, trade lawyer", "“…” — Prime Minister Ana Ruiz", as a quote box or a release sets its
 * source under the words.
 */
export const DASH_SIGNED = new RegExp(
  `["”\x94][ \\t]*(?:\\n[ \\t]*){0,2}(?:--|[-–\x96—\x97])[ \\t]*(?:${TITLE_WORDS}[ \\t]+)?(${NAME})`,
  'gu',
);
/** An initial written with no point, as some records set it: "Mr P Tau". */
const BARE_INITIAL = '(?:\\p{Lu}[ \\t]+(?=\\p{Lu}\\p{Ll}))?';
/**
 * A speaker's turn in a parliamentary record, its label opening a line: "Hon. Ana Ruiz
 * (Minister of Trade, Lib.):", "Mr. Tom Hale (Nanaimo, CPC):", "Hon. Ana Ruiz:". Group 1 is the
 * name with its honorific; the brackets (group 2) say who the speaker is (a seat, a portfolio, a
 * party) and name nobody else.
 */
export const TURN_LABEL = new RegExp(
  `^[ \\t]*(${HONORIFIC}{1,2}${BARE_INITIAL}${NAME_WORD}(?:[ \\t]+${PARTICLES}${NAME_WORD}){0,3})[ \\t]*(\\([^)\\n]{1,200}\\))?:[ \\t]`,
  'gmu',
);
/**
 * A turn labelled with the speaker's office and their name in brackets, as the UK's Hansard
 * writes it: "The Secretary of State for Business and Trade (Ana Ruiz):". Group 1 is the name.
 */
export const TITLE_TURN = new RegExp(
  `^[ \\t]*(?:The[ \\t]+)?${TITLE_WORDS}[^()\\n:]{0,80}\\((${HONORIFIC}{0,2}${BARE_INITIAL}${NAME_WORD}(?:[ \\t]+${PARTICLES}${NAME_WORD}){0,3})\\):[ \\t]`,
  'gmu',
);
/**
 * Any line opening with a label of a few words and a colon ("Some hon. members:", "The
 * Speaker:", a turn label too): where the turn before ends.
 */
const ANY_TURN = /^[ \t]*\p{Lu}[^\n:!?]{0,60}(?:\([^)\n]{1,200}\))?:[ \t]/gmu;
/** The brackets after the name of each turn label (see TURN_LABEL). */
export function labelBrackets(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(TURN_LABEL)) {
    const note = m[2];
    if (note !== undefined) {
      const start = m.index + m[0].lastIndexOf(note);
      out.push({ start, end: start + note.length });
    }
  }
  return out;
}

/** How far from the end of a text its signature block may start. */
export const SIGNED_REACH = 240;
/**
 * A signature block closing a text: a name on a line of its own, with honorifics before it and
 * at most a comma and a title after it ("The Hon Don Farrell, Minister for Trade"), then up to
 * two short lines (a title, a place).
 */
export const SIGNATURE =
  /(?:^|\n)[ \t]*(?:(?:Senator|Senator the|The|the|Right|Rt\.?|Hon\.?|Honourable|Honorable|Dr\.?)[ \t]+){0,3}(\p{Lu}[\p{L}'’\x92-]+(?:[ \t]+\p{Lu}[\p{L}'’\x92-]+){1,3})[ \t]*(?:,[^\n.!?]*)?(?:\n[^\n.!?]{1,80}){0,2}\s*$/u;

/** A heading that names who speaks in the first person: "Statement by Minister Ng on …". */
const BY_LINE =
  /^(?:(?:Joint\s+)?Statement|Remarks|Message|Op-ed|Letter|Speech)\s+(?:by|from)\b[^\n]*$/im;
/**
 * A statement's heading with its speaker on a line of their own below it ("MINISTERIAL
 * STATEMENT ON …", then "Minister of Trade, Mr Ana Ruiz"): the first person named in the
 * three lines after it.
 */
const STATEMENT_HEADING = /^(?:Ministerial\s+)?Statement\b[^\n]*((?:\n[^\n]*){0,3})/im;
/**
 * A release headed by who issues it, or a column by who writes it: the name on a line of its
 * own among the first lines, after "By" or an honorific, or above a line with the office
 * ("MEDIA RELEASE ¶ Senator the Hon Don Farrell ¶ Minister for Trade and Tourism", "By Ana
 * Ruiz"). It is the "I" of the narration below. Group 1 is what stands before the name, group 2
 * the name.
 */
const MASTHEAD_LINE = new RegExp(
  `^[ \\t]*(By[ \\t]+|(?:Senator[ \\t]+)?${HONORIFIC}{1,2}|(?:Senator|Dr)[ \\t]+)?(\\p{Lu}\\p{Ll}[\\p{L}'’\x92-]*(?:[ \\t]+\\p{Lu}\\p{Ll}[\\p{L}'’\x92-]*){1,3})[ \\t]*(?:MP|MLA|MPP)?[ \\t]*$`,
  'u',
);
/** A line under a masthead's name that gives the office: "Minister for Trade and Tourism". */
const OFFICE_LINE =
  /^[ \t]*(?:Minister|Secretary|President|Premier|Commissioner|Ambassador|Senator|Member|Chair|Governor)\b/;
/** How many lines open a text where its masthead may stand. */
const MASTHEAD_LINES = 4;

/** The name heading a release or a column (see MASTHEAD_LINE), with where it starts. */
export function mastheadName(text: string): { name: string; start: number } | undefined {
  const lines = text.slice(0, 400).split('\n').slice(0, MASTHEAD_LINES);
  let at = 0;
  for (const [i, line] of lines.entries()) {
    const m = MASTHEAD_LINE.exec(line);
    const name = m?.[2];
    if (m && name && (m[1] !== undefined || OFFICE_LINE.test(lines[i + 1] ?? '')))
      return { name, start: at + line.indexOf(name, m[1]?.length ?? 0) };
    at += line.length + 1;
  }
  return undefined;
}

/**
 * "I" as a word of the narration ("Today I met …"), not the numeral of "Phase I" or "World War
 * I", nor an initial ("Ana I. Ruiz").
 */
const FIRST_PERSON =
  /(?<!\b(?:Phase|Part|Annex|Schedule|Title|Section|Chapter|Article|Stage|Tier|Round|War|Category|Class|Type|Level|Group|List|Grade|Volume)\s)\bI\b(?!\.\s?\p{Lu}\p{Ll})/gu;

/** A line of an interview's answer, up to an offset: "A: With the administration first. I". */
const ANSWER_LINE = /^[ \t]*(?:A|Answer):[^\n]*$/;
/** Whether "I" at `at` is in an interview's answer, whose "I" is the one interviewed (turns.ts). */
const inAnswer = (text: string, at: number) =>
  ANSWER_LINE.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));

/**
 * A minister's release in the first person ("Today, I met my counterpart …"), signed at its
 * end ("The Honourable Maninder Sidhu, Minister of International Trade") or named in its
 * heading ("Statement by Minister Sidhu on …"): each "I" of the narration is the signer; else,
 * in a parliamentary record, the speaker whose turn it is in (see turnsAsI). Not in quotation
 * marks, where "I" is whoever is quoted, nor in an interview's answers ("A: I met …"), where it
 * is the one interviewed (see turns.ts).
 */
export function findSignerAsI(
  text: string,
  named: readonly PersonMention[],
  quoted: readonly Range[],
): PersonMention[] {
  const narrated = [...text.matchAll(FIRST_PERSON)].filter(
    (m) => !insideAny(quoted, m.index) && !inAnswer(text, m.index),
  );
  if (narrated.length === 0) return [];
  const body = text.trimEnd();
  const closing = body.slice(body.lastIndexOf('\n\n') + 1);
  const signedAt = body.length - closing.length;
  const heading = BY_LINE.exec(text.slice(0, 300));
  const signed =
    closing.length <= SIGNED_REACH && !/[.!?]["”\x94]?\s*$/m.test(closing)
      ? named.find((n) => n.start >= signedAt && !n.byRole)
      : undefined;
  const below = heading ? null : STATEMENT_HEADING.exec(text.slice(0, 300));
  const lines = heading ?? below;
  const head = lines ? undefined : mastheadName(text);
  const signer =
    signed ??
    (head ? named.find((n) => !n.byRole && n.start === head.start) : undefined) ??
    (lines
      ? named.find(
          (n) =>
            !n.byRole &&
            n.start >= lines.index &&
            n.end <= lines.index + lines[0].length &&
            n.end <= (narrated[0]?.index ?? 0),
        )
      : undefined);
  if (!signer) {
    const turns = turnsAsI(text, named, narrated);
    return turns.length > 0 ? turns : interviewAsI(text, named, narrated, quoted);
  }
  const end = signed ? signedAt : text.length;
  return narrated.filter((m) => m.index < end).map((m) => asI(signer, m.index));
}

/** A text that says it is an interview: "The interview has been edited for length". */
const INTERVIEW = /\binterview(?:s|ed)?\b/i;
/** How far into a text it says it is an interview. */
const INTERVIEW_REACH = 600;
/** "You" opening a question put to the one interviewed: "You met Wang on Monday. What …?" */
const YOU_ASKED = /(?:^|\n)[ \t]*You\b(?=[^\n]*\?[ \t]*$)/gmu;
/** A byline before a name: "By Rosa Campuzano". */
const BYLINE_BEFORE = /(?:^|\n)[ \t]*By[ \t]+$/;

/**
 * The words before the one an interview is with, the text's writers as the subject: "We spoke
 * to ", "we interviewed " (not "He spoke to Hana Whitcombe", the one who asked).
 */
const SPOKEN_TO = /\b[Ww]e\s+(?:(?:spoke|talked)\s+(?:to|with)|interviewed)\s+$/;

/**
 * The one an interview is with: the person the text says it spoke to ("We spoke to Bronwyn
 * Tait, chief executive of …"), else the first person it names (before `before`), not its
 * byline's writer.
 */
export const interviewee = (
  text: string,
  people: readonly PersonMention[],
  before = text.length,
): PersonMention | undefined => {
  const named = people.filter((n) => n.start < before && !n.byRole);
  return (
    named.find((n) => SPOKEN_TO.test(text.slice(Math.max(0, n.start - 24), n.start))) ??
    named.find((n) => !BYLINE_BEFORE.test(text.slice(Math.max(0, n.start - 10), n.start)))
  );
};

/**
 * An interview written as questions and answers with no labels ("Todd McClay … spoke to Hana
 * Whitcombe. The interview has been edited for length. ¶ You met Wang on Monday … ? ¶ … I spoke
 * by phone with Greer …"): each "I" of the answers and "You" opening a question are the one
 * interviewed, the first person the text names (not its byline's writer).
 */
function interviewAsI(
  text: string,
  named: readonly PersonMention[],
  narrated: readonly RegExpExecArray[],
  quoted: readonly Range[],
): PersonMention[] {
  if (!INTERVIEW.test(text.slice(0, INTERVIEW_REACH))) return [];
  const guest = interviewee(text, named);
  if (!guest) return [];
  const asked = [...text.matchAll(YOU_ASKED)]
    .map((m) => m.index + m[0].indexOf('You'))
    .filter((at) => !insideAny(quoted, at))
    .map((at) => ({ ...asI(guest, at), text: 'You', end: at + 3 }));
  const answered = narrated.filter((m) => m.index > guest.end).map((m) => asI(guest, m.index));
  return [...answered, ...asked].sort((a, b) => a.start - b.start);
}

/** "I" at `at`, standing for `p`. */
const asI = (p: PersonMention, at: number): PersonMention => ({
  ...p,
  text: 'I',
  start: at,
  end: at + 1,
  byRole: true,
  antecedent: { text: p.text, start: p.start, end: p.end },
});

/**
 * In a parliamentary record, each "I" of a turn (see TURN_LABEL, TITLE_TURN) is the person its
 * label names, up to the next label of any kind ("Some hon. members:").
 */
function turnsAsI(
  text: string,
  named: readonly PersonMention[],
  narrated: readonly RegExpExecArray[],
): PersonMention[] {
  const speakers = new Map<number, PersonMention>();
  for (const m of [...text.matchAll(TURN_LABEL), ...text.matchAll(TITLE_TURN)]) {
    const p = named.find((n) => n.start >= m.index && n.end <= m.index + m[0].length);
    if (p) speakers.set(m.index, p);
  }
  if (speakers.size === 0) return [];
  const turns = [...text.matchAll(ANY_TURN)].map((m) => m.index);
  const out: PersonMention[] = [];
  for (const m of narrated) {
    const turn = turns.findLast((at) => at <= m.index);
    const p = turn === undefined ? undefined : speakers.get(turn);
    if (p) out.push(asI(p, m.index));
  }
  return out;
}
