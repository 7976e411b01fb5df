import { describe, expect, it } from 'vitest';
import { findDates, inYearBefore, resolveWeekday } from './dates.ts';

const first = (text: string, published: string) => findDates(text, published)[0];

describe('findDates', () => {
  it('reads a full date as written, not inferred', () => {
    expect(first('from August 14, 2025', '2025-08-12')).toMatchObject({
      iso: '2025-08-14',
      inferred: false,
    });
    expect(first('on 5 June 2025', '2025-06-06')).toMatchObject({
      iso: '2025-06-05',
      inferred: false,
    });
    expect(first('on Wednesday, March 12, 2025', '2025-03-20')).toMatchObject({
      iso: '2025-03-12',
      inferred: false,
    });
  });

  it('takes the year of a date without one from the publication date, and says so', () => {
    expect(first('take effect on March 20', '2025-03-08')).toMatchObject({
      iso: '2025-03-20',
      inferred: true,
    });
    expect(first('on Sept. 3', '2025-08-30')).toMatchObject({ iso: '2025-09-03', inferred: true });
    expect(first('on the evening of 5 June', '2025-06-06')).toMatchObject({
      iso: '2025-06-05',
      inferred: true,
    });
  });

  it('picks the closest year across a new year', () => {
    expect(first('on December 30', '2026-01-04')?.iso).toBe('2025-12-30');
    expect(first('from January 2', '2025-12-28')?.iso).toBe('2026-01-02');
  });

  it('resolves a weekday backwards after a verb in the past, forwards after one in the future', () => {
    // 2025-03-08 is a Saturday
    expect(first('the ministry said on Monday', '2025-03-08')).toMatchObject({
      iso: '2025-03-03',
      inferred: true,
    });
    expect(first('the tariffs will take effect on Monday', '2025-03-08')?.iso).toBe('2025-03-10');
    expect(first('deposits are due from Friday', '2025-03-08')?.iso).toBe('2025-03-14');
    expect(first('it was announced on Saturday', '2025-03-08')?.iso).toBe('2025-03-08');
    expect(first('they met last Friday', '2025-03-08')?.iso).toBe('2025-03-07');
    expect(first('talks resume next Tuesday', '2025-03-08')?.iso).toBe('2025-03-11');
  });

  it('reads the tense of a yearless date across an abbreviation before it', () => {
    // Six months after publication is nearer than the September before, but the act is told
    // as done; the full stop of "U.S." ends no sentence.
    for (const text of [
      'Canada removed its 25% counter-tariffs on U.S. goods on September 1.',
      'The United States put a 50% tariff on Brazilian goods on September 1.',
    ])
      expect(first(text, '2026-03-10')?.iso).toBe('2025-09-01');
  });

  it('resolves relative days', () => {
    expect(first('Yesterday, officials said', '2025-03-08')?.iso).toBe('2025-03-07');
    expect(first('today', '2025-03-08')?.iso).toBe('2025-03-08');
    expect(first('next week', '2025-03-08')?.iso).toBe('2025-03-15');
  });

  it('counts weeks and days from the publication date', () => {
    expect(first('they met last week', '2025-03-08')?.iso).toBe('2025-03-01');
    expect(first('talks resume in two weeks', '2025-02-25')?.iso).toBe('2025-03-11');
    expect(first('the duty applies in 3 days', '2025-12-30')?.iso).toBe('2026-01-02');
    expect(first('this week', '2025-03-08')).toBeUndefined();
  });

  it('ignores a month with no day and impossible dates', () => {
    expect(findDates('in March 2025', '2025-04-01')).toEqual([]);
    expect(findDates('on February 30, 2025', '2025-04-01')).toEqual([]);
  });

  it('gives offsets that slice to the words of the date', () => {
    const text = 'The duties apply from Aug. 14, the notice said.';
    const d = first(text, '2025-08-12');
    expect(d && text.slice(d.start, d.end)).toBe('Aug. 14');
  });
});

describe('days named by their feast', () => {
  it('reads Christmas Eve, Boxing Day and New Year’s Day as their month and day', () => {
    expect(first('met in Ottawa on Christmas Eve', '2025-12-29')).toMatchObject({
      iso: '2025-12-24',
      inferred: true,
    });
    expect(first('shops reopen on Boxing Day', '2025-12-20')?.iso).toBe('2025-12-26');
    expect(first('the duty applies from New Year’s Day', '2025-12-20')?.iso).toBe('2026-01-01');
  });
});

