/**
 * How every read answers: ETag from the store revision (cheap: no answer is computed to
 * compare), 304 on a matching If-None-Match, else the answer computed from the snapshot of
 * now or of `asKnownOn`. The revision is read before the records, so an ETag never claims a
 * newer state than the body it came with. Bodies are kept by ETag and URL (body-cache.ts).
 */
import type { Context } from 'hono';
import type { Snapshot } from '../services/snapshots.ts';
import type { ApiEnv, AppDeps } from './env.ts';
import { VERSION } from './version.ts';

export interface ReadScope {
  /** The snapshot to answer from (built only when needed). */
  readonly snapshot: () => Promise<Snapshot>;
  /** Today's date at the edge, YYYY-MM-DD: the default of `on`. */
  readonly today: string;
  readonly asKnownOn: string | undefined;
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t.replace(/^W\//, '') === bare);
}

export async function answerRead(
  c: Context<ApiEnv>,
  deps: AppDeps,
  asKnownOn: string | undefined,
  answer: (scope: ReadScope) => unknown,
): Promise<Response> {
  const today = deps.now().slice(0, 10);
  const current = asKnownOn === undefined ? await deps.snapshots.current() : undefined;
  const revision = current?.revision ?? (await deps.snapshots.revision());
  const etag = `W/"${VERSION}-${revision}-${today}"`;
  const headers = { etag, 'cache-control': 'no-cache' };
  if (matches(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
  let body = deps.bodies.get(etag, c.req.url);
  if (body === undefined) {
    const snapshot = async () => current ?? deps.snapshots.asKnownOn(asKnownOn as string);
    body = JSON.stringify(await answer({ snapshot, today, asKnownOn }));
    deps.bodies.set(etag, c.req.url, body);
  }
  return c.body(body, 200, { ...headers, 'content-type': 'application/json' });
}
