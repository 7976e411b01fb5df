import { describe, expect, it } from 'vitest';
import { canonicalJson, diffRecords } from './diff.ts';

describe('diffRecords', () => {
  it('names each changed field by its path', () => {
    expect(
      diffRecords(
        {
          id: 'm',
          dates: { effective: '2024-10-15', announced: '2024-08-26' },
          rate: { bp: 2500 },
        },
        {
          id: 'm',
          dates: { effective: '2024-10-22', announced: '2024-08-26' },
          rate: { bp: 2500 },
          notes: ['moved'],
        },
      ),
    ).toEqual([
      { path: 'dates.effective', before: '2024-10-15', after: '2024-10-22' },
      { path: 'notes', after: ['moved'] },
    ]);
  });

  it('treats a changed list as one change and equal values as no change', () => {
    expect(diffRecords({ s: ['a', 'b'] }, { s: ['a', 'c'] })).toEqual([
      { path: 's', before: ['a', 'b'], after: ['a', 'c'] },
    ]);
    expect(diffRecords({ a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 })).toEqual([]);
  });

  it('describes a creation and a deletion as the whole record', () => {
    expect(diffRecords(undefined, { id: 'x' })).toEqual([{ path: '(record)', after: { id: 'x' } }]);
    expect(diffRecords({ id: 'x' }, undefined)).toEqual([
      { path: '(record)', before: { id: 'x' } },
    ]);
  });
});

describe('canonicalJson', () => {
  it('prints equal objects the same whatever their key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(
      canonicalJson({ a: { c: 3, d: 2 }, b: 1 }),
    );
  });
});
