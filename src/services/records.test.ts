/** Timeline, measures, retaliation chain and channels on the built-in dossier. */
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOSSIER } from './builtin.ts';
import { openDossier } from './catalog.ts';
import { channelsReport } from './channels.ts';
import { listMeasures, retaliationChain } from './measures.ts';
import { ChannelsRequest, MeasuresRequest, parseRequest, TimelineRequest } from './requests.ts';
import { timeline } from './timeline.ts';

const catalog = openDossier(BUILTIN_DOSSIER);

describe('timeline', () => {
  it('tells the story in date order, every entry sourced', () => {
    const entries = timeline(catalog, parseRequest(TimelineRequest, { pair: 'CAN-CHN' }));
    expect(entries.length).toBeGreaterThan(40);
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort());
    for (const e of entries) expect(e.sourceLinks.length).toBeGreaterThan(0);
  });

  it('filters by date range and kind', () => {
    const entries = timeline(
      catalog,
      parseRequest(TimelineRequest, {
        pair: 'CAN-CHN',
        from: '2025-06-01',
        to: '2025-06-30',
        kinds: ['engagement'],
      }),
    );
    expect(entries.map((e) => [e.date, e.id])).toEqual([
      ['2025-06-03', expect.any(String)],
      ['2025-06-05', expect.any(String)],
    ]);
  });

  it('records when a measure was announced, took effect and ended', () => {
    const entries = timeline(catalog, parseRequest(TimelineRequest, { kinds: ['measure'] }));
    const provisional = entries.filter((e) => e.id === 'chn-2025-canola-ad-provisional');
    expect(provisional.map((e) => [e.step, e.date])).toEqual([
      ['announced', '2025-08-12'],
      ['in-force', '2025-08-14'],
      ['ended', '2026-03-01'],
    ]);
  });
});

describe('measures and the retaliation chain', () => {
  it('lists what China had in force against Canada on 2025-06-01, with what each responds to', () => {
    const views = listMeasures(
      catalog,
      parseRequest(MeasuresRequest, { imposer: 'CHN', target: 'CAN', inForce: '2025-06-01' }),
    );
    expect(views.map((v) => v.measure.id)).toEqual(['chn-2025-annex1-100', 'chn-2025-annex2-25']);
    expect(views[0]?.respondsTo.map((r) => r.id)).toContain('can-2024-ev-surtax');
  });

  it('walks the chain both ways from the EV surtax', () => {
    const chain = retaliationChain(catalog, 'can-2024-ev-surtax');
    const answeredBy = chain.answeredBy.map((n) => n.id);
    expect(answeredBy).toEqual(
      expect.arrayContaining(['chn-2025-annex1-100', 'chn-2025-canola-ad-provisional']),
    );
    const back = retaliationChain(catalog, 'chn-2025-annex1-100');
    expect(back.answers.map((n) => n.id)).toEqual(
      expect.arrayContaining(['can-2024-ev-surtax', 'can-2024-steel-aluminum-surtax']),
    );
  });

  it('says not_found for an unknown id', () => {
    expect(() => retaliationChain(catalog, 'no-such-measure')).toThrow(
      expect.objectContaining({ id: 'not_found' }),
    );
  });
});

describe('channels', () => {
  it('reports the three channels of talks and their health on a date', () => {
    const view = channelsReport(
      catalog,
      parseRequest(ChannelsRequest, { pair: 'CAN-CHN', on: '2025-12-01' }),
    );
    expect(view.channels.map((c) => [c.channel.id, c.last?.date, c.status])).toEqual([
      ['can-chn-leaders', '2025-10-31', 'on-time'],
      ['can-chn-foreign-ministers', '2025-10-17', 'on-time'],
      ['can-chn-trade-ministers-jetc', '2025-08-26', 'on-time'],
    ]);
  });

  it('finds a channel overdue once its cadence has passed with no engagement', () => {
    const view = channelsReport(
      catalog,
      parseRequest(ChannelsRequest, { pair: 'CAN-CHN', on: '2026-11-29' }),
    );
    const foreign = view.channels.find((c) => c.channel.id === 'can-chn-foreign-ministers');
    expect(foreign?.status).toBe('overdue');
    expect(foreign?.daysSince).toBe(408);
  });

  it('answers as of a date: engagements and statuses after it do not count', () => {
    const early = channelsReport(catalog, parseRequest(ChannelsRequest, { on: '2025-06-10' }));
    const jetc = early.channels
      .flatMap((c) => c.commitments)
      .find((s) => /Joint Economic/.test(s.commitment.text));
    expect(jetc?.status).toBe('open');
    const later = channelsReport(catalog, parseRequest(ChannelsRequest, { on: '2025-09-01' }));
    const met = later.channels
      .flatMap((c) => c.commitments)
      .find((s) => /Joint Economic/.test(s.commitment.text));
    expect(met?.status).toBe('met');
  });
});
