import { describe, expect, it } from 'vitest';
import { extract } from '../ingest/extract.ts';
import { describeCandidate } from './ingest-summary.ts';

const lines = (text: string) =>
  extract({ text, published: '2026-11-26' }).candidates.map(describeCandidate);

describe('describeCandidate', () => {
  it('gives a measure the day it takes effect', () => {
    expect(
      lines('China imposed a 25% tariff on Canadian pork, effective November 20, 2026.'),
    ).toEqual(['China (CHN) imposed tariff 25% on pork (0203) from CAN effective 2026-11-20']);
  });

  it('gives the day it was announced when the text says no day it takes effect', () => {
    expect(
      lines('China said on Monday it had decided to impose a 25% tariff on Canadian pork.'),
    ).toEqual(['China (CHN) imposed tariff 25% on pork (0203) from CAN announced 2026-11-23']);
  });

  it('says so when the text gives neither day', () => {
    expect(lines('China imposed a 25% tariff on Canadian pork.')).toEqual([
      'China (CHN) imposed tariff 25% on pork (0203) from CAN date unknown',
    ]);
  });
});
