import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDetenteError } from '../core/errors.ts';
import { ExpectedSchema, formatReport, nameMatches, score } from './eval.ts';
import {
  extractLabelled,
  fallbackDate,
  loadLabelledFolder,
  loadSecondLabels,
} from './eval-folder.ts';

/**
 * A tiny labelled folder whose scores are known by hand:
 * - 01: two measures in the text, both labelled; the 100% one with the wrong effective date
 *   in the label on purpose (so dates score 1 of 2), and a quote by pronoun.
 * - 02: a call, labelled; plus a labelled meeting that the text does not contain (a miss).
 * - 03: nothing to extract, nothing labelled.
 */
const FILES: Record<string, string> = {
  'index.json': JSON.stringify([
    { id: '01', pub_date: '2025-03-08', url: null },
    { id: '02', pub_date: '2025-06-06', url: 'https://example.org/02' },
    { id: '03', pub_date: null },
  ]),
  '01.txt':
    'China will put a 100% tariff on Canadian canola oil and a 25% tariff on Canadian pork from March 20, the ministry said on Saturday.\n\n"This hurts our farmers a great deal," said Jane Fairweather. "We need talks now," she added.\n',
  '01.expected.json': JSON.stringify({
    _note: 'annotators notes are ignored',
    measures: [
      {
        imposer: 'CHN',
        target: 'CAN',
        products: ['canola oil'],
        rate_percent: 100,
        date_announced: '2025-03-08',
        date_effective: '2025-03-21',
      },
      {
        imposer: 'CHN',
        target: ['CAN'],
        products: ['pork'],
        rate_percent: 25,
        date_announced: '2025-03-08',
        date_effective: '2025-03-20',
        _why: 'second rate',
      },
    ],
    quotes: [
      { speaker: 'Jane Fairweather', text_start: 'This hurts our farmers a great deal' },
      { speaker: 'Fairweather', text_start: 'We need talks now' },
    ],
  }),
  '02.txt':
    'Prime Minister Mark Carney spoke by phone with Chinese Premier Li Qiang on Thursday. The two leaders agreed to keep in touch.\n',
  '02.expected.json': JSON.stringify({
    engagements: [
      { participants: ['Mark Carney', 'Li Qiang'], date: '2025-06-05', kind: 'call' },
      { participants: ['Anita Anand', 'Wang Yi'], date: null, kind: 'meeting' },
    ],
  }),
  '03.txt':
    'The weather in Regina was warm and dry all week, and the harvest made good progress.\n',
  '03.expected.json': '{}',
};

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-eval-'));
  for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, name), content);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('score on a hand-made folder', () => {
  it('gives the scores worked out by hand', () => {
    const report = score(extractLabelled(loadLabelledFolder(dir)));
    const s = report.scores;
    expect(report.texts).toBe(3);
    expect([s.measures.correct, s.measures.predicted, s.measures.expected]).toEqual([2, 2, 2]);
    expect(s['measures.rate'].f1).toBe(1);
    expect([s['measures.date_effective'].correct, s['measures.date_effective'].expected]).toEqual([
      1, 2,
    ]);
    expect(s['measures.date_effective'].precision).toBe(0.5);
    expect(s['measures.date_announced'].f1).toBe(1);
    expect([s.engagements.correct, s.engagements.predicted, s.engagements.expected]).toEqual([
      1, 1, 2,
    ]);
    expect(s.engagements.precision).toBe(1);
    expect(s.engagements.recall).toBe(0.5);
    expect(s.engagements.f1).toBeCloseTo(2 / 3, 10);
    expect([s['quotes.speaker'].correct, s['quotes.speaker'].expected]).toEqual([2, 2]);
    expect(report.misses.map((m) => [m.id, m.row, m.kind])).toEqual([
      ['01', 'measures', 'wrong'],
      ['02', 'engagements', 'missed'],
    ]);
    expect(formatReport(report)).toMatch(/engagements\s+1\s+1\s+2\s+1\.000\s+0\.500\s+0\.667/);
  });

  it('counts a prediction of a threat as nothing, and a wrong speaker as a quote found', () => {
    const text =
      'The United States threatened to impose a 100% tariff on Canadian goods. "Canada will not be bullied by anyone," said Dana Moretti.';
    const [item] = extractLabelled([
      {
        id: 'x',
        input: { text, published: '2025-03-08' },
        expected: ExpectedSchema.parse({
          quotes: [{ speaker: 'Kofi Mensah', text_start: 'Canada will not be bullied' }],
        }),
      },
    ]);
    const report = score(item ? [item] : []);
    expect(report.scores.measures.predicted).toBe(0);
    expect(report.scores.quotes.correct).toBe(1);
    expect(report.scores['quotes.speaker'].correct).toBe(0);
  });
});

