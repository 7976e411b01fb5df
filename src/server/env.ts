/** What the server's routes share: the request variables and the dependencies given to the app. */
import type { BodyCache } from './body-cache.ts';
import type { Snapshots } from '../services/snapshots.ts';
import type { Store } from '../services/open-store.ts';
import type { Principal, TokenVerifier } from '../services/tokens.ts';

export interface ApiEnv {
  Variables: {
    /** Who the request acts as: null for an anonymous read. */
    principal: Principal | null;
    /** The client's address, for the per-address rate limit. */
    address: string;
  };
}

export interface AppDeps {
  readonly store: Store;
  readonly snapshots: Snapshots;
  readonly tokens: TokenVerifier;
  /** Bodies of reads already answered, by ETag and URL. */
  readonly bodies: BodyCache;
  /** The clock, read at the edge: an ISO timestamp. */
  readonly now: () => string;
  /** Reads need a token too (writes always do). */
  readonly readsNeedToken: boolean;
  /** Where unexpected errors are reported (never to clients). */
  readonly log: (message: string) => void;
}