describe('datelines', () => {
  it('leaves out the date of a dateline naming two cities', () => {
    const text = 'LIMA/SANTIAGO, May 8 - Chile said on Thursday it would act.';
    expect(findDates(text, '2025-05-09').map((d) => d.iso)).toEqual(['2025-05-08']);
    expect(findDates(text, '2025-05-09')[0]?.text).toBe('Thursday');
  });

  it('leaves out the date of a dateline with a country in mixed case after the city', () => {
    const text = 'AREQUIPA, Peru, May 8 (Wire) - Peru said on Thursday it would act.';
    expect(findDates(text, '2025-05-09').map((d) => d.text)).toEqual(['Thursday']);
    const mid = 'The talks went on. Lima, Peru, May 8 was the day it ended.';
    expect(findDates(mid, '2025-05-09').map((d) => d.text)).toEqual(['May 8']);
  });

  it('leaves out the date of a dateline whose city is written with an apostrophe of any kind', () => {
    for (const mark of ["'", '’', '\x92']) {
      const text = `ST. JOHN${mark}S, Nfld., May 8 (Wire) - Canada said on Thursday it would act.`;
      expect(findDates(text, '2025-05-09').map((d) => d.text)).toEqual(['Thursday']);
    }
  });
});

describe('lines saying when a text was published', () => {
  it('takes the date of a publication line for the day of the text, not of an event', () => {
    for (const line of [
      'Published 16 July 2026',
      'Updated July 16, 2026 at 9:14 a.m. ET',
      'Posted On: 16 JUL 2026 6:15PM by PIB Delhi',
      'By Ana Ruiz | Thursday, July 16, 2026',
    ]) {
      const text = `Canola talks resume\n\n${line}\n\nChina said on Tuesday it would cut the duty.`;
      expect(
        findDates(text, '2026-07-16').map((d) => [d.text, d.iso]),
        line,
      ).toEqual([['Tuesday', '2026-07-14']]);
    }
  });

  it('keeps a date in a sentence that opens with such a word', () => {
    const text = 'Published figures on July 3, 2026 showed exports fell by a third.';
    expect(findDates(text, '2026-07-16').map((d) => d.iso)).toEqual(['2026-07-03']);
  });
});

describe('resolveWeekday', () => {
  it('counts the publication day itself as the last such weekday', () => {
    expect(resolveWeekday('tuesday', '2025-08-12', 'past')).toBe('2025-08-12');
    expect(resolveWeekday('tuesday', '2025-08-12', 'future')).toBe('2025-08-12');
    expect(resolveWeekday('tuesday', '2025-08-12', 'next')).toBe('2025-08-19');
  });
});

describe('days counted from the date before', () => {
  const isos = (text: string, published: string) => findDates(text, published).map((d) => d.iso);

  it('reads "two days later" and "the next day" from the last date of an event', () => {
    expect(isos('On April 2 Lima acted. Two days later Santiago answered.', '2025-05-01')).toEqual([
      '2025-04-02',
      '2025-04-04',
    ]);
    expect(isos('on April 11 it announced 125%, effective the next day', '2025-05-01').at(-1)).toBe(
      '2025-04-12',
    );
  });

  it('does not count from a date that only says from when', () => {
    expect(
      isos(
        'On April 2 Lima acted, effective April 9. Two days later Santiago answered.',
        '2025-05-01',
      ).at(-1),
    ).toBe('2025-04-04');
  });
});

describe('month-days told in the past tense', () => {
  it('reads a day placed in the past as last year’s, even when next year’s is closer', () => {
    expect(first('the duties Lima placed on wine on March 20 were lawful', '2025-11-04')?.iso).toBe(
      '2025-03-20',
    );
    expect(first('the duties took effect on March 20', '2025-11-04')?.iso).toBe('2025-03-20');
  });

  it('keeps the closest year for the future and for days just after publication', () => {
    expect(first('the duties will take effect on March 20', '2025-11-04')?.iso).toBe('2026-03-20');
    expect(first('Lima imposed a duty, taking effect on March 29', '2025-03-28')?.iso).toBe(
      '2025-03-29',
    );
  });
});

