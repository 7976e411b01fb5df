/**
 * GET /api/v1/coverage (the trade measures cover, by Global Trade Alert's method) and POST
 * /api/v1/simulate (a WITS-SMART what-if). Both answer from the flows imported into the data
 * directory or, when none were, from the built-in sample of published aggregates; every answer
 * names which in `source`. Simulation is a POST only because a scenario is a document; it
 * changes nothing and is open like the reads.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { DetenteError } from '../../core/errors.ts';
import { coverage } from '../../services/flows.ts';
import { simulate } from '../../services/flows-simulate.ts';
import type { Scenario, SimulateRequest } from '../../services/flows-simulate.ts';
import { flowsSource, withElasticities } from '../../services/flows-source.ts';
import type { FlowsSource } from '../../services/flows-source.ts';
import { CoverageInput, SimulationInput } from '../../services/requests.ts';
import type { ScenarioInput } from '../../services/requests.ts';
import type { ApiEnv, AppDeps } from '../env.ts';
import { AsKnownOn, ERROR_RESPONSES, READ_RESPONSES, json } from '../schemas.ts';
import { VERSION } from '../version.ts';

export interface FlowRouteOptions {
  /** The data directory whose imported flows are read; the built-in sample when it has none. */
  readonly dataDir?: string | undefined;
}

const d = (description: string, example?: string | number) =>
  example === undefined ? { description } : { description, example };

const Measure = z
  .union([CoverageInput.shape.measures.unwrap().element, z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(CoverageInput.shape.measures.unwrap())
  .optional()
  .meta(
    d(
      'a measure id; repeatable. Default: every measure of imposer on target',
      'chn-2025-annex1-100',
    ),
  );

/** `pair=CHN-CAN`: the imposer, then the target (order matters here, unlike the timeline). */
const Pair = z
  .string()
  .transform((s, ctx) => {
    const [imposer, target, ...rest] = s.trim().toUpperCase().split('-');
    const parsed = CoverageInput.pick({ imposer: true, target: true }).safeParse({
      imposer,
      target,
    });
    if (rest.length > 0 || !imposer || !target || !parsed.success) {
      ctx.addIssue({
        code: 'custom',
        message: 'imposer and target joined by a hyphen, e.g. CHN-CAN (China’s measures on Canada)',
        params: { errorId: 'invalid_country' },
      });
      return z.NEVER;
    }
    return parsed.data as { imposer: string; target: string };
  })
  .optional()
  .meta(d('imposer-target, e.g. CHN-CAN: shorthand for imposer and target', 'CHN-CAN'));

export const CoverageQuery = z.strictObject({
  measure: Measure,
  pair: Pair,
  imposer: CoverageInput.shape.imposer.meta(d('measures imposed by this country', 'CHN')),
  target: CoverageInput.shape.target.meta(d('measures aimed at this country', 'CAN')),
  baseYear: CoverageInput.shape.baseYear.meta(
    d('year of trade the shares weigh; default the year before the first measure', 2024),
  ),
  from: CoverageInput.shape.from.meta(d('first year reported; default the first measure’s', 2025)),
  to: CoverageInput.shape.to.meta(d('last year reported; default this year', 2026)),
  asKnownOn: AsKnownOn,
});

const Money = z.object({ currency: z.string(), value: z.number() });
const Source = z
  .object({
    kind: z.enum(['imported', 'sample']).meta(d('imported flows, or the built-in sample')),
    label: z.string().meta(d('what the data is, for a caption')),
  })
  .meta({ id: 'FlowsSource' });

const CoverageSchema = z
  .object({
    source: Source,
    baseYear: z.int(),
    years: z.array(z.int()),
    measures: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        importer: z.string(),
        start: z.string(),
        end: z.string().nullable(),
        covered: z.array(Money).meta(d('base-year trade covered, per currency')),
        tuples: z.int().meta(d('product flows (importer, exporter, product) covered')),
        inForce: z.array(z.object({ year: z.int(), days: z.int(), daysInYear: z.int() })),
        lifts: z
          .array(z.object({ by: z.string(), start: z.string(), end: z.string().nullable() }))
          .optional()
          .meta(d('suspensions and exemptions that lift the measure on part of its reach')),
      }),
    ),
    byYear: z
      .array(z.object({ year: z.int(), currency: z.string(), value: z.number() }))
      .meta(d('per year: base-year trade × the largest share of the year a measure ran')),
    pairs: z.array(
      z.object({
        importer: z.string(),
        exporter: z.string(),
        currency: z.string(),
        covered: z.number(),
        total: z.number(),
        shareBp: z.int().meta(d('covered / total, basis points')),
      }),
    ),
    chapters: z
      .array(z.object({ chapter: z.string(), currency: z.string(), value: z.number() }))
      .meta(d('base-year trade under at least one measure, by HS chapter')),
  })
  .meta({ id: 'Coverage' });

