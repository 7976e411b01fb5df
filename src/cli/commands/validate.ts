/** `detente validate [dir]`: check a dossier folder. */
import type { Command } from 'commander';
import { DetenteError } from '../../core/errors.ts';
import { BUILTIN_DOSSIER } from '../../services/builtin.ts';
import { validateDossier } from '../../services/validate.ts';
import { writeDossierSchemas } from '../../services/schema.ts';
import type { Context } from '../context.ts';
import { presentValidation } from '../present/validate.ts';

export function registerValidate(program: Command, ctx: Context): void {
  program
    .command('validate')
    .description('check a dossier: schema, sources, ids, references, dates, conflicting measures')
    .argument('[dir]', 'dossier folder; default the built-in Canada–China dossier')
    .action((dir: string | undefined) => {
      const report = validateDossier(dir ?? BUILTIN_DOSSIER);
      if (!report.ok) {
        const id = report.problems.every((p) => p.id === 'not_found')
          ? 'not_found'
          : 'invalid_dossier';
        throw new DetenteError(id, presentValidation(report), report.problems);
      }
      ctx.print(report, () => presentValidation(report));
    });
}

export function registerSchema(program: Command, ctx: Context): void {
  program
    .command('schema')
    .description('write the JSON Schemas of dossier files (for editors and other tools)')
    .requiredOption('--out <dir>', 'folder to write *.schema.json into')
    .action((o: { out: string }) => {
      const files = writeDossierSchemas(o.out);
      ctx.print({ files }, () => files.join('\n'));
    });
}
