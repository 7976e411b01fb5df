/** Plain-text presentation of measures and retaliation chains. */
import { formatBp } from '../../core/rate.ts';
import type { Chain, ChainNode } from '../../core/retaliation.ts';
import type { MeasureView } from '../../services/measures.ts';
import { SourceList } from '../text.ts';

export function presentMeasures(views: readonly MeasureView[]): string {
  if (views.length === 0) return 'No measures match.';
  const sources = new SourceList();
  const blocks = views.map(({ measure: m, ends, respondsTo, respondedBy, sourceLinks }) => {
    const origins = m.targets.origins === '*' ? 'any origin' : m.targets.origins.join(', ');
    const rate = m.rate ? formatBp(m.rate.bp) : m.stacking.rule;
    const lines = [
      `${m.id}  ${m.imposer} → ${origins}${m.targets.condition ? ` (${m.targets.condition.label})` : ''}  ${rate}  ${m.kind}`,
      `  ${m.title} ${sources.refs(sourceLinks)}`,
      `  products: ${m.scope.label ?? ''} [${m.scope.include.join(', ')}]${m.scope.approximate ? ' (approximate)' : ''}`,
      `  in force: ${m.dates.effective}${ends ? ` → ${ends.date} (${ends.why})` : ''}${m.dates.announced ? `; announced ${m.dates.announced}` : ''}`,
    ];
    if (m.instrument) lines.push(`  instrument: ${m.instrument}`);
    for (const r of respondsTo) lines.push(`  responds to: ${r.title} (${r.id})`);
    for (const r of respondedBy) lines.push(`  answered by: ${r.title} (${r.id})`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n\n${views.length} measures\n${sources.toString()}`;
}

function tree(nodes: readonly ChainNode[], arrow: string, depth: number): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${arrow} ${n.date}  ${n.actor}  ${n.title} (${n.id})`,
    ...tree(n.next, arrow, depth + 1),
  ]);
}

export function presentChain(c: Chain): string {
  const out = [`${c.root.date}  ${c.root.actor}  ${c.root.title} (${c.root.id})`, ''];
  out.push(
    'responds to:',
    ...(c.answers.length ? tree(c.answers, '←', 1) : ['  (nothing recorded)']),
  );
  out.push(
    '',
    'answered by:',
    ...(c.answeredBy.length ? tree(c.answeredBy, '→', 1) : ['  (nothing recorded)']),
  );
  return out.join('\n');
}
