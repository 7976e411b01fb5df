/**
 * Lists of engagements under a line that leads into them ("During the visit, Minister Ruiz:"):
 * the lead line (listLead), the words of an item and of the one the lead stands for, and an item
 * that pairs people with no verb, read as an engagement of the kind and day the lead tells
 * (listItem); and the entries of a diary kept by day, each its owner's (diaryEntryOwner).
 */
import type { Mention, Span } from './candidates.ts';
import { isQuoted, personMention, type Doc } from './doc.ts';
import { writtenDate } from './engagement-dates.ts';
import { kindOf } from './engagement-kinds.ts';
import { peopleWithin } from './engagement-people.ts';
import type { Reading } from './engagement-readings.ts';
import type { Unit } from './engagement-units.ts';
import { WEEKDAY_NAME } from './dates.ts';

/** What opens an item of a list before its verb: a bullet, or nothing ("- met with Li;"). */
export const LIST_ITEM = /^\s*(?:[-–\x96•\x95*·]\s*)?$/;
/** An item of a list, opened by a bullet: "- held talks with Hu;". */
export const BULLET = /^\s*[-–\x96•\x95*·]\s/;
/** A possessive standing for someone: "her meetings", "the premier's programme". */
export const OWNER_WORD = /\b(?:[Hh]is|[Hh]er)\b|\b[Tt]he\s+\p{Ll}+['’\x92]s\b/u;
/** A line that leads into a list: "During the visit, Minister Ruiz:". */
const LIST_LEAD = /:\s*$/;
/** The line that opens the list a sentence is an item of, within eight lines before it. */
export function listLead(doc: Doc, index: number): (Span & { index: number }) | undefined {
  for (let k = index - 1; k >= Math.max(0, index - 8); k--) {
    const b = doc.sentences[k];
    if (!b) return undefined;
    const line = doc.text.slice(b.start, b.end);
    if (BULLET.test(line)) continue;
    return LIST_LEAD.test(line) ? { ...b, index: k } : undefined;
  }
  return undefined;
}
/** An item of a list that pairs people with no verb: "- Minister Wang with Don Farrell;". */
const PAIR_ITEM = /^\s*[-–\x96•\x95*·]\s*[^;:]*?\bwith\b/;

/**
 * "The following bilateral meetings were held on 18 November:\n- Wang with Farrell;\n- Wang
 * with Akazawa;": each item that pairs people under a line telling engagements is one of them,
 * of the kind and on the day that line tells.
 */
export function listItem(doc: Doc, unit: Unit, reading: Reading): Reading | undefined {
  if (!PAIR_ITEM.test(reading.raw)) return undefined;
  const lead = listLead(doc, unit.index);
  const found = lead ? kindOf(doc.text.slice(lead.start, lead.end)) : null;
  if (!lead || !found) return undefined;
  return { ...reading, found, day: writtenDate(doc, lead, []) };
}

/** A day's label in a diary, a sentence of its own: "MONDAY.", "Thursday:", "Tuesday, Washington.". */
const DAY_LABEL = new RegExp(
  String.raw`^\s*${WEEKDAY_NAME}(?:,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})?\s*[.:]?\s*$`,
  'iu',
);
/**
 * A diary's entry told by its noun, with no one named before it: "Talks in Nairobi with …", "A
 * phone call with …", "Breakfast with …", "A technical round with a team led by …", also after
 * a few words and a colon ("A quieter day: a call in the morning with …").
 */
const DIARY_ITEM =
  /^\s*(?:[^:.;\n]{1,30}:\s+)?(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|call|meeting|round|breakfast|lunch|dinner)\b[^.;]{0,60}?\bwith\b/i;

/**
 * The person an entry of a diary kept by day is of, when the sentence is one ("MONDAY. Talks in
 * Nairobi with …" under a day's label): whose diary the text keeps, the first person it names
 * before its first day's label ("Helen Marsh … spent this week criss-crossing the country. Her
 * diary: ¶ MONDAY. …"). None otherwise.
 */
export function diaryEntryOwner(doc: Doc, unit: Unit, sentence: string): Mention[] {
  const before = doc.sentences[unit.index - 1];
  if (!DIARY_ITEM.test(sentence) || !before) return [];
  if (!DAY_LABEL.test(doc.text.slice(before.start, before.end))) return [];
  const label = doc.sentences.find((s) => DAY_LABEL.test(doc.text.slice(s.start, s.end)));
  const owner = label
    ? peopleWithin(doc, 0, label.start).find((p) => !isQuoted(doc, p.start))
    : undefined;
  return owner ? [personMention(owner)] : [];
}
