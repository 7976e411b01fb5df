/**
 * Snapshots of the store for readers (the HTTP API, the CLI): a catalog together with the
 * store revision it was built from and the stored version of each record, so a read can answer
 * with its record versions and a cheap ETag. The revision is checked at most once per
 * `recheckMs` (writes by other processes), and at once after `invalidate()` (writes by this
 * one). Concurrent requests share one rebuild.
 */
import type { Store, StoredRecord } from '../store/store.ts';
import { dossiersFromRecords, mergeDossiers } from './assemble.ts';
import { Catalog } from './catalog.ts';

export interface RecordMeta {
  readonly dossier: string;
  readonly collection: string;
  readonly version: number;
}

export interface Snapshot {
  /** The store revision the snapshot holds (or a later one: never an earlier one). */
  readonly revision: number;
  readonly catalog: Catalog;
  /** Stored position of every record by id: its dossier, collection and version. */
  readonly meta: ReadonlyMap<string, RecordMeta>;
  /** Ids of the dossiers in the snapshot. */
  readonly dossiers: readonly string[];
}

export interface SnapshotOptions {
  readonly recheckMs: number;
  readonly now: () => number;
  /** How many as-known-on snapshots to keep. */
  readonly keepPast: number;
}

function build(revision: number, records: readonly StoredRecord[]): Snapshot {
  return {
    revision,
    catalog: new Catalog(mergeDossiers(dossiersFromRecords(records))),
    meta: new Map(
      records.map((r) => [
        r.id,
        { dossier: r.dossier, collection: r.collection, version: r.version },
      ]),
    ),
    dossiers: [...new Set(records.map((r) => r.dossier))],
  };
}

export class Snapshots {
  private latest: { revision: number; snapshot: Promise<Snapshot> } | undefined;
  private checked: { at: number; revision: Promise<number> } | undefined;
  private readonly past = new Map<string, Promise<Snapshot>>();
  private readonly options: SnapshotOptions;

  constructor(
    readonly store: Store,
    options: Partial<SnapshotOptions> = {},
  ) {
    this.options = { recheckMs: 1000, now: Date.now, keepPast: 16, ...options };
  }

  /** The store revision, read at most once per `recheckMs`. */
  revision(): Promise<number> {
    const now = this.options.now();
    if (!this.checked || now - this.checked.at >= this.options.recheckMs) {
      const revision = this.store.revision();
      this.checked = { at: now, revision };
      revision.catch(() => (this.checked = undefined));
    }
    return this.checked.revision;
  }

  /** What the store holds now. */
  async current(): Promise<Snapshot> {
    const revision = await this.revision();
    if (this.latest?.revision !== revision) {
      const snapshot = this.store.currentRecords().then((records) => build(revision, records));
      this.latest = { revision, snapshot };
      snapshot.catch(() => (this.latest = undefined));
    }
    return this.latest.snapshot;
  }

  /** What the store held at a moment (an ISO timestamp). */
  async asKnownOn(at: string): Promise<Snapshot> {
    const revision = await this.revision();
    const key = `${revision}|${at}`;
    let snapshot = this.past.get(key);
    if (!snapshot) {
      snapshot = this.store.recordsAsKnownOn(at).then((records) => build(revision, records));
      snapshot.catch(() => this.past.delete(key));
      if (this.past.size >= this.options.keepPast) {
        const oldest = this.past.keys().next();
        if (!oldest.done) this.past.delete(oldest.value);
      }
      this.past.set(key, snapshot);
    }
    return snapshot;
  }

  /** Forgets what was read: the next call reads the revision again (after this process wrote). */
  invalidate(): void {
    this.checked = undefined;
  }
}
