/** Shapes of the API's answers, as far as the UI reads them (see /api/v1/openapi.json). */

export interface SourceLink {
  id: string;
  title: string;
  url?: string;
}
export interface Link {
  id: string;
  title: string;
}

export interface Measure {
  id: string;
  title: string;
  imposer: string;
  kind: string;
  instrument?: string;
  programme?: string;
  rationale?: string;
  confidence?: string;
  rate?: { bp: number };
  dates: { announced?: string; effective?: string; expires?: string; [k: string]: unknown };
  targets?: { origins?: string[] };
  scope?: { label?: string; include?: string[] };
  notes?: string[];
  sources?: string[];
  [k: string]: unknown;
}

export interface MeasureView {
  measure: Measure;
  version: number;
  dossier: string;
  ends: { date: string; why: string } | null;
  respondsTo: Link[];
  respondedBy: Link[];
  sourceLinks: SourceLink[];
}

export interface StoredRecord {
  id: string;
  collection: string;
  dossier: string;
  version: number;
  record: { id: string; [k: string]: unknown };
}

export interface TimelineEntry {
  date: string;
  kind: 'measure' | 'event' | 'engagement' | 'statement';
  step?: 'announced' | 'in-force' | 'ended';
  id: string;
  title: string;
  detail?: string;
  parties: string[];
  sourceLinks: SourceLink[];
}

export interface Layer {
  measureId: string;
  title: string;
  kind: string;
  rule: string;
  bp: number;
  instrument?: string;
  effective: string;
  until?: string;
  confidence?: string;
  sources: SourceLink[];
}

export interface LineDuty {
  line: string;
  base: {
    baseRateId: string;
    line: string;
    bp: number;
    description?: string;
    sources?: SourceLink[];
  } | null;
  layers: Layer[];
  /** the layer a measure took away: a measure's (title) or the base rate's (description) */
  removed: {
    reason: string;
    by: string;
    layer: { measureId?: string; title?: string; baseRateId?: string; description?: string };
  }[];
  conditional?: { measureId?: string; title?: string; condition?: unknown; bp?: number }[];
  total: { bp: number };
  next: {
    date: string;
    total: { bp: number };
    started?: Layer[];
    ended?: Layer[];
  } | null;
  warnings: string[];
}

export type DutyAnswer = {
  kind: 'line' | 'by-line';
  query: { line: string; origin: string; destination: string; date: string };
} & (LineDuty | { lines: LineDuty[] });

export interface Commitment {
  id: string;
  text?: string;
  due?: string;
  status?: { status: string; date: string }[];
}

/** A commitment and its status on the day asked about. */
export interface CommitmentState {
  commitment: Commitment;
  status: string;
  since: string | null;
  /** its due date has passed and it is not met */
  pastDue: boolean;
}

export interface ChannelHealth {
  channel: { id: string; name?: string; level?: string; cadenceDays?: number };
  status: 'on-time' | 'overdue' | 'never-met';
  daysSince: number | null;
  nextDue: string | null;
  engagements?: { id: string; date: string; title: string }[];
  commitments: CommitmentState[];
}

export interface Overview {
  pair: string[];
  on: string;
  directions: { imposer: string; target: string; inForce: MeasureView[] }[];
  channels: {
    on: string;
    channels: ChannelHealth[];
    otherCommitments: CommitmentState[];
  };
  latestEngagements: TimelineEntry[];
  recent: TimelineEntry[];
}

export interface HistoryEntry {
  version: number;
  op: 'create' | 'update' | 'delete';
  at: string;
  author: string;
  reason: string;
  origin: string | null;
  changes: { path: string; before?: unknown; after?: unknown }[];
}
