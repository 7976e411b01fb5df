/**
 * The edit form of an ingest candidate: its main fields (actors for the people named, HS lines,
 * rate, dates…) as labelled inputs, and the corrected candidate built back from the form. The
 * API's refusals name candidate fields (`participants.2.actor`, `dates.effective`), which
 * land beside the input that claims them.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ApiProblem } from '../api.ts';
import { errorFor, input, list } from '../form.ts';
import type { FormField } from '../form.ts';

export interface Span {
  start: number;
  end: number;
}
export interface Mention {
  text: string;
  span: Span;
  actor: string | null;
  jurisdiction: string | null;
}
interface Base {
  key: string;
  span: Span;
  confidence: number;
  flags: string[];
}
export type Candidate =
  | (Base & {
      type: 'measure';
      imposer: Mention | null;
      targets: Mention[];
      products: { text: string; span: Span; hs: string[] }[];
      rates: { bp: number; producer?: string; span: Span }[];
      kind: string | null;
      action: string;
      dates: { announced: string | null; effective: string | null; expires?: string | null };
    })
  | (Base & {
      type: 'engagement';
      kind: string;
      participants: Mention[];
      date: string | null;
      place: string | null;
      outcomes: { text: string; span: Span }[];
      commitments: { text: string; span: Span }[];
    })
  | (Base & {
      type: 'quote';
      speaker: Mention;
      text: string;
      textSpan: Span;
      date: string | null;
    })
  | (Base & {
      type: 'position';
      actor: Mention;
      stance: string;
      topic: string;
      date: string | null;
    });

export interface ActorOption {
  id: string;
  name: string;
  jurisdiction?: string;
}

export interface EditChoices {
  readonly actors: readonly ActorOption[];
  readonly measureKinds: readonly string[];
}

const ENGAGEMENT_KINDS = ['call', 'meeting', 'visit', 'summit', 'dialogue-round'];
const STANCES = ['supportive', 'critical', 'conciliatory', 'demand', 'warning', 'neutral'];

/** Both spellings the API may use for a field: as the candidate's, or under `candidate.`. */
const api = (...fields: string[]) => fields.flatMap((f) => [f, `candidate.${f}`]);

function fieldsOf(c: Candidate, choices: EditChoices): FormField[] {
  switch (c.type) {
    case 'measure':
      return [
        {
          key: 'kind',
          label: 'Kind of measure',
          api: api('kind'),
          type: 'select',
          options: ['', ...choices.measureKinds],
        },
        { key: 'imposer', label: 'Imposer', api: api('imposer'), hint: 'ISO alpha-3, e.g. CHN' },
        {
          key: 'origins',
          label: 'Origins targeted',
          api: api('targets'),
          hint: 'comma-separated, e.g. CAN',
        },
        {
          key: 'hs',
          label: 'HS lines covered',
          api: api('products'),
          hint: 'comma-separated, e.g. 1205.10, 1514',
        },
        { key: 'rate', label: 'Rate (%)', api: api('rates'), hint: 'ad valorem, e.g. 25 or 75.8' },
        { key: 'announced', label: 'Announced (YYYY-MM-DD)', api: api('dates.announced') },
        { key: 'effective', label: 'In force from (YYYY-MM-DD)', api: api('dates.effective') },
        {
          key: 'expires',
          label: 'Last day in force (YYYY-MM-DD)',
          api: api('dates.expires'),
          hint: 'blank when the text sets no end',
        },
      ];
    case 'engagement':
      return [
        {
          key: 'kind',
          label: 'Kind of engagement',
          api: api('kind'),
          type: 'select',
          options: ENGAGEMENT_KINDS,
        },
        { key: 'date', label: 'Date (YYYY-MM-DD)', api: api('date') },
        { key: 'place', label: 'Place', api: api('place') },
        {
          key: 'outcomes',
          label: 'Outcomes (one a line)',
          api: api('outcomes', 'commitments'),
          type: 'textarea',
        },
      ];
    case 'quote':
      return [
        { key: 'date', label: 'Date (YYYY-MM-DD)', api: api('date') },
        { key: 'text', label: 'Words quoted', api: api('text'), type: 'textarea' },
      ];
    case 'position':
      return [
        { key: 'date', label: 'Date (YYYY-MM-DD)', api: api('date') },
        { key: 'stance', label: 'Stance', api: api('stance'), type: 'select', options: STANCES },
        { key: 'topic', label: 'Topic', api: api('topic') },
      ];
  }
}

