/**
 * A synthetic trade world for benchmarks, generated deterministically from a seed: real ISO
 * alpha-3 countries, HS6 codes spread over chapters 01–97, national 8- and 10-digit schedules
 * for a few importers with one base rate per line, and measures with random prefix scopes,
 * dates and stacking rules (valid records per the zod schemas). Also draws random duty queries
 * against it. Nothing here reads Math.random or the clock: the same seed gives the same world.
 */
import countryCodes from 'i18n-iso-countries';
import { dayNumber, fromDayNumber } from '../src/core/dates.ts';
import type { IsoDate } from '../src/core/dates.ts';
import type { DutyQuery } from '../src/core/duty/answer.ts';
import type { BaseRate } from '../src/core/model/base-rate.ts';
import type { Measure } from '../src/core/model/measure.ts';

export interface SyntheticWorldOptions {
  readonly seed: number;
  /** How many countries, the first of the ISO alpha-3 codes in alphabetical order. */
  readonly countries?: number;
  /** How many distinct HS6 codes. */
  readonly hs6?: number;
  /** How many importers have national 8/10-digit schedules (with a base rate per line). */
  readonly importersWithNationalLines?: number;
  /** How many further importers have a base rate on every HS6 code. */
  readonly importersWithHs6Rates?: number;
  readonly measures?: number;
}

export interface SyntheticWorld {
  readonly countries: string[];
  /** Every HS6 code and every national line, sorted, without duplicates. */
  readonly lines: string[];
  readonly hs6: string[];
  /** The schedule lines of each importer with a national schedule, sorted. */
  readonly nationalLines: Map<string, string[]>;
  readonly measures: Measure[];
  readonly baseRates: BaseRate[];
}

/** A small seeded PRNG (mulberry32): uniform floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }
  /** Index drawn with the given weights. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }
}

/** Big real importers preferred as the importers with national schedules, when present. */
const PREFERRED_IMPORTERS = ['CHN', 'CAN', 'MEX', 'JPN', 'KOR', 'IND', 'BRA', 'GBR', 'AUS', 'CHE'];
const SOURCES = ['src-synthetic'];
const FIRST_DAY = dayNumber('2015-01-01');
const LAST_EFFECTIVE_DAY = dayNumber('2026-12-31');
const pad2 = (n: number) => String(n).padStart(2, '0');

/** A rate in basis points: mostly 0–10 %, a few high (anti-dumping-like) ones. */
function skewedBp(rng: Random): number {
  const r = rng.next();
  if (r < 0.25) return 0;
  if (r < 0.8) return rng.between(1, 1000);
  if (r < 0.95) return rng.between(1000, 3000);
  return rng.between(3000, 35_000);
}

/** A measure's own rate: surtaxes of a few per cent up to rare prohibitive duties. */
function measureBp(rng: Random): number {
  const r = rng.next();
  if (r < 0.45) return rng.between(100, 1000);
  if (r < 0.85) return rng.between(1000, 2500);
  if (r < 0.97) return rng.between(2500, 10_000);
  return rng.between(10_000, 35_000);
}

function pickCountries(rng: Random, from: readonly string[], n: number, not: string): string[] {
  const out = new Set<string>();
  for (let guard = 0; out.size < n && guard < n * 20; guard++) {
    const c = rng.pick(from);
    if (c !== not) out.add(c);
  }
  return [...out];
}

function generateHs6(rng: Random, n: number): string[] {
  const chapters: number[] = [];
  for (let c = 1; c <= 97; c++) if (c !== 77) chapters.push(c);
  const codes = new Set<string>();
  const max = chapters.length * 40 * 90;
  if (n > max) throw new Error(`at most ${max} HS6 codes`);
  while (codes.size < n) {
    const chapter = rng.pick(chapters);
    // Low headings are more common, so 4-digit prefixes hold several subheadings.
    const heading = 1 + Math.floor(rng.next() ** 1.5 * 40);
    const sub = rng.between(1, 9) * 10 + (rng.chance(0.5) ? 0 : rng.between(1, 9));
    codes.add(`${pad2(chapter)}${pad2(heading)}${pad2(sub)}`);
  }
  return [...codes].sort();
}

