/** The CLI in-process (arguments in, stdout/stderr and exit code out), plus one real process. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DOSSIER } from '../services/builtin.ts';
import { cliIn } from './test-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'detente-cli-data-'));

const cli = cliIn(dataDir);

describe('detente duty', () => {
  it('prints the layers, the total and the next change', async () => {
    const r = await cli('duty', '1205.10', '--from', 'CAN', '--to', 'CHN', '--on', '2025-09-01');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/=\s+total\s+84\.8%/);
    expect(r.out).toContain('MOFCOM Announcement No. 40 of 2025');
    expect(r.out).toContain('next change 2026-03-01');
    expect(r.out).toMatch(/https:\/\/en\.people\.cn\//);
  });

  it('--json prints one document with integer basis points', async () => {
    const r = await cli(
      'duty',
      '1205 10',
      '--from',
      'can',
      '--to',
      'chn',
      '--on',
      '2025-09-01',
      '--json',
    );
    const doc = JSON.parse(r.out);
    expect(doc.total).toEqual({ bp: 8480 });
    expect(doc.layers.map((l: { bp: number }) => l.bp)).toEqual([7580]);
    expect(doc.base.bp).toBe(900);
    expect(doc.next.date).toBe('2026-03-01');
  });

  it('defaults the date to today (the clock given to the CLI)', async () => {
    const r = await cli('duty', '2306.41', '--from', 'CAN', '--to', 'CHN', '--json');
    expect(JSON.parse(r.out).query.date).toBe('2026-11-29');
  });

  it('exits 1 with a stable id for a bad HS code, a bad country, a bad date', async () => {
    for (const [args, id] of [
      [['12a5', '--from', 'CAN', '--to', 'CHN'], 'invalid_hs_code'],
      [['1205.10', '--from', 'XYZ', '--to', 'CHN'], 'invalid_country'],
      [['1205.10', '--from', 'CAN', '--to', 'CHN', '--on', '2025-02-30'], 'invalid_date'],
    ] as const) {
      const r = await cli('duty', ...args);
      expect(r.code).toBe(1);
      expect(r.out).toBe('');
      expect(r.err).toContain(`error[${id}]`);
    }
  });

  it('writes errors as JSON on stderr with --json', async () => {
    const r = await cli('duty', '12a5', '--from', 'CAN', '--to', 'CHN', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err).error.id).toBe('invalid_hs_code');
  });

  it('exits 2 for usage errors: a missing option, an unknown command or option', async () => {
    expect((await cli('duty', '1205.10', '--from', 'CAN')).code).toBe(2);
    expect((await cli('dutty')).code).toBe(2);
    const r = await cli('duty', '1205.10', '--from', 'CAN', '--to', 'CHN', '--frm', 'x');
    expect(r.code).toBe(2);
    expect(r.err).toContain('error[usage]');
  });
});

describe('reading commands', () => {
  it('timeline filters by pair, dates and kind', async () => {
    const r = await cli(
      'timeline',
      '--pair',
      'CAN-CHN',
      '--from',
      '2025-06-01',
      '--to',
      '2025-06-30',
      '--kind',
      'engagement',
      '--json',
    );
    expect(JSON.parse(r.out).entries.map((e: { date: string }) => e.date)).toEqual([
      '2025-06-03',
      '2025-06-05',
    ]);
    const bad = await cli('timeline', '--kind', 'gossip');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('kinds');
  });

  it('measures shows retaliation links', async () => {
    const r = await cli(
      'measures',
      '--imposer',
      'CHN',
      '--target',
      'CAN',
      '--in-force',
      '2025-06-01',
    );
    expect(r.out).toContain(
      'responds to: Canada: 100% surtax on Chinese electric vehicles (can-2024-ev-surtax)',
    );
  });

  it('chain walks both ways, and reports an unknown id', async () => {
    const r = await cli('chain', 'can-2024-ev-surtax');
    expect(r.out).toContain('answered by:');
    expect(r.out).toContain('chn-2025-annex1-100');
    const missing = await cli('chain', 'nope');
    expect([missing.code, missing.err]).toEqual([1, expect.stringContaining('error[not_found]')]);
  });

  it('overview defaults to the dossier pair, and asks for one when the store held nothing', async () => {
    const r = await cli('overview', '--on', '2025-06-01');
    expect(r.out).toContain('CAN–CHN as of 2025-06-01');
    const before = await cli('--as-known-on', '2000-01-01', 'overview');
    expect([before.code, before.err]).toEqual([1, expect.stringContaining('name the pair')]);
  });

  it('channels reports health and commitments as of a date', async () => {
    const r = await cli('channels', '--pair', 'CAN-CHN', '--on', '2026-11-29');
    expect(r.out).toContain('OVERDUE');
    expect(r.out).toContain('Work together on the fentanyl crisis.');
  });
});

describe('detente validate', () => {
  it('passes the built-in dossier', async () => {
    const r = await cli('validate');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid \(\d+ sources/);
  });

  it('rejects a broken dossier naming file, record and field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detente-cli-'));
    cpSync(BUILTIN_DOSSIER, dir, { recursive: true });
    const file = join(dir, 'measures.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace("effective: '2025-03-20'", "effective: '2025-02-30'"),
    );
    const r = await cli('validate', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error[invalid_dossier]');
    expect(r.err).toMatch(
      /measures\.yaml:\d+ › chn-2025-annex1-100 › dates\.effective: not a calendar date/,
    );
  });
});

describe('the installed command', () => {
  const bin = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));

  it('runs as a real process with exit codes', () => {
    const env = { ...process.env, DETENTE_DATA_DIR: mkdtempSync(join(tmpdir(), 'detente-bin-')) };
    const out = execFileSync(
      process.execPath,
      [bin, 'duty', '8703.80', '--from', 'CHN', '--to', 'CAN', '--on', '2024-10-02', '--json'],
      { encoding: 'utf8', env },
    );
    expect(JSON.parse(out).total.bp).toBe(10610);
    const usage = spawnSync(process.execPath, [bin, 'duty'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('error[usage]');
  });
});
