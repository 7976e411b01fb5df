/**
 * Whether the day a sentence tells is the announcement of its measure: not when the sentence only
 * names the measure (in a request, or in what a meeting was about), not when the day is that of a
 * reaction to it, and not the announcement before for a measure that took effect long before it;
 * and the dating of the measures just told that a first thing said names back by their goods.
 */
import { daysBetween } from '../core/dates.ts';
import type { DateMention } from './dates.ts';
import { within, type Doc } from './doc.ts';
import { ACT } from './measure-acts.ts';
import { dateGroup } from './measure-dates.ts';
import { byProducts, type Draft } from './measure-drafts.ts';
import { RELIEF } from './measure-roles.ts';
import type { Sentence } from './sentences.ts';

/** How many days before an announcement a measure's start still belongs to it (backdating). */
const BACKDATING_DAYS = 60;

/** Whether a measure took effect long before the announcement of the measure told before. */
export function startedLongBefore(
  effective: DateMention | null,
  announced: string | null,
): boolean {
  return (
    effective !== null &&
    announced !== null &&
    daysBetween(effective.iso, announced) > BACKDATING_DAYS
  );
}

/** A request naming a measure it is about: "asked for cooperation on the 50% tariff". */
const ASKED_ABOUT_BEFORE =
  /\b(?:ask(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|call(?:s|ed|ing)?|s(?:ought|eeks?|eeking))\s+for\s+[^.;]{0,80}?\b(?:on|over|about|from)\s+(?:the|its|their)\s+[^.;,]{0,30}$/i;

/**
 * An engagement the sentence tells before the measure it names: "Ebrard met Lutnick on Tuesday
 * to contain the damage from a 17.09% duty": the day is the meeting's.
 */
const MET =
  /\b(?:met|meets|spoke|speaks|talked|held\s+(?:talks|an?\s+(?:[\w-]+\s+)?(?:call|meeting)))\b/i;

/**
 * Whether the measure's word at `at` is only named: in a request, in relief sought from it, or
 * in what an engagement told before it was about, no act or decision told in between.
 */
export function onlyNamedAt(text: string, s: Sentence, at: number): boolean {
  const before = text.slice(Math.max(s.start, at - 140), at);
  if (ASKED_ABOUT_BEFORE.test(before) || RELIEF.test(before.slice(-40))) return true;
  const met = MET.exec(text.slice(s.start, at));
  const between = met ? text.slice(s.start + met.index + met[0].length, at) : '';
  return met !== null && !ACT.test(between) && !DECIDED.test(between);
}

/**
 * A first thing said that names back a measure with its goods, before a second thing said
 * about another: "said on Monday that the surtax on EVs would take effect on October 1, and
 * that …".
 */
const SAID_FIRST =
  /\bthat\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:surtax(?:es)?|tariffs?|dut(?:y|ies)|lev(?:y|ies))\s+on\b[^,;]*,\s*and\s+that\s*$/i;

/**
 * Dates the measures just told that the first thing said names back by their goods, when the
 * sentence goes on to tell a measure of its own after ", and that".
 */
export function datesNamedBack(
  doc: Doc,
  s: Sentence,
  clause: { readonly start: number },
  recent: readonly Draft[],
) {
  const part = { start: s.start, end: clause.start };
  if (recent.length === 0 || !SAID_FIRST.test(doc.text.slice(part.start, part.end))) return;
  if (within(doc.products, part.start, part.end).length === 0) return;
  dateGroup(doc, byProducts(doc, recent, part), part);
}

/** A reaction to a decision or a measure: "condemned Canada's decision to impose …". */
const REACTED =
  /\b(?:condemn(?:s|ed)|critici[sz](?:es|ed)|denounc(?:es|ed)|slamm?(?:s|ed)|protest(?:s|ed)|decr(?:ies|ied)|reject(?:s|ed)|welcom(?:es|ed)|prais(?:es|ed)|defend(?:s|ed)|hail(?:s|ed))\s+(?:[\w'’\x92-]+\s+){0,4}?(?:decision|move|plan|measures?|tariffs?|dut(?:y|ies)|surtax(?:es)?|levy|levies)\b/i;

/**
 * Whether the day a sentence tells is that of a reaction to the measure, not of its
 * announcement: "China on Tuesday condemned Canada's decision to impose a 100% surtax" (the
 * day written before the verb of reacting, or inside it: "welcomed on Thursday …", the
 * measure after it).
 */
export function reactedAfter(
  text: string,
  s: Sentence,
  measureAt: number,
  announced: DateMention | null,
): boolean {
  if (announced === null || announced.start < s.start) return false;
  // "welcomed on Thursday Washington's decision": the day may stand inside the reaction.
  const verb = /\b\w+\s+(?:on\s+)?$/.exec(
    text.slice(Math.max(s.start, announced.start - 30), announced.start),
  );
  const reaction = REACTED.exec(
    `${verb?.[0] ?? ''}${text.slice(announced.end, Math.max(announced.end, measureAt))}`,
  );
  return reaction !== null;
}

/**
 * A day the sentence gives its announcement by a participle: "the decision, announced by
 * Beijing's customs agency on Thursday, to lift …".
 */
const ANNOUNCED_ON_BEFORE =
  /\b(?:announced|published|issued|unveiled|made public)(?:\s+by\s+[^,;.]{1,60}?)?\s+(?:on\s+)?$/i;

/**
 * The day of an announcement written inside a sentence that tells a reaction to it
 * ("welcomed today the decision, announced … on Thursday, to lift …"), or null.
 */
export function announcedDay(doc: Doc, s: Sentence): DateMention | null {
  return (
    within(doc.dates, s.start, s.end).find((d) =>
      ANNOUNCED_ON_BEFORE.test(doc.text.slice(Math.max(s.start, d.start - 90), d.start)),
    ) ?? null
  );
}

/** A decision told in a clause: "agreed to", "decided", "signed". */
const DECIDED = /\b(?:agreed|decided|signed|announced|confirmed)\b/i;
