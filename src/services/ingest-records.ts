/**
 * What an accepted ingest candidate becomes: a source record for the article, and a measure, an
 * engagement or a statement citing it. Pure: from the candidate, the article and the stored
 * records it plans the change (records to create or update, each with the version read), or
 * says which fields of the candidate are missing so the reviewer can edit it.
 *
 * A measure already recorded is not recorded twice. The rule: an existing measure with the
 * same imposer, at least one origin in common (a measure on every origin, `*`, shares all),
 * product scopes that overlap, the same ad valorem rate and the same effective date is the
 * same measure; the article's source is added to its `sources` instead. So it is for an
 * engagement told again (see sameEngagement), which gains only the commitments it lacks, and
 * for a quote or a position told again (see sameStatement).
 *
 * A rate the text says was raised or reduced is a change of a measure: when recorded measures
 * of the same imposer, origins and goods add duty on the day the new rate takes effect, the new
 * measure takes their place on its goods from that day (stacking rule `replace`, naming them,
 * and `relations.amends`), so that the two do not add up (100% and the new 25% making 125%);
 * on their other goods they go on. With no such measure, the new rate is a measure of its own.
 * A measure suspended or lifted suspends, on its goods from its day, the measures that levy duty
 * on them then (see removalRecord).
 *
 * An engagement joins a channel of talks when the store tells which (see channelFor), so that
 * the channel's health counts it, and what its sides undertook becomes open commitments of it
 * (see commitmentRecords).
 */
import { DetenteError } from '../core/errors.ts';
import type { Problem } from '../core/errors.ts';
import { scopesOverlap } from '../core/hs.ts';
import { addsDuty } from '../core/duty/resolve.ts';
import { inForceOn, measureEnds, targetsOrigin } from '../core/measures.ts';
import { formatBp } from '../core/rate.ts';
import type { CollectionName } from '../core/model/dossier.ts';
import { roleHeldOn, type Actor } from '../core/model/actor.ts';
import type { Measure } from '../core/model/measure.ts';
import type { Source } from '../core/model/source.ts';
import type { Channel, Commitment, Engagement } from '../core/model/talks.ts';
import type {
  Candidate,
  EngagementCandidate,
  MeasureCandidate,
  Mention,
  PositionCandidate,
  QuoteCandidate,
} from '../ingest/candidates.ts';
import { beforeLimit, dueBy } from '../ingest/time-limits.ts';
import type { StoredRecord } from '../store/store.ts';
import { jurisdictionName, normalUrl, slug, spanText } from './ingest-text.ts';

/** The article a batch came from: what its source record is made of. */
export interface Article {
  readonly batchId: string;
  readonly url: string;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string;
  /** The plain text the candidate spans point into. */
  readonly text: string;
  /** The day the text was taken in (the source's `accessed`). */
  readonly accessed: string;
}

export interface PlannedWrite {
  readonly op: 'create' | 'update';
  readonly collection: CollectionName;
  readonly id: string;
  readonly data: Record<string, unknown>;
  /** For an update: the version read. */
  readonly expectedVersion?: number;
}

export interface AcceptancePlan {
  readonly dossier: string;
  /** The writes, source first; empty when everything is already recorded. */
  readonly writes: readonly PlannedWrite[];
  /** The record the candidate became (created, or the existing measure it duplicates). */
  readonly record: { readonly id: string; readonly collection: CollectionName };
  readonly source: { readonly id: string };
  /** Records created with it: the commitments an engagement's readout tells. */
  readonly also: readonly { readonly id: string; readonly collection: CollectionName }[];
}

/** Longest excerpt kept on a source, in characters. */
const MAX_EXCERPT = 2000;
const ENGAGEMENT_LABEL: Record<EngagementCandidate['kind'], string> = {
  call: 'Call',
  meeting: 'Meeting',
  visit: 'Visit',
  summit: 'Summit',
  'dialogue-round': 'Dialogue round',
};

/** Flags that an edit can make obsolete: they are dropped once the field is filled. */
function remainingFlags(c: Candidate): string[] {
  const mentions: Mention[] =
    c.type === 'measure'
      ? [...(c.imposer ? [c.imposer] : []), ...c.targets]
      : c.type === 'engagement'
        ? c.participants
        : c.type === 'quote'
          ? [c.speaker]
          : [c.actor];
  return c.flags.filter((f) => {
    if (f === 'actor_unresolved') return mentions.some((m) => m.actor === null);
    if (f === 'hs_unresolved') return c.type === 'measure' && c.products.every((p) => !p.hs.length);
    if (f === 'rate_missing') return c.type === 'measure' && c.rates.length === 0;
    return true;
  });
}

