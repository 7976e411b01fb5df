/** The cache of read bodies: only the current ETag's, least recently used first out. */
import { describe, expect, it } from 'vitest';
import { BodyCache } from './body-cache.ts';

describe('the body cache', () => {
  it('serves a body only under the ETag it was computed for, and forgets older ETags', () => {
    const cache = new BodyCache();
    cache.set('W/"1"', '/a', 'one');
    expect(cache.get('W/"1"', '/a')).toBe('one');
    expect(cache.get('W/"2"', '/a')).toBeUndefined();
    cache.set('W/"2"', '/b', 'two');
    expect(cache.get('W/"1"', '/a')).toBeUndefined();
    expect(cache.get('W/"2"', '/b')).toBe('two');
  });

  it('drops the least recently used bodies beyond its size', () => {
    const cache = new BodyCache(40);
    cache.set('e', '/a', 'x'.repeat(10));
    cache.set('e', '/b', 'y'.repeat(10));
    cache.get('e', '/a');
    cache.set('e', '/c', 'z'.repeat(10));
    cache.set('e', '/d', 'w'.repeat(10));
    cache.set('e', '/e', 'v'.repeat(10));
    expect(cache.get('e', '/b')).toBeUndefined();
    expect(cache.get('e', '/a')).toBe('x'.repeat(10));
    expect(cache.get('e', '/big')).toBeUndefined();
  });
});
