import { describe, expect, it } from 'vitest';
import { addMonths, lastDayOfMonth } from '../core/dates.ts';
import { beforeLimit, dueBy, measureEnd } from './time-limits.ts';

describe('calendar helpers', () => {
  it('gives the last day of a month, leap years included', () => {
    expect(lastDayOfMonth(2028, 2)).toBe('2028-02-29');
    expect(lastDayOfMonth(2027, 2)).toBe('2027-02-28');
    expect(lastDayOfMonth(2026, 12)).toBe('2026-12-31');
  });

  it('adds months, keeping to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', 12)).toBe('2027-03-15');
    expect(addMonths('2026-11-30', 1)).toBe('2026-12-30');
  });
});

describe('measureEnd', () => {
  const published = '2026-11-20';

  it.each([
    ['China will suspend the 100% tariff on canola oil until the end of 2027.', '2027-12-31'],
    ['The surtax is suspended until December 31, 2027.', '2027-12-31'],
    ['The surtax is suspended until 30 June 2027.', '2027-06-30'],
    ['Duties are waived from December 1 to March 31.', '2027-03-31'],
    ['The waiver runs through the first half of 2027.', '2027-06-30'],
    ['The cut applies until the end of the year.', '2026-12-31'],
    ['The suspension, expiring on 31 May 2027, covers peas.', '2027-05-31'],
    ['The levy is paused through June.', '2027-06-30'],
  ])('reads the last day in %j', (sentence, end) => {
    expect(measureEnd(sentence, 0, '2026-12-01', published)).toBe(end);
  });

  it('counts a length of time from the first day in force, to its last day', () => {
    expect(
      measureEnd('Beijing will suspend the duties for one year.', 0, '2026-03-01', published),
    ).toBe('2027-02-28');
    expect(
      measureEnd('Provisional duties will apply for six months.', 0, '2026-12-01', published),
    ).toBe('2027-05-31');
    // without a first day, a length of time gives no end
    expect(
      measureEnd('Beijing will suspend the duties for one year.', 0, null, published),
    ).toBeNull();
  });

  it('reads no end where none is set', () => {
    for (const sentence of [
      'China will suspend the tariff on canola oil from December 1.',
      // a bare year after "until" says too little
      'The surtax stays suspended until 2027.',
      // how long the talks ran is not how long the measure runs
      'After talks that ran for six months, Ottawa cut the surtax to 25%.',
      // an old rate and a new one, not a period
      'The rate falls from 25% to 10% on December 1.',
      'Tariffs remain until Beijing changes course.',
      // an exemption's end
      'Parts go to 20%, though plants were exempted from the increase until June 30, 2027.',
      // the end of what the measure ended
      'India will charge 30% on peas from November 1, ending a duty-free window that had been set to run until March 31.',
      // a length of time told of something else, in another clause
      'The US imposed 30% from August 8, and that AGOA lapsed before its extension for one year.',
    ])
      expect(measureEnd(sentence, 0, '2026-12-01', published), sentence).toBeNull();
  });

  it("counts a length of time only after the measure's own words", () => {
    const sentence =
      'Washington pauses the higher rate for 90 days; goods pay the 10% baseline instead.';
    expect(measureEnd(sentence, sentence.indexOf('10%'), '2025-04-10', published)).toBeNull();
    expect(measureEnd(sentence, sentence.indexOf('higher'), '2025-04-10', published)).toBe(
      '2025-07-08',
    );
  });

  it('reads no end before the first day in force', () => {
    expect(measureEnd('The tariff applied until March 31, 2026.', 0, '2026-12-01', published)).toBe(
      null,
    );
  });
});

describe('dueBy', () => {
  const met = '2026-11-20';

  it.each([
    ['hold the next meeting in Beijing in the first half of 2027', '2027-06-30'],
    ['conclude the review by June 30', '2027-06-30'],
    ['conclude the review by the end of March 2027', '2027-03-31'],
    ['resume the talks before the end of the year', '2026-12-31'],
    ['report back within six months', '2027-05-20'],
    ['settle the canola case within 90 days', '2027-02-18'],
    ['sign the protocol in the third quarter of next year', '2027-09-30'],
    ['meet again next month', null],
    ['meet again by next month', '2026-12-31'],
    ['hold a ministerial dialogue in 2027', '2027-12-31'],
  ])('reads when %j is due', (words, due) => {
    expect(dueBy(words, met)).toBe(due);
  });

  it('sets no date where the words set no limit, or one already past', () => {
    expect(dueBy('cooperate on the fentanyl crisis', met)).toBeNull();
    expect(dueBy('hold the next meeting in Beijing', met)).toBeNull();
    expect(dueBy('restore the trade of 2019', met)).toBeNull();
    expect(dueBy('implement the consensus reached in March 2025', met)).toBeNull();
    // "by 2027" could mean its start or its end
    expect(dueBy('double trade by 2027', met)).toBeNull();
  });
});

describe('beforeLimit', () => {
  it('keeps what is to be done and leaves out the limit the words set', () => {
    expect(beforeLimit('reopen the talks on pork by the end of March')).toBe(
      'reopen the talks on pork',
    );
    expect(beforeLimit('report back within six months')).toBe('report back');
    expect(beforeLimit('work together on the fentanyl crisis')).toBe(
      'work together on the fentanyl crisis',
    );
  });
});
