/** The duty answers the built-in dossier must give exactly (DESIGN.md and the foundation issue). */
import { describe, expect, it } from 'vitest';
import type { DutyAnswer } from '../core/duty/answer.ts';
import { BUILTIN_DOSSIER } from './builtin.ts';
import { openDossier } from './catalog.ts';
import { lookupDuty } from './duty.ts';
import { DutyRequest, parseRequest } from './requests.ts';

const catalog = openDossier(BUILTIN_DOSSIER);
const duty = (line: string, from: string, to: string, on: string): DutyAnswer =>
  lookupDuty(catalog, parseRequest(DutyRequest, { line, from, to, on }));
const single = (a: DutyAnswer) => {
  if (a.kind !== 'line') throw new Error('expected a single-line answer');
  return a;
};

const CASES: [string, string, string, string, number, [string, number][]][] = [
  ['1205.10', 'CAN', 'CHN', '2025-08-01', 900, []],
  ['1205.10', 'CAN', 'CHN', '2025-09-01', 8480, [['chn-2025-canola-ad-provisional', 7580]]],
  ['1205.10', 'CAN', 'CHN', '2026-03-15', 1490, [['chn-2026-canola-ad-final', 590]]],
  ['2306.41', 'CAN', 'CHN', '2025-04-01', 10500, [['chn-2025-annex1-100', 10000]]],
  ['2306.41', 'CAN', 'CHN', '2026-03-15', 500, []],
  ['8703.80', 'CHN', 'CAN', '2024-10-02', 10610, [['can-2024-ev-surtax', 10000]]],
  ['2306.41', 'CAN', 'CHN', '2025-03-19', 500, []],
  ['8703.80', 'CHN', 'CAN', '2024-09-30', 610, []],
  ['0203220090', 'CAN', 'CHN', '2025-04-01', 3700, [['chn-2025-annex2-25', 2500]]],
  ['0713109000', 'CAN', 'CHN', '2025-06-01', 10500, [['chn-2025-annex1-100', 10000]]],
];

describe('worked cases of the built-in dossier', () => {
  it.each(CASES)('%s %s→%s on %s totals %i bp', (line, from, to, on, total, layers) => {
    const a = single(duty(line, from, to, on));
    expect(a.total.bp).toBe(total);
    expect(a.layers.map((l) => [l.measureId, l.bp])).toEqual(layers);
    expect(a.base).not.toBeNull();
  });

  it('cites a source URL for the base and every layer', () => {
    const a = single(duty('1205.10', 'CAN', 'CHN', '2025-09-01'));
    for (const layer of [a.base, ...a.layers]) {
      expect(layer?.sources.length).toBeGreaterThan(0);
      expect(layer?.sources.some((s) => s.url?.startsWith('https://'))).toBe(true);
    }
  });

  it('marks the canola MFN rate as derived, not read from a schedule', () => {
    expect(single(duty('1205.10', 'CAN', 'CHN', '2025-09-01')).base?.confidence).toBe('derived');
  });

  it('names the final duty replacing the deposit as the next change', () => {
    const a = single(duty('1205.10', 'CAN', 'CHN', '2025-09-01'));
    expect(a.next).toMatchObject({ date: '2026-03-01', total: { bp: 1490 } });
    expect(a.next?.description).toMatch(/final anti-dumping duty .* replaces .*provisional/);
  });

  it('shows the oil-cake tariff as suspended from 2026-03-01, and back on 2027-01-01', () => {
    const during = single(duty('2306.41', 'CAN', 'CHN', '2026-03-15'));
    expect(during.removed).toEqual([
      expect.objectContaining({ reason: 'suspended', by: 'chn-2026-suspension-annex-goods' }),
    ]);
    expect(during.next).toMatchObject({ date: '2027-01-01', total: { bp: 10500 } });
  });

  it('keeps rapeseed oil at 100% during the 2026 suspension', () => {
    expect(single(duty('1514.19', 'CAN', 'CHN', '2026-03-15')).total.bp).toBe(10900);
  });

  it('lists seed peas and other dried peas separately when asked for 0713.10', () => {
    const a = duty('0713.10', 'CAN', 'CHN', '2025-06-01');
    expect(a.kind).toBe('by-line');
    if (a.kind === 'by-line') {
      expect(a.lines.map((l) => [l.line, l.total.bp])).toEqual([
        ['07131010', 10000],
        ['07131090', 10500],
      ]);
    }
  });

  it('lists the melt-and-pour surtax as conditional for steel from a third country', () => {
    const a = single(duty('7208', 'KOR', 'CAN', '2025-09-01'));
    expect(a.conditional.map((c) => c.layer.measureId)).toEqual([
      'can-2025-steel-melt-pour-surtax',
    ]);
    const stated = single(
      lookupDuty(
        catalog,
        parseRequest(DutyRequest, {
          line: '7208',
          from: 'KOR',
          to: 'CAN',
          on: '2025-09-01',
          conditions: { 'melted-and-poured-in': 'CHN' },
        }),
      ),
    );
    expect(stated.layers.map((l) => l.measureId)).toEqual(['can-2025-steel-melt-pour-surtax']);
  });

  it('rejects bad input with the id of what is wrong', () => {
    expect(() => duty('12a5', 'CAN', 'CHN', '2025-09-01')).toThrow(
      expect.objectContaining({ id: 'invalid_hs_code' }),
    );
    expect(() => duty('1205.10', 'XXX', 'CHN', '2025-09-01')).toThrow(
      expect.objectContaining({ id: 'invalid_country' }),
    );
    expect(() => duty('1205.10', 'CAN', 'CHN', '2025-02-30')).toThrow(
      expect.objectContaining({ id: 'invalid_date' }),
    );
  });
});