describe('inYearBefore', () => {
  const day = (iso: string, inferred = true) => ({ iso, inferred });

  it('moves an inferred day after publication, beyond the grace, to the year before', () => {
    expect(inYearBefore(day('2026-02-17'), '2025-11-20').iso).toBe('2025-02-17');
    expect(inYearBefore(day('2025-12-10'), '2025-11-20', 30).iso).toBe('2025-12-10');
    expect(inYearBefore(day('2025-12-30'), '2025-11-20', 30).iso).toBe('2024-12-30');
  });

  it('leaves written years, past days and impossible days alone', () => {
    expect(inYearBefore(day('2026-02-17', false), '2025-11-20').iso).toBe('2026-02-17');
    expect(inYearBefore(day('2025-11-19'), '2025-11-20').iso).toBe('2025-11-19');
    expect(inYearBefore(day('2028-02-29'), '2027-11-20').iso).toBe('2028-02-29');
  });
});

describe('a yearless date with its year named after it', () => {
  it('reads "April 3 last year" and "March 1 next year" against the publication year', () => {
    const dates = findDates(
      'The levy took effect on April 3 last year; the cut applies from March 1 next year.',
      '2026-04-22',
    );
    expect(dates.map((d) => d.iso)).toEqual(['2025-04-03', '2027-03-01']);
  });
});

describe('round 5: the year of a yearless date told as done', () => {
  it('puts a start cue after a verb of a done act in the past', () => {
    const dates = findDates('The duty was lowered to 15%, effective March 1.', '2026-11-12');
    expect(dates.map((d) => d.iso)).toEqual(['2026-03-01']);
  });

  it('keeps a start cue after a future act in the future', () => {
    const dates = findDates('The duty will be lowered to 15%, effective March 1.', '2026-11-12');
    expect(dates.map((d) => d.iso)).toEqual(['2027-03-01']);
  });

  it('reads "entered into force on" as past', () => {
    const dates = findDates('The pact entered into force on January 1.', '2026-07-09');
    expect(dates.map((d) => d.iso)).toEqual(['2026-01-01']);
  });
});

describe('round 8: datelines', () => {
  it('leaves out the date of a dateline written in brackets after the city', () => {
    const text =
      'LIMA CITY (Jan 22) — Peru cut its duty, according to a decree published on Wednesday.';
    expect(findDates(text, '2026-01-22').map((d) => d.iso)).toEqual(['2026-01-21']);
    expect(findDates(text, '2026-01-22', { datelines: true }).map((d) => d.iso)).toEqual([
      '2026-01-22',
      '2026-01-21',
    ]);
  });
});

describe('round 9: what an act follows', () => {
  it('reads a yearless date after "follows" as past', () => {
    const dates = findDates(
      'The move follows the suspension of the tariff on March 1.',
      '2026-09-24',
    );
    expect(dates.map((d) => d.iso)).toEqual(['2026-03-01']);
  });
});

describe('what an act follows: "following a meeting"', () => {
  // published on Friday 2026-03-06
  it('reads a weekday after "following a meeting" as past, a plan before it notwithstanding', () => {
    const dates = findDates(
      'Lima said on Friday that it would cut the duty, following a meeting of the two ministers on Thursday.',
      '2026-03-06',
    );
    expect(dates.map((d) => d.iso)).toEqual(['2026-03-06', '2026-03-05']);
  });

  it('keeps "the following Monday" after a plan in the future', () => {
    expect(
      findDates('The duty will rise the following Monday.', '2026-03-06').map((d) => d.iso),
    ).toEqual(['2026-03-09']);
  });
});

