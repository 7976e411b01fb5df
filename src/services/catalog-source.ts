/**
 * Catalogs from the store. The current catalog is built once and rebuilt only when the store's
 * revision moves, so duty lookups read memory, never SQL. The revision is checked at most once
 * per `recheckMs` (other processes' writes), and at once after this process writes.
 */
import type { Store } from '../store/store.ts';
import { dossiersFromRecords, mergeDossiers } from './assemble.ts';
import { Catalog } from './catalog.ts';

export class CatalogSource {
  private cached: { revision: number; catalog: Catalog } | undefined;
  private checkedAt = 0;

  constructor(
    readonly store: Store,
    private readonly options: { recheckMs: number; now: () => number } = {
      recheckMs: 1000,
      now: Date.now,
    },
  ) {}

  /** The catalog of what the store holds now. */
  async current(): Promise<Catalog> {
    const now = this.options.now();
    if (this.cached && now - this.checkedAt < this.options.recheckMs) return this.cached.catalog;
    const revision = await this.store.revision();
    this.checkedAt = now;
    if (this.cached?.revision === revision) return this.cached.catalog;
    const catalog = new Catalog(
      mergeDossiers(dossiersFromRecords(await this.store.currentRecords())),
    );
    this.cached = { revision, catalog };
    return catalog;
  }

  /** The catalog of what the store held at a moment (an ISO timestamp). */
  async asKnownOn(at: string): Promise<Catalog> {
    return new Catalog(mergeDossiers(dossiersFromRecords(await this.store.recordsAsKnownOn(at))));
  }

  /** Forget the cached catalog: the next read rebuilds it (called after this process writes). */
  invalidate(): void {
    this.cached = undefined;
  }
}