describe('the removal and shared-rate rules', () => {
  const scored = (text: string, expected: unknown) => {
    const [item] = extractLabelled([
      {
        id: 'x',
        input: { text, published: '2024-03-28' },
        expected: ExpectedSchema.parse(expected),
      },
    ]);
    return score(item ? [item] : []).scores;
  };

  it('scores a lifted duty with the rate that applies after it, 0', () => {
    const text =
      'Beijing will scrap the tariffs of up to 218.4% it imposed on Australian wine, the commerce ministry said on Thursday.';
    const wine = {
      imposer: 'CHN',
      target: 'AUS',
      products: ['wine'],
      date_announced: '2024-03-28',
      date_effective: null,
    };
    expect(scored(text, { measures: [{ ...wine, rate_percent: 0 }] })['measures.rate'].f1).toBe(1);
    expect(scored(text, { measures: [{ ...wine, rate_percent: 218.4 }] })['measures.rate'].f1).toBe(
      0,
    );
  });

  it('scores a lifted ban with no rate: a ban has none before or after', () => {
    const text = 'China lifted its ban on Australian lobster on Monday, the ministry said.';
    const lobster = {
      imposer: 'CHN',
      target: 'AUS',
      products: ['lobster'],
      date_announced: null,
      date_effective: null,
    };
    expect(scored(text, { measures: [{ ...lobster, rate_percent: null }] }).measures.correct).toBe(
      1,
    );
    expect(scored(text, { measures: [{ ...lobster, rate_percent: 0 }] }).measures.correct).toBe(0);
  });

  it('counts companies that share a rate once', () => {
    const text =
      'The European Commission on Tuesday set duties on Chinese electric vehicles: 17% for Alder Motors, 35.3% for Brightway and 35.3% for Cobalt Cars.';
    const s = scored(text, {
      measures: [17, 35.3].map((rate_percent) => ({
        imposer: 'EU',
        target: 'CHN',
        products: ['electric vehicles'],
        rate_percent,
        date_announced: '2024-03-26',
        date_effective: null,
      })),
    });
    expect([s.measures.predicted, s.measures.expected]).toEqual([2, 2]);
  });

  it('keeps two acts alike but on other goods apart', () => {
    const text =
      'Beijing lifted its duties on Australian barley in 2023. It also scrapped its tariffs on Australian wine in 2024.';
    const lifted = (products: string[]) => ({
      imposer: 'CHN',
      target: 'AUS',
      products,
      rate_percent: 0,
      date_announced: null,
      date_effective: null,
    });
    const s = scored(text, { measures: [lifted(['barley']), lifted(['wine'])] });
    expect([s.measures.predicted, s.measures.correct]).toEqual([2, 2]);
  });
});

describe('nameMatches', () => {
  const mention = (text: string, jurisdiction: string | null = null) => ({
    text,
    span: { start: 0, end: text.length },
    actor: null,
    jurisdiction,
  });

  it('matches on a shared name word, not on titles', () => {
    expect(nameMatches('Mark Carney', mention('Carney'))).toBe(true);
    expect(nameMatches('Li Qiang', mention('Premier Li'))).toBe(true);
    expect(nameMatches('Mark Carney', mention('Prime Minister'))).toBe(false);
    expect(nameMatches('Hélène Marchetti', mention('Helene Marchetti'))).toBe(true);
  });

  it('matches an ISO3 code or EU by the jurisdiction of the mention', () => {
    expect(nameMatches('CHN', mention('the ministry', 'CHN'))).toBe(true);
    expect(nameMatches('EU', mention('Brussels', 'EU'))).toBe(true);
    expect(nameMatches('USA', mention('China', 'CHN'))).toBe(false);
  });
});