/** Distinct two-digit suffixes. */
function suffixes(rng: Random, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(pad2(rng.chance(0.3) ? rng.int(10) * 10 : rng.int(100)));
  return [...out].sort();
}

function nationalSchedule(rng: Random, hs6: readonly string[]): string[] {
  const lines: string[] = [];
  for (const code of hs6) {
    for (const s8 of suffixes(rng, rng.between(1, 3))) {
      const line8 = code + s8;
      if (rng.chance(0.1)) {
        for (const s10 of suffixes(rng, rng.between(2, 3))) lines.push(line8 + s10);
      } else lines.push(line8);
    }
  }
  return lines.sort();
}

/**
 * Builds the world. The defaults are the duty benchmark's: 200 countries, 5,000 HS6 codes,
 * national schedules for 10 importers, 20,000 measures.
 *
 * @example
 * const world = syntheticWorld({ seed: 42 });
 * const index = DutyIndex.build({ measures: world.measures, baseRates: world.baseRates });
 */
export function syntheticWorld(options: SyntheticWorldOptions): SyntheticWorld {
  const {
    seed,
    countries: countryCount = 200,
    hs6: hs6Count = 5000,
    importersWithNationalLines = 10,
    importersWithHs6Rates = 20,
    measures: measureCount = 20_000,
  } = options;
  const rng = new Random(seed);
  const countries = Object.keys(countryCodes.getAlpha3Codes()).sort().slice(0, countryCount);
  if (countries.length < 2) throw new Error('a world needs at least two countries');

  const importers = PREFERRED_IMPORTERS.filter((c) => countries.includes(c)).slice(
    0,
    importersWithNationalLines,
  );
  while (importers.length < Math.min(importersWithNationalLines, countries.length)) {
    const c = rng.pick(countries);
    if (!importers.includes(c)) importers.push(c);
  }
  const others = countries.filter((c) => !importers.includes(c));
  const hs6Importers: string[] = [];
  while (hs6Importers.length < Math.min(importersWithHs6Rates, others.length)) {
    const c = rng.pick(others);
    if (!hs6Importers.includes(c)) hs6Importers.push(c);
  }

  const hs6 = generateHs6(rng, hs6Count);
  const nationalLines = new Map<string, string[]>();
  for (const imp of importers) nationalLines.set(imp, nationalSchedule(rng, hs6));
  const lines = [...new Set([...hs6, ...[...nationalLines.values()].flat()])].sort();

  const baseRates: BaseRate[] = [];
  const addBase = (importer: string, line: string) =>
    baseRates.push({
      id: `b-${importer.toLowerCase()}-${line}`,
      importer,
      line,
      description: `synthetic ${importer} line ${line}`,
      rate: { bp: skewedBp(rng) },
      sources: SOURCES,
      confidence: 'confirmed',
    });
  for (const [imp, impLines] of nationalLines) for (const line of impLines) addBase(imp, line);
  for (const imp of hs6Importers) for (const code of hs6) addBase(imp, code);

  const measures = generateMeasures(rng, measureCount, countries, importers, nationalLines, hs6);
  return { countries, lines, hs6, nationalLines, measures, baseRates };
}

