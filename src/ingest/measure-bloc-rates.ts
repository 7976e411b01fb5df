/**
 * Rates of one act on a bloc, set for producers of its member states: "all remaining EU exporters
 * 19.8%" with "Denmark's Nordvang Foods was given 6.2%" in the same ruling. The producers' rates
 * are rates of the act on the bloc, not acts on the member states.
 */
import type { MeasureCandidate } from './candidates.ts';
import { EU, EU_MEMBERS } from './places.ts';

/** Whether two candidates read as rates of one act: one imposer, one day, the same goods. */
const sameAct = (a: MeasureCandidate, b: MeasureCandidate) =>
  a.imposer?.jurisdiction === b.imposer?.jurisdiction &&
  a.action === b.action &&
  a.dates.announced === b.dates.announced &&
  a.dates.effective === b.dates.effective &&
  a.products.length > 0 &&
  a.products.some((p) => b.products.some((q) => p.text.toLowerCase() === q.text.toLowerCase()));

/**
 * The candidates, those on one member state of the EU given the EU as their target where another
 * rate of the same act is on the EU.
 */
export function withBlocTargets(candidates: MeasureCandidate[]): MeasureCandidate[] {
  return candidates.map((c) => {
    const [only] = c.targets;
    if (c.targets.length !== 1 || !only || !EU_MEMBERS.has(only.jurisdiction ?? '')) return c;
    const bloc = candidates.find(
      (o) =>
        o !== c &&
        o.rates.length > 0 &&
        o.targets.length === 1 &&
        o.targets[0]?.jurisdiction === EU &&
        sameAct(o, c),
    );
    return bloc ? { ...c, targets: [...bloc.targets] } : c;
  });
}
