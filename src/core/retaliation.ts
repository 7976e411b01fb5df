/**
 * The retaliation graph: measures and events as nodes, `respondsTo` as edges from the answer
 * to what it answers. Cycles are allowed (tit for tat); walks visit each node once.
 */
import type { Dossier } from './model/dossier.ts';

export interface ChainNode {
  readonly id: string;
  readonly kind: 'measure' | 'event';
  readonly title: string;
  readonly date: string;
  readonly actor: string;
  /** Further nodes in the same direction. */
  readonly next: readonly ChainNode[];
}

export interface Chain {
  readonly root: Omit<ChainNode, 'next'>;
  /** What the root responds to, and what those respond to, in turn. */
  readonly answers: readonly ChainNode[];
  /** What responded to the root, and what responded to those, in turn. */
  readonly answeredBy: readonly ChainNode[];
}

interface GraphNode {
  readonly id: string;
  readonly kind: 'measure' | 'event';
  readonly title: string;
  readonly date: string;
  readonly actor: string;
  readonly respondsTo: readonly string[];
}

export class RetaliationGraph {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly responders = new Map<string, string[]>();

  constructor(d: Pick<Dossier, 'measures' | 'events'>) {
    for (const m of d.measures) {
      this.add({
        id: m.id,
        kind: 'measure',
        title: m.title,
        date: m.dates.effective,
        actor: m.imposer,
        respondsTo: m.relations?.respondsTo ?? [],
      });
    }
    for (const e of d.events) {
      this.add({
        id: e.id,
        kind: 'event',
        title: e.title,
        date: e.date,
        actor: e.parties[0] ?? '',
        respondsTo: e.relations?.respondsTo ?? [],
      });
    }
  }

  private add(n: GraphNode) {
    this.nodes.set(n.id, n);
    for (const target of n.respondsTo) {
      const list = this.responders.get(target) ?? [];
      list.push(n.id);
      this.responders.set(target, list);
    }
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Ids of what the node responds to. */
  respondsTo(id: string): readonly string[] {
    return this.nodes.get(id)?.respondsTo.filter((t) => this.nodes.has(t)) ?? [];
  }

  /** Ids of what responded to the node. */
  respondedBy(id: string): readonly string[] {
    return this.responders.get(id) ?? [];
  }

  /** Both directions from one node; undefined when the id is not a measure or event. */
  chain(id: string): Chain | undefined {
    const root = this.nodes.get(id);
    if (!root) return undefined;
    const walk = (
      from: string,
      step: (id: string) => readonly string[],
      seen: Set<string>,
    ): ChainNode[] =>
      step(from)
        .filter((t) => !seen.has(t) && this.nodes.has(t))
        .map((t) => {
          seen.add(t);
          const n = this.nodes.get(t) as GraphNode;
          return {
            id: n.id,
            kind: n.kind,
            title: n.title,
            date: n.date,
            actor: n.actor,
            next: walk(t, step, seen),
          };
        });
    const { respondsTo: _respondsTo, ...rootView } = root;
    return {
      root: rootView,
      answers: walk(id, (x) => this.respondsTo(x), new Set([id])),
      answeredBy: walk(id, (x) => this.respondedBy(x), new Set([id])),
    };
  }
}