const Effects = {
  currency: z.string(),
  imports: z.number(),
  creation: z.number(),
  diversion: z.number(),
  price: z.number(),
  total: z.number(),
};

const SimulationSchema = z
  .object({
    source: Source,
    importer: z.string(),
    scenario: z.object({ kind: z.string() }).loose(),
    on: z.string(),
    baseYear: z.int(),
    params: z.object({ em: z.number(), es: z.number(), ex: z.number() }),
    lines: z.int(),
    flows: z.int(),
    changed: z.int().meta(d('flows whose tariff the scenario changes')),
    totals: z.array(
      z.object({
        ...Effects,
        revenueBefore: z.number(),
        revenueAfter: z.number(),
        welfare: z.number().meta(d('½·|t0 − t1|·ΔM summed: negative when imports fall')),
      }),
    ),
    byExporter: z.array(z.object({ ...Effects, exporter: z.string() })),
    byLine: z.array(z.object({ ...Effects, hs: z.string() })),
    seconds: z.number(),
  })
  .meta({ id: 'Simulation' });

const SimulationBody = SimulationInput.meta({
  id: 'SimulationRequest',
  description:
    'scenario kinds: remove {measure}, change {measure, bp}, add {bp, scope, origins?}, linear {cutBp, scope?, origins?}, swiss {coefficientBp, scope?, origins?}; rates in basis points',
  example: { scenario: { kind: 'remove', measure: 'chn-2025-annex1-100' }, on: '2025-06-01' },
});

/** A bad field found after the schema passed, named as the schema's problems are. */
const fieldError = (field: string, what: string) =>
  new DetenteError('invalid_argument', `${field}: ${what}`, [
    { id: 'invalid_argument', field, message: `${field}: ${what}` },
  ]);

const stampOf = (now: string) => now.replace(/[^0-9TZ]/g, '');

const describeSource = (s: FlowsSource) => ({ kind: s.kind, label: s.label });

/** The service's scenario from the validated body (optional reach only when given). */
function scenarioOf(s: ScenarioInput): Scenario {
  const reach = {
    ...('scope' in s && s.scope ? { scope: s.scope } : {}),
    ...('origins' in s && s.origins ? { origins: s.origins } : {}),
  };
  switch (s.kind) {
    case 'remove':
      return { kind: 'remove', measure: s.measure };
    case 'change':
      return { kind: 'change', measure: s.measure, bp: s.bp };
    case 'add':
      return { kind: 'add', bp: s.bp, ...reach, scope: s.scope };
    case 'linear':
      return { kind: 'linear', cutBp: s.cutBp, ...reach };
    case 'swiss':
      return { kind: 'swiss', coefficientBp: s.coefficientBp, ...reach };
  }
}

