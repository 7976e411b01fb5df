/** `detente init`, `import`, `export`, `history`, `backup`, `restore`: the store. */
import type { Command } from 'commander';
import { BUILTIN_DOSSIER } from '../../services/builtin.ts';
import { exportDossier } from '../../services/export.ts';
import { recordHistory } from '../../services/history.ts';
import { importDossier } from '../../services/import.ts';
import { initStore } from '../../services/init.ts';
import { parseAsKnownOn } from '../../services/requests.ts';
import type { Context } from '../context.ts';
import { presentExport, presentHistory, presentImport, presentInit } from '../present/store.ts';

export function registerStore(program: Command, ctx: Context): void {
  program
    .command('init')
    .description(
      'create the store and load the built-in dossier (does nothing if it holds records)',
    )
    .action(async () => {
      const report = await initStore(await ctx.store(), ctx.io.now());
      ctx.print(report, () => presentInit(report));
    });

  program
    .command('import')
    .description(
      'import a dossier folder: all or nothing, and importing the same files twice changes nothing',
    )
    .argument('[dir]', 'dossier folder; default the built-in dossier')
    .option('--author <name>', 'who the change is attributed to')
    .option('--reason <text>', 'why')
    .action(async (dir: string | undefined, o: { author?: string; reason?: string }) => {
      const report = await importDossier(await ctx.store(), dir ?? BUILTIN_DOSSIER, {
        at: ctx.io.now(),
        ...(o.author ? { author: o.author } : {}),
        ...(o.reason ? { reason: o.reason } : {}),
      });
      ctx.print(report, () => presentImport(report));
    });

  program
    .command('export')
    .description('write a dossier from the store back to files')
    .argument('<dir>', 'folder to write')
    .option('--id <dossier>', 'dossier id', 'canada-china')
    .action(async (dir: string, o: { id: string }) => {
      const asKnownOn = program.opts<{ asKnownOn?: string }>().asKnownOn;
      const report = await exportDossier(
        await ctx.store(),
        o.id,
        dir,
        asKnownOn ? parseAsKnownOn(asKnownOn) : undefined,
      );
      ctx.print(report, () => presentExport(report));
    });

  program
    .command('history')
    .description('every version of a record: who changed which fields, when and why')
    .argument('<id>', 'record id')
    .action(async (id: string) => {
      const entries = await recordHistory(await ctx.store(), id);
      ctx.print({ id, versions: entries }, () => presentHistory(id, entries));
    });

  program
    .command('backup')
    .description('copy the embedded store to a file, safely while a server uses it')
    .argument('<file>', 'backup file to write')
    .action(async (file: string) => {
      const store = await ctx.store();
      await store.backup(file);
      ctx.print({ file, from: store.location }, () => `backed up ${store.location} to ${file}`);
    });

  program
    .command('restore')
    .description('replace the embedded store with a backup')
    .argument('<file>', 'backup file to read')
    .action(async (file: string) => {
      const store = await ctx.store();
      await store.restore(file);
      ctx.print({ file, to: store.location }, () => `restored ${store.location} from ${file}`);
    });
}
