/**
 * The parties of each of several rate groups of a sentence: the imposer its own stretch names (a
 * country inside the rate's noun phrase, one said to have put the measure in place, the subject
 * before a verb coordinated with none of its own, a country owning the group's measure, a subject
 * of its own) and its own origins, the groups split where their items name different origins
 * ("41.2% for other Chinese exporters and 16.7% for Vietnamese shippers").
 */
import { within } from './doc.ts';
import { MEASURE_WORD } from './measure-acts.ts';
import { OPENING_BREAK, measureClause } from './measure-clauses.ts';
import { RANGE_AND, type Group } from './measure-groups.ts';
import type { Told } from './measure-reading.ts';
import {
  ALL_ORIGINS,
  OWNER_AFTER,
  SUBJECT_VERB,
  placerAfter,
  type Roles,
} from './measure-roles.ts';
import type { PlaceMention } from './places.ts';
import type { RateHit } from './rates.ts';

/** A verb of an act coordinated with no subject of its own: ", and lowered its tariff on …". */
const COORDINATED_ACT =
  /,\s+and\s+(?:also\s+|then\s+)?(?:lowered|raised|cut|reduced|removed|lifted|suspended|scrapped|imposed|increased|extended|halved|doubled)\s+(?:its|their|the)\b/g;

/** The offset of the last match of a global pattern in a text, or null. */
function lastMatch(pattern: RegExp, text: string): number | null {
  let at: number | null = null;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) at = m.index;
  return at;
}

/** A place acting as the subject of a rate group of its own: "Beijing answered Ottawa with …". */
const GROUP_SUBJECT_VERB =
  /^\s+(?:then\s+|later\s+|also\s+)?(?:answered|responded|retaliated|imposed|placed|put|levied|slapped|hit back|struck back|fired back)\b/;

/**
 * A country between a rate and its measure's word, "the 40% American tariff on …": what lies
 * between the rate and the country, then between the country and the measure's word.
 */
const OWNER_INSIDE_BEFORE = /^\s+(?:[\w-]+\s+)?$/;
const MEASURE_AFTER_OWNER = new RegExp(`^\\s+(?:[\\w-]+\\s+)?${MEASURE_WORD.source}`, 'i');

/**
 * The parties a rate's own noun phrase names: the country between the rate and the measure's
 * word imposes it ("the 40% American tariff on Brazilian beef"), on the places named after
 * that word up to `end`. Null when no country stands there, or no place follows it.
 */
function phraseOwner(told: Told, rate: RateHit, end: number): Roles | null {
  const { text, places } = told;
  const owner = within(places, rate.end, Math.min(end, rate.end + 40)).find(
    (p) =>
      OWNER_INSIDE_BEFORE.test(text.slice(rate.end, p.start)) &&
      MEASURE_AFTER_OWNER.test(text.slice(p.end, p.end + 60)),
  );
  if (!owner) return null;
  const targets = within(places, owner.end, end).filter((p) => p.code !== owner.code);
  return targets.length > 0 ? { imposer: owner, targets } : null;
}

/**
 * The imposer of one of several rate groups: the one its own stretch names, else, for a rate
 * listed after another with no verb of its own ("Ottawa's surtaxes of 100% on EVs and 25% on
 * steel"), the imposer of the group before (`listed`) and the targets it read of its own
 * ("Beijing answered Ottawa with 100% duties on canola oil and 25% on pork"), else the
 * sentence's.
 */
