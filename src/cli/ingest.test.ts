/**
 * `detente ingest` in-process on a store of its own: a readout in, candidates out with their
 * quoted spans, then list, show, accept (the record reaches the timeline) and reject; bad
 * input of every kind ends in a clear error or an empty result, never a crash. One real
 * process reads the text from stdin.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CALL_READOUT_WITH_QUOTE as READOUT,
  READOUT_URL as URL_A,
} from '../services/testdata/readouts.ts';
import { cliIn } from './test-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'detente-cli-ingest-'));
const files = mkdtempSync(join(tmpdir(), 'detente-cli-ingest-files-'));
const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));

function file(name: string, content: string | Buffer): string {
  const path = join(files, name);
  writeFileSync(path, content);
  return path;
}

const cli = cliIn(dataDir, { env: { USER: 'desk' }, cwd: files });

const submit = (path: string, ...more: string[]) =>
  cli('ingest', path, '--url', URL_A, '--published', '2026-11-27', ...more);

interface CandidateJson {
  key: string;
  type: string;
  status: string;
  candidate: Record<string, unknown>;
  records: { id: string; collection: string; op: string }[];
}

describe('detente ingest', () => {
  it('prints each candidate with its type, summary, confidence, flags and quoted span', async () => {
    const r = await submit(file('readout.txt', READOUT), '--title', 'Leaders’ call');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^batch ing-20261129-[0-9a-f]{8} {2}\(open: \d+ pending/);
    expect(r.out).toContain('Leaders’ call · https://example.org/readouts/2026/11/27/call');
    expect(r.out).toMatch(/engagement-\d+ {2}engagement {2}\d+%/);
    expect(r.out).toContain('call on 2026-11-27: mark-carney, li-qiang');
    expect(r.out).toContain('“Prime Minister Mark Carney held a phone call today');
    expect(r.out).toMatch(/flags: date_inferred/);
    expect(r.out).toMatch(/quote-\d+ {2}quote/);
    expect(r.out).toContain('Review with: detente ingest accept ing-');
  });

  it('lists and shows batches, accepts a candidate onto the timeline and rejects another', async () => {
    const made = await submit(file('readout-2.txt', READOUT), '--json');
    expect(made.code).toBe(0);
    const batch = JSON.parse(made.out) as { id: string; candidates: CandidateJson[] };
    const call = batch.candidates.find((c) => c.type === 'engagement');
    const quote = batch.candidates.find((c) => c.type === 'quote');
    if (!call || !quote) throw new Error('expected an engagement and a quote');

    const list = await cli('ingest', 'list');
    expect(list.code).toBe(0);
    expect(list.out).toMatch(new RegExp(`${batch.id} +2026-11-29 12:00 +open +\\d+ pending`));

    const accepted = await cli('ingest', 'accept', batch.id, call.key);
    expect(accepted.code).toBe(0);
    expect(accepted.out).toMatch(
      new RegExp(
        `^${call.key} accepted: created engagement (eng-2026-11-27-[a-z-]+); created source src-`,
      ),
    );
    const engagementId = /created engagement (\S+);/.exec(accepted.out)?.[1] ?? '';
    const rejected = await cli('ingest', 'reject', batch.id, quote.key);
    expect(rejected.out.trim()).toBe(`${quote.key} rejected`);

    const shown = await cli('ingest', 'show', batch.id);
    expect(shown.out).toContain(`${call.key}  engagement`);
    expect(shown.out).toMatch(/accepted\n/);
    expect(shown.out).toContain(`created engagement ${engagementId}`);
    expect(shown.out).toContain('reviewed by desk at 2026-11-29T12:00:00.000Z');

    const timeline = await cli('timeline', '--from', '2026-11-27', '--to', '2026-11-27');
    expect(timeline.out).toContain('Call: Mark Carney and Li Qiang');
    expect(timeline.out).toContain(URL_A);
    const history = await cli('history', engagementId);
    expect(history.out).toContain(
      `desk · accepted from ingest batch ${batch.id} (candidate ${call.key})`,
    );

    const again = await cli('ingest', 'accept', batch.id, call.key);
    expect(again.code).toBe(1);
    expect(again.err).toContain('error[conflict]');
    expect(again.err).toContain('already accepted (by desk');
  });

  it('accepts the corrected candidate given with --edited, and reports every failing key', async () => {
    const made = JSON.parse((await submit(file('readout-3.txt', READOUT), '--json')).out) as {
      id: string;
      candidates: CandidateJson[];
    };
    const call = made.candidates.find((c) => c.type === 'engagement');
    if (!call) throw new Error('expected an engagement');
    const edited = file('edited.json', JSON.stringify({ ...call.candidate, place: 'Ottawa' }));
    const both = await cli('ingest', 'accept', made.id, call.key, 'nope', '--edited', edited);
    expect(both.code).toBe(2);
    expect(both.err).toContain('--edited goes with exactly one candidate key');

    const r = await cli('ingest', 'accept', made.id, call.key, '--edited', edited, '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { reviewed: { candidate: CandidateJson }[] };
    expect(result.reviewed[0]?.candidate.records[0]?.collection).toBe('engagements');
    const show = JSON.parse((await cli('ingest', 'show', made.id, '--json')).out) as {
      candidates: (CandidateJson & { edited: boolean })[];
    };
    expect(show.candidates.find((c) => c.key === call.key)).toMatchObject({
      edited: true,
      candidate: { place: 'Ottawa' },
    });

    // One key accepted, one unknown: the first is written, the second reported by its key.
    const quote = made.candidates.find((c) => c.type === 'quote');
    if (!quote) throw new Error('expected a quote');
    const some = await cli('ingest', 'accept', made.id, quote.key, 'nope');
    expect(some.code).toBe(1);
    expect(some.out).toMatch(new RegExp(`^${quote.key} accepted: created statement stmt-`));
    expect(some.err).toContain(`error[not_found]: nope: batch ${made.id} has no candidate "nope"`);

    const mixed = await cli('ingest', 'reject', made.id, 'nope', 'missing-too');
    expect(mixed.code).toBe(1);
    expect(mixed.err).toContain('2 of 2 candidates were not rejected');
    expect(mixed.err).toContain('nope');
  });

  it('answers bad input with a clear error or an empty result, never a crash', async () => {
    const cases: [string[], number, RegExp][] = [
      [[join(files, 'absent.txt')], 1, /error\[not_found\]: no file .*absent\.txt/],
      [[file('empty.txt', '  \n\n ')], 1, /error\[invalid_text\]: the text is empty/],
      [
        [file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]))],
        1,
        /error\[invalid_text\]: .*binary/,
      ],
      [
        [file('big.txt', 'word '.repeat(2 * 1024 * 1024))],
        1,
        /error\[invalid_text\]: the text has 10,485,760 characters; the limit is 2,000,000/,
      ],
      [[files], 1, /error\[invalid_argument\]: .* is a folder/],
    ];
    for (const [args, code, message] of cases) {
      const r = await submit(...(args as [string]));
      expect({ code: r.code, err: r.err, out: r.out }).toMatchObject({ code, out: '' });
      expect(r.err).toMatch(message);
    }
    const usage = await cli('ingest', file('x.txt', READOUT), '--published', '2026-11-27');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain("required option '--url <url>'");
    const badDate = await cli(
      'ingest',
      file('y.txt', READOUT),
      '--url',
      URL_A,
      '--published',
      '2026-13-01',
    );
    expect(badDate.code).toBe(1);
    expect(badDate.err).toContain('error[invalid_date]: published: not a calendar date');
    const noBatch = await cli('ingest', 'show', 'ing-nope');
    expect(noBatch.code).toBe(1);
    expect(noBatch.err).toContain('error[not_found]: no ingest batch "ing-nope"');
  });

  it('strips HTML, and gives an empty result for a text in another language', async () => {
    const html = `<!doctype html><html><body><h1>Readout</h1>${READOUT.split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('\n')}</body></html>`;
    const page = await submit(file('page.html', html));
    expect(page.code).toBe(0);
    expect(page.out).toContain('note: the text was HTML');
    expect(page.out).toContain('“Prime Minister Mark Carney held a phone call today');
    expect(page.out).not.toContain('<p>');

    const french = await submit(
      file(
        'fr.txt',
        "Le premier ministre a eu aujourd'hui un entretien téléphonique avec le premier ministre chinois. Les deux dirigeants ont convenu de tenir la prochaine session de la commission au début de la nouvelle année, et de rester en contact étroit sur les questions agricoles.",
      ),
    );
    expect(french.code).toBe(0);
    expect(french.out).toContain('No candidates: the text is not in English (fra).');
  });

  it('reads a file saved as UTF-16 or Windows-1252 as the text it holds', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(READOUT, 'utf16le')]);
    const wide = await submit(file('readout-utf16.txt', utf16));
    expect(wide.code).toBe(0);
    expect(wide.out).toContain('“Prime Minister Mark Carney held a phone call today');
    // "China’s" and the quotation marks written with Windows-1252's codes 0x92, 0x93 and 0x94
    const cp1252 = Buffer.from(
      'China\x92s commerce ministry said on Monday it would cut its 100% tariff on Canadian peas to 25% from January 1. \x93We welcome the step,\x94 said Canadian Prime Minister Mark Carney.',
      'latin1',
    );
    const old = await submit(file('release-1252.txt', cp1252));
    expect(old.code).toBe(0);
    expect(old.out).toContain('“China’s commerce ministry said on Monday');
    expect(old.out).toMatch(/mark-carney on [0-9-]{10}: “We welcome the step,”/);
    expect(old.out).not.toContain('\ufffd');
  });

  it('reads the text from stdin with -, in a real process', () => {
    const r = spawnSync(
      process.execPath,
      [BIN, 'ingest', '-', '--url', URL_A, '--published', '2026-11-27', '--json'],
      {
        input: READOUT,
        encoding: 'utf8',
        env: { ...process.env, DETENTE_DATA_DIR: dataDir, DATABASE_URL: '' },
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const batch = JSON.parse(r.stdout) as { text: string; candidates: CandidateJson[] };
    expect(batch.text).toBe(READOUT);
    expect(batch.candidates.map((c) => c.type)).toContain('engagement');
  });
});
