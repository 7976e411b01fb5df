/**
 * Use cases: API tokens. A token is shown once when it is created; the store keeps only a scrypt
 * hash of its secret. Tokens carry a role (`editor` writes records, `admin` also deletes them)
 * and a name, which becomes the author of every change written with the token.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { DetenteError } from '../core/errors.ts';
import type { Store } from '../store/store.ts';
import type { TokenRow } from '../store/tokens.ts';

export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a token may do; reads need no role. */
export type Action = 'write' | 'delete';

const ALLOWED: Record<Role, readonly Action[]> = {
  editor: ['write'],
  admin: ['write', 'delete'],
};

export const allows = (role: Role, action: Action): boolean => ALLOWED[role].includes(action);

export interface TokenInfo {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** A new token: the secret `token` exists only in this value, never in the store. */
export interface CreatedToken extends TokenInfo {
  readonly token: string;
}

/** Who a request acts as, once its token is verified. */
export interface Principal {
  readonly tokenId: string;
  readonly name: string;
  readonly role: Role;
}

const TOKEN = /^dtk_([0-9a-f]{12})_([A-Za-z0-9_-]{32})$/;
const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;

function hashSecret(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEY_LENGTH, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

const info = (r: TokenRow): TokenInfo => ({
  id: r.id,
  name: r.name,
  role: r.role,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/**
 * Creates a token for a person or a tool. Names are unique among active tokens.
 *
 * @example
 * const { token } = await createToken(store, { name: 'alice', role: 'editor' }, now);
 * // token: 'dtk_3f9a0c12d4e5_…' — print it once; only its hash is stored
 */
export async function createToken(
  store: Store,
  req: { readonly name: string; readonly role: string },
  at: string,
): Promise<CreatedToken> {
  const name = req.name.trim();
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,63}$/u.test(name)) {
    throw new DetenteError(
      'invalid_argument',
      `token name "${req.name}" must be 1 to 64 letters, digits, spaces, dots, hyphens, underscores or @`,
      [{ id: 'invalid_argument', field: 'name', message: 'not a valid token name' }],
    );
  }
  if (!(ROLES as readonly string[]).includes(req.role)) {
    throw new DetenteError(
      'invalid_argument',
      `role "${req.role}" is not one of ${ROLES.join(', ')}`,
      [{ id: 'invalid_argument', field: 'role', message: `one of ${ROLES.join(', ')}` }],
    );
  }
  const active = (await store.tokens.all()).filter((t) => t.revoked_at === null);
  if (active.some((t) => t.name === name)) {
    throw new DetenteError(
      'conflict',
      `an active token is already named "${name}": revoke it first or choose another name`,
    );
  }
  const id = randomBytes(6).toString('hex');
  const secret = randomBytes(24).toString('base64url');
  const salt = randomBytes(16);
  const hash = await hashSecret(secret, salt);
  const row: TokenRow = {
    id,
    name,
    role: req.role as Role,
    hash: hash.toString('hex'),
    salt: salt.toString('hex'),
    created_at: at,
    revoked_at: null,
  };
  await store.tokens.insert(row);
  return { ...info(row), token: `dtk_${id}_${secret}` };
}

/** Every token, revoked ones included, without secrets or hashes. */
export async function listTokens(store: Store): Promise<TokenInfo[]> {
  return (await store.tokens.all()).map(info);
}

/** Revokes a token named by its id, or the active token with that name. */
export async function revokeToken(store: Store, idOrName: string, at: string): Promise<TokenInfo> {
  const all = await store.tokens.all();
  const target =
    all.find((t) => t.id === idOrName && t.revoked_at === null) ??
    all.find((t) => t.name === idOrName && t.revoked_at === null);
  if (!target || !(await store.tokens.revoke(target.id, at))) {
    throw new DetenteError('not_found', `no active token with id or name "${idOrName}"`);
  }
  return info({ ...target, revoked_at: at });
}

/**
 * Checks bearer tokens against the store. The token's row is read on every call, so a
 * revocation (from any process) takes effect at once; the costly scrypt check runs once per
 * token and process, and its result is remembered by a digest of the token.
 */
export class TokenVerifier {
  private readonly verified = new Map<string, string>();

  constructor(
    private readonly store: Store,
    private readonly maxCached = 1000,
  ) {}

  /** The principal a token acts as, or null for a malformed, unknown or revoked token. */
  async verify(token: string): Promise<Principal | null> {
    const m = TOKEN.exec(token);
    if (!m) return null;
    const [, id, secret] = m as unknown as [string, string, string];
    const row = await this.store.tokens.byId(id);
    if (!row || row.revoked_at !== null) return null;
    const digest = createHash('sha256').update(token).digest('hex');
    if (this.verified.get(digest) !== row.hash) {
      const hash = await hashSecret(secret, Buffer.from(row.salt, 'hex'));
      const expected = Buffer.from(row.hash, 'hex');
      if (hash.length !== expected.length || !timingSafeEqual(hash, expected)) return null;
      if (this.verified.size >= this.maxCached) this.verified.clear();
      this.verified.set(digest, row.hash);
    }
    return { tokenId: row.id, name: row.name, role: row.role };
  }
}
