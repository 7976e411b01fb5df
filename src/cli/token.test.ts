/** `detente token create | list | revoke` in-process, on a store of its own. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from './test-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'detente-cli-token-'));

const cli = cliIn(dataDir);

describe('detente token', () => {
  it('creates a token, shows it once, lists it without the secret and revokes it by name', async () => {
    const created = await cli('token', 'create', '--name', 'desk', '--role', 'editor', '--json');
    expect(created.code).toBe(0);
    const token = JSON.parse(created.out) as { id: string; token: string; role: string };
    expect(token.role).toBe('editor');
    expect(token.token.length).toBeGreaterThan(20);

    const listed = await cli('token', 'list');
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(token.id);
    expect(listed.out).toContain('active');
    expect(listed.out).not.toContain(token.token);

    const revoked = await cli('token', 'revoke', 'desk');
    expect(revoked.code).toBe(0);
    expect(revoked.out).toContain('revoked 2026-11-29T12:00:00.000Z');
    const after = JSON.parse((await cli('token', 'list', '--json')).out) as {
      tokens: { id: string; revokedAt?: string }[];
    };
    expect(after.tokens.find((t) => t.id === token.id)?.revokedAt).toBe('2026-11-29T12:00:00.000Z');
  });

  it('refuses an unknown role and a missing name with a usage error', async () => {
    const badRole = await cli('token', 'create', '--name', 'x', '--role', 'owner');
    expect(badRole.code).not.toBe(0);
    expect(badRole.err).toMatch(/role/);
    const noName = await cli('token', 'create', '--role', 'editor');
    expect(noName.code).toBe(2);
    expect(noName.err).toContain('--name');
  });

  it('revoking an unknown token names it', async () => {
    const r = await cli('token', 'revoke', 'nobody');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('nobody');
  });
});
