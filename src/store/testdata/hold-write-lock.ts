/**
 * Test helper process: takes the write lock of an embedded store, says so on stdout, holds it
 * for the given milliseconds while writing, then commits. Stands in for a busy server.
 */
import SqliteDatabase from 'better-sqlite3';

const [file, holdMs] = process.argv.slice(2) as [string, string];
const db = new SqliteDatabase(file, { timeout: 10_000 });
db.pragma('journal_mode = WAL');
db.exec('begin immediate');
db.prepare(
  "insert into changes (at, author, reason) values ('2026-01-01T00:00:00.000Z', 'server', 'held')",
).run();
process.stdout.write('locked\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(holdMs));
db.exec('commit');
db.close();
process.stdout.write('released\n');