const pctOf = (bp: number) => String(bp / 100);

function valueOf(c: Candidate, key: string): string {
  switch (c.type) {
    case 'measure': {
      const values: Record<string, string> = {
        kind: c.kind ?? '',
        imposer: c.imposer?.jurisdiction ?? '',
        origins: c.targets
          .map((t) => t.jurisdiction)
          .filter(Boolean)
          .join(', '),
        hs: [...new Set(c.products.flatMap((p) => p.hs))].join(', '),
        rate: c.rates[0] ? pctOf(c.rates[0].bp) : '',
        announced: c.dates.announced ?? '',
        effective: c.dates.effective ?? '',
        expires: c.dates.expires ?? '',
      };
      return values[key] ?? '';
    }
    case 'engagement':
      if (key === 'outcomes')
        return [...c.outcomes, ...c.commitments].map((o) => o.text).join('\n');
      if (key === 'kind') return c.kind;
      return (key === 'date' ? c.date : key === 'place' ? c.place : null) ?? '';
    case 'quote':
      return (key === 'date' ? c.date : key === 'text' ? c.text : null) ?? '';
    case 'position':
      return (
        (key === 'date'
          ? c.date
          : key === 'stance'
            ? c.stance
            : key === 'topic'
              ? c.topic
              : null) ?? ''
      );
  }
}

/** The people a candidate names: each gets an actor picker. */
function mentionsOf(c: Candidate): { field: string; mention: Mention }[] {
  if (c.type === 'engagement')
    return c.participants.map((mention, i) => ({ field: `participants.${i}`, mention }));
  if (c.type === 'quote') return [{ field: 'speaker', mention: c.speaker }];
  if (c.type === 'position') return [{ field: 'actor', mention: c.actor }];
  return [];
}

function actorPicker(
  field: string,
  mention: Mention,
  choices: EditChoices,
  problem: ApiProblem | null,
  prefix: string,
): TemplateResult {
  const id = `${prefix}-${field.replace(/\./g, '-')}`;
  const err = errorFor(problem, { key: field, label: '', api: api(`${field}.actor`, field) });
  return html`<div class="field">
    <label for=${id}>Actor for “${mention.text}”</label>
    <select
      id=${id}
      name="actor:${field}"
      aria-describedby="${id}-err"
      aria-invalid=${err ? 'true' : 'false'}
    >
      <option value="" ?selected=${mention.actor === null}>— pick an actor —</option>
      ${choices.actors.map(
        (a) =>
          html`<option value=${a.id} ?selected=${a.id === mention.actor}>
            ${a.name}${a.jurisdiction ? ` (${a.jurisdiction})` : ''}
          </option>`,
      )}
    </select>
    <span id="${id}-err" class="field-error">${err ?? ''}</span>
  </div>`;
}

/** The inputs of the edit form for a candidate, with the API's errors beside them. */
export function editFields(
  c: Candidate,
  choices: EditChoices,
  problem: ApiProblem | null,
  prefix: string,
): TemplateResult {
  return html`<div class="grid ing-edit-grid">
    ${mentionsOf(c).map(({ field, mention }) =>
      actorPicker(field, mention, choices, problem, prefix),
    )}
    ${fieldsOf(c, choices).map((f) => input(f, valueOf(c, f.key), problem, prefix))}
  </div>`;
}

/** The fields of the edit form, for the error summary (errors no input claims). */
export const editFieldList = (c: Candidate, choices: EditChoices): FormField[] => [
  ...fieldsOf(c, choices),
  ...mentionsOf(c).map(({ field }) => ({
    key: field,
    label: '',
    api: api(`${field}.actor`, field),
  })),
];

const orNull = (s: string) => (s === '' ? null : s);

/**
 * The candidate as corrected in the form. Values are sent as typed (a rate that is not a
 * number included), so the API's validation names what is wrong.
 */
