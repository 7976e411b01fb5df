/** Plain words for a measure in a change summary: its rate, lines and direction. */
import { formatBp } from '../rate.ts';
import type { Measure } from '../model/measure.ts';

/** "100%" or "not a rate" for measures that only remove duty. */
export const rateText = (m: Pick<Measure, 'rate'>): string =>
  m.rate ? formatBp(m.rate.bp) : 'no rate';

/** "1514, 2306 (rapeseed oil, oil cakes and peas)" */
export function scopeText(m: Pick<Measure, 'scope'>): string {
  const codes = m.scope.include.slice(0, 6).join(', ');
  const more = m.scope.include.length > 6 ? ` and ${m.scope.include.length - 6} more` : '';
  return `${codes}${more}${m.scope.label ? ` (${m.scope.label})` : ''}`;
}

/** "from CAN into CHN", "from any origin into CAN" */
export function directionText(m: Pick<Measure, 'imposer' | 'targets'>): string {
  const { origins, except } = m.targets;
  const from = origins === '*' ? 'any origin' : origins.join(', ');
  const but = except?.length ? ` except ${except.join(', ')}` : '';
  return `from ${from}${but} into ${m.imposer}`;
}
