/** Plain-text presentation of store commands. */
import type { ExportReport } from '../../services/export.ts';
import type { HistoryEntry } from '../../services/history.ts';
import type { ImportReport } from '../../services/import.ts';
import type { InitReport } from '../../services/init.ts';

export function presentImport(r: ImportReport): string {
  const from = r.origin ? ` (${r.origin})` : '';
  if (r.changeId === null)
    return `${r.dossier}: no changes; the store already holds these ${r.unchanged} records${from}`;
  return `${r.dossier}: ${r.created} created, ${r.updated} updated, ${r.deleted} deleted, ${r.unchanged} unchanged (change ${r.changeId})${from}`;
}

export function presentInit(r: InitReport): string {
  if (!r.imported)
    return `${r.location} already holds records (revision ${r.revision}); nothing to do`;
  return `initialised ${r.location}: ${presentImport(r.imported)}`;
}

export function presentExport(r: ExportReport): string {
  return `${r.dossier}: ${r.records} records written to ${r.files.length} files in ${r.dir}`;
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

export function presentHistory(id: string, entries: readonly HistoryEntry[]): string {
  const out = [`${id}: ${entries.length} version(s)`];
  for (const e of entries) {
    out.push(
      '',
      `v${e.version} ${e.op} · ${e.at} · ${e.author} · ${e.reason}${e.origin ? ` · ${e.origin}` : ''}`,
    );
    if (e.op === 'create') {
      out.push('  (created)');
      continue;
    }
    for (const c of e.changes) {
      if (e.op === 'delete') out.push('  (deleted)');
      else
        out.push(
          `  ${c.path}: ${c.before === undefined ? '∅' : show(c.before)} → ${c.after === undefined ? '∅' : show(c.after)}`,
        );
      if (e.op === 'delete') break;
    }
  }
  return out.join('\n');
}
