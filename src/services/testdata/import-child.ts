/**
 * Test helper process for crash.test.ts: imports a dossier folder into the store its
 * configuration names, saying on stdout where it is: `importing` just before `importDossier`,
 * `writing` just before the write transaction starts (the store's `apply`), then
 * `done <report as JSON>` once the import is committed. The test kills it with SIGKILL between
 * `writing` and `done`.
 *
 * Run: node --import tsx src/services/testdata/import-child.ts '<store-config-json>' <dir> [<at>]
 */
import { sql } from 'kysely';
import { Store } from '../../store/store.ts';
import type { StoreConfig } from '../../store/store.ts';
import { importDossier } from '../import.ts';

const [configJson, dir, at = new Date().toISOString()] = process.argv.slice(2);
if (!configJson || !dir) {
  process.stderr.write('usage: import-child.ts <store-config-json> <dir> [<at>]\n');
  process.exit(2);
}
const store = await Store.open(JSON.parse(configJson) as StoreConfig);
if (store.kind === 'sqlite') {
  // A cache of a few pages makes SQLite write its WAL steadily through the write (spilling
  // pages as the cache fills) instead of in two bursts, so that a point of the write measured
  // in WAL bytes is reached while the transaction is open, however busy the machine.
  await sql`pragma cache_size = 16`.execute(store['db']);
}
const apply = store.apply.bind(store);
store.apply = (change) => {
  process.stdout.write('writing\n');
  return apply(change);
};
process.stdout.write('importing\n');
const report = await importDossier(store, dir, { at });
process.stdout.write(`done ${JSON.stringify(report)}\n`);
await store.close();