describe('round 10: weekdays of a week named and mixed-case datelines', () => {
  it('reads "last Thursday" in a Thursday paper as the Thursday a week back', () => {
    expect(first('the ministry said last Thursday', '2026-05-14')?.iso).toBe('2026-05-07');
    expect(first('the ministry said last Monday', '2026-05-14')?.iso).toBe('2026-05-11');
  });

  it('reads "Thursday last week" as the Thursday of the week before publication', () => {
    // published on Monday 2026-05-18: last week ran from May 11 to May 17
    expect(first('the order was signed Thursday last week', '2026-05-18')?.iso).toBe('2026-05-14');
    expect(first('signed on Friday of last week', '2026-05-14')?.iso).toBe('2026-05-08');
    expect(first('talks resume Tuesday next week', '2026-05-14')?.iso).toBe('2026-05-19');
  });

  it('leaves out a dateline whose city is in mixed case, the date before a dash', () => {
    const text = 'Jakarta, 6 August 2026 — The ministry said on 5 August 2026 it would act.';
    expect(findDates(text, '2026-08-06').map((d) => d.iso)).toEqual(['2026-08-05']);
  });

  it('counts "today" and weekdays from the day a dateline says the text was filed', () => {
    const text = 'Lagos, March 3, 2026 — The board issued its ruling today, after talks on Monday.';
    expect(findDates(text, '2026-03-06').map((d) => d.iso)).toEqual(['2026-03-03', '2026-03-02']);
  });

  it('keeps a date after a capitalised opening that is no dateline', () => {
    const text = 'Under the order, 6 August 2026 is the first day of the duty.';
    expect(findDates(text, '2026-08-06').map((d) => d.iso)).toEqual(['2026-08-06']);
  });

  it('reads a weekday\'s possessive as a day already told, "from" before it no start', () => {
    // 2026-05-14 is a Thursday
    expect(first("the ministers walked out of Monday's meeting", '2026-05-14')?.iso).toBe(
      '2026-05-11',
    );
    expect(first("negotiators returned from Tuesday's round with nothing", '2026-05-14')?.iso).toBe(
      '2026-05-12',
    );
    expect(first("they will attend Saturday's summit", '2026-05-14')?.iso).toBe('2026-05-16');
    expect(first('ahead of Saturday’s summit, aides met', '2026-05-14')?.iso).toBe('2026-05-16');
    expect(first('before Saturday’s summit, aides will meet', '2026-05-14')?.iso).toBe(
      '2026-05-16',
    );
    expect(first("the two met for an hour before Monday's lunch", '2026-05-14')?.iso).toBe(
      '2026-05-11',
    );
  });

  it('reads a speaker\'s "I would add that on Monday …" as past, as the verb after it says', () => {
    // 2025-12-25 is a Thursday
    expect(
      first('I would add that on Monday, the minister held a call with Li.', '2025-12-25')?.iso,
    ).toBe('2025-12-22');
    expect(first('the minister would meet Li on Monday', '2025-12-25')?.iso).toBe('2025-12-29');
  });

  it('reads "this morning" and "tonight" as the day of the text, "last night" as the day before', () => {
    expect(
      findDates('The ministry said this morning that …', '2026-05-14').map((d) => d.iso),
    ).toEqual(['2026-05-14']);
    expect(findDates('talks ran late last night', '2026-05-14')[0]?.iso).toBe('2026-05-13');
    expect(findDates('talks run this week', '2026-05-14')).toEqual([]);
  });

  it('takes the year of a yearless date from the date written with its year before it', () => {
    const text =
      'In August 2024, Lima announced a surtax effective October 1. On 20 December 2024 it said duties apply from January 5.';
    expect(findDates(text, '2026-01-10').map((d) => d.iso)).toEqual([
      '2024-10-01',
      '2024-12-20',
      '2025-01-05',
    ]);
    expect(
      findDates('In May 2024, Lima set a duty; it will rise on June 1.', '2026-01-10').at(-1)?.iso,
    ).toBe('2026-06-01');
  });

  it('puts a date after "since" on or before the publication date', () => {
    expect(first('Growers have paid the levy since April 2.', '2026-03-15')?.iso).toBe(
      '2025-04-02',
    );
    expect(first('Growers will pay the levy from April 2.', '2026-03-15')?.iso).toBe('2026-04-02');
  });
});

describe('round 20: a day of the month written alone', () => {
  // 2027-03-09 is the publication date
  it('reads "on the 4th" as the last such day before publication, or the next one ahead', () => {
    expect(first('On the 4th, the regulator published its ruling.', '2027-03-09')).toMatchObject({
      iso: '2027-03-04',
      inferred: true,
    });
    expect(first('The board met on the 21st (local time).', '2027-03-09')?.iso).toBe('2027-02-21');
    expect(first('The rates will take effect on the 2nd.', '2027-03-09')?.iso).toBe('2027-04-02');
  });

  it('leaves an ordinal that counts a noun or names a month alone', () => {
    expect(findDates('They spoke on the 3rd floor of the tower.', '2027-03-09')).toEqual([]);
    expect(findDates('A deal marked on the 30th anniversary.', '2027-03-09')).toEqual([]);
    expect(first('Signed on the 3rd of March.', '2027-03-09')?.iso).toBe('2027-03-03');
  });
});

