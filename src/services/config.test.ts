import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE, resolveConfig } from './config.ts';

const folder = (config?: object | string) => {
  const cwd = mkdtempSync(join(tmpdir(), 'detente-config-'));
  if (config !== undefined)
    writeFileSync(
      join(cwd, CONFIG_FILE),
      typeof config === 'string' ? config : JSON.stringify(config),
    );
  return cwd;
};

describe('resolveConfig', () => {
  it('defaults to ./data and the embedded store', () => {
    const cwd = folder();
    expect(resolveConfig({ flags: {}, env: {}, cwd })).toEqual({
      dataDir: join(cwd, 'data'),
      databaseUrl: undefined,
    });
  });

  it('takes the flag, then the environment, then the config file', () => {
    const cwd = folder({ dataDir: 'from-file', databaseUrl: 'postgres://file/db' });
    expect(resolveConfig({ flags: {}, env: {}, cwd })).toEqual({
      dataDir: join(cwd, 'from-file'),
      databaseUrl: 'postgres://file/db',
    });
    expect(
      resolveConfig({
        flags: {},
        env: { DETENTE_DATA_DIR: '/env', DATABASE_URL: 'postgres://env/db' },
        cwd,
      }),
    ).toEqual({ dataDir: '/env', databaseUrl: 'postgres://env/db' });
    expect(
      resolveConfig({ flags: { dataDir: 'flag' }, env: { DETENTE_DATA_DIR: '/env' }, cwd }).dataDir,
    ).toBe(join(cwd, 'flag'));
  });

  it('refuses unknown keys and bad values, naming them', () => {
    expect(() =>
      resolveConfig({ flags: {}, env: {}, cwd: folder({ dataDirectory: 'x' }) }),
    ).toThrow(/dataDirectory/);
    expect(() =>
      resolveConfig({ flags: {}, env: {}, cwd: folder({ databaseUrl: 'mysql://x' }) }),
    ).toThrow(/databaseUrl: a postgres:\/\/ URL/);
    expect(() => resolveConfig({ flags: {}, env: {}, cwd: folder('{ not json') })).toThrow(
      expect.objectContaining({ id: 'invalid_config' }),
    );
  });
});