function generateMeasures(
  rng: Random,
  count: number,
  countries: readonly string[],
  importers: readonly string[],
  nationalLines: ReadonlyMap<string, readonly string[]>,
  hs6: readonly string[],
): Measure[] {
  const measures: Measure[] = [];
  /** Earlier measures that add duty, by imposer: what suspensions and replacements name. */
  const adders = new Map<string, Measure[]>();
  const groupsPerImporter = 5;

  const targets = (imposer: string): Measure['targets'] => {
    if (rng.chance(0.1)) {
      return rng.chance(0.3)
        ? { origins: '*', except: pickCountries(rng, countries, rng.between(1, 3), imposer) }
        : { origins: '*' };
    }
    const n = rng.between(1, 5);
    const origins = new Set<string>();
    for (let guard = 0; origins.size < n && guard < 50; guard++) {
      const c = rng.chance(0.6) && importers.length > 1 ? rng.pick(importers) : rng.pick(countries);
      if (c !== imposer) origins.add(c);
    }
    if (origins.size === 0) origins.add(countries.find((c) => c !== imposer) ?? imposer);
    return { origins: [...origins] };
  };

  const scope = (imposer: string): Measure['scope'] => {
    const own = nationalLines.get(imposer);
    const include = new Set<string>();
    const exclude = new Set<string>();
    const n = 1 + rng.weighted([70, 20, 10]);
    for (let i = 0; i < n; i++) {
      const source = own ? rng.pick(own) : rng.pick(hs6);
      const len = Math.min([2, 4, 6, 8][rng.weighted([10, 35, 35, 20])] ?? 6, source.length);
      include.add(source.slice(0, len));
      if (rng.chance(0.1) && len + 2 <= source.length) exclude.add(source.slice(0, len + 2));
    }
    return {
      include: [...include],
      ...(exclude.size > 0 ? { exclude: [...exclude] } : {}),
      ...(rng.chance(0.03) ? { approximate: true } : {}),
    };
  };

  const dates = (after: string | undefined): Measure['dates'] => {
    const start = after
      ? Math.min(dayNumber(after) + rng.between(1, 720), LAST_EFFECTIVE_DAY)
      : rng.between(FIRST_DAY, LAST_EFFECTIVE_DAY);
    const effective: IsoDate = fromDayNumber(start);
    return {
      effective,
      ...(rng.chance(0.5) ? { expires: fromDayNumber(start + rng.between(30, 1800)) } : {}),
      ...(rng.chance(0.02) ? { revoked: fromDayNumber(start + rng.between(30, 1000)) } : {}),
    };
  };

  for (let i = 0; i < count; i++) {
    const id = `m-${String(i).padStart(6, '0')}`;
    const imposer = rng.chance(0.85) ? rng.pick(importers) : rng.pick(countries);
    const earlier = adders.get(imposer) ?? [];
    let rule =
      (['add', 'max', 'suspend', 'exempt', 'replace'] as const)[rng.weighted([75, 12, 6, 2, 5])] ??
      'add';
    if ((rule === 'suspend' || rule === 'exempt') && earlier.length === 0) rule = 'add';
    const base = {
      id,
      imposer,
      sources: SOURCES,
      confidence: rng.chance(0.9) ? ('confirmed' as const) : ('unverified' as const),
    };

    if (rule === 'suspend' || rule === 'exempt') {
      const named = [
        ...new Set(Array.from({ length: rng.between(1, 3) }, () => rng.pick(earlier))),
      ];
      const first = named[0] as Measure;
      measures.push({
        ...base,
        title: `synthetic ${rule === 'suspend' ? 'suspension' : 'exemption'} ${i}`,
        kind: rule === 'suspend' ? 'suspension' : 'exemption',
        targets: rng.chance(0.7) ? first.targets : targets(imposer),
        scope: rng.chance(0.7) ? { include: [first.scope.include[0] ?? '01'] } : scope(imposer),
        stacking: { rule, measures: named.map((m) => m.id) },
        dates: dates(first.dates.effective),
      });
      continue;
    }

    if (rule === 'replace') {
      const named = earlier.length > 0 && rng.chance(0.5) ? rng.pick(earlier) : undefined;
      const quota = !named && rng.chance(0.5);
      measures.push({
        ...base,
        title: `synthetic ${quota ? 'quota rate' : 'replacement rate'} ${i}`,
        kind: quota ? 'quota' : 'tariff',
        targets: named ? named.targets : targets(imposer),
        scope: named ? named.scope : scope(imposer),
        rate: { bp: rng.between(0, 500) },
        stacking: named ? { rule: 'replace', measures: [named.id] } : { rule: 'replace' },
        ...(quota
          ? { quota: { quantity: rng.between(100, 100_000), unit: 't', period: 'year' } }
          : {}),
        dates: dates(named?.dates.effective),
      });
      continue;
    }

    // add or max; some renew an earlier measure (relations.replaces ends it when this starts).
    const renews = earlier.length > 0 && rng.chance(0.05) ? rng.pick(earlier) : undefined;
    const kind: Measure['kind'] =
      rule === 'max'
        ? rng.pick(['safeguard', 'anti-dumping'] as const)
        : rng.pick(['tariff', 'surtax', 'surtax', 'anti-dumping', 'countervailing'] as const);
    const bp = measureBp(rng);
    const producers = kind === 'anti-dumping' && rng.chance(0.05);
    const condition = rule === 'add' && rng.chance(0.01);
    const t = renews ? renews.targets : targets(imposer);
    const m: Measure = {
      ...base,
      title: `synthetic ${kind} ${i}`,
      kind,
      targets: condition
        ? {
            ...t,
            condition: {
              attribute: 'melted-and-poured-in',
              value: rng.pick(countries),
              label: 'melted and poured in a targeted country',
            },
          }
        : t,
      scope: renews ? renews.scope : scope(imposer),
      rate: { bp },
      ...(producers
        ? {
            producerRates: [
              { producer: 'Acme Industrial Co', rate: { bp: Math.floor(bp / 2) } },
              { producer: 'all others', rate: { bp } },
            ],
          }
        : {}),
      stacking:
        rule === 'max'
          ? { rule: 'max', group: `g-${imposer.toLowerCase()}-${rng.int(groupsPerImporter)}` }
          : { rule: 'add' },
      dates: dates(renews?.dates.effective),
      ...(renews ? { relations: { replaces: [renews.id] } } : {}),
    };
    measures.push(m);
    earlier.push(m);
    adders.set(imposer, earlier);
  }
  return measures;
}

