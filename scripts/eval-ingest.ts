/**
 * Scores the text extractor on a labelled folder: `npm run eval:ingest -- <dir> [--json]
 * [--misses] [--second <dir2>] [--typeset <forms>]`. Prints precision, recall and F1 per record
 * type and per field (the matching rule is in src/ingest/eval.ts); --misses lists what was
 * missed, spurious or wrong per text. With --second, the labels a second annotator wrote for the
 * same texts (`<dir2>/<id>.expected.json`) are scored in place of the extractor: how far the two
 * agree. With --typeset, the texts are first set as published text is (curly marks, dashes set
 * close, lines hard-wrapped: see src/ingest/typeset.ts), to score the extractor on those forms.
 */
import { parseArgs } from 'node:util';
import { isDetenteError } from '../src/core/errors.ts';
import { formatReport, score } from '../src/ingest/eval.ts';
import {
  extractLabelled,
  loadLabelledFolder,
  loadSecondLabels,
} from '../src/ingest/eval-folder.ts';
import { parseTypesets, TYPESETS } from '../src/ingest/typeset.ts';

const USAGE = `usage: npm run eval:ingest -- <dir> [--json] [--misses] [--second <dir2>] [--typeset <${TYPESETS.join('|')}>[,…]]`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        misses: { type: 'boolean', default: false },
        second: { type: 'string' },
        typeset: { type: 'string' },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const { second, typeset: forms } = values;
  try {
    const texts = loadLabelledFolder(dir, forms === undefined ? [] : parseTypesets(forms));
    const report = score(
      second === undefined ? extractLabelled(texts) : loadSecondLabels(second, texts),
    );
    if (values.json) {
      console.log(
        JSON.stringify(
          { dir, ...report, misses: values.misses ? report.misses : undefined },
          null,
          2,
        ),
      );
      return 0;
    }
    console.log(`${dir}: ${formatReport(report)}`);
    if (values.misses) {
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
