/**
 * The API describes itself: an OpenAPI 3.1 document generated from the validating schemas,
 * naming every route with its parameters and problem responses, and a reference page built
 * from it; without a web build, / leads to the reference.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/store.ts';
import { freshStore, testBackends } from '../store/test-backends.ts';
import { createApp } from './app.ts';

interface Doc {
  openapi: string;
  paths: Record<
    string,
    Record<string, { parameters?: { name: string }[]; responses: Record<string, unknown> }>
  >;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

describe('the API description', () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const [sqlite] = testBackends();
    ({ store, dispose } = await freshStore(sqlite as NonNullable<typeof sqlite>));
  });
  afterAll(() => dispose());

  it('documents every route with its parameters, schemas and problem responses', async () => {
    const doc = (await (await createApp({ store }).request('/api/v1/openapi.json')).json()) as Doc;
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m} ${p}`),
    );
    for (const route of [
      'get /api/v1/duty',
      'get /api/v1/timeline',
      'get /api/v1/measures',
      'get /api/v1/measures/{id}',
      'get /api/v1/measures/{id}/chain',
      'post /api/v1/measures',
      'put /api/v1/measures/{id}',
      'delete /api/v1/measures/{id}',
      'get /api/v1/base-rates',
      'get /api/v1/events/{id}',
      'get /api/v1/engagements',
      'get /api/v1/channels',
      'get /api/v1/commitments',
      'get /api/v1/actors',
      'get /api/v1/statements',
      'get /api/v1/sources',
      'get /api/v1/overview',
      'get /api/v1/records/{id}',
      'get /api/v1/records/{id}/history',
    ])
      expect(routes).toContain(route);
    const duty = doc.paths['/api/v1/duty']?.get;
    expect(duty?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['line', 'from', 'to', 'on', 'asKnownOn']),
    );
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(Object.keys(op.responses), `${method} ${path}`).toContain('400');
        if (method === 'get')
          expect(
            op.parameters?.map((p) => p.name),
            path,
          ).toContain('asKnownOn');
      }
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Problem', 'Measure', 'DutyAnswer', 'MeasureView']),
    );
    expect(doc.components.securitySchemes).toHaveProperty('bearer');
  });

  it('renders the reference page from the document, and leads / to it without a web build', async () => {
    const app = createApp({ store, webRoot: join(tmpdir(), 'no-such-web-build') });
    const page = await app.request('/api/v1/reference');
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('/api/v1/records/{id}/history');
    expect(html).not.toContain('<script');
    const root = await app.request('/');
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/api/v1/reference');
  });

  it('serves a web build at /, with index.html for the UI’s own routes but not for /api', async () => {
    const web = mkdtempSync(join(tmpdir(), 'detente-web-'));
    mkdirSync(join(web, 'assets'));
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Détente</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    const app = createApp({ store, webRoot: web });
    expect(await (await app.request('/')).text()).toContain('<title>Détente</title>');
    expect(await (await app.request('/assets/app.js')).text()).toBe('console.log(1)');
    expect(await (await app.request('/duty/1205.10')).text()).toContain('<title>Détente</title>');
    const api = await app.request('/api/v1/nothing-here');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toBe('application/problem+json');
  });
});
