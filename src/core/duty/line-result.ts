/**
 * The answer for one line. The next scheduled change is worked out when first read (and then
 * kept), since many lookups never ask for it; `toJSON` includes it.
 */
import type { HsCode } from '../hs.ts';
import type {
  BaseLayer,
  ConditionalLayer,
  DutyLayer,
  DutyQuery,
  LineDuty,
  NextChange,
  Outcome,
  RemovedLayer,
} from './answer.ts';
import type { LinePlan } from './line-plan.ts';
import { nextChange } from './state.ts';

export class LineResult implements LineDuty {
  readonly kind = 'line' as const;
  private nextChange: NextChange | null | undefined;

  constructor(
    readonly query: DutyQuery,
    readonly line: HsCode,
    readonly base: BaseLayer | null,
    readonly layers: readonly DutyLayer[],
    readonly removed: readonly RemovedLayer[],
    readonly conditional: readonly ConditionalLayer[],
    readonly total: { readonly bp: number },
    readonly outcomes: readonly Outcome[] | undefined,
    readonly warnings: readonly string[],
    private readonly plan: LinePlan,
    private readonly day: number,
  ) {}

  get next(): NextChange | null {
    if (this.nextChange === undefined)
      this.nextChange = nextChange(this.plan, this.query, this.day, {
        base: this.base,
        layers: this.layers,
        removed: this.removed,
        total: this.total.bp,
      });
    return this.nextChange;
  }

  /** A copy with other warnings (used when a short code is answered by one schedule line). */
  withWarnings(warnings: readonly string[]): LineResult {
    return new LineResult(
      this.query,
      this.line,
      this.base,
      this.layers,
      this.removed,
      this.conditional,
      this.total,
      this.outcomes,
      warnings,
      this.plan,
      this.day,
    );
  }

  toJSON() {
    return {
      kind: this.kind,
      query: this.query,
      line: this.line,
      base: this.base,
      layers: this.layers,
      removed: this.removed,
      conditional: this.conditional,
      total: this.total,
      ...(this.outcomes ? { outcomes: this.outcomes } : {}),
      next: this.next,
      warnings: this.warnings,
    };
  }
}
