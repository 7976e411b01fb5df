/**
 * Authentication and authorisation. A bearer token, when given, must be valid (else 401, even
 * on a read); reads are open unless the server requires a token for them; writes need a token
 * whose role allows the action (else 401 without a token, 403 with the wrong role).
 */
import type { MiddlewareHandler } from 'hono';
import { allows } from '../../services/tokens.ts';
import type { Action } from '../../services/tokens.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { ApiError } from '../problem.ts';

const CHALLENGE = { 'www-authenticate': 'Bearer realm="detente"' };

const unauthorized = (detail: string) => new ApiError('unauthorized', detail, CHALLENGE);

export function authenticate(deps: AppDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) {
      c.set('principal', null);
    } else {
      const m = /^Bearer +(\S{1,200})$/i.exec(header.trim());
      if (!m) throw unauthorized('the Authorization header must be "Bearer <token>"');
      const principal = await deps.tokens.verify(m[1] as string);
      if (!principal) throw unauthorized('the token is not valid: unknown, malformed or revoked');
      c.set('principal', principal);
    }
    if (deps.readsNeedToken && c.get('principal') === null)
      throw unauthorized('this server requires a bearer token for every request');
    await next();
  };
}

/** Lets the request through only with a token whose role allows the action. */
export function requireRole(action: Action): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) throw unauthorized(`a bearer token is needed to ${action}`);
    if (!allows(principal.role, action)) {
      throw new ApiError(
        'forbidden',
        `the token "${principal.name}" has role ${principal.role}, which may not ${action}`,
      );
    }
    await next();
  };
}
