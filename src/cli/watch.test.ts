/** `detente watch` and `detente changes` in-process, each test on a fresh data directory. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from './test-cli.ts';

const freshCli = () => cliIn(mkdtempSync(join(tmpdir(), 'detente-watch-')));

describe('detente watch and detente changes', () => {
  it('from a fresh data dir: the meal watchlist shows the 2025 tariff and the 2026 suspension, 5% → 105% → 5%', async () => {
    const cli = freshCli();
    const added = await cli('watch', 'add', 'meal', '--scope', '2306', '--pair', 'CAN:CHN');
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/scopes\s+2306/);
    expect(added.out).toMatch(/pairs\s+CAN→CHN/);

    const r = await cli(
      'changes',
      '--watch',
      'meal',
      '--since',
      '2025-01-01',
      '--until',
      '2026-06-01',
    );
    expect(r.code).toBe(0);
    const days = r.out.split('\n\n');
    const tariffDay = days.find((d) => d.startsWith('2025-03-20')) ?? '';
    const suspensionDay = days.find((d) => d.startsWith('2026-03-01')) ?? '';
    expect(tariffDay).toMatch(
      /scheduled {2}China: 100% additional tariff on Canadian rapeseed oil/,
    );
    expect(tariffDay).toContain('total 5% → 105%');
    expect(tariffDay).toContain('record /api/v1/records/chn-2025-annex1-100');
    expect(suspensionDay).toMatch(/scheduled {2}China: suspension of the March 2025 tariffs/);
    expect(suspensionDay).toContain('until 2026-12-31');
    expect(suspensionDay).toContain('total 105% → 5%');
    expect(suspensionDay).toContain('suspended by chn-2026-suspension-annex-goods');
    expect(r.out).toMatch(/^meal \(2306 · CAN→CHN\): 4 changes/);
    expect(r.out).toMatch(
      /Sources:\n {2}\[1\] Customs Tariff Commission Announcement No\. 3 of 2025/,
    );
    expect(r.out.indexOf('2025-03-20')).toBeLessThan(r.out.indexOf('2026-03-01'));

    const json = JSON.parse(
      (
        await cli(
          'changes',
          '--watch',
          'meal',
          '--since',
          '2025-01-01',
          '--until',
          '2026-06-01',
          '--json',
        )
      ).out,
    );
    const duties = json.changes.filter((c: { kind: string }) => c.kind === 'duty');
    expect(
      duties.map((c: { before: { total: { bp: number } }; after: { total: { bp: number } } }) => [
        c.before.total.bp,
        c.after.total.bp,
      ]),
    ).toEqual([
      [500, 10_500],
      [10_500, 500],
    ]);
    expect(json.changes).toHaveLength(4);
  });

  it('lists, shows, edits and removes watchlists', async () => {
    const cli = freshCli();
    expect((await cli('watch', 'list')).out).toContain('no watchlists');
    await cli('watch', 'add', 'seafood', '--scope', '0306', '0307', '--kind', 'tariff');
    const priv = await cli('watch', 'add', 'talks', '--channel', 'can-chn-leaders', '--private');
    expect(priv.code).toBe(0);
    const list = (await cli('watch', 'list')).out;
    expect(list).toMatch(/seafood\s+public\s+0306, 0307 · tariff/);
    expect(list).toMatch(/talks\s+private\s+channel can-chn-leaders/);
    expect((await cli('watch', 'show', 'talks')).out).toMatch(
      /feed\s+\/feeds\/wl-[0-9a-f]+\.atom\?key=/,
    );

    const edited = await cli(
      'watch',
      'edit',
      'seafood',
      '--pair',
      'CAN:CHN',
      '--both',
      '--clear',
      'kinds',
    );
    expect(edited.code).toBe(0);
    const shown = JSON.parse((await cli('watch', 'show', 'seafood', '--json')).out);
    expect(shown).toMatchObject({
      scopes: ['0306', '0307'],
      pairs: [{ from: 'CAN', to: 'CHN', both: true }],
      kinds: [],
    });
    expect((await cli('watch', 'remove', 'seafood')).out).toContain('removed watchlist seafood');
    expect((await cli('watch', 'list', '--json')).out).not.toContain('seafood');
  });

  it('exits 1 with a stable id for bad input, 2 for misuse', async () => {
    const cli = freshCli();
    for (const [args, id] of [
      [['watch', 'add', 'a', '--scope', '23x'], 'invalid_hs_code'],
      [['watch', 'add', 'a', '--scope', '123'], 'invalid_hs_code'],
      [['watch', 'add', 'a', '--pair', 'XYZ:CHN'], 'invalid_country'],
      [['watch', 'add', 'a', '--kind', 'dumping'], 'invalid_argument'],
      [['watch', 'add', 'a'], 'invalid_argument'],
      [['watch', 'show', 'nothing'], 'not_found'],
      [['changes', '--watch', 'nothing', '--since', '2025-01-01'], 'not_found'],
      [['changes', '--watch', 'a', '--since', 'last week'], 'invalid_date'],
    ] as const) {
      const r = await cli(...args);
      expect([r.code, r.err]).toEqual([1, expect.stringContaining(`error[${id}]`)]);
    }
    await cli('watch', 'add', 'a', '--scope', '2306');
    const dup = await cli('watch', 'add', 'a', '--scope', '1205');
    expect(dup.err).toContain('error[conflict]: a watchlist is already named "a"');
    expect((await cli('watch', 'add', 'b', '--both', '--scope', '2306')).code).toBe(2);
    expect((await cli('watch', 'edit', 'a')).code).toBe(2);
    expect((await cli('changes', '--since', '2025-01-01')).code).toBe(2);
  });
});