describe('round 21: days told by pointing back at a day written before', () => {
  const isos = (text: string, published: string) => findDates(text, published).map((d) => d.iso);
  const last = (text: string, published: string) => findDates(text, published).at(-1);

  it('counts "the day before", "a day earlier", "the previous day" back from the last event', () => {
    // 2026-05-08 is a Friday
    expect(
      isos('Lima acted on Thursday. The day before, Quito had answered.', '2026-05-08'),
    ).toEqual(['2026-05-07', '2026-05-06']);
    expect(
      last('Seoul ruled on May 4. A day earlier, Tokyo cut its duty.', '2026-05-08')?.iso,
    ).toBe('2026-05-03');
    expect(
      last('The decree was signed on Monday; Rabat had been told the previous day.', '2026-05-08')
        ?.iso,
    ).toBe('2026-05-03');
    expect(
      last('On April 30 the talks ended. Two days earlier the envoys met.', '2026-05-08')?.iso,
    ).toBe('2026-04-28');
  });

  it('reads no day in "the day before" or "the day after" when the event it counts from follows', () => {
    for (const text of [
      'Lima acted on Thursday, the day before the vote.',
      'Lima acted on Thursday, two days after Quito’s ruling.',
      'On Thursday, the day before Ruiz flew home, Lima acted.',
    ])
      expect(isos(text, '2026-05-08')).toEqual(['2026-05-07']);
  });

  it('does not count from the end of a time ("from March 1 to December 31")', () => {
    expect(
      last(
        'On Friday Beijing said it would suspend the duty from March 1 to December 31. A day later it ruled.',
        '2026-03-02',
      )?.iso,
    ).toBe('2026-02-28');
  });

  it('reads a start on the day told before: "from that day", "with effect from the same date"', () => {
    expect(last('The agency ruled on Monday. Duties apply from that day.', '2026-11-05')?.iso).toBe(
      '2026-11-02',
    );
    expect(
      last(
        'The levy on oats falls to 5% from May 1 until June 30, 2027, and the levy on rye, with effect from the same date, to 2%.',
        '2026-04-20',
      )?.iso,
    ).toBe('2026-05-01');
    expect(
      last('The order was gazetted on 3 June and took effect that day.', '2026-06-05')?.iso,
    ).toBe('2026-06-03');
  });

  it('reads "on publication" as the day something was told as published, and no other', () => {
    expect(
      last(
        'The notice was published in the Gazette on Friday. It applies on publication.',
        '2026-05-28',
      ),
    ).toMatchObject({ iso: '2026-05-22', text: 'publication' });
    expect(
      last('A decree gazetted on 4 May took effect upon publication.', '2026-05-28'),
    ).toMatchObject({ iso: '2026-05-04', text: 'publication' });
    expect(
      last('The board ruled on 12 May; duties run from the date of its publication.', '2026-05-28'),
    ).toMatchObject({ iso: '2026-05-12', text: '12 May' });
  });

  it('leaves "that day" that says no start, or names its day after it', () => {
    for (const text of [
      'The board ruled on 12 May. On the same day, the envoy met Li.',
      'The board ruled on 12 May and will review the duty before that date.',
      'The board ruled on 12 May, effective from the same date, June 1.',
    ])
      expect(findDates(text, '2026-05-28').map((d) => d.text)).not.toContain('the same date');
    expect(
      findDates('The board ruled on 12 May. On the same day, the envoy met Li.', '2026-05-28'),
    ).toHaveLength(1);
  });

  it('reads "effective immediately" as the day told just before in its sentence', () => {
    expect(
      last('The resolution was published on Wednesday, taking effect immediately.', '2025-12-04'),
    ).toMatchObject({ iso: '2025-12-03', text: 'taking effect immediately' });
    expect(
      last('On 2 March Quito cut the tariff, with immediate effect.', '2026-03-10'),
    ).toMatchObject({ iso: '2026-03-02', text: 'with immediate effect' });
    expect(
      last('Seoul said on Friday the rule comes into force immediately.', '2026-03-10'),
    ).toMatchObject({ iso: '2026-03-06', text: 'comes into force immediately' });
    expect(
      findDates('Lima acted on Monday. The cut is effective immediately.', '2026-03-10'),
    ).toHaveLength(1);
  });

  it('reads a weekday told as a start with no future verb after the act just told', () => {
    // 2026-07-08 is a Wednesday
    expect(
      last('A notice was published on Monday, and the duties apply from Tuesday.', '2026-07-08')
        ?.iso,
    ).toBe('2026-07-07');
    expect(
      last(
        'The board decided on Monday. The duties, applied from Tuesday, run five years.',
        '2026-07-08',
      )?.iso,
    ).toBe('2026-07-07');
    expect(
      last('The board decided on Monday that duties will apply from Tuesday.', '2026-07-08')?.iso,
    ).toBe('2026-07-14');
    expect(last('The duties apply from Tuesday.', '2026-07-08')?.iso).toBe('2026-07-14');
  });
});

