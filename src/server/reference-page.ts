/**
 * The API reference page: plain HTML rendered from the OpenAPI document, so it can never
 * disagree with the API. No scripts, no external assets.
 */

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { example?: unknown; default?: unknown };
}

interface Operation {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string; properties?: object } }> };
  responses?: Record<string, { description?: string }>;
}

export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation> | undefined>;
}

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function parameters(ps: readonly Parameter[]): string {
  if (ps.length === 0) return '';
  const rows = ps.map((p) => {
    const example = p.schema?.example ?? p.schema?.default;
    return `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : ''}</td><td>${esc(p.description ?? '')}${example === undefined ? '' : ` <small>e.g. <code>${esc(example)}</code></small>`}</td></tr>`;
  });
  return `<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>meaning</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function body(op: Operation): string {
  const schema = op.requestBody?.content?.['application/json']?.schema;
  if (!schema) return '';
  const fields = Object.keys(schema.properties ?? {});
  return `<p>JSON body with ${fields.map((f) => `<code>${esc(f)}</code>`).join(', ')} (schema in <a href="openapi.json">openapi.json</a>).</p>`;
}

function operation(method: string, path: string, op: Operation): string {
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => `<li><code>${esc(status)}</code> ${esc(r.description ?? '')}</li>`)
    .join('');
  return `<section id="${esc(`${method}-${path}`)}"><h3><span class="m">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code>${op.security?.length ? ' <small>needs a token</small>' : ''}</h3>
<p>${esc(op.summary ?? '')}</p>${parameters(op.parameters ?? [])}${body(op)}<ul>${responses}</ul></section>`;
}

/** The reference page for an OpenAPI document. */
export function renderReference(doc: OpenApiDocument): string {
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods ?? {}).map(([method, op]) => ({ path, method, op })),
  );
  const toc = ops
    .map(
      (o) =>
        `<li><a href="#${esc(`${o.method}-${o.path}`)}">${esc(o.method.toUpperCase())} ${esc(o.path)}</a></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} reference</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1a1a1a}
code{font:14px ui-monospace,monospace;background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}section{border-top:1px solid #ccc;margin-top:1.5rem}
.m{font-weight:bold;color:#035}nav ul{columns:2}@media(max-width:40rem){nav ul{columns:1}}</style></head>
<body><header><h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1>
<p>${esc(doc.info.description ?? '')}</p>
<p>The machine-readable description is <a href="openapi.json">openapi.json</a> (OpenAPI 3.1).</p></header>
<nav aria-label="Endpoints"><h2>Endpoints</h2><ul>${toc}</ul></nav>
<main>${ops.map((o) => operation(o.method, o.path, o.op)).join('\n')}</main></body></html>`;
}
