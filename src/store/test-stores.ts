/** Fresh stores for store-backed tests, closed and removed after each test. Tests only. */
import { afterEach } from 'vitest';
import type { Store } from './store.ts';
import { freshStore } from './test-backends.ts';
import type { TestBackend } from './test-backends.ts';

/**
 * In a `describe` block: a function that opens a fresh store on the backend, every store it
 * opened being closed and removed after each test.
 */
export function freshStores(backend: TestBackend): () => Promise<Store> {
  const open: { dispose: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.dispose();
  });
  return async () => {
    const s = await freshStore(backend);
    open.push(s);
    return s.store;
  };
}
