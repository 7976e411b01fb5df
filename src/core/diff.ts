/**
 * Field-level differences between two versions of a record. Objects are walked key by key;
 * arrays and scalars are compared as whole values, so a changed list reads as one change.
 */

export interface FieldChange {
  /** Dotted path of the field: `dates.effective`, `rate.bp`. */
  readonly path: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** JSON with object keys sorted, so equal values always print the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * @example
 * diffRecords({ dates: { effective: '2024-10-15' } }, { dates: { effective: '2024-10-22' } });
 * // [{ path: 'dates.effective', before: '2024-10-15', after: '2024-10-22' }]
 */
export function diffRecords(before: unknown, after: unknown, prefix = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffRecords(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  if (canonicalJson(before) === canonicalJson(after)) return [];
  return [
    {
      path: prefix || '(record)',
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    },
  ];
}
