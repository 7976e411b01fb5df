/** Use case: the stacked duty on a line, from an origin into a destination, on a date. */
import type { DutyAnswer } from '../core/duty/answer.ts';

export type { BaseLayer, DutyAnswer, DutyLayer, LineDuty } from '../core/duty/answer.ts';
import type { Catalog } from './catalog.ts';
import type { DutyRequest } from './requests.ts';

/**
 * @example
 * lookupDuty(catalog, { line: '120510', from: 'CAN', to: 'CHN', on: '2025-09-01' });
 * // → { kind: 'line', total: { bp: 8480 }, layers: [...], next: {...}, ... }
 */
export function lookupDuty(catalog: Catalog, req: DutyRequest): DutyAnswer {
  return catalog.duty.lookup({
    line: req.line,
    origin: req.from,
    destination: req.to,
    date: req.on,
    ...(req.producer ? { producer: req.producer } : {}),
    ...(req.conditions ? { conditions: req.conditions } : {}),
  });
}
