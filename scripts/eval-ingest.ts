/**
 * Scores the text extractor on a labelled folder: `npm run eval:ingest -- <dir> [--json]
 * [--misses] [--second <dir2>]`. Prints precision, recall and F1 per record type and per field
 * (the matching rule is in src/ingest/eval.ts); --misses lists what was missed, spurious or
 * wrong per text. With --second, the labels a second annotator wrote for the same texts
 * (`<dir2>/<id>.expected.json`) are scored in place of the extractor: how far the two agree.
 */
import { isDetenteError } from '../src/core/errors.ts';
import { formatReport, score } from '../src/ingest/eval.ts';
import {
  extractLabelled,
  loadLabelledFolder,
  loadSecondLabels,
} from '../src/ingest/eval-folder.ts';

function main(argv: readonly string[]): number {
  const at = argv.indexOf('--second');
  const second = at === -1 ? undefined : argv[at + 1];
  const dir = argv.find((a, i) => !a.startsWith('--') && (at === -1 || i !== at + 1));
  if (dir === undefined || (at !== -1 && (second === undefined || second.startsWith('--')))) {
    console.error('usage: npm run eval:ingest -- <dir> [--json] [--misses] [--second <dir2>]');
    return 2;
  }
  try {
    const texts = loadLabelledFolder(dir);
    const report = score(
      second === undefined ? extractLabelled(texts) : loadSecondLabels(second, texts),
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
