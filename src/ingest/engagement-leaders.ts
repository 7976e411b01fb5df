/**
 * The person named as leading a country's side, who stands for it: the leader of its group named
 * in the clause or the sentences before (withLeaders), or the one a clause hands the side to ("The
 * EU was represented by …", sidesLed).
 */
import type { Mention, Span } from './candidates.ts';
import { personMention, within, type Doc } from './doc.ts';
import { isPerson, peopleWithin, sameParty } from './engagement-people.ts';
import { SETTING_BEFORE, SETTING_CHARS } from './engagement-sides.ts';
import type { Unit } from './engagement-units.ts';

/**
 * The words before a person who leads a country's group, the group's name in them: "A team of
 * the Office of the United States Trade Representative led by …", "the US delegation, led by ".
 */
const GROUP_LED_BY =
  /\b(?:delegation|team|mission|side|negotiators)\b[^;]{0,80}?\b((?:was\s+)?(?:led|headed)\s+by)\b[^;]{0,100}$/;

/**
 * The person a clause or the two sentences before name as leading the group of a country, in
 * one sentence: "A team of the U.S. Trade Representative led by Lynch visited Delhi.".
 */
function leaderOf(doc: Doc, unit: Unit, code: string): Mention | undefined {
  for (let k = Math.max(0, unit.index - 2); k <= unit.index; k++) {
    const s = doc.sentences[k];
    if (!s) continue;
    for (const p of peopleWithin(doc, s.start, Math.min(s.end, unit.end))) {
      const from = Math.max(s.start, p.start - 220);
      const m = GROUP_LED_BY.exec(doc.text.slice(from, p.start));
      if (!m?.[1]) continue;
      const group = from + m.index;
      const led = group + m[0].indexOf(m[1]);
      const places = within(doc.places, Math.max(s.start, group - 30), led);
      if (places.some((c) => c.code === code)) return personMention(p);
    }
  }
  return undefined;
}

/**
 * "… The round between the Indian delegation, led by Agrawal, and the US delegation was held":
 * a country's side stands for the person named as leading its group (leaderOf).
 */
export function withLeaders(doc: Doc, unit: Unit, participants: Mention[]): Mention[] {
  return participants.map((p) => {
    if (isPerson(doc, p) || p.jurisdiction === null) return p;
    const leader = leaderOf(doc, unit, p.jurisdiction);
    return leader && !participants.some((q) => sameParty(q, leader)) ? leader : p;
  });
}

/**
 * Words that hand a country's side to the people after them: "The EU was represented by", "the
 * Chinese delegation was headed by", "and the Thai side by", "; the EU's by" (its delegation
 * left unsaid). The country is the one named just before them.
 */
const SIDE_LED_BY =
  /\b(?:(?:(?:was|were|is|are)\s+)?(?:represented|led|headed)\s+by\b|(?:delegation|team|side)\s+by\b)|(?<=\p{L})['’\x92]s\s+by\b(?!-)/giu;

/** The country whose side each of `people` is named as leading in a clause (SIDE_LED_BY). */
export function sidesLed(doc: Doc, unit: Span, people: readonly Mention[]): Map<Mention, string> {
  const leads: { end: number; code: string | null }[] = [];
  for (const m of doc.text.slice(unit.start, unit.end).matchAll(SIDE_LED_BY)) {
    const at = unit.start + m.index;
    const country = within(doc.places, Math.max(unit.start, at - 40), at)
      .filter(
        (c) => !SETTING_BEFORE.test(doc.text.slice(Math.max(0, c.start - SETTING_CHARS), c.start)),
      )
      .at(-1);
    leads.push({ end: at + m[0].length, code: country?.code ?? null });
  }
  const sides = new Map<Mention, string>();
  for (const p of people) {
    const code = leads.findLast((l) => l.end <= p.span.start)?.code;
    if (code) sides.set(p, code);
  }
  return sides;
}
