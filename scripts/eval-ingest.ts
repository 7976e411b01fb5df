/**
 * Scores the text extractor on labelled folders: `npm run eval:ingest -- <dir>… [--json]
 * [--misses] [--second <dir2>] [--typeset <forms>]`. Prints precision, recall and F1 per record
 * type and per field (the matching rule is in src/ingest/eval.ts); with several folders, one
 * line per folder and then the table of them all pooled (their counts added up). --misses lists
 * what was missed, spurious or wrong per text. With --second (one folder), the labels a second
 * annotator wrote for the same texts (`<dir2>/<id>.expected.json`) are scored in place of the
 * extractor: how far the two agree. With --typeset, the texts are first set as published text is (curly marks, dashes set
 * close, lines hard-wrapped: see src/ingest/typeset.ts), to score the extractor on those forms.
 */
import { parseArgs } from 'node:util';
import { isDetenteError } from '../src/core/errors.ts';
import { briefScores, formatReport, score } from '../src/ingest/eval.ts';
import {
  extractLabelled,
  loadLabelledFolder,
  loadSecondLabels,
} from '../src/ingest/eval-folder.ts';
import { parseTypesets, TYPESETS } from '../src/ingest/typeset.ts';

const USAGE = `usage: npm run eval:ingest -- <dir>… [--json] [--misses] [--second <dir2>] [--typeset <${TYPESETS.join('|')}>[,…]]`;

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
  const { values, positionals: dirs } = parsed;
  const { second, typeset: forms } = values;
  if (dirs.length === 0 || (second !== undefined && dirs.length > 1)) {
    console.error(dirs.length === 0 ? USAGE : `--second scores one folder\n${USAGE}`);
    return 2;
  }
  try {
    const folders = dirs.map((dir) => {
      const texts = loadLabelledFolder(dir, forms === undefined ? [] : parseTypesets(forms));
      const items = second === undefined ? extractLabelled(texts) : loadSecondLabels(second, texts);
      // Pooled, a text is named by its folder too: ids repeat from one folder to the next.
      return {
        dir,
        items: dirs.length > 1 ? items.map((i) => ({ ...i, id: `${dir}/${i.id}` })) : items,
      };
    });
    const report = score(folders.flatMap((f) => f.items));
    const each = dirs.length > 1 ? folders.map((f) => ({ dir: f.dir, ...score(f.items) })) : [];
    if (values.json) {
      const misses = values.misses ? report.misses : undefined;
      const folder =
        dirs.length > 1
          ? { dirs, folders: each.map(({ misses: _, ...f }) => f) }
          : { dir: dirs[0] };
      console.log(JSON.stringify({ ...folder, ...report, misses }, null, 2));
      return 0;
    }
    for (const f of each) console.log(`${f.dir}: ${f.texts} texts · ${briefScores(f)}`);
    console.log(
      `${dirs.length > 1 ? `${dirs.length} folders pooled` : dirs[0]}: ${formatReport(report)}`,
    );
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
