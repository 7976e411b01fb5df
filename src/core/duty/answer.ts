/**
 * The shape of a duty answer: the base, every layer that counts, every layer that was
 * removed and why, conditional layers, the total and the next scheduled change.
 */
import type { HsCode } from '../hs.ts';
import type { IsoDate } from '../dates.ts';
import type { MeasureKind, Stacking } from '../model/measure.ts';

export interface SourceLink {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

export interface DutyQuery {
  readonly line: HsCode;
  readonly origin: string;
  readonly destination: string;
  readonly date: IsoDate;
  /** The exporting company, for measures with a rate per producer. */
  readonly producer?: string;
  /** Properties of the good that origin rules ask about, e.g. melted-and-poured-in → CHN. */
  readonly conditions?: Readonly<Record<string, string>>;
}

export interface BaseLayer {
  readonly baseRateId: string;
  readonly line: HsCode;
  readonly description: string;
  readonly bp: number;
  readonly confidence: string;
  readonly sources: readonly SourceLink[];
  readonly notes: readonly string[];
}

export interface DutyLayer {
  readonly measureId: string;
  readonly title: string;
  readonly kind: MeasureKind;
  readonly rule: Stacking['rule'];
  readonly bp: number;
  readonly instrument?: string;
  readonly effective: IsoDate;
  readonly expires?: IsoDate;
  /** Last day in force, from its own dates or the start of a measure that replaces it. */
  readonly until?: IsoDate;
  readonly confidence: string;
  readonly approximateScope: boolean;
  readonly sources: readonly SourceLink[];
  /** Set when the rate depends on the producer and the query named one (or none matched). */
  readonly producer?: string;
  /** Rates per producer group, when the query named no producer. */
  readonly byProducer?: readonly { readonly producer: string; readonly bp: number }[];
}

export type RemovalReason = 'suspended' | 'exempted' | 'replaced' | 'excluded' | 'lower-in-group';

export interface RemovedLayer {
  readonly layer: DutyLayer | BaseLayer;
  readonly reason: RemovalReason;
  readonly by: string;
}

/** A layer that applies only if the good has a property the query did not state. */
export interface ConditionalLayer {
  readonly layer: DutyLayer;
  readonly condition: {
    readonly attribute: string;
    readonly value: string;
    readonly label: string;
  };
}

export interface NextChange {
  readonly date: IsoDate;
  readonly total: { readonly bp: number };
  readonly started: readonly DutyLayer[];
  readonly ended: readonly DutyLayer[];
  readonly description: string;
}

export interface Outcome {
  readonly label: string;
  readonly total: { readonly bp: number };
  readonly layers: readonly DutyLayer[];
}

export interface LineDuty {
  readonly line: HsCode;
  readonly base: BaseLayer | null;
  readonly layers: readonly DutyLayer[];
  readonly removed: readonly RemovedLayer[];
  readonly conditional: readonly ConditionalLayer[];
  readonly total: { readonly bp: number };
  /** In-quota and out-of-quota totals, when a quota is in force. */
  readonly outcomes?: readonly Outcome[] | undefined;
  readonly next: NextChange | null;
  readonly warnings: readonly string[];
}

export type DutyAnswer =
  | ({ readonly kind: 'line'; readonly query: DutyQuery } & LineDuty)
  | {
      /** The query named a code less specific than the importer's lines, and they differ. */
      readonly kind: 'by-line';
      readonly query: DutyQuery;
      readonly lines: readonly LineDuty[];
    };
