/**
 * People through the actor directory: its entries a name or a surname matches, the one of them
 * holding a role named just before the name on the date (pickEntry), and role descriptions with
 * no name after them resolved through the roles held on the date (findRoles: "Canada's prime
 * minister").
 */
import { roleHeldOn } from '../core/model/actor.ts';
import type { ActorDirectoryEntry } from './candidates.ts';
import type { PeopleContext, PersonMention } from './people-mentions.ts';
import { escape } from './people-name-patterns.ts';
import { tokensOf } from './people-surnames.ts';
import { placeCode } from './places.ts';

/** The directory's people, by every token of their name, for surname look-ups. */
export function directoryMatches(name: string, directory: readonly ActorDirectoryEntry[]) {
  const lower = name.toLowerCase();
  const exact = directory.filter((a) => a.name.toLowerCase() === lower);
  if (exact.length > 0) return exact;
  if (name.includes(' ')) return [];
  return directory.filter(
    (a) => a.kind === 'person' && tokensOf(a.name.toLowerCase()).includes(lower),
  );
}

/** The words just before `start`, in lower case, where a title before a name is looked for. */
export function titleBefore(text: string, start: number): string {
  return text.slice(Math.max(0, start - 60), start).toLowerCase();
}

/** Picks among directory entries: the one holding a role named just before, on the date. */
export function pickEntry(
  entries: readonly ActorDirectoryEntry[],
  before: string,
  date: string,
): ActorDirectoryEntry | undefined {
  if (entries.length <= 1) return entries[0];
  const withRole = entries.filter((e) =>
    (e.roles ?? []).some((r) => roleHeldOn(r, date) && before.includes(r.title.toLowerCase())),
  );
  return withRole.length === 1 ? withRole[0] : undefined;
}

/**
 * Role descriptions with no name after them ("Canada's prime minister", "the Chinese
 * premier"), resolved through the directory's roles held on the date.
 */
export function findRoles(
  text: string,
  ctx: PeopleContext,
  named: readonly PersonMention[],
): PersonMention[] {
  const out: PersonMention[] = [];
  const titles = new Map<
    string,
    { entry: ActorDirectoryEntry; jurisdiction: string | undefined }[]
  >();
  for (const e of ctx.directory) {
    for (const r of e.roles ?? []) {
      if (!roleHeldOn(r, ctx.date)) continue;
      const t = r.title.toLowerCase();
      titles.set(t, [
        ...(titles.get(t) ?? []),
        { entry: e, jurisdiction: r.jurisdiction ?? e.jurisdiction },
      ]);
    }
  }
  if (titles.size === 0) return out;
  const anyCase = (t: string) =>
    escape(t).replace(/\p{L}/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
  const re = new RegExp(
    `\\b(?:[Tt]he\\s+)?([A-Z][\\p{L}.]+(?:\\s[A-Z][\\p{L}]+)?(?:'s|[’\x92]s)?\\s+)?(${[...titles.keys()].map(anyCase).join('|')})\\b`,
    'gu',
  );
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (named.some((n) => n.start >= end && n.start <= end + 2)) continue; // a name follows
    const where = m[1] ? placeCode(m[1].trim().replace(/(?:'s|[’\x92]s)$/, '')) : null;
    const holders = titles.get((m[2] ?? '').toLowerCase()) ?? [];
    const fit = holders.filter((h) => where === null || h.jurisdiction === where);
    if (fit.length !== 1 || !fit[0]) continue;
    const { entry, jurisdiction } = fit[0];
    out.push({
      text: m[0],
      start,
      end,
      name: entry.name,
      actor: entry.id,
      jurisdiction: jurisdiction ?? null,
      byRole: true,
    });
  }
  return out;
}
