/**
 * The hot data of the duty index in typed arrays, so a lookup follows few pointers: start and
 * end days, whether a measure simply adds, and origin sets as bitsets over a country numbering;
 * and a hash table from a line (as a number) to its plan.
 */
import type { HsCode } from '../hs.ts';
import type { CompiledBaseRate, CompiledMeasure } from './compile.ts';

/** Measures' hot fields by position (`seq`). */
export class MeasureColumns {
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** 1 when the measure only adds its rate and has no origin rule. */
  readonly simple: Uint8Array;
  /** 1 when the measure targets every origin (minus its exceptions). */
  readonly anyOrigin: Uint8Array;
  /** Origins (or, for any-origin measures, exceptions) as bits, `words` per measure. */
  readonly bits: Int32Array;
  readonly words: number;
  /** Every country a measure names, numbered. */
  readonly countries = new Map<string, number>();

  constructor(measures: readonly CompiledMeasure[]) {
    const n = measures.length;
    for (const cm of measures) {
      for (const c of cm.origins ?? [])
        if (!this.countries.has(c)) this.countries.set(c, this.countries.size);
      for (const c of cm.except)
        if (!this.countries.has(c)) this.countries.set(c, this.countries.size);
    }
    this.words = Math.max(1, Math.ceil(this.countries.size / 32));
    this.start = new Float64Array(n);
    this.end = new Float64Array(n);
    this.simple = new Uint8Array(n);
    this.anyOrigin = new Uint8Array(n);
    this.bits = new Int32Array(n * this.words);
    for (const cm of measures) {
      const m = cm.seq;
      this.start[m] = cm.start;
      this.end[m] = cm.end;
      this.simple[m] = cm.simple && !cm.condition ? 1 : 0;
      this.anyOrigin[m] = cm.origins === null ? 1 : 0;
      for (const c of cm.origins ?? cm.except) this.set(m, this.countries.get(c) as number);
    }
  }

  private set(m: number, country: number): void {
    const at = m * this.words + (country >> 5);
    this.bits[at] = (this.bits[at] as number) | (1 << (country & 31));
  }

  /** The number of an origin, or -1 when no measure names it. */
  country(code: string): number {
    return this.countries.get(code) ?? -1;
  }

  /** True when measure `m` targets origin number `o` (the same rule as the compiled sets). */
  targets(m: number, o: number): boolean {
    const named =
      o >= 0 && ((this.bits[m * this.words + (o >> 5)] as number) & (1 << (o & 31))) !== 0;
    return this.anyOrigin[m] === 1 ? !named : named;
  }
}

/** Base rates' periods by position. */
export class BaseColumns {
  readonly start: Float64Array;
  readonly end: Float64Array;

  constructor(readonly bases: readonly CompiledBaseRate[]) {
    this.start = Float64Array.from(bases, (b) => b.start);
    this.end = Float64Array.from(bases, (b) => b.end);
  }
}

/** A line's digits as one number, its length folded in so 0203 and 203 stay apart. */
const lineKey = (line: HsCode): number => {
  let n = 0;
  for (let i = 0; i < line.length; i++) n = n * 10 + (line.charCodeAt(i) - 48);
  return n * 16 + line.length;
};

/** Open addressing from lines to values, keyed by number: no string comparison per probe. */
export class LineTable<T> {
  private keys = new Float64Array(64).fill(-1);
  private values: (T | undefined)[] = new Array<T | undefined>(64);
  private count = 0;

  get(line: HsCode): T | undefined {
    const key = lineKey(line);
    const mask = this.keys.length - 1;
    for (let h = hash(key) & mask; ; h = (h + 1) & mask) {
      const k = this.keys[h];
      if (k === key) return this.values[h];
      if (k === -1) return undefined;
    }
  }

  set(line: HsCode, value: T): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.put(lineKey(line), value);
  }

  private put(key: number, value: T): void {
    const mask = this.keys.length - 1;
    let h = hash(key) & mask;
    while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & mask;
    if (this.keys[h] === -1) this.count++;
    this.keys[h] = key;
    this.values[h] = value;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Array<T | undefined>(keys.length * 2);
    this.count = 0;
    for (let i = 0; i < keys.length; i++)
      if (keys[i] !== -1) this.put(keys[i] as number, values[i] as T);
  }
}

/** Mixes a line key into 32 bits (keys are up to 1.6e11, beyond int32). */
function hash(key: number): number {
  const lo = (key % 4_294_967_296) | 0;
  const hi = (key / 4_294_967_296) | 0;
  return Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 0;
}
