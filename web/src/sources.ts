/** Rendering of source links (with their URL when the dossier has one) and record links. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { recordHref } from './router.ts';
import type { Link, SourceLink } from './types.ts';

export function sourceList(sources: readonly SourceLink[]): TemplateResult {
  if (sources.length === 0) return html`<p class="muted">No sources.</p>`;
  return html`<ol class="sources">
    ${sources.map(
      (s) =>
        html`<li>
          ${
            s.url
              ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer">${s.title}</a>`
              : s.title
          }
          <span class="muted">(<a href=${recordHref(s.id)}>${s.id}</a>)</span>
        </li>`,
    )}
  </ol>`;
}

export function linkList(links: readonly Link[], empty = 'None.'): TemplateResult {
  if (links.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<ul>
    ${links.map((l) => html`<li><a href=${recordHref(l.id)}>${l.title}</a></li>`)}
  </ul>`;
}

/** Unique by id, first seen first. */
export function uniqueSources(all: readonly SourceLink[]): SourceLink[] {
  const seen = new Map<string, SourceLink>();
  for (const s of all) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}
