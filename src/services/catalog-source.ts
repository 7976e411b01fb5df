/**
 * Catalogs from the store, for callers that need only the catalog (the CLI, benchmarks). The
 * current catalog is built once and rebuilt only when the store's revision moves, so duty
 * lookups read memory, never SQL; the bookkeeping is the HTTP API's snapshots, shared here.
 */
import type { Store } from '../store/store.ts';
import { Snapshots } from './snapshots.ts';
import type { SnapshotOptions } from './snapshots.ts';
import type { Catalog } from './catalog.ts';

export class CatalogSource {
  private readonly snapshots: Snapshots;

  constructor(
    readonly store: Store,
    options: Partial<SnapshotOptions> = {},
  ) {
    this.snapshots = new Snapshots(store, options);
  }

  /** The catalog of what the store holds now. */
  async current(): Promise<Catalog> {
    return (await this.snapshots.current()).catalog;
  }

  /** The catalog of what the store held at a moment (an ISO timestamp). */
  async asKnownOn(at: string): Promise<Catalog> {
    return (await this.snapshots.asKnownOn(at)).catalog;
  }

  /** Read the revision again on the next call (after this process wrote). */
  invalidate(): void {
    this.snapshots.invalidate();
  }
}
