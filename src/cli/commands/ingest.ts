/**
 * `detente ingest`: the review queue from the terminal. `detente ingest <file|->` extracts
 * candidate records from an article or a readout and saves them as a batch; `list` and `show`
 * read batches; `accept` and `reject` review candidates by key. `add` is the default
 * subcommand, so `detente ingest article.txt …` and `detente ingest add article.txt …` agree.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DetenteError } from '../../core/errors.ts';
import type { Problem } from '../../core/errors.ts';
import {
  decodeText,
  getBatch,
  ingestText,
  listBatches,
  reviewCandidate,
} from '../../services/ingest.ts';
import type { Candidate, ReviewAction, ReviewResult } from '../../services/ingest.ts';
import { parseAsKnownOn } from '../../services/requests.ts';
import type { Context } from '../context.ts';
import { presentBatch, presentBatches, presentReview } from '../present/ingest.ts';

/** Files above this size are not read at all (the extractor refuses texts far smaller). */
const MAX_FILE_BYTES = 64 * 2 ** 20;

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new DetenteError('usage', '"-" reads the text from stdin: pipe a file into it');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FILE_BYTES)
      throw new DetenteError('invalid_text', `stdin holds more than ${MAX_FILE_BYTES} bytes`);
    chunks.push(chunk);
  }
  return decodeText(Buffer.concat(chunks));
}

/** The text of a file or of stdin, in UTF-8, UTF-16 or Windows-1252 (see decodeText). */
function readText(file: string, cwd: string): Promise<string> | string {
  if (file === '-') return readStdin();
  const path = resolve(cwd, file);
  let size: number;
  try {
    const info = statSync(path);
    if (info.isDirectory())
      throw new DetenteError('invalid_argument', `${file} is a folder; give a .txt or .html file`);
    size = info.size;
  } catch (e) {
    if (e instanceof DetenteError) throw e;
    throw new DetenteError('not_found', `no file ${file} (${path})`);
  }
  if (size > MAX_FILE_BYTES)
    throw new DetenteError(
      'invalid_text',
      `${file} has ${(size / 2 ** 20).toFixed(1)} MB; an article is a few kilobytes of text`,
    );
  return decodeText(readFileSync(path));
}

function readCandidate(file: string, cwd: string): unknown {
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DetenteError('not_found', `no file ${file} (${path})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DetenteError(
      'invalid_argument',
      `--edited ${file}: not JSON (${(e as Error).message})`,
    );
  }
}

const authorOf = (ctx: Context, given: string | undefined) =>
  given ?? ctx.io.env.USER ?? ctx.io.env.USERNAME ?? 'detente cli';

/** Reviews each key in turn; every key is tried, and the failures are reported together. */
async function review(
  ctx: Context,
  action: ReviewAction,
  batch: string,
  keys: readonly string[],
  o: { author?: string; edited?: string },
): Promise<void> {
  if (o.edited !== undefined && keys.length !== 1)
    throw new DetenteError('usage', '--edited goes with exactly one candidate key');
  const edited = o.edited === undefined ? undefined : readCandidate(o.edited, ctx.io.cwd);
  const store = await ctx.store();
  const done: ReviewResult[] = [];
  const failed: Problem[] = [];
  let firstError: DetenteError | undefined;
  for (const key of keys) {
    try {
      done.push(
        await reviewCandidate(
          store,
          batch,
          key,
          { action, ...(edited === undefined ? {} : { edited: edited as Candidate }) },
          authorOf(ctx, o.author),
          ctx.io.now(),
        ),
      );
    } catch (e) {
      if (!(e instanceof DetenteError)) throw e;
      firstError ??= e;
      failed.push({ id: e.id, record: key, message: e.message });
    }
  }
  if (done.length > 0 || failed.length === 0)
    ctx.print({ batch, reviewed: done }, () => done.map(presentReview).join('\n'));
  if (firstError) {
    const message =
      failed.length > 1
        ? `${failed.length} of ${keys.length} candidates were not ${action}ed`
        : keys.length > 1
          ? `${failed[0]?.record}: ${firstError.message}`
          : firstError.message;
    throw new DetenteError(
      firstError.id,
      message,
      failed.length === 1 ? firstError.problems : failed,
    );
  }
}

export function registerIngest(program: Command, ctx: Context): void {
  const asKnownOn = () => {
    const given = program.opts<{ asKnownOn?: string }>().asKnownOn;
    return given === undefined ? undefined : parseAsKnownOn(given);
  };
  const ingest = program
    .command('ingest')
    .description('turn an article or a readout into candidate records, and review them');

  ingest
    .command('add', { isDefault: true })
    .description('extract candidates from a text and save them as a batch to review (the default)')
    .argument('<file>', 'a .txt or .html file, or - to read stdin')
    .requiredOption('--url <url>', 'where the text was published (the source record’s URL)')
    .requiredOption('--published <date>', 'publication date, YYYY-MM-DD')
    .option('--title <title>', 'the article’s title')
    .option('--publisher <name>', 'who published it')
    .option('--author <name>', 'who submits it (default $USER)')
    .action(
      async (
        file: string,
        o: { url: string; published: string; title?: string; publisher?: string; author?: string },
      ) => {
        const text = await readText(file, ctx.io.cwd);
        const catalog = await ctx.catalog();
        const batch = await ingestText(
          await ctx.store(),
          {
            text,
            url: o.url,
            published: o.published,
            ...(o.title !== undefined ? { title: o.title } : {}),
            ...(o.publisher !== undefined ? { publisher: o.publisher } : {}),
          },
          authorOf(ctx, o.author),
          ctx.io.now(),
          { catalog },
        );
        ctx.print(batch, () => presentBatch(batch, false));
      },
    );

  ingest
    .command('list')
    .description('every batch, newest first, with how many candidates wait for review')
    .action(async () => {
      const batches = await listBatches(await ctx.store(), asKnownOn());
      ctx.print({ batches }, () => presentBatches(batches));
    });

  ingest
    .command('show')
    .description('one batch: every candidate with its review state and the records it made')
    .argument('<batch>', 'a batch id (see detente ingest list)')
    .action(async (id: string) => {
      const batch = await getBatch(await ctx.store(), id, asKnownOn());
      ctx.print(batch, () => presentBatch(batch, true));
    });

  ingest
    .command('accept')
    .description('accept candidates: each writes its record and the article’s source')
    .argument('<batch>', 'a batch id')
    .argument('<keys...>', 'candidate keys (see detente ingest show)')
    .option('--edited <file>', 'a JSON file with the corrected candidate (one key only)')
    .option('--author <name>', 'who reviews (default $USER)')
    .action((batch: string, keys: string[], o: { edited?: string; author?: string }) =>
      review(ctx, 'accept', batch, keys, o),
    );

  ingest
    .command('reject')
    .description('reject candidates: nothing is written but the review')
    .argument('<batch>', 'a batch id')
    .argument('<keys...>', 'candidate keys')
    .option('--author <name>', 'who reviews (default $USER)')
    .action((batch: string, keys: string[], o: { author?: string }) =>
      review(ctx, 'reject', batch, keys, o),
    );
}