export function groupImposer(told: Told, group: Group, listed: Roles | null): Roles {
  const { sentenceRoles, verbAt } = told;
  // Places before the measure's clause ("… by China's ministry, a week after the federal
  // government announced …") are those of another act.
  const inGroup = within(told.places, Math.max(group.from, told.clause.start), group.to);
  const stretch = told.text.slice(group.from, group.to);
  // "Beijing has linked its measures to the 100% surtax Ottawa put on Chinese-made EVs": the
  // country said to have put the rate's measure in place imposes it, on the goods told after.
  const rate = group.rates.at(-1);
  // "duties of between 8.2% and 17.9% that the EU imposed": both ends of a range are put.
  const next = rate ? told.rates[told.rates.indexOf(rate) + 1] : undefined;
  const end = rate && next && RANGE_AND.test(told.text.slice(rate.end, next.start)) ? next : rate;
  const placer = end ? placerAfter(told.text, told.places, end.end) : null;
  // "… in response to the 40% American tariff on Brazilian beef": a country named inside the
  // rate's own noun phrase owns it, on the goods of the places named after its word.
  const inPhrase = rate ? phraseOwner(told, rate, Math.max(group.to, group.dateTo)) : null;
  if (inPhrase) return inPhrase;
  if (rate && placer) {
    const after = within(told.places, rate.end, Math.max(group.dateTo, rate.end));
    const targets = told
      .rolesOf(after, placer.end + 1)
      .targets.filter((t) => t.code !== placer.code);
    return {
      imposer: placer,
      targets:
        targets.length > 0 ? targets : sentenceRoles.targets.filter((t) => t.code !== placer.code),
    };
  }
  // "… it placed on Indian goods over New Delhi's purchases, and lowered its tariff on India to
  // 18%": a verb coordinated with no subject of its own acts for the subject before; the
  // places before it belong to the clause before.
  const coordinated = lastMatch(COORDINATED_ACT, stretch);
  if (coordinated !== null && listed?.imposer) {
    const after = inGroup.filter((p) => p.start >= group.from + coordinated);
    const targets = told.rolesOf(after, group.from + coordinated).targets;
    return {
      imposer: listed.imposer,
      targets: targets.filter((t) => t.code !== listed.imposer?.code),
    };
  }
  // "…, imposed on Monday in retaliation for Lima's 40% duty": a rate in a subordinate clause
  // of its own takes its parties from that clause.
  const clauseStart = rate ? measureClause(told.text, told.s, rate.start).start : group.from;
  const inClause = inGroup.filter((p) => p.start >= clauseStart);
  if (clauseStart > group.from && inClause.length > 0) {
    const roles = told.rolesOf(inClause, group.to);
    if (roles.imposer) return roles;
  }
  // "Canada's suspension of the 25% surtax …, and China's suspension of its 100% tariff on
  // Canadian canola": a country owning the group's own measure, or its act, imposes it.
  const owner = inGroup.find(
    (p) => p.via !== 'demonym' && OWNER_AFTER.test(told.text.slice(p.end, p.end + 60)),
  );
  if (owner && listed?.imposer && owner.code !== listed.imposer.code) {
    const after = inGroup.filter((p) => p.start > owner.end && p.code !== owner.code);
    const targets = told.rolesOf(after, owner.end + 1).targets;
    return {
      imposer: owner,
      targets:
        targets.length > 0 ? targets : sentenceRoles.targets.filter((t) => t.code !== owner.code),
    };
  }
  // "…, and Beijing answered Ottawa with 100% duties on canola oil": a subject of the group's
  // own, with the places from it on.
  const subject = inGroup.find((p) => GROUP_SUBJECT_VERB.test(told.text.slice(p.end, group.to)));
  const own = subject
    ? told.rolesOf(
        inGroup.filter((p) => p.start >= subject.start),
        subject.end + 1,
      )
    : told.rolesOf(inGroup, verbAt > group.from ? verbAt : group.to);
  if (own.imposer !== null) {
    const targets =
      own.targets.length > 0
        ? own.targets
        : sentenceRoles.targets.filter((t) => t.code !== own.imposer?.code);
    return { imposer: own.imposer, targets };
  }
  if (listed?.imposer && !SUBJECT_VERB.test(told.text.slice(group.from, group.to)))
    return {
      imposer: listed.imposer,
      targets: listed.targets.length > 0 ? listed.targets : sentenceRoles.targets,
    };
  return sentenceRoles;
}

/**
 * The origins of one of several rate groups: "34% on goods from China and 20% on goods from
 * the EU" gives each rate its own. They are read in the rate's own clause, up to ", while",
 * "; " or ", and" past the break that opens it ("8.4%, and Bolivian nails will face 5%"),
 * else just before the rate ("… while European producers face 34.5%"). A sentence whose first
 * rate follows its origin (`originsLead`: "Chinese mills will pay 33.57% and Japanese mills
 * 28.16%") gives every rate the origin before it. Null for a rate on every origin, which
 * makes no candidate.
 */
export function groupOrigins(
  told: Told,
  group: Group,
  roles: Roles,
  originsLead: boolean,
): Roles | null {
  const { text, places, rolesOf } = told;
  const named = group.origins?.filter((o) => o.code !== roles.imposer?.code) ?? [];
  if (named.length > 0) return { imposer: roles.imposer, targets: named };
  const stretch = text.slice(group.dateFrom, group.dateTo);
  const opening = OPENING_BREAK.exec(stretch)?.[0].length ?? 0;
  const cut = /,\s+(?:while|whereas|but|and)\b|;|\bwhile\b/.exec(stretch.slice(opening));
  const clauseEnd = cut ? group.dateFrom + opening + cut.index : group.dateTo;
  const lead = leadOrigin(told, group, roles);
  let own: PlaceMention[] = originsLead && lead ? [lead] : [];
  if (own.length === 0) {
    const after = rolesOf(within(places, group.dateFrom, clauseEnd), group.dateFrom);
    own = after.targets.filter((t) => t.code !== roles.imposer?.code);
  }
  if (own.length === 0 && lead) own = [lead];
  if (own.length > 0) return { imposer: roles.imposer, targets: own };
  if (ALL_ORIGINS.test(text.slice(group.dateFrom, group.dateTo))) return null;
  return roles;
}

/**
 * A rate's own item naming whom it falls on: "41.2% for all other Chinese exporters",
 * "11.3% on Saudi ones", "9.7% for goods from Indonesia".
 */
const ITEM_FOR = /^\s*(?:for|on|from)\s/i;
/** Where a rate's item ends before the next rate: a clause or another sentence part. */
const ITEM_END = /[,;:]|\s(?:while|whereas|but|after|as|which)\s/;
/** An item naming no origin that the next item's "other" producers share ("… for other Chinese …"). */
const OTHER_ORIGIN = /\bother\b/i;

