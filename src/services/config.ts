/**
 * Configuration, resolved in one place: command-line flag, then environment variable, then
 * the config file (`detente.config.json` in the working folder), then the default. Unknown keys
 * in the file are refused at start with a message naming them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { DetenteError } from '../core/errors.ts';

export const CONFIG_FILE = 'detente.config.json';

const FileConfig = z.strictObject({
  dataDir: z.string().min(1).optional(),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')
    .optional(),
});

export interface Config {
  /** Folder of the embedded store (and, later, trade-flow files). */
  readonly dataDir: string;
  /** PostgreSQL connection URL; when set, the store is PostgreSQL instead of SQLite. */
  readonly databaseUrl: string | undefined;
}

export interface ConfigInputs {
  readonly flags: { readonly dataDir?: string | undefined };
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function resolveConfig({ flags, env, cwd }: ConfigInputs): Config {
  const path = join(cwd, CONFIG_FILE);
  let file: z.infer<typeof FileConfig> = {};
  if (existsSync(path)) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new DetenteError(
        'invalid_config',
        `${CONFIG_FILE} is not valid JSON: ${(e as Error).message}`,
      );
    }
    const parsed = FileConfig.safeParse(raw);
    if (!parsed.success) {
      const what = parsed.error.issues
        .map((i) => `${i.path.join('.') || 'file'}: ${i.message}`)
        .join('; ');
      throw new DetenteError(
        'invalid_config',
        `${CONFIG_FILE}: ${what} (known keys: dataDir, databaseUrl)`,
      );
    }
    file = parsed.data;
  }
  const dataDir = flags.dataDir ?? env.DETENTE_DATA_DIR ?? file.dataDir ?? 'data';
  const databaseUrl = env.DATABASE_URL || file.databaseUrl || undefined;
  return { dataDir: resolve(cwd, dataDir), databaseUrl };
}
