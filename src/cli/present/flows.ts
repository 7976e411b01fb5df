/** Plain-text presentation of trade flows: imports, synthetic files and coverage. */
import { formatBp } from '../../core/rate.ts';
import type { CoverageReport, FlowImportReport, SynthReport } from '../../services/flows.ts';
import type { ImportProgress } from '../../services/flows.ts';
import type { SimulationReport } from '../../services/flows-simulate.ts';

const n = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (bp: number) => `${(bp / 100).toFixed(1)}%`;

export function presentFlowImport(r: FlowImportReport): string {
  const out = [
    `imported ${n(r.rows)} rows from ${r.files.length} file(s) in ${r.seconds.toFixed(1)} s (${n(r.rows / Math.max(r.seconds, 0.001))} rows/s)`,
  ];
  for (const f of r.files)
    out.push(`  ${f.file} (${f.format}): ${n(f.rows)} rows, ${n(f.bad)} bad`);
  out.push(`years written: ${r.years.join(', ')}; years held: ${r.held.join(', ')}`);
  if (r.bad > 0) {
    out.push(`${n(r.bad)} bad row(s) not imported; the first ones:`);
    for (const b of r.firstBad) out.push(`  ${b.file}:${b.line}: ${b.reason}`);
  }
  return out.join('\n');
}

export function presentSynth(r: SynthReport): string {
  return `wrote ${n(r.rows)} synthetic BACI rows (seed ${r.seed}, years ${r.years[0]}–${r.years[1]}) to ${r.out} in ${r.seconds.toFixed(1)} s`;
}

/** One line of progress for a terminal: bar, percent, rows, rows/s and ETA. */
export function progressLine(p: ImportProgress): string {
  const rate = p.rows / Math.max(p.seconds, 0.001);
  const known = p.percent >= 0;
  const filled = known ? Math.round(p.percent / 5) : 0;
  const bar = known
    ? `[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${p.percent.toFixed(0)}%`
    : '';
  const eta =
    known && p.percent > 0
      ? ` ETA ${Math.max(0, (p.seconds * (100 - p.percent)) / p.percent).toFixed(0)} s`
      : '';
  return `${bar} ${n(p.rows)} rows ${n(rate)} rows/s${eta}`;
}

export function presentCoverage(r: CoverageReport): string {
  const money = (xs: readonly { currency: string; value: number }[]) =>
    xs.length === 0 ? 'no trade held' : xs.map((x) => `${x.currency} ${n(x.value)}`).join(' + ');
  const out = [
    `Trade coverage (Global Trade Alert's method), base year ${r.baseYear}`,
    '',
    'Measures (trade of the base year each one covers; days in force per year):',
  ];
  for (const m of r.measures) {
    out.push(`  ${m.id}  ${money(m.covered)}  (${m.tuples} product flow(s))`);
    out.push(`    ${m.title}`);
    out.push(
      `    ${m.start} → ${m.end ?? 'in force'}: ${m.inForce.map((s) => `${s.year} ${s.days}/${s.daysInYear} d`).join(', ')}`,
    );
  }
  out.push('', 'Covered trade per year (the largest share where measures overlap, never the sum):');
  if (r.byYear.length === 0) out.push('  none in these years');
  for (const y of r.byYear) out.push(`  ${y.year}  ${y.currency} ${n(y.value)}`);
  out.push('', `Share of each pair's ${r.baseYear} trade held:`);
  for (const p of r.pairs)
    out.push(
      `  ${p.exporter} → ${p.importer}  ${p.currency} ${n(p.covered)} of ${n(p.total)} (${pct(p.shareBp)})`,
    );
  out.push('', 'Covered trade by HS chapter:');
  for (const c of r.chapters) out.push(`  ${c.chapter}  ${c.currency} ${n(c.value)}`);
  return out.join('\n');
}

function describe(r: SimulationReport): string {
  const s = r.scenario;
  const reach = (x: { scope?: readonly string[]; origins?: readonly string[] }) =>
    `${x.scope ? ` on ${x.scope.join(', ')}` : ''}${x.origins ? ` from ${x.origins.join(', ')}` : ''}`;
  switch (s.kind) {
    case 'remove':
      return `lift ${s.measure}`;
    case 'change':
      return `${s.measure} at ${formatBp(s.bp)}`;
    case 'add':
      return `add ${formatBp(s.bp)}${reach(s)}`;
    case 'linear':
      return `cut tariffs by ${formatBp(s.cutBp)} of their rate${reach(s)}`;
    case 'swiss':
      return `Swiss formula, coefficient ${formatBp(s.coefficientBp)}${reach(s)}`;
  }
}

export function presentSimulation(r: SimulationReport): string {
  const p = r.params;
  const out = [
    `Simulation (WITS-SMART): ${describe(r)}; ${r.importer}'s ${r.baseYear} imports, tariffs on ${r.on}`,
    `  ${n(r.lines)} product line(s), ${n(r.flows)} flow(s), ${n(r.changed)} with a tariff change; Em ${p.em}, Es ${p.es}, Ex ${p.ex >= 99 ? '99 (infinite)' : p.ex}`,
    '',
  ];
  for (const t of r.totals) {
    out.push(
      `${t.currency}  imports ${n(t.imports)}`,
      `  trade creation ${n(t.creation)}, diversion ${n(t.diversion)}, price ${n(t.price)}, total ${n(t.total)}`,
      `  tariff revenue ${n(t.revenueBefore)} → ${n(t.revenueAfter)}; welfare ${n(t.welfare)}`,
    );
  }
  if (r.byExporter.length > 0) {
    out.push('', 'By supplier (largest effects):');
    for (const e of r.byExporter)
      out.push(
        `  ${e.exporter}  ${e.currency} imports ${n(e.imports)}: creation ${n(e.creation)}, diversion ${n(e.diversion)}, total ${n(e.total)}`,
      );
  }
  if (r.byLine.length > 0) {
    out.push('', 'By product line (largest effects):');
    for (const l of r.byLine)
      out.push(
        `  ${l.hs}  ${l.currency} imports ${n(l.imports)}: creation ${n(l.creation)}, total ${n(l.total)}`,
      );
  }
  return out.join('\n');
}
