/**
 * What every command gets: the output streams, the clock, the environment, the options shared
 * by all commands, and the store and catalog, opened once on first use and closed at the end.
 */
import type { Catalog } from '../services/catalog.ts';
import { openDossier } from '../services/catalog.ts';
import { CatalogSource } from '../services/catalog-source.ts';
import { resolveConfig } from '../services/config.ts';
import { initStore } from '../services/init.ts';
import { parseAsKnownOn } from '../services/requests.ts';
import { openStore } from '../services/open-store.ts';
import type { Store } from '../services/open-store.ts';

export interface Io {
  readonly out: (s: string) => void;
  readonly err: (s: string) => void;
  /** The clock, read at the edge: an ISO timestamp. */
  readonly now: () => string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export interface GlobalOptions {
  readonly json?: boolean;
  readonly dossier?: string;
  readonly dataDir?: string;
  readonly asKnownOn?: string;
}

export class Context {
  private opened: Store | undefined;

  constructor(
    readonly io: Io,
    private readonly options: () => GlobalOptions,
  ) {}

  get json(): boolean {
    return this.options().json === true;
  }

  /** Today's date, YYYY-MM-DD. */
  get today(): string {
    return this.io.now().slice(0, 10);
  }

  /** The store named by --data-dir, DETENTE_DATA_DIR, DATABASE_URL or the config file. */
  async store(): Promise<Store> {
    if (!this.opened) {
      const config = resolveConfig({
        flags: { dataDir: this.options().dataDir },
        env: this.io.env,
        cwd: this.io.cwd,
      });
      this.opened = await openStore(config);
    }
    return this.opened;
  }

  /**
   * The records to answer from: a dossier folder with --dossier, else the store as it is now,
   * or as it was with --as-known-on. A brand-new store is first given the built-in dossier.
   */
  async catalog(): Promise<Catalog> {
    const { dossier, asKnownOn } = this.options();
    if (dossier) return openDossier(dossier);
    const store = await this.store();
    const source = new CatalogSource(store);
    if (asKnownOn) return source.asKnownOn(parseAsKnownOn(asKnownOn));
    if ((await store.revision()) === 0) {
      await initStore(store, this.io.now());
      this.io.err(`initialised ${store.location} with the built-in dossier\n`);
    }
    return source.current();
  }

  /** Prints a result: the JSON document with --json, else the text. */
  print(value: unknown, text: () => string): void {
    this.io.out(this.json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
  }

  async close(): Promise<void> {
    await this.opened?.close();
    this.opened = undefined;
  }
}
