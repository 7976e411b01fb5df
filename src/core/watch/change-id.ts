/**
 * Stable change ids: the same fact always gets the same id, whichever watchlist it is reported
 * to and however often it is computed, so feeds and webhooks can de-duplicate. The id hashes
 * the parts that name the fact (kind, record, version or date, line and direction), never a
 * watchlist or a clock.
 */

/** Two independent 32-bit string hashes (after cyrb53), as 16 hex digits. */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

/**
 * The id of a change from the parts that name it.
 *
 * @example
 * changeId('scheduled', 'start', 'chn-2025-annex1-100', '2025-03-20'); // 'chg-…' (16 hex digits)
 */
export function changeId(...parts: readonly (string | number)[]): string {
  return `chg-${hash64(parts.map(String).join('\u0000'))}`;
}