export interface SyntheticQueryOptions {
  readonly seed: number;
  readonly count: number;
  /** Share of queries into one of the importers with a national schedule. */
  readonly importerShare?: number;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

/**
 * Random duty queries against a world: destinations weighted toward the importers with
 * national schedules, lines drawn from the destination's schedule and from the HS6 codes,
 * origins often another big importer, dates uniform over 2015–2027 by default.
 */
export function syntheticQueries(
  world: SyntheticWorld,
  options: SyntheticQueryOptions,
): DutyQuery[] {
  const { seed, count, importerShare = 0.8, from = '2015-01-01', to = '2027-12-31' } = options;
  const rng = new Random(seed);
  const importers = [...world.nationalLines.keys()];
  const first = dayNumber(from);
  const dates = Array.from({ length: dayNumber(to) - first + 1 }, (_, i) =>
    fromDayNumber(first + i),
  );
  const queries: DutyQuery[] = [];
  for (let i = 0; i < count; i++) {
    const destination =
      importers.length > 0 && rng.chance(importerShare)
        ? rng.pick(importers)
        : rng.pick(world.countries);
    let origin =
      rng.chance(0.6) && importers.length > 1 ? rng.pick(importers) : rng.pick(world.countries);
    while (origin === destination) origin = rng.pick(world.countries);
    const own = world.nationalLines.get(destination);
    const line = own
      ? rng.chance(0.75)
        ? rng.pick(own)
        : rng.pick(world.hs6)
      : rng.chance(0.7)
        ? rng.pick(world.hs6)
        : rng.pick(world.lines);
    queries.push({ line, origin, destination, date: rng.pick(dates) });
  }
  return queries;
}
