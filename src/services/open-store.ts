/** Opening the store named by the configuration, for the edges (CLI, server). */
import { Store } from '../store/store.ts';
import type { Config } from './config.ts';

export type { Store } from '../store/store.ts';

export function openStore(config: Config): Promise<Store> {
  return Store.open(config);
}
