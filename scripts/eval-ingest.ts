/**
 * Scores the text extractor on a labelled folder: `npm run eval:ingest -- <dir> [--json]
 * [--misses] [--second <dir2>] [--typeset <forms>]`. Prints precision, recall and F1 per record
 * type and per field (the matching rule is in src/ingest/eval.ts); --misses lists what was
 * missed, spurious or wrong per text. With --second, the labels a second annotator wrote for the
 * same texts (`<dir2>/<id>.expected.json`) are scored in place of the extractor: how far the two
 * agree. With --typeset, the texts are first set as published text is (curly marks, dashes set
 * close, lines hard-wrapped: see src/ingest/typeset.ts), to score the extractor on those forms.
 */
import { isDetenteError } from '../src/core/errors.ts';
import { formatReport, score } from '../src/ingest/eval.ts';
import {
  extractLabelled,
  loadLabelledFolder,
  loadSecondLabels,
} from '../src/ingest/eval-folder.ts';
import { parseTypesets, TYPESETS } from '../src/ingest/typeset.ts';

const USAGE = `usage: npm run eval:ingest -- <dir> [--json] [--misses] [--second <dir2>] [--typeset <${TYPESETS.join('|')}>[,…]]`;

/** The value after `flag`, null when the flag is absent, undefined when it has none. */
function valueOf(argv: readonly string[], flag: string): string | null | undefined {
  const at = argv.indexOf(flag);
  if (at === -1) return null;
  const value = argv[at + 1];
  return value === undefined || value.startsWith('--') ? undefined : value;
}

function main(argv: readonly string[]): number {
  const second = valueOf(argv, '--second');
  const forms = valueOf(argv, '--typeset');
  /** where the values of the flags stand */
  const taken = new Set(
    ['--second', '--typeset']
      .map((flag) => argv.indexOf(flag))
      .flatMap((at) => (at === -1 ? [] : [at + 1])),
  );
  const dir = argv.find((a, i) => !a.startsWith('--') && !taken.has(i));
  if (dir === undefined || second === undefined || forms === undefined) {
    console.error(USAGE);
    return 2;
  }
  try {
    const texts = loadLabelledFolder(dir, forms === null ? [] : parseTypesets(forms));
    const report = score(
      second === null ? extractLabelled(texts) : loadSecondLabels(second, texts),
    );
    if (argv.includes('--json')) {
      console.log(
        JSON.stringify(
          { dir, ...report, misses: argv.includes('--misses') ? report.misses : undefined },
          null,
          2,
        ),
      );
      return 0;
    }
    console.log(`${dir}: ${formatReport(report)}`);
    if (argv.includes('--misses')) {
      for (const m of report.misses) console.log(`${m.id}  ${m.row}  ${m.kind}: ${m.detail}`);
    }
    return 0;
  } catch (e) {
    if (!isDetenteError(e)) throw e;
    console.error(`error[${e.id}]: ${e.message}`);
    for (const p of e.problems)
      console.error(`  ${[p.file, p.field].filter(Boolean).join(' › ')}: ${p.message}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
