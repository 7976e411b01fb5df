/**
 * The same engagement told in many sentence shapes, with people written with and without titles,
 * and on a weekday, a full date and a date without its year. Each must be read whole: its kind,
 * its day and both parties, with no directory of actors to lean on.
 */
import { describe, expect, it } from 'vitest';
import type { EngagementCandidate } from './candidates.ts';
import { extract } from './extract.ts';

const PUBLISHED = '2026-11-09'; // a Monday

const PAIRS: readonly (readonly [string, string])[] = [
  ['Ana Ruiz', 'Li Wen'],
  ['Prime Minister Tom Hale', 'Premier Hu Wei'],
  ['Trade Minister Rosa Vidal', 'Commerce Minister Zhou Min'],
  ["Japan's Ken Sato", 'Jo Beal'],
  ['Tomáš Novák', 'Priya Nair'],
];

const DAYS: readonly (readonly [string, string])[] = [
  ['Thursday', '2026-11-05'],
  ['October 30, 2025', '2025-10-30'],
  ['March 3', '2026-03-03'],
];

const SHAPES: readonly (readonly ['meeting' | 'call', string])[] = [
  ['meeting', '{A} and {B} met in Geneva on {D}.'],
  ['meeting', 'On {D}, {A} and {B} met in Geneva.'],
  ['meeting', 'In Geneva, {A} and {B} met on {D}.'],
  ['meeting', '{A} met {B} in Geneva on {D}.'],
  ['meeting', 'On {D}, {A} met {B} in Geneva.'],
  ['meeting', '{A} held talks with {B} in Geneva on {D}.'],
  ['meeting', '{A} and {B} held talks in Geneva on {D}.'],
  ['meeting', 'The breakthrough came on {D}, when {A} and {B} met in Geneva.'],
  ['meeting', '{A} hosted {B} in Geneva on {D}.'],
  ['meeting', '{B} was received by {A} in Geneva on {D}.'],
  ['meeting', '{A} sat down with {B} on {D} in Geneva.'],
  ['meeting', 'Meeting in Geneva on {D}, {A} and {B} agreed to extend the truce.'],
  ['meeting', 'After meeting {B} in Geneva on {D}, {A} said the talks were useful.'],
  ['meeting', '{A} travelled to Geneva on {D} for talks with {B}.'],
  ['meeting', 'When {A} and {B} met in Geneva on {D}, they agreed to extend the truce.'],
  ['meeting', '{A} and {B} agreed to extend the truce when they met in Geneva on {D}.'],
  ['meeting', 'Talks between {A} and {B} took place in Geneva on {D}.'],
  ['meeting', '{A} met with {B} on the sidelines of the summit in Geneva on {D}.'],
  ['meeting', 'On {D}, in Geneva, {A} and {B} held their first meeting.'],
  ['meeting', 'Earlier, on {D}, {A} had met {B} in Geneva.'],
  ['call', '{A} spoke by phone with {B} on {D}.'],
  ['call', 'On {D}, {A} spoke by phone with {B}.'],
  ['call', '{A} and {B} spoke by phone on {D}.'],
  ['call', '{A} and {B} held a phone call on {D}.'],
  ['call', '{A} had a call with {B} on {D}.'],
  ['call', 'In a phone call on {D}, {A} and {B} agreed to extend the truce.'],
  ['call', '{A} called {B} on {D} to discuss the tariffs.'],
];

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

/** Whether the text yields the engagement of the two on the day, of the kind, and nothing else. */
function readWhole(text: string, kind: string, iso: string, a: string, b: string): boolean {
  const found = extract({ text, published: PUBLISHED }).candidates.filter(
    (c): c is EngagementCandidate => c.type === 'engagement',
  );
  const [e] = found;
  return (
    found.length === 1 &&
    e !== undefined &&
    e.date === iso &&
    (e.kind === kind || (kind === 'meeting' && e.kind === 'visit')) &&
    e.participants.length === 2 &&
    [a, b].every((n) => e.participants.some((p) => p.text.endsWith(lastWord(n))))
  );
}

describe('engagements: one engagement in many sentence shapes', () => {
  it.each(SHAPES)('reads a %s told as "%s"', (kind, shape) => {
    const misread: string[] = [];
    for (const [a, b] of PAIRS)
      for (const [day, iso] of DAYS) {
        const text = shape
          .replace('{A}', a)
          .replace('{B}', b)
          .replace('{D}', day)
          .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
        if (!readWhole(text, kind, iso, a, b)) misread.push(text);
      }
    expect(misread).toEqual([]);
  });
});

describe('engagements: the shapes of a live blog', () => {
  const blog = (line: string) =>
    extract({ text: `Summit, day two: live\n\n${line}`, published: PUBLISHED })
      .candidates.filter((c): c is EngagementCandidate => c.type === 'engagement')
      .map((e) => [e.kind, e.date, e.participants.map((p) => p.text)]);

  it('reads names after a time stamp and its dash, and a verb in the present perfect', () => {
    expect(blog('08:05 - Ana Ruiz and Li Wen have just finished a breakfast meeting.')).toEqual([
      ['meeting', PUBLISHED, ['Ana Ruiz', 'Li Wen']],
    ]);
    expect(blog('12:30 - Ana Ruiz has spoken by phone with Li Wen from the summit venue.')).toEqual(
      [['call', PUBLISHED, ['Ana Ruiz', 'Li Wen']]],
    );
  });

  it('reads a subject whose verb comes after a participle set off by commas', () => {
    expect(
      blog(
        '09:20 - Ana Ruiz, attending as a guest, is holding talks with Li Wen on the sidelines.',
      ),
    ).toEqual([['meeting', PUBLISHED, ['Ana Ruiz', 'Li Wen']]]);
  });

  it('reads talks someone was asked to open as not held', () => {
    const asked = extract({
      text: 'Scott Moe asked the federal government to open talks with Beijing.',
      published: PUBLISHED,
    }).candidates.filter((c) => c.type === 'engagement');
    expect(asked).toEqual([]);
  });
});