/**
 * `approximate` when nothing in the candidate is guessed any more (the HS lines come from a
 * lexicon, so never `confirmed`), `unverified` while a flag says something was guessed.
 */
const confidenceOf = (c: Candidate): 'approximate' | 'unverified' =>
  remainingFlags(c).length === 0 ? 'approximate' : 'unverified';

/** The stored records grouped by dossier, with an index by id across the store. */
class StoredIndex {
  readonly byId = new Map<string, StoredRecord>();
  readonly dossiers: string[];

  constructor(readonly records: readonly StoredRecord[]) {
    for (const r of records) this.byId.set(r.id, r);
    this.dossiers = [...new Set(records.map((r) => r.dossier))];
  }

  of<T>(
    collection: CollectionName | 'manifest',
    dossier?: string,
  ): { stored: StoredRecord; data: T }[] {
    return this.records
      .filter(
        (r) => r.collection === collection && (dossier === undefined || r.dossier === dossier),
      )
      .map((stored) => ({ stored, data: stored.data as T }));
  }

  /** Ids handed out by freshId for records not written yet. */
  private readonly reserved = new Set<string>();

  /**
   * `base`, or `base-2`, `base-3`… whichever no record of the store uses and no earlier call
   * handed out.
   */
  freshId(base: string): string {
    const free = (id: string) => !this.byId.has(id) && !this.reserved.has(id);
    let id = base;
    for (let n = 2; !free(id); n++) id = `${base}-${n}`;
    this.reserved.add(id);
    return id;
  }
}

/** The extractor names the EU `EU`; the record model's code is `EUN`. */
const jurisdiction = (code: string | null | undefined): string | null =>
  code === 'EU' ? 'EUN' : (code ?? null);

const missing = (field: string, message: string): Problem => ({
  id: 'invalid_argument',
  field,
  message: `${field}: ${message}`,
});

function refuse(type: string, problems: readonly Problem[]): never {
  const fields = problems.map((p) => p.field).join(', ');
  throw new DetenteError(
    'invalid_argument',
    `the ${type} candidate cannot become a record: ${problems.map((p) => p.message).join('; ')} (edit the candidate: ${fields})`,
    problems,
  );
}

/** Ids of actors the candidate names, checked against the store. */
function actorIds(
  index: StoredIndex,
  mentions: readonly { mention: Mention; field: string }[],
): { ids: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const ids: string[] = [];
  for (const { mention, field } of mentions) {
    if (mention.actor === null) {
      problems.push(
        missing(
          `${field}.actor`,
          `"${mention.text}" matches no actor: edit the candidate and pick the actor`,
        ),
      );
    } else if (index.byId.get(mention.actor)?.collection !== 'actors') {
      problems.push(missing(`${field}.actor`, `"${mention.actor}" is not an actor of the store`));
    } else if (!ids.includes(mention.actor)) ids.push(mention.actor);
  }
  return { ids, problems };
}