export function flowRoutes(
  app: OpenAPIHono<ApiEnv>,
  deps: AppDeps,
  options: FlowRouteOptions = {},
): void {
  const coverageRoute = createRoute({
    method: 'get',
    path: '/api/v1/coverage',
    tags: ['flows'],
    summary:
      'The trade measures cover (Global Trade Alert’s method): per measure, per year, per pair and per HS chapter',
    request: { query: CoverageQuery },
    responses: { 200: json(CoverageSchema, 'covered trade'), ...READ_RESPONSES },
  });
  app.openapi(coverageRoute, async (c) => {
    const q = c.req.valid('query');
    if (
      q.pair &&
      ((q.imposer && q.imposer !== q.pair.imposer) || (q.target && q.target !== q.pair.target))
    )
      throw fieldError('pair', 'disagrees with imposer or target; give one or the other');
    const imposer = q.pair?.imposer ?? q.imposer;
    const target = q.pair?.target ?? q.target;
    const source = await flowsSource(options.dataDir, stampOf(deps.now()));
    const today = deps.now().slice(0, 10);
    const current = q.asKnownOn === undefined ? await deps.snapshots.current() : undefined;
    const revision = current?.revision ?? (await deps.snapshots.revision());
    // the flows read are part of the answer: a re-import must not be answered from the cache
    const etag = `W/"${VERSION}-${revision}-${today}-${source.generation}"`;
    const headers = { etag, 'cache-control': 'no-cache' };
    const asked = c.req.header('if-none-match');
    if (asked?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag.slice(2)))
      return c.body(null, 304, headers);
    let body = deps.bodies.get(etag, c.req.url);
    if (body === undefined) {
      const snapshot = current ?? (await deps.snapshots.asKnownOn(q.asKnownOn as string));
      const report = await coverage(snapshot.catalog, source.dataDir, {
        today,
        ...(q.measure ? { measures: q.measure } : {}),
        ...(imposer ? { imposer } : {}),
        ...(target ? { target } : {}),
        ...(q.baseYear !== undefined ? { baseYear: q.baseYear } : {}),
        ...(q.from !== undefined ? { from: q.from } : {}),
        ...(q.to !== undefined ? { to: q.to } : {}),
      });
      body = JSON.stringify({ source: describeSource(source), ...report });
      deps.bodies.set(etag, c.req.url, body);
    }
    return c.body(body, 200, { ...headers, 'content-type': 'application/json' });
  });

  const simulateRoute = createRoute({
    method: 'post',
    path: '/api/v1/simulate',
    tags: ['flows'],
    summary:
      'What if a measure is lifted, changed or added, or tariffs are cut: WITS-SMART effects on one importer',
    request: {
      body: { required: true, content: { 'application/json': { schema: SimulationBody } } },
    },
    responses: {
      200: json(SimulationSchema, 'the effects'),
      ...ERROR_RESPONSES,
      404: READ_RESPONSES[404],
      413: { description: 'body too large' },
    },
  });
  app.openapi(simulateRoute, async (c) => {
    const b = c.req.valid('json');
    const scenario = scenarioOf(b.scenario);
    if (
      !b.importer &&
      (scenario.kind === 'add' || scenario.kind === 'linear' || scenario.kind === 'swiss')
    )
      throw fieldError(
        'importer',
        `required for a scenario of kind ${scenario.kind} (the country whose tariffs change)`,
      );
    const source = await flowsSource(options.dataDir, stampOf(deps.now()));
    const { catalog } = await deps.snapshots.current();
    const report = await withElasticities(b.elasticities, (file) => {
      const req: SimulateRequest = {
        scenario,
        on: b.on ?? deps.now().slice(0, 10),
        ...(b.importer ? { importer: b.importer } : {}),
        ...(b.baseYear !== undefined ? { baseYear: b.baseYear } : {}),
        ...(b.params
          ? {
              params: {
                ...(b.params.em !== undefined ? { em: b.params.em } : {}),
                ...(b.params.es !== undefined ? { es: b.params.es } : {}),
                ...(b.params.ex !== undefined ? { ex: b.params.ex } : {}),
              },
            }
          : {}),
        ...(file ? { elasticities: file } : {}),
      };
      return simulate(catalog, source.dataDir, req);
    });
    return c.json({ source: describeSource(source), ...report }, 200);
  });
}
