/**
 * Cursor pagination for lists. Items are ordered by a key that is unique in the list; the
 * cursor is the opaque key of the last item served, so pages stay correct when records are
 * added or removed between requests.
 */
import { DetenteError } from '../core/errors.ts';

export interface Page<T> {
  readonly items: T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export interface PageRequest {
  readonly cursor?: string | undefined;
  readonly limit: number;
}

const encode = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

function decode(cursor: string): string {
  const key = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
  if (key === '' || encode(key) !== cursor) {
    throw new DetenteError('invalid_argument', 'cursor: not a cursor this API returned', [
      { id: 'invalid_argument', field: 'cursor', message: 'not a cursor this API returned' },
    ]);
  }
  return key;
}

/**
 * One page of `items` in the order of `keyOf` (compared as code points).
 *
 * @example
 * paginate(records, (r) => r.id, { limit: 50 }); // { items: [...50], nextCursor: 'cmVj…' }
 */
export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  req: PageRequest,
): Page<T> {
  const after = req.cursor === undefined ? undefined : decode(req.cursor);
  const keyed = items
    .map((item) => ({ key: keyOf(item), item }))
    .filter((k) => after === undefined || k.key > after)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const page = keyed.slice(0, req.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((k) => k.item),
    nextCursor: keyed.length > req.limit && last ? encode(last.key) : null,
  };
}