/** The dossier the new records go to: the one holding what they refer to, else the only one. */
function chooseDossier(index: StoredIndex, refs: readonly string[], parties: readonly string[]) {
  const homes = [...new Set(refs.map((id) => index.byId.get(id)?.dossier).filter(Boolean))];
  if (homes.length > 1)
    throw new DetenteError(
      'invalid_argument',
      `the candidate refers to records of several dossiers (${homes.join(', ')}); pick records of one`,
    );
  if (homes[0]) return homes[0];
  if (index.dossiers.length === 0)
    throw new DetenteError('not_found', 'the store holds no dossier: run `detente init` first');
  if (index.dossiers.length === 1) return index.dossiers[0] as string;
  const covering = index
    .of<{ parties?: string[] }>('manifest')
    .filter((m) => parties.every((p) => m.data.parties?.includes(p)));
  if (covering.length === 1) return (covering[0] as { stored: StoredRecord }).stored.dossier;
  throw new DetenteError(
    'invalid_argument',
    `the store holds several dossiers (${index.dossiers.join(', ')}) and the candidate does not say which it belongs to`,
  );
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** The source for the article: the dossier's source with the same URL, or a new one. */
function planSource(
  index: StoredIndex,
  dossier: string,
  article: Article,
  excerpt: string,
): { id: string; write: PlannedWrite | null } {
  const wanted = normalUrl(article.url);
  const existing = index
    .of<Source>('sources', dossier)
    .find((s) => s.data.url !== undefined && normalUrl(s.data.url) === wanted);
  if (existing) {
    const now = existing.data.excerpt ?? '';
    if (now.includes(excerpt) || now.length + excerpt.length + 3 > MAX_EXCERPT)
      return { id: existing.data.id, write: null };
    const data = { ...existing.data, excerpt: now ? `${now} … ${excerpt}` : excerpt };
    return {
      id: existing.data.id,
      write: {
        op: 'update',
        collection: 'sources',
        id: existing.data.id,
        data,
        expectedVersion: existing.stored.version,
      },
    };
  }
  const host = new URL(article.url).hostname.replace(/^www\./, '');
  const id = index.freshId(`src-${article.published}-${slug(article.title ?? host, 48)}`);
  const data: Record<string, unknown> = {
    id,
    url: article.url,
    title: article.title ?? `Article of ${article.published} at ${host}`,
    publisher: article.publisher ?? host,
    published: article.published,
    accessed: article.accessed,
    excerpt,
  };
  return { id, write: { op: 'create', collection: 'sources', id, data } };
}

const provenance = (article: Article, key: string) =>
  `taken from ${article.url} (ingest batch ${article.batchId}, candidate ${key})`;

/**
 * The recorded measures that levy duty from `imposer` on goods of `scope` from one of `origins`
 * on `date`, added or in place of others (an earlier change): those a changed rate takes the
 * place of, or a suspension or a lifting suspends.
 */
function changedMeasures(
  index: StoredIndex,
  imposer: string,
  origins: readonly string[],
  scope: Measure['scope'],
  date: string,
): Measure[] {
  const measures = index.of<Measure>('measures').map(({ data }) => data);
  const endOf = measureEnds(measures);
  return measures.filter(
    (m) =>
      m.imposer === imposer &&
      (addsDuty({ measure: m }) || replacesNamed(m)) &&
      m.rate !== undefined &&
      origins.some((o) => targetsOrigin(m.targets, o)) &&
      scopesOverlap(m.scope, scope) &&
      inForceOn(m, date, endOf),
  );
}
/** A measure whose rate takes the place of named measures (a changed rate), not of every layer. */
const replacesNamed = (m: Measure) =>
  m.stacking.rule === 'replace' && (m.stacking.measures?.length ?? 0) > 0;

function measureRecord(
  c: MeasureCandidate,
  index: StoredIndex,
  article: Article,
): { record: Omit<Measure, 'sources'> & { sources: string[] }; duplicate?: StoredRecord } {
  const problems: Problem[] = [];
  if (c.action === 'threatened' || c.flags.includes('not_in_force'))
    problems.push(
      missing('action', 'a threat or a proposal is not a measure in force: reject the candidate'),
    );
  const removal = c.action === 'suspended' || c.action === 'lifted';
  const imposer = jurisdiction(c.imposer?.jurisdiction);
  if (!imposer) problems.push(missing('imposer.jurisdiction', 'the imposing country is not known'));
  const origins = [
    ...new Set(c.targets.map((t) => jurisdiction(t.jurisdiction)).filter((j): j is string => !!j)),
  ].filter((j) => j !== imposer);
  if (origins.length === 0)
    problems.push(missing('targets', 'no country of origin targeted is known'));
  const codes = [...new Set(c.products.flatMap((p) => p.hs.map((h) => h.replace(/\D/g, ''))))];
  const include = codes.filter((code) => !codes.some((o) => o !== code && code.startsWith(o)));
  if (include.length === 0)
    problems.push(missing('products.hs', 'no HS code: give the products their HS lines'));
  if (c.kind === null && !removal)
    problems.push(missing('kind', 'the kind of measure is not known'));
  const general = c.rates.find((r) => r.producer === undefined) ?? c.rates[0];
  if (!general && !removal) problems.push(missing('rates', 'no rate was found: give the rate'));
  const effective = c.dates.effective;
  if (!effective)
    problems.push(missing('dates.effective', 'the date it takes effect is not known'));
  const expires = c.dates.expires ?? undefined;
  if (effective && expires !== undefined && expires < effective)
    problems.push(
      missing('dates.expires', `it ends on ${expires}, before it takes effect on ${effective}`),
    );
  if (problems.length > 0 || !imposer || !effective) refuse('measure', problems);

  const scope = {
    include,
    ...(c.products.length > 0 ? { label: c.products.map((p) => p.text).join(', ') } : {}),
    approximate: true,
  };
  if (removal)
    return removalRecord(c, index, article, { imposer, origins, scope, effective, expires });
  if (!c.kind || !general) return refuse('measure', problems);
  const rate = { bp: general.bp };
  const duplicate = index
    .of<Measure>('measures')
    .find(
      ({ data: m }) =>
        m.imposer === imposer &&
        origins.some((o) => targetsOrigin(m.targets, o)) &&
        scopesOverlap(m.scope, scope) &&
        m.rate?.bp === rate.bp &&
        m.dates.effective === effective,
    );
  const changed =
    c.action === 'raised' || c.action === 'reduced'
      ? changedMeasures(index, imposer, origins, scope, effective).map((m) => m.id)
      : [];
  const producers = c.rates.filter((r) => r.producer !== undefined);
  const what = scope.label ?? include.join(', ');
  const from = origins.map(jurisdictionName).join(', ');
  const announced =
    c.dates.announced && c.dates.announced <= effective ? c.dates.announced : undefined;
  const notes = [provenance(article, c.key)];
  if (c.action === 'raised' || c.action === 'reduced')
    notes.push(
      changed.length > 0
        ? `the text says the rate was ${c.action}: on these goods from ${effective}, it takes the place of ${changed.join(', ')}`
        : `the text says the rate was ${c.action}; no recorded measure added duty on these goods on ${effective}`,
    );
  const record = {
    id: index.freshId(
      `${imposer.toLowerCase()}-${effective.slice(0, 4)}-${slug(c.kind, 16)}-${slug(what, 32)}`,
    ),
    title: `${jurisdictionName(imposer)}: ${formatBp(rate.bp)} ${c.kind} on ${what} from ${from}`,
    kind: c.kind,
    imposer,
    targets: { origins },
    scope,
    rate,
    ...(producers.length > 0
      ? {
          producerRates: producers.map((p) => ({
            producer: p.producer as string,
            rate: { bp: p.bp },
          })),
        }
      : {}),
    stacking:
      changed.length > 0
        ? { rule: 'replace' as const, measures: changed }
        : { rule: 'add' as const },
    dates: { ...(announced ? { announced } : {}), effective, ...(expires ? { expires } : {}) },
    ...(changed.length > 0 ? { relations: { amends: changed } } : {}),
    sources: [],
    confidence: confidenceOf(c),
    notes,
  };
  return duplicate ? { record, duplicate: duplicate.stored } : { record };
}

/**
 * A measure suspended or lifted on some goods from a day: a measure of kind `suspension` whose
 * stacking rule suspends, on those goods from that day, the recorded measures that levy duty on
 * them then (and amends them). Refused when none does, or when one of them takes the place of
 * others (a changed rate), which the measure editor ends instead.
 */
function removalRecord(
  c: MeasureCandidate,
  index: StoredIndex,
  article: Article,
  at: {
    imposer: string;
    origins: string[];
    scope: Measure['scope'];
    effective: string;
    expires: string | undefined;
  },
): { record: Omit<Measure, 'sources'> & { sources: string[] }; duplicate?: StoredRecord } {
  const { imposer, origins, scope, effective, expires } = at;
  const levied = changedMeasures(index, imposer, origins, scope, effective);
  const removed = levied.map((m) => m.id);
  const replacing = levied.filter(replacesNamed).map((m) => m.id);
  if (removed.length === 0 || replacing.length > 0)
    refuse('measure', [
      missing(
        'action',
        removed.length === 0
          ? `the text says a measure was ${c.action} from ${effective}, and no recorded measure levies duty on these goods then: record that measure first, or reject the candidate`
          : `the text says a measure was ${c.action} from ${effective}, and ${replacing.join(', ')} takes the place of others on these goods: end it in the measure editor`,
      ),
    ]);
  const duplicate = index.of<Measure>('measures').find(({ data: m }) => {
    const { stacking } = m;
    return (
      m.imposer === imposer &&
      stacking.rule === 'suspend' &&
      removed.every((id) => stacking.measures.includes(id)) &&
      scopesOverlap(m.scope, scope) &&
      m.dates.effective === effective
    );
  });
  const what = scope.label ?? scope.include.join(', ');
  const from = origins.map(jurisdictionName).join(', ');
  const done = c.action === 'lifted' ? 'lifting' : 'suspension';
  const announced =
    c.dates.announced && c.dates.announced <= effective ? c.dates.announced : undefined;
  const record = {
    id: index.freshId(
      `${imposer.toLowerCase()}-${effective.slice(0, 4)}-${done}-${slug(what, 32)}`,
    ),
    title: `${jurisdictionName(imposer)}: ${done} of its duties on ${what} from ${from}`,
    kind: 'suspension' as const,
    imposer,
    targets: { origins },
    scope,
    stacking: { rule: 'suspend' as const, measures: removed },
    dates: { ...(announced ? { announced } : {}), effective, ...(expires ? { expires } : {}) },
    relations: { amends: removed },
    sources: [],
    confidence: confidenceOf(c),
    notes: [
      provenance(article, c.key),
      `the text says the duties were ${c.action} from ${effective}${expires ? ` until ${expires}` : ''}: ${removed.join(', ')} not levied on these goods ${expires ? 'then' : 'from then'}`,
    ],
  };
  return duplicate ? { record, duplicate: duplicate.stored } : { record };
}

/** A title that leads a government: its head, or the head of its state. */
const LEADER_TITLE = /^(?:Prime Minister|President|Premier|Chancellor)\b/;

/** The offices (title and country) an actor holds on `date`, as comparable strings. */
function officesOn(index: StoredIndex, id: string, date: string): Set<string> {
  const actor = index.byId.get(id)?.data as Actor | undefined;
  return new Set(
    (actor?.roles ?? [])
      .filter((r) => roleHeldOn(r, date))
      .map((r) => `${r.jurisdiction ?? actor?.jurisdiction ?? ''}|${r.title}`),
  );
}

/**
 * True when the engagement was held between holders of the offices `ids` hold on `date`, one
 * for one: a new trade minister meeting the same commerce minister as their predecessor did.
 */
function sameOffices(
  index: StoredIndex,
  ids: readonly string[],
  date: string,
  e: Engagement,
): boolean {
  if (e.participants.length !== ids.length) return false;
  const mine = ids.map((id) => officesOn(index, id, date));
  const theirs = e.participants.map((id) => officesOn(index, id, e.date));
  const shared = (a: Set<string>, b: Set<string>) => [...a].some((o) => b.has(o));
  return (
    mine.every((o) => o.size > 0 && theirs.some((t) => shared(o, t))) &&
    theirs.every((t) => mine.some((o) => shared(o, t)))
  );
}

/**
 * The channel of talks an engagement of these actors on `date` is held in, and why: the channel
 * of the latest engagement recorded before it between the same actors; else between holders of
 * the same offices (a minister's successor meeting the same counterpart); else, when each of
 * them leads the government of a different party of one leaders' channel on the date, that
 * channel. Null when none tells; the reviewer may then set it in the editor.
 */
function channelFor(
  index: StoredIndex,
  ids: readonly string[],
  date: string,
): { id: string; why: string } | null {
  const same = (list: readonly string[]) =>
    list.length === ids.length && ids.every((id) => list.includes(id));
  const engagements = index.of<Engagement>('engagements').map(({ data }) => data);
  const before = engagements
    .filter((e) => e.channel !== undefined && e.date <= date && same(e.participants))
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  if (before?.channel)
    return { id: before.channel, why: `the channel of ${before.id}, between the same actors` };
  const byOffice = engagements
    .filter((e) => e.channel !== undefined && e.date <= date && sameOffices(index, ids, date, e))
    .sort((a, b) => b.date.localeCompare(a.date))[0];
  if (byOffice?.channel)
    return {
      id: byOffice.channel,
      why: `the channel of ${byOffice.id}, between holders of the same offices`,
    };
  const led = ids.map((id) => {
    const actor = index.byId.get(id)?.data as Actor | undefined;
    const role = actor?.roles?.find((r) => LEADER_TITLE.test(r.title) && roleHeldOn(r, date));
    return role && (role.jurisdiction ?? actor?.jurisdiction);
  });
  const parties = new Set(led);
  if (led.some((j) => j === undefined) || parties.size !== led.length) return null;
  const leaders = index
    .of<Channel>('channels')
    .map(({ data }) => data)
    .filter(
      (ch) =>
        ch.level === 'leaders' &&
        ch.parties.length === parties.size &&
        ch.parties.every((p) => parties.has(p)),
    );
  const only = leaders.length === 1 ? leaders[0] : undefined;
  return only
    ? { id: only.id, why: 'each participant leads the government of one of its parties' }
    : null;
}

function engagementRecord(c: EngagementCandidate, index: StoredIndex, article: Article) {
  const { ids, problems } = actorIds(
    index,
    c.participants.map((mention, i) => ({ mention, field: `participants.${i}` })),
  );
  if (c.participants.length === 0)
    problems.push(missing('participants', 'no participant: add the actors who took part'));
  if (!c.date) problems.push(missing('date', 'the date is not known'));
  if (problems.length > 0 || !c.date) {
    const unresolved = c.participants.filter((p) => p.actor === null).map((p) => `"${p.text}"`);
    if (unresolved.length > 0)
      throw new DetenteError(
        'invalid_argument',
        `participants ${unresolved.join(', ')} match no actor: edit the candidate and pick an actor for each${
          problems.length > unresolved.length
            ? `; also ${problems
                .filter((p) => !p.field?.endsWith('.actor'))
                .map((p) => p.message)
                .join('; ')}`
            : ''
        }`,
        problems,
      );
    refuse('engagement', problems);
  }
  const names = ids.map((id) => {
    const data = index.byId.get(id)?.data as { name?: string } | undefined;
    return data?.name ?? id;
  });
  const who =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  const outcomes = [...new Set([...c.outcomes, ...c.commitments].map((o) => oneLine(o.text)))]
    .filter(Boolean)
    .map((o) => clip(o, 500));
  const channel = channelFor(index, ids, c.date);
  const notes = [provenance(article, c.key)];
  notes.push(
    channel
      ? `channel ${channel.id}: ${channel.why}`
      : 'no channel: no engagement recorded between the same actors or offices tells it',
  );
  return {
    refs: channel ? [...ids, channel.id] : ids,
    record: {
      id: index.freshId(`eng-${c.date}-${slug(ids.join('-'), 48)}-${c.kind}`),
      date: c.date,
      title: `${ENGAGEMENT_LABEL[c.kind]}: ${who}${c.place ? ` in ${c.place}` : ''}`,
      kind: c.kind,
      ...(channel ? { channel: channel.id } : {}),
      participants: ids,
      ...(c.place ? { place: c.place } : {}),
      ...(outcomes.length > 0 ? { outcomes } : {}),
      sources: [] as string[],
      confidence: confidenceOf(c),
      notes,
    },
  };
}

function statementRecord(
  c: QuoteCandidate | PositionCandidate,
  index: StoredIndex,
  article: Article,
) {
  const mention = c.type === 'quote' ? c.speaker : c.actor;
  const field = c.type === 'quote' ? 'speaker' : 'actor';
  const { ids, problems } = actorIds(index, [{ mention, field }]);
  const text = oneLine(c.type === 'quote' ? c.text : spanText(article.text, c.span));
  if (!text) problems.push(missing(c.type === 'quote' ? 'text' : 'span', 'there are no words'));
  const speaker = ids[0];
  if (problems.length > 0 || !speaker) refuse(c.type, problems);
  // Words reported without a date are dated by the article that reports them, and say so.
  const date = c.date ?? article.published;
  const notes = [provenance(article, c.key)];
  if (!c.date) notes.push(`dated by the article's publication date (${article.published})`);
  const topic =
    c.type === 'position'
      ? c.topic
      : (article.title ?? `quoted by ${new URL(article.url).hostname}`);
  return {
    refs: [speaker],
    record: {
      id: index.freshId(`stmt-${date}-${speaker}-${slug(topic, 32)}`),
      speaker,
      date,
      kind: c.type,
      text: clip(text, 2000),
      stance: c.type === 'position' ? c.stance : 'neutral',
      topic: clip(oneLine(topic), 200),
      sources: [] as string[],
      confidence: c.date ? confidenceOf(c) : 'unverified',
      notes,
    },
  };
}

/**
 * Plans what accepting a candidate writes, or throws `invalid_argument` naming the candidate's
 * missing fields (an unresolved participant asks for an actor to be picked).
 *
 * @example
 * const plan = planAcceptance(candidate, article, await store.currentRecords());
 * // plan.writes: create src-2026-…, create eng-2026-06-05-mark-carney-li-qiang-call
 */
export function planAcceptance(
  c: Candidate,
  article: Article,
  records: readonly StoredRecord[],
): AcceptancePlan {
  const index = new StoredIndex(records);
  const excerpt = clip(oneLine(spanText(article.text, c.span)), MAX_EXCERPT);
  if (!excerpt)
    throw new DetenteError('invalid_argument', 'span: the candidate points at no text', [
      missing('span', 'the candidate points at no text'),
    ]);
  if (c.type === 'measure') {
    const { record, duplicate } = measureRecord(c, index, article);
    const parties = [record.imposer, ...(record.targets.origins as string[])];
    const dossier = duplicate?.dossier ?? chooseDossier(index, [], parties);
    const source = planSource(index, dossier, article, excerpt);
    if (duplicate) return sourceAdded(dossier, source, 'measures', duplicate);
    return withSource(dossier, source, 'measures', record);
  }
  if (c.type !== 'engagement') {
    const { refs, record } = statementRecord(c, index, article);
    const twin = sameStatement(index, record);
    const dossier = twin?.dossier ?? chooseDossier(index, refs, []);
    const source = planSource(index, dossier, article, excerpt);
    return twin
      ? sourceAdded(dossier, source, 'statements', twin)
      : withSource(dossier, source, 'statements', record);
  }
  const { refs, record } = engagementRecord(c, index, article);
  const twin = sameEngagement(index, record);
  const dossier = twin?.dossier ?? chooseDossier(index, refs, []);
  const source = planSource(index, dossier, article, excerpt);
  const plan = twin
    ? sourceAdded(dossier, source, 'engagements', twin)
    : withSource(dossier, source, 'engagements', record);
  const held = twin ? (twin.data as Engagement) : record;
  const commitments = commitmentRecords(c, held, index, article, source.id);
  return {
    ...plan,
    writes: [
      ...plan.writes,
      ...commitments.map((data) => ({
        op: 'create' as const,
        collection: 'commitments' as const,
        id: data.id,
        data,
      })),
    ],
    also: commitments.map((m) => ({ id: m.id, collection: 'commitments' as const })),
  };
}

/**
 * The recorded engagement a candidate tells again: one on the same day whose participants hold
 * all of the candidate's, or all of whose participants the candidate names ("Carney met Xi"
 * of a meeting recorded with their ministers). Two meetings of one leader with different
 * counterparts on one day stay two.
 */
function sameEngagement(
  index: StoredIndex,
  record: { date: string; participants: readonly string[] },
): StoredRecord | undefined {
  const allIn = (a: readonly string[], b: readonly string[]) => a.every((x) => b.includes(x));
  return index
    .of<Engagement>('engagements')
    .find(
      ({ data: e }) =>
        e.date === record.date &&
        (allIn(record.participants, e.participants) || allIn(e.participants, record.participants)),
    )?.stored;
}

/** Words compared as a reader does: case, spacing and marks aside. */
const wordsKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The recorded statement a candidate tells again: the same speaker, day and words. */
function sameStatement(
  index: StoredIndex,
  record: { speaker: string; date: string; text: string },
): StoredRecord | undefined {
  const words = wordsKey(record.text);
  return index
    .of<{ speaker: string; date: string; text: string }>('statements')
    .find(
      ({ data: t }) =>
        t.speaker === record.speaker && t.date === record.date && wordsKey(t.text) === words,
    )?.stored;
}

/**
 * A record already recorded gains the article as one more source, through the normal history;
 * nothing is written when it already cites it.
 */
function sourceAdded(
  dossier: string,
  source: { id: string; write: PlannedWrite | null },
  collection: CollectionName,
  twin: StoredRecord,
): AcceptancePlan {
  const existing = twin.data as { id: string; sources: string[] };
  const writes = source.write ? [source.write] : [];
  if (!existing.sources.includes(source.id))
    writes.push({
      op: 'update',
      collection,
      id: existing.id,
      data: { ...existing, sources: [...existing.sources, source.id] },
      expectedVersion: twin.version,
    });
  return { dossier, writes, record: { id: existing.id, collection }, source, also: [] };
}

/** "committed to cooperate on …", "agreed to hold …": what the parties undertook, as a task. */
const UNDERTAKING =
  /^(?:(?:they|both sides|the two sides)\s+)?(?:(?:have|had)\s+)?(?:committed|pledged|promised|vowed|undertook|agreed)\s+to\s+/i;

/** ", and to", " and to": the next of several undertakings told at once. */
const NEXT_TASK = /,?\s+and\s+to\s+|,\s+to\s+(?=[^,]*,?\s+and\s+to\s)/i;
/** A time limit the tasks share, told after the last: ", both by the end of March". */
const SHARED_LIMIT = /,?\s+(?:both|all|each)\s+((?:by|before|within|in)\s+[^,;]+)$/i;

/**
 * The tasks of one undertaking, each to be tracked on its own: "restart talks on pork and to set
 * up a working group on canola, both by the end of March" is two, each by the end of March. A
 * limit told after the last task alone is that task's.
 *
 * @example
 * separateTasks('resume the talks and to meet again by June');
 * // ['resume the talks', 'meet again by June']
 */
function separateTasks(task: string): string[] {
  const parts = task.split(NEXT_TASK);
  if (parts.length < 2) return [task];
  const last = parts.length - 1;
  const shared = SHARED_LIMIT.exec(parts[last] ?? '');
  if (!shared) return parts;
  parts[last] = (parts[last] ?? '').slice(0, shared.index);
  return parts.map((p) => `${p.replace(/[,;]$/, '')} ${shared[1]}`);
}

/**
 * The commitments an accepted engagement's readout tells, as records to track: each of the
 * candidate's commitments, and each outcome by which the sides agreed to do something ("agreed
 * to hold the next meeting in Beijing"), written as the task itself ("Hold the next meeting in
 * Beijing."), open from the engagement's day, its parties the participants' jurisdictions, due
 * by the limit its words set ("in the first half of 2027": 2027-06-30), if any. Tasks told at
 * once are tracked one by one (see separateTasks). One the engagement already has (the same
 * thing to do, by the same day when both words set one) is not added again.
 */
function commitmentRecords(
  c: EngagementCandidate,
  engagement: { id: string; date: string; participants: string[] },
  index: StoredIndex,
  article: Article,
  source: string,
): Commitment[] {
  const parties = [
    ...new Set(
      engagement.participants
        .map((id) => (index.byId.get(id)?.data as Actor | undefined)?.jurisdiction)
        .filter((j): j is string => j !== undefined),
    ),
  ];
  if (parties.length === 0) return [];
  const told = [
    ...c.commitments.map((x) => x.text),
    ...c.outcomes.map((x) => x.text).filter((t) => /^agreed\s+to\s/i.test(t)),
  ];
  // An engagement told again keeps the commitments it has; only new ones are added. A task is
  // the one recorded when it says the same thing to do, by the same day if both set one.
  const recorded = index
    .of<Commitment>('commitments')
    .filter(({ data: m }) => m.engagement === engagement.id)
    .map(({ data: m }) => ({ todo: wordsKey(beforeLimit(m.text)), due: m.due ?? null }));
  const known = (task: string) => {
    const todo = wordsKey(beforeLimit(task));
    const due = dueBy(task, engagement.date);
    return recorded.some(
      (r) => r.todo === todo && (r.due === null || due === null || r.due === due),
    );
  };
  const tasks = [
    ...new Set(told.flatMap((t) => separateTasks(oneLine(t).replace(UNDERTAKING, '')))),
  ].filter((t) => t && !known(t));
  return tasks.map((task) => {
    const id = index.freshId(`cmt-${engagement.date}-${slug(task, 40)}`);
    const text = clip(
      `${task.charAt(0).toUpperCase()}${task.slice(1).replace(/[.;,]$/, '')}.`,
      500,
    );
    const due = dueBy(task, engagement.date);
    return {
      id,
      engagement: engagement.id,
      parties,
      text,
      ...(due ? { due } : {}),
      status: [{ date: engagement.date, status: 'open' as const, sources: [source] }],
      sources: [source],
      notes: [provenance(article, c.key)],
    };
  });
}

function withSource(
  dossier: string,
  source: { id: string; write: PlannedWrite | null },
  collection: CollectionName,
  record: { id: string; sources: string[] } & Record<string, unknown>,
): AcceptancePlan {
  const data = { ...record, sources: [source.id] };
  return {
    dossier,
    writes: [
      ...(source.write ? [source.write] : []),
      { op: 'create', collection, id: record.id, data },
    ],
    record: { id: record.id, collection },
    source: { id: source.id },
    also: [],
  };
}
