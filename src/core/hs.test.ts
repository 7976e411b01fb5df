import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHs, normalizeHs, scopeMatches, scopesOverlap } from './hs.ts';

describe('normalizeHs', () => {
  it('removes the punctuation schedules print', () => {
    expect(normalizeHs('1205.10')).toBe('120510');
    expect(normalizeHs('1205 10')).toBe('120510');
    expect(normalizeHs('120510')).toBe('120510');
    expect(normalizeHs(' 0203.22.00.90 ')).toBe('0203220090');
    expect(normalizeHs('8702-20-10')).toBe('87022010');
  });

  it('keeps leading zeros', () => {
    expect(normalizeHs('03')).toBe('03');
    expect(normalizeHs('0713.10.90')).toBe('07131090');
  });

  it('rejects letters, empty input and odd lengths with invalid_hs_code', () => {
    for (const bad of ['', '12a5', '12051', '1', '12345678901', 'abc', '1205/10']) {
      expect(() => normalizeHs(bad)).toThrow(expect.objectContaining({ id: 'invalid_hs_code' }));
    }
  });

  it('prints codes the way schedules do', () => {
    expect(formatHs('120510')).toBe('1205.10');
    expect(formatHs('0203220090')).toBe('0203.22.00.90');
    expect(formatHs('2306')).toBe('2306');
  });
});

describe('scopes', () => {
  it('matches a line when an included prefix starts it and no excluded one does', () => {
    const scope = { include: ['2306'], exclude: ['230690'] };
    expect(scopeMatches(scope, '2306410000')).toBe(true);
    expect(scopeMatches(scope, '23069000')).toBe(false);
    expect(scopeMatches(scope, '2304')).toBe(false);
  });

  it('tells overlapping scopes from disjoint ones', () => {
    expect(scopesOverlap({ include: ['72'] }, { include: ['7208'] })).toBe(true);
    expect(scopesOverlap({ include: ['72'] }, { include: ['76'] })).toBe(false);
    expect(scopesOverlap({ include: ['7208'], exclude: ['72'] }, { include: ['72'] })).toBe(false);
  });

  it('matching never depends on how the code is punctuated', () => {
    const digits = fc.stringMatching(/^[0-9]{10}$/);
    const punctuate = (code: string, seps: string[]) =>
      (code.match(/.{1,2}/g) ?? []).map((pair, i) => pair + (seps[i] ?? '')).join('');
    fc.assert(
      fc.property(
        digits,
        fc.array(fc.constantFrom('', '.', ' ', '-'), { maxLength: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (code, seps, plen) => {
          const scope = { include: [code.slice(0, plen * 2)] };
          expect(scopeMatches(scope, normalizeHs(punctuate(code, seps)))).toBe(
            scopeMatches(scope, code),
          );
        },
      ),
    );
  });
});