export function editedCandidate(c: Candidate, form: FormData): Candidate {
  const read = (k: string) => String(form.get(k) ?? '').trim();
  const next = structuredClone(c);
  for (const { field, mention } of mentionsOf(next)) mention.actor = orNull(read(`actor:${field}`));
  switch (next.type) {
    case 'measure': {
      next.kind = orNull(read('kind'));
      const imposer = read('imposer').toUpperCase();
      next.imposer = imposer
        ? {
            ...(next.imposer ?? { text: imposer, span: next.span, actor: null }),
            jurisdiction: imposer,
          }
        : null;
      next.targets = list(read('origins')).map((code) => {
        const j = code.toUpperCase();
        return (
          next.targets.find((t) => t.jurisdiction === j) ?? {
            text: j,
            span: next.span,
            actor: null,
            jurisdiction: j,
          }
        );
      });
      const hs = list(read('hs')).map((h) => h.replace(/[.\s]/g, ''));
      const label = next.products.map((p) => p.text).join(', ') || 'products';
      const span = next.products[0]?.span ?? next.span;
      next.products = hs.length > 0 || next.products.length > 0 ? [{ text: label, span, hs }] : [];
      const rate = read('rate');
      const bp = Math.round(Number(rate) * 100);
      const first = next.rates[0];
      next.rates =
        rate === ''
          ? []
          : [
              {
                bp: Number.isFinite(bp) ? bp : (rate as unknown as number),
                span: first?.span ?? next.span,
              },
              ...next.rates.slice(1),
            ];
      next.dates = {
        announced: orNull(read('announced')),
        effective: orNull(read('effective')),
        expires: orNull(read('expires')),
      };
      break;
    }
    case 'engagement': {
      next.kind = read('kind');
      next.date = orNull(read('date'));
      next.place = orNull(read('place'));
      const known = new Map([...next.outcomes, ...next.commitments].map((o) => [o.text, o.span]));
      next.outcomes = read('outcomes')
        .split('\n')
        .map((t) => t.trim())
        .filter(Boolean)
        .map((text) => ({ text, span: known.get(text) ?? next.span }));
      next.commitments = [];
      break;
    }
    case 'quote':
      next.date = orNull(read('date'));
      next.text = read('text');
      break;
    case 'position':
      next.date = orNull(read('date'));
      next.stance = read('stance');
      next.topic = read('topic');
      break;
  }
  return next;
}

/** What an undated statement is dated by when accepted (see src/services/ingest-records.ts). */
const UNDATED = 'not in the text: the publication date will be used';

/** The main fields of a candidate as a definition list, for its card. */
export function candidateFacts(c: Candidate, actorName: (id: string) => string): TemplateResult {
  const who = (m: Mention | null) =>
    m === null
      ? html`<span class="muted">unknown</span>`
      : m.actor
        ? html`${actorName(m.actor)}`
        : html`${m.text} <span class="ing-warn">(no actor)</span>`;
  const rows: [string, TemplateResult | string][] = [];
  const add = (k: string, v: TemplateResult | string | null | undefined) => {
    if (v !== null && v !== undefined && v !== '') rows.push([k, v]);
  };
  switch (c.type) {
    case 'measure':
      add('Kind', c.kind ?? 'unknown');
      add('Action', c.action);
      add('Imposer', c.imposer?.jurisdiction ?? c.imposer?.text ?? 'unknown');
      add('Origins', c.targets.map((t) => t.jurisdiction ?? t.text).join(', ') || 'unknown');
      add(
        'Products',
        c.products
          .map((p) => `${p.text}${p.hs.length ? ` (${p.hs.join(', ')})` : ''}`)
          .join('; ') || 'unknown',
      );
      add(
        'Rate',
        c.rates.map((r) => `${pctOf(r.bp)}%${r.producer ? ` (${r.producer})` : ''}`).join(', ') ||
          'unknown',
      );
      add('Announced', c.dates.announced);
      add('In force from', c.dates.effective ?? 'unknown');
      add('Last day in force', c.dates.expires);
      break;
    case 'engagement':
      add('Kind', c.kind);
      add('Date', c.date ?? 'unknown');
      add('Place', c.place);
      add(
        'Participants',
        html`${c.participants.map((p, i) => html`${i > 0 ? ', ' : ''}${who(p)}`)}`,
      );
      add(
        'Outcomes',
        c.outcomes.length + c.commitments.length > 0
          ? html`<ul>
              ${[...c.outcomes, ...c.commitments].map((o) => html`<li>${o.text}</li>`)}
            </ul>`
          : null,
      );
      break;
    case 'quote':
      add('Speaker', who(c.speaker));
      add('Date', c.date ?? UNDATED);
      add('Words', `“${c.text}”`);
      break;
    case 'position':
      add('Actor', who(c.actor));
      add('Date', c.date ?? UNDATED);
      add('Stance', c.stance);
      add('Topic', c.topic);
      break;
  }
  return html`<dl class="facts ing-facts">
    ${rows.map(
      ([k, v]) =>
        html`<dt>${k}</dt>
          <dd>${v}</dd>`,
    )}
  </dl>`;
}