/** The origins the item after one rate names, each once, up to the next rate or clause. */
function itemOrigins(told: Told, rate: RateHit, next: RateHit | undefined): PlaceMention[] {
  const { text, s, places } = told;
  if (!ITEM_FOR.test(text.slice(rate.end, rate.end + 8))) return [];
  const limit = Math.min(next?.start ?? s.end, rate.end + 120);
  const cut = ITEM_END.exec(text.slice(rate.end, limit));
  const named = within(places, rate.end, cut ? rate.end + cut.index : limit);
  return named.filter((p, i) => named.findIndex((q) => q.code === p.code) === i);
}

/**
 * An item written before its rate: "for Delbrook Polymers LLC, " or "for other Japanese companies: ",
 * or with no "for" after the rate before it: "…, all other Chinese exporters 28.8% and Vietnamese
 * suppliers 17.2%".
 */
const ITEM_BEFORE_RATE =
  /(?:(?:^|[:;]\s*)for\s+([^:;%]{2,120}?)[,:]\s*$|^(?:,|,?\s+and)\s+((?:all\s+)?(?:other\s+)?\p{Lu}\p{Ll}+\s+(?:companies|producers|exporters|suppliers|manufacturers|shippers|firms|mills))\s+$)/iu;

/** The item written before a rate, after the rate before it: its words and the origins they name. */
function itemBefore(
  told: Told,
  rate: RateHit,
  previous: RateHit | undefined,
): { words: string; places: PlaceMention[] } {
  const { text, s, places } = told;
  const from = Math.max(previous?.end ?? s.start, rate.start - 160);
  const m = ITEM_BEFORE_RATE.exec(text.slice(from, rate.start));
  const words = m?.[1] ?? m?.[2];
  if (!m || !words) return { words: '', places: [] };
  const at = from + m.index + m[0].indexOf(words);
  const named = within(places, at, at + words.length);
  return {
    words,
    places: named.filter((p, i) => named.findIndex((q) => q.code === p.code) === i),
  };
}

/**
 * Rate groups split where their items name different origins: "28.4% for Acme Co., 41.2% for
 * other Chinese exporters and 16.7% for Vietnamese shippers" gives the Chinese rates and the
 * Vietnamese one apart, and "6.6% on Omani producers and 11.3% on Saudi ones" each rate its
 * own, and so do items written before their rates ("for Kurohana Co., 27.4%; for other Japanese
 * companies, 61.3%; for Delbrook LLC, 39.8%; for other United States companies, 74.6%"). An
 * item naming none joins the next one when that one's are "other" producers, else the one before.
 * Groups are kept as they are when the items name fewer than two origins.
 */
export function byItemOrigin(told: Told, groups: readonly Group[]): Group[] {
  const rates = groups.flatMap((g) => g.rates);
  const key = (ps: readonly PlaceMention[]) => [...new Set(ps.map((p) => p.code))].join('+');
  const originCount = (items: readonly PlaceMention[][]) =>
    new Set(items.map(key).filter((k) => k !== '')).size;
  const after = rates.map((r, i) => itemOrigins(told, r, rates[i + 1]));
  // "for Kurohana Co., 27.4%; for other Japanese companies, 61.3%; for Delbrook LLC, 39.8%":
  // the items written before their rates.
  const before = rates.map((r, i) => itemBefore(told, r, rates[i - 1]));
  const useBefore = originCount(after) < 2 && originCount(before.map((b) => b.places)) >= 2;
  if (originCount(after) < 2 && !useBefore) return [...groups];
  const places = useBefore ? before.map((b) => b.places) : after;
  // The words of each item, where "other" producers are told.
  const itemText = (i: number) => {
    const r = rates[i];
    return useBefore ? (before[i]?.words ?? '') : r ? told.text.slice(r.end, r.end + 40) : '';
  };
  const filled = places.map((ps, i) => {
    if (ps.length > 0) return ps;
    const next = places.slice(i + 1).find((n) => n.length > 0);
    const nextAt = places.indexOf(next ?? []);
    const earlier = places.slice(0, i).findLast((b) => b.length > 0);
    if (next && nextAt >= 0 && OTHER_ORIGIN.test(itemText(nextAt))) return next;
    return earlier ?? next ?? [];
  });
  return groups.flatMap((g) => {
    const out: Group[] = [];
    for (const r of g.rates) {
      const origins = filled[rates.indexOf(r)] ?? [];
      const last = out.at(-1);
      if (last && key(last.origins ?? []) === key(origins)) last.rates.push(r);
      else out.push({ ...g, rates: [r], origins });
    }
    return out;
  });
}

/** The origin named last before the rate of a group ("Chinese mills will pay 33.57%"). */
export function leadOrigin(told: Told, group: Group, roles: Roles): PlaceMention | null {
  const lead = told.rolesOf(within(told.places, group.from, group.dateFrom), group.from);
  return lead.targets.filter((t) => t.code !== roles.imposer?.code).at(-1) ?? null;
}
