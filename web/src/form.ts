/**
 * Form helpers shared by the measure editor and the new-measure page: labelled inputs whose
 * error text comes from the API's problem+json, matched by field path (`record.rate.bp` goes
 * to the field that claims `record.rate`).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ApiProblem, FieldError } from './api.ts';

export interface FormField {
  readonly key: string;
  readonly label: string;
  /** The API's field paths this input answers for (exact, or as a prefix before a dot). */
  readonly api: readonly string[];
  readonly type?: 'text' | 'textarea' | 'select';
  readonly options?: readonly string[];
  readonly hint?: string;
}

const claims = (field: FormField, error: FieldError): boolean =>
  field.api.some((a) => error.field === a || error.field.startsWith(`${a}.`));

export function errorFor(p: ApiProblem | null, field: FormField): string | undefined {
  return p?.errors.find((e) => claims(field, e))?.message;
}

/** The errors no input claims: shown in the summary under the form. */
export function unclaimed(p: ApiProblem | null, fields: readonly FormField[]): FieldError[] {
  return p?.errors.filter((e) => !fields.some((f) => claims(f, e))) ?? [];
}

export function input(
  f: FormField,
  value: string,
  p: ApiProblem | null,
  prefix: string,
): TemplateResult {
  const err = errorFor(p, f);
  const id = `${prefix}-${f.key}`;
  const invalid = err ? 'true' : 'false';
  const described = f.hint ? `${id}-hint ${id}-err` : `${id}-err`;
  return html`<div class="field ${f.type === 'textarea' ? 'wide' : ''}">
    <label for=${id}>${f.label}</label>
    ${
      f.type === 'textarea'
        ? html`<textarea
            id=${id}
            name=${f.key}
            rows="4"
            aria-describedby=${described}
            aria-invalid=${invalid}
            .value=${value}
          ></textarea>`
        : f.type === 'select'
          ? html`<select
              id=${id}
              name=${f.key}
              aria-describedby=${described}
              aria-invalid=${invalid}
            >
              ${(f.options ?? []).map(
                (o) => html`<option value=${o} ?selected=${o === value}>${o}</option>`,
              )}
            </select>`
          : html`<input
              id=${id}
              name=${f.key}
              type="text"
              aria-describedby=${described}
              aria-invalid=${invalid}
              .value=${value}
            />`
    }
    ${f.hint ? html`<span id="${id}-hint" class="muted hint">${f.hint}</span>` : nothing}
    <span id="${id}-err" class="field-error">${err ?? ''}</span>
  </div>`;
}

export function summary(p: ApiProblem | null, fields: readonly FormField[]): TemplateResult {
  if (!p) return html``;
  const other = unclaimed(p, fields);
  return html`<div class="error" role="alert">
    <p>
      ${
        p.errors.length > other.length
          ? 'The change was refused: see the fields marked.'
          : `The change was refused: ${p.message}`
      }
    </p>
    ${
      other.length > 0 && p.errors.length > other.length
        ? html`<ul>
            ${other.map((e) => html`<li>${e.message}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

/** "a, b ,c" → ['a', 'b', 'c']. */
export const list = (s: string): string[] =>
  s
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
