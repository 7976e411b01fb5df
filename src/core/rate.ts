/**
 * Duty rates. Ad valorem parts are integer basis points (6.1% = 610); specific parts are an
 * integer amount in minor units of a currency per unit of quantity. Never a float percentage.
 */

export interface SpecificDuty {
  /** Minor units (cents, fen) per unit. */
  readonly amountMinor: number;
  readonly currency: string;
  readonly unit: string;
}

export interface Rate {
  readonly bp: number;
  readonly specific?: readonly SpecificDuty[];
}

export const ZERO_RATE: Rate = { bp: 0 };

/**
 * Parses a percentage as people write it into basis points, exactly (no float arithmetic).
 *
 * @example
 * percentToBp('75.8%'); // 7580
 * percentToBp('6.1');   // 610
 */
export function percentToBp(text: string): number | undefined {
  const m = /^\s*(\d{1,5})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!m) return undefined;
  const whole = Number(m[1]);
  const frac = Number((m[2] ?? '').padEnd(2, '0'));
  return whole * 100 + frac;
}

/** Formats basis points as a percentage with no trailing zeros: 8480 → "84.8%". */
export function formatBp(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (frac === 0) return `${sign}${whole}%`;
  return `${sign}${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}%`;
}
