/** Plain-text presentation of a duty answer. */
import type { BaseLayer, DutyAnswer, DutyLayer, LineDuty } from '../../services/duty.ts';
import { formatHs } from '../../core/hs.ts';
import { formatBp } from '../../core/rate.ts';
import { SourceList, table } from '../text.ts';

const period = (l: DutyLayer) => `${l.effective} → ${l.until ?? ''}`.trimEnd();

function lineBlock(d: LineDuty, sources: SourceList): string {
  const rows: string[][] = [];
  const base = (b: BaseLayer) => [
    ' ',
    `base (MFN) on ${formatHs(b.line)}`,
    formatBp(b.bp),
    b.confidence === 'confirmed' ? '' : b.confidence,
    sources.refs(b.sources),
  ];
  if (d.base) rows.push(base(d.base));
  else rows.push([' ', 'base (MFN)', '—', 'not recorded', '']);
  for (const l of d.layers) {
    const who = l.byProducer
      ? ` (all others; ${l.byProducer.map((p) => `${p.producer} ${formatBp(p.bp)}`).join(', ')})`
      : l.producer
        ? ` (${l.producer})`
        : '';
    rows.push([
      '+',
      `${l.title}${who}`,
      formatBp(l.bp),
      `${l.rule} · ${period(l)}`,
      sources.refs(l.sources),
    ]);
    if (l.instrument) rows.push([' ', `  ${l.instrument}`, '', '', '']);
  }
  rows.push(['=', 'total', formatBp(d.total.bp), '', '']);
  const out = [table(rows, '  ')];
  for (const r of d.removed) {
    const name =
      'measureId' in r.layer
        ? `${r.layer.title} (${formatBp(r.layer.bp)})`
        : `base rate (${formatBp(r.layer.bp)})`;
    out.push(`  not levied: ${name}, ${r.reason} by ${r.by}`);
  }
  for (const c of d.conditional) {
    out.push(
      `  only if ${c.condition.label} (--condition ${c.condition.attribute}=${c.condition.value}): +${formatBp(c.layer.bp)} ${c.layer.title} ${sources.refs(c.layer.sources)}`,
    );
  }
  for (const o of d.outcomes ?? []) out.push(`  ${o.label}: ${formatBp(o.total.bp)}`);
  out.push(d.next ? `  next change ${d.next.description}` : '  next change: none scheduled');
  for (const w of d.warnings) out.push(`  note: ${w}`);
  return out.join('\n');
}

export function presentDuty(a: DutyAnswer): string {
  const q = a.query;
  const sources = new SourceList();
  const head = `${formatHs(q.line)}  ${q.origin} → ${q.destination}  on ${q.date}${q.producer ? `  producer ${q.producer}` : ''}`;
  if (a.kind === 'line') {
    const shown = a.line === q.line ? '' : ` (line ${formatHs(a.line)})`;
    return [`${head}${shown}`, lineBlock(a, sources), '', sources.toString()].join('\n').trimEnd();
  }
  const blocks = a.lines.map(
    (l) => `line ${formatHs(l.line)}: ${formatBp(l.total.bp)}\n${lineBlock(l, sources)}`,
  );
  return [
    `${head}: the ${q.destination} lines under ${formatHs(q.line)} pay different duties`,
    ...blocks,
    sources.toString(),
  ]
    .join('\n\n')
    .trimEnd();
}
