/** API tokens on every store backend: shown once, stored as scrypt hashes, listed, revoked. */
import { describe, expect, it } from 'vitest';
import { testBackends } from '../store/test-backends.ts';
import { freshStores } from '../store/test-stores.ts';
import { createToken, listTokens, revokeToken, TokenVerifier } from './tokens.ts';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-02T10:00:00.000Z';

describe.each(testBackends())('API tokens on $name', (backend) => {
  const fresh = freshStores(backend);

  it('shows a token once and stores only a salted hash of its secret', async () => {
    const store = await fresh();
    const created = await createToken(store, { name: 'alice', role: 'editor' }, T0);
    expect(created.token).toMatch(/^dtk_[0-9a-f]{12}_[A-Za-z0-9_-]{32}$/);
    const [row] = await store.tokens.all();
    const secret = created.token.slice(17);
    expect(row).toMatchObject({ id: created.id, name: 'alice', role: 'editor', created_at: T0 });
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await listTokens(store)).toEqual([
      { id: created.id, name: 'alice', role: 'editor', createdAt: T0, revokedAt: null },
    ]);
  });

  it('verifies a token, and refuses a forged secret, a malformed token and a revoked one', async () => {
    const store = await fresh();
    const { token, id } = await createToken(store, { name: 'bot', role: 'admin' }, T0);
    const verifier = new TokenVerifier(store);
    expect(await verifier.verify(token)).toEqual({ tokenId: id, name: 'bot', role: 'admin' });
    expect(await verifier.verify(token)).toEqual({ tokenId: id, name: 'bot', role: 'admin' });
    expect(await verifier.verify(`${token.slice(0, 17)}${'x'.repeat(32)}`)).toBeNull();
    expect(await verifier.verify("' OR 1=1 --")).toBeNull();
    await revokeToken(store, id, T1);
    expect(await verifier.verify(token)).toBeNull();
  });

  it('revokes by id or by name, keeps the row, and frees the name', async () => {
    const store = await fresh();
    const first = await createToken(store, { name: 'carol', role: 'editor' }, T0);
    await expect(createToken(store, { name: 'carol', role: 'admin' }, T0)).rejects.toMatchObject({
      id: 'conflict',
    });
    expect(await revokeToken(store, 'carol', T1)).toMatchObject({ id: first.id, revokedAt: T1 });
    await expect(revokeToken(store, first.id, T1)).rejects.toMatchObject({ id: 'not_found' });
    const second = await createToken(store, { name: 'carol', role: 'admin' }, T1);
    expect((await listTokens(store)).map((t) => [t.id, t.revokedAt])).toEqual([
      [first.id, T1],
      [second.id, null],
    ]);
  });

  it('refuses unknown roles and unprintable names', async () => {
    const store = await fresh();
    await expect(createToken(store, { name: 'x', role: 'owner' }, T0)).rejects.toMatchObject({
      id: 'invalid_argument',
      problems: [{ field: 'role' }],
    });
    await expect(
      createToken(store, { name: 'a\u0000b', role: 'editor' }, T0),
    ).rejects.toMatchObject({
      id: 'invalid_argument',
      problems: [{ field: 'name' }],
    });
    expect(await listTokens(store)).toEqual([]);
  });
});
