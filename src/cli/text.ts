/** Small helpers for plain-text output: aligned columns and wrapped lists. */

/** Pads each column to its widest cell; the last column is left ragged. */
export function table(rows: readonly (readonly string[])[], indent = ''): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map(
      (row) =>
        indent +
        row
          .map((cell, i) =>
            i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length),
          )
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

/** Numbered source references printed under an answer. */
export class SourceList {
  private readonly order: string[] = [];
  private readonly info = new Map<string, { title: string; url?: string | undefined }>();

  ref(source: { id: string; title: string; url?: string | undefined }): string {
    if (!this.info.has(source.id)) {
      this.order.push(source.id);
      this.info.set(source.id, { title: source.title, url: source.url });
    }
    return `[${this.order.indexOf(source.id) + 1}]`;
  }

  refs(sources: readonly { id: string; title: string; url?: string | undefined }[]): string {
    return sources.map((s) => this.ref(s)).join('');
  }

  toString(): string {
    if (this.order.length === 0) return '';
    const lines = this.order.map((id, i) => {
      const s = this.info.get(id);
      return `  [${i + 1}] ${s?.title ?? id}${s?.url ? ` — ${s.url}` : ''}`;
    });
    return `Sources:\n${lines.join('\n')}`;
  }
}
