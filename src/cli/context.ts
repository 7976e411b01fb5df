/**
 * What every command gets: the output streams, the clock, the options shared by all commands,
 * and the catalog opened once on first use.
 */
import type { Catalog } from '../services/catalog.ts';
import { openDossier } from '../services/catalog.ts';
import { BUILTIN_DOSSIER } from '../services/builtin.ts';

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  /** Today's date as YYYY-MM-DD: the clock, read at the edge and passed in. */
  readonly today: string;
}

export interface GlobalOptions {
  readonly json?: boolean;
  readonly dossier?: string;
}

export class Context {
  private opened: Catalog | undefined;

  constructor(
    readonly io: Io,
    private readonly options: () => GlobalOptions,
  ) {}

  get json(): boolean {
    return this.options().json === true;
  }

  catalog(): Catalog {
    this.opened ??= openDossier(
      this.options().dossier ?? process.env.DETENTE_DOSSIER ?? BUILTIN_DOSSIER,
    );
    return this.opened;
  }

  /** Prints a result: the JSON document with --json, else the text. */
  print(value: unknown, text: () => string): void {
    this.io.out(this.json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
  }
}