describe('a live blog’s time stamps', () => {
  it('reads a line holding only a time of day as the day of the text', () => {
    const text = 'Live desk\n\n08:47 BST\nKyle spoke.\n\n7:15 a.m.\nLi left.\n\n14:30\nNo news.';
    expect(findDates(text, '2026-05-14').map((d) => [d.text.trim(), d.iso])).toEqual([
      ['08:47 BST', '2026-05-14'],
      ['7:15 a.m.', '2026-05-14'],
      ['14:30', '2026-05-14'],
    ]);
  });

  it('does not read a time inside a sentence', () => {
    expect(findDates('The duties apply from 12:01 a.m. on Monday.', '2026-05-14')).toHaveLength(1);
    expect(findDates('Shares rose 3.25\npoints.', '2026-05-14')).toHaveLength(0);
  });
});

describe('round 23: a day of the month before a verb, a start pointing at a start', () => {
  const isos = (text: string, published: string) => findDates(text, published).map((d) => d.iso);

  it('reads "on the 6th" right before a verb in the past', () => {
    expect(first('The regulator on the 6th published its ruling.', '2027-03-09')?.iso).toBe(
      '2027-03-06',
    );
    expect(first('The customs office on the 2nd suspended imports.', '2027-03-09')?.iso).toBe(
      '2027-03-02',
    );
    // a word that counts a noun is still no day
    expect(findDates('They rose on the 2nd hundred metres.', '2027-03-09')).toEqual([]);
  });

  it('points "from the same date" at the start its sentence told, past a day of saying', () => {
    // 2026-05-08 is a Friday
    expect(
      isos(
        'Quito will cut its duty from June 2, the minister said on Tuesday, a day after Lima said it would do the same from the same date.',
        '2026-05-08',
      ),
    ).toEqual(['2026-06-02', '2026-05-05', '2026-06-02']);
    // with no start written before it, the last day written stands
    expect(
      isos('Lima imposed a duty on Tuesday, with effect from the same date.', '2026-05-08'),
    ).toEqual(['2026-05-05', '2026-05-05']);
    // the start of the sentence before, past the day it was said on, when no day is told since
    expect(
      isos(
        'Quito will cut its duty from June 2, the minister said on Tuesday. Lima will act from the same day, he said.',
        '2026-05-08',
      ),
    ).toEqual(['2026-06-02', '2026-05-05', '2026-06-02']);
    // a start in a sentence before is not pointed at past a new day
    expect(
      isos(
        'The duties apply from June 2. Lima said on Tuesday it would act from that day.',
        '2026-05-08',
      ).at(-1),
    ).toBe('2026-05-05');
  });
});

describe('a section headed by its day in brackets', () => {
  it('tells "today" of that day, but a headline’s date does not', () => {
    const today = (text: string) =>
      findDates(text, '2026-04-15').find((d) => d.text === 'today')?.iso;
    expect(
      today(
        "Readouts\n\nLIMA'S VERSION (President's Office, April 14, 2026)\n\nRuiz today spoke with Vega.",
      ),
    ).toBe('2026-04-14');
    expect(today('Peru wins a 15% rate, backdated to April 1\n\nRuiz today spoke with Vega.')).toBe(
      '2026-04-15',
    );
  });
});

describe('a time opening a line', () => {
  it('is a live entry’s stamp when written with a colon, not a clause’s number', () => {
    const stamps = (text: string) =>
      findDates(text, '2026-05-14')
        .filter((d) => /^\s*\d/.test(d.text))
        .map((d) => d.iso);
    expect(stamps('Live\n\n09:40 Ruiz spoke to Hale.')).toEqual(['2026-05-14']);
    expect(stamps('Notice\n\n2.10 The Minister shall publish the rates.')).toEqual([]);
  });
});
