/**
 * The error taxonomy: every failure the system reports has a stable id. The CLI maps ids to
 * exit codes in one place (src/cli/exit.ts) and the HTTP edge will map them to problem+json.
 */

export const ERROR_IDS = [
  'not_found',
  'invalid_hs_code',
  'invalid_date',
  'invalid_country',
  'invalid_argument',
  'invalid_dossier',
  'conflicting_measures',
  'conflict',
  'incompatible_store',
  'invalid_config',
  'usage',
  /** a text given for extraction is empty, binary, too large or not text at all */
  'invalid_text',
] as const;

export type ErrorId = (typeof ERROR_IDS)[number];

/** One problem found in input, located as precisely as the input allows. */
export interface Problem {
  readonly id: ErrorId;
  readonly message: string;
  readonly file?: string | undefined;
  readonly record?: string | undefined;
  readonly field?: string | undefined;
}

/**
 * An error with a stable id and, for batch input, the list of problems behind it.
 *
 * @example
 * throw new DetenteError('invalid_hs_code', 'HS code "12a5" has a non-digit character');
 */
export class DetenteError extends Error {
  override readonly name = 'DetenteError';
  constructor(
    readonly id: ErrorId,
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

export const isDetenteError = (e: unknown): e is DetenteError => e instanceof DetenteError;
