/**
 * Text extractor benchmark. Reads the development texts of eval/ingest/dev (short articles,
 * about 1 kB each) and builds longer ones of 3–5 kB by joining several of them, as a news
 * article of that length reads. It times `extract` on one thread over each set and reports
 * articles per second.
 *
 * As a baseline measured in the same run it times what any extractor pays before reading a
 * word: preparing the text (markup check, line ends, bad-input checks, language check) plus one
 * pass of a single regular expression over it (every percentage). The ratio says how many
 * times that floor the whole extraction costs. Goal: ≥ 200 articles/s for 3–5 kB articles.
 *
 * A shared host's speed swings by a third and more within a minute. So the 3–5 kB articles are
 * timed in rounds, each a pass of the extraction over every article followed at once by a
 * baseline pass: a swing slows both halves of a round alike. The figures are the medians over
 * the rounds, with the slowest and the fastest round beside them.
 *
 * Run: `npm run bench:ingest` (that is `tsx bench/ingest.ts`), or `npx tsx bench/ingest.ts
 * --json` for one JSON object with the figures. Takes about half a minute.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractInput } from '../src/ingest/candidates.ts';
import { IndexSchema } from '../src/ingest/eval.ts';
import { extract } from '../src/ingest/extract.ts';
import { prepareText } from '../src/ingest/text.ts';

const DEV = join(import.meta.dirname, '..', 'eval', 'ingest', 'dev');
const SECONDS = 5;
/** Rounds of extraction and baseline over the 3–5 kB articles. */
const ROUNDS = 7;
/** Baseline passes per round: enough for each to take a measurable time. */
const BASELINE_PASSES = 10;
const GOAL_RATE = 200;
const json = process.argv.includes('--json');

const log = (line: string) => {
  if (!json) console.log(line);
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function devInputs(): ExtractInput[] {
  const index = IndexSchema.parse(JSON.parse(readFileSync(join(DEV, 'index.json'), 'utf8')));
  return index.map((item) => ({
    text: readFileSync(join(DEV, `${item.id}.txt`), 'utf8'),
    published: item.pub_date ?? '2025-01-01',
  }));
}

/** Articles of 3–5 kB: consecutive dev texts joined until the length falls in that range. */
function longInputs(short: readonly ExtractInput[]): ExtractInput[] {
  const out: ExtractInput[] = [];
  for (let i = 0; i < short.length; i++) {
    let text = '';
    for (let k = 0; k < short.length && text.length < 3000; k++) {
      const next = short[(i + k) % short.length]?.text ?? '';
      if (next.startsWith('<')) continue; // keep the HTML text apart
      if (text.length + next.length > 5000) break;
      text += `${next}\n`;
    }
    out.push({ text, published: short[i]?.published ?? '2025-01-01' });
  }
  return out;
}

/** Seconds taken by `passes` passes of `work` over the inputs. */
function pass(
  inputs: readonly ExtractInput[],
  work: (input: ExtractInput) => number,
  passes: number,
) {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let k = 0; k < passes; k++) for (const input of inputs) sink += work(input);
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, sink };
}

/** Passes of `work` over the inputs, after one to warm up, until `seconds` have passed. */
function time(
  inputs: readonly ExtractInput[],
  work: (input: ExtractInput) => number,
  seconds: number,
) {
  pass(inputs, work, 1);
  let sink = 0;
  let count = 0;
  let elapsed = 0;
  while (elapsed < seconds) {
    const run = pass(inputs, work, 1);
    sink += run.sink;
    count += inputs.length;
    elapsed += run.seconds;
  }
  return { articles: count, seconds: elapsed, perSecond: count / elapsed, sink };
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * Rounds over the 3–5 kB articles, each an extraction pass then baseline passes: the rates of
 * each round and the ratio of its two halves.
 */
function rounds(inputs: readonly ExtractInput[]) {
  pass(inputs, extractWork, 1); // warm up
  pass(inputs, baselineWork, 1);
  const extraction: number[] = [];
  const baseline: number[] = [];
  const ratios: number[] = [];
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const e = pass(inputs, extractWork, 1);
    const b = pass(inputs, baselineWork, BASELINE_PASSES);
    const eRate = inputs.length / e.seconds;
    const bRate = (inputs.length * BASELINE_PASSES) / b.seconds;
    extraction.push(eRate);
    baseline.push(bRate);
    ratios.push(bRate / eRate);
    sink += e.sink + b.sink;
  }
  return { extraction, baseline, ratios, sink };
}

const PERCENT = /\d+(?:\.\d+)?\s*(?:%|per ?cent|percent)/g;

/** The floor: prepare the text and make one regular-expression pass over it. */
function baselineWork(input: ExtractInput): number {
  const { text } = prepareText(input.text);
  return text.match(PERCENT)?.length ?? 0;
}

const extractWork = (input: ExtractInput) => extract(input).candidates.length;

function main(): number {
  const short = devInputs();
  const long = longInputs(short);
  const avg = (xs: readonly ExtractInput[]) =>
    xs.reduce((s, x) => s + x.text.length, 0) / xs.length;
  log(
    `inputs: ${short.length} dev texts (mean ${fmt(avg(short))} chars), ` +
      `${long.length} joined articles (mean ${fmt(avg(long))} chars)`,
  );

  const shortRun = time(short, extractWork, SECONDS);
  log(
    `extract, dev texts: ${fmt(shortRun.perSecond)} articles/s (${fmt(shortRun.articles)} in ${shortRun.seconds.toFixed(2)} s)`,
  );
  const longRun = rounds(long);
  const perSecond = median(longRun.extraction);
  const basePerSecond = median(longRun.baseline);
  const ratio = median(longRun.ratios);
  const spread = (xs: readonly number[]) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;
  log(
    `extract, 3–5 kB articles: ${fmt(perSecond)} articles/s, median of ${ROUNDS} rounds ` +
      `(rounds ${spread(longRun.extraction)})`,
  );
  log(
    `baseline (prepare the text + one regex pass), 3–5 kB articles: ${fmt(basePerSecond)} ` +
      `articles/s (rounds ${spread(longRun.baseline)})`,
  );
  const met = perSecond >= GOAL_RATE;
  log(
    `ratio: the extraction costs ${ratio.toFixed(1)}× the baseline (median of the rounds' ` +
      `ratios; rounds ${Math.min(...longRun.ratios).toFixed(1)}–${Math.max(...longRun.ratios).toFixed(1)}×)`,
  );
  log(`goal ≥ ${GOAL_RATE} articles/s on 3–5 kB articles: ${met ? 'met' : 'NOT met'}`);
  log(`sink: ${shortRun.sink + longRun.sink}`);

  if (json) {
    console.log(
      JSON.stringify({
        node: process.version,
        devTexts: short.length,
        meanCharsDev: Math.round(avg(short)),
        meanCharsLong: Math.round(avg(long)),
        extractDev: {
          articles: shortRun.articles,
          seconds: shortRun.seconds,
          perSecond: Math.round(shortRun.perSecond),
        },
        rounds: ROUNDS,
        extractLong: {
          articles: long.length,
          perSecond: Math.round(perSecond),
          rounds: longRun.extraction.map(Math.round),
        },
        baselineLong: {
          articles: long.length * BASELINE_PASSES,
          perSecond: Math.round(basePerSecond),
          rounds: longRun.baseline.map(Math.round),
        },
        costRatio: Number(ratio.toFixed(2)),
        goalRate: GOAL_RATE,
        goalMet: met,
      }),
    );
  }
  return 0;
}

process.exitCode = main();
