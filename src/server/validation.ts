/**
 * Input validation at the edge: the routes' zod schemas (the same ones the OpenAPI document is
 * generated from) check every query, path parameter and body; a failure becomes one
 * DetenteError naming each bad field, with the error id the schema declared for it.
 */
import type { ZodError } from 'zod';
import { DetenteError } from '../core/errors.ts';
import type { ErrorId, Problem } from '../core/errors.ts';

const WHERE = { query: 'query', param: 'path', json: 'body' } as const;

export function validationError(error: ZodError, target: string): DetenteError {
  const where = WHERE[target as keyof typeof WHERE] ?? target;
  const problems: Problem[] = error.issues.map((i) => {
    const declared = (i as { params?: { errorId?: ErrorId } }).params?.errorId;
    const keys = i.code === 'unrecognized_keys' ? (i as { keys: string[] }).keys : [];
    const field = [...i.path.map(String), ...keys.slice(0, 1)].join('.') || where;
    const message =
      i.code === 'unrecognized_keys'
        ? `unknown ${where === 'query' ? 'parameter' : 'field'}(s): ${keys.join(', ')}`
        : i.message;
    return { id: declared ?? 'invalid_argument', field, message: `${field}: ${message}` };
  });
  const first = problems[0] ?? { id: 'invalid_argument' as const, message: `invalid ${where}` };
  return new DetenteError(first.id, problems.map((p) => p.message).join('; '), problems);
}

/** The hook every route validates with: a failed parse is thrown to the error handler. */
export function validationHook(result: {
  success: boolean;
  error?: ZodError;
  target: string;
}): void {
  if (!result.success && result.error) throw validationError(result.error, result.target);
}