describe('loadLabelledFolder', () => {
  it('sets the texts in the typesets asked for, and scores them as the labels say', () => {
    const set = loadLabelledFolder(dir, ['curly', 'wrap-60']);
    const plain = loadLabelledFolder(dir);
    expect(set.map((t) => t.input.text)).not.toEqual(plain.map((t) => t.input.text));
    expect(set[0]?.input.text).toContain('“This hurts');
    expect(set[0]?.input.text.split('\n').every((line) => line.length <= 60)).toBe(true);
    expect(score(extractLabelled(set)).scores).toEqual(score(extractLabelled(plain)).scores);
  });

  it('uses the first date written with its year when the publication date is unknown', () => {
    expect(fallbackDate('Talks on May 3, 2024 and later on June 1.')).toBe('2024-05-03');
  });

  it('takes a dateline written with its year as the stand-in date', () => {
    expect(fallbackDate('JAKARTA, Nov. 4, 2026 (Wire) - Ministers met on Tuesday.')).toBe(
      '2026-11-04',
    );
  });

  it('reports every malformed file and reads nothing from a bad folder', () => {
    const bad = mkdtempSync(join(tmpdir(), 'ingest-eval-bad-'));
    try {
      mkdirSync(bad, { recursive: true });
      writeFileSync(
        join(bad, 'index.json'),
        JSON.stringify([
          { id: '01', pub_date: '2025-01-01' },
          { id: '02', pub_date: null },
        ]),
      );
      writeFileSync(join(bad, '01.txt'), 'text');
      writeFileSync(
        join(bad, '01.expected.json'),
        JSON.stringify({ measures: [{ imposer: 'China' }] }),
      );
      let problems: readonly { file?: string | undefined }[] = [];
      try {
        loadLabelledFolder(bad);
      } catch (e) {
        if (!isDetenteError(e)) throw e;
        problems = e.problems;
      }
      const files = problems.map((p) => p.file?.split('/').at(-1));
      expect(files).toContain('01.expected.json');
      expect(files).toContain('02.txt');
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe('loadSecondLabels', () => {
  it("scores a second annotator's labels: the folder's own labels agree in full", () => {
    const s = score(loadSecondLabels(dir, loadLabelledFolder(dir))).scores;
    expect([s.measures.f1, s.engagements.f1, s['quotes.speaker'].f1]).toEqual([1, 1, 1]);
  });

  it('names every text the second labels leave out', () => {
    const second = mkdtempSync(join(tmpdir(), 'ingest-eval-second-'));
    try {
      writeFileSync(join(second, '01.expected.json'), FILES['01.expected.json'] ?? '');
      let problems: readonly { file?: string | undefined }[] = [];
      try {
        loadSecondLabels(second, loadLabelledFolder(dir));
      } catch (e) {
        if (!isDetenteError(e)) throw e;
        problems = e.problems;
      }
      expect(problems.map((p) => p.file?.split('/').at(-1))).toEqual([
        '02.expected.json',
        '03.expected.json',
      ]);
    } finally {
      rmSync(second, { recursive: true, force: true });
    }
  });
});

describe('npm run eval:ingest', () => {
  const script = join(import.meta.dirname, '../../scripts/eval-ingest.ts');
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });

  it('pools several folders, naming each folder’s own scores first', () => {
    const one = JSON.parse(run(dir, '--json').stdout) as { scores: Record<string, unknown> };
    const twice = run(dir, dir);
    expect(twice.status).toBe(0);
    expect(twice.stdout).toContain(`${dir}: 3 texts · measures `);
    expect(twice.stdout).toContain('2 folders pooled: 6 texts');
    const pooled = JSON.parse(run(dir, dir, '--json', '--misses').stdout) as {
      dirs: string[];
      texts: number;
      scores: Record<string, { correct: number; expected: number; f1: number }>;
      folders: { dir: string; texts: number }[];
      misses: { id: string }[];
    };
    expect(pooled.dirs).toEqual([dir, dir]);
    expect(pooled.folders.map((f) => f.texts)).toEqual([3, 3]);
    const single = one.scores as typeof pooled.scores;
    // the same folder twice: every count doubles, every figure stays
    expect(pooled.scores.measures?.correct).toBe(2 * (single.measures?.correct ?? 0));
    expect(pooled.scores.engagements?.expected).toBe(2 * (single.engagements?.expected ?? 0));
    expect(pooled.scores.measures?.f1).toBe(single.measures?.f1);
    expect(pooled.misses.length).toBeGreaterThan(0);
    expect(pooled.misses.every((m) => m.id.startsWith(`${dir}/`))).toBe(true);
  });

  it('names a bad flag or a second annotator asked of several folders, exit 2', () => {
    const bad = run(dir, '--nope');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--nope'[\s\S]*usage: npm run eval:ingest/);
    const second = run(dir, dir, '--second', dir);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('--second scores one folder');
  });
});
