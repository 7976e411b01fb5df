/**
 * Measure candidates: a sentence that names a duty (tariff, surtax, anti-dumping duty …) and
 * says something about it (a rate, or an act: imposing, raising, suspending, lifting) becomes
 * one candidate per rate group. "100% on canola oil and peas, and 25% on pork" gives two
 * candidates; company-specific rates ("17% for BYD, 35.3% for SAIC") stay in one candidate
 * with their producers, one per clause. A table of rates written as lines of cells ("Exporter
 * | Rate of duty") gives one candidate per origin, its parties, goods and dates taken from the
 * measure named above it; so does a list of "origin – producer: rate" lines after a line
 * ending in a colon. Words inside quotation marks are left to the quote finder.
 * Goods the lexicon does not know are taken as the words of the text ("on Indian goods").
 *
 * Who imposes and who is targeted is read from the sentence's shape: a country before the
 * verb or owning the measure ("China's tariffs") imposes; a demonym on the goods ("Chinese
 * EVs") or a country after "on", "against", "from" is targeted. What a sentence leaves out is
 * taken from the previous measure of the same passage, or from the two parties the text is
 * about. Sentences that only add to the measures just found ("The duties take effect on
 * March 20", "They apply from November 12") date them instead of making new ones, and a
 * measure named without its rate merges into the rated candidate it describes. A measure
 * sentence opens an act that later sentences of its passage (the same or the next paragraph,
 * no quotation between) add to: rates assigned to producers or origins with no word of the
 * measure ("Hanul received 9.6%", "It is 3.9%"), each on its producer's origin or the one
 * the passage turned to, with the act's imposer, goods and dates.
 *
 * Confidence = 0.25, plus 0.2 when the imposer is read in the sentence (0.1 when carried from
 * context), 0.2 for a target read in the sentence (0.1 from context), 0.15 for a rate, 0.1 for
 * products found in the lexicon, 0.1 for a known kind of measure; minus 0.1 for a threat.
 *
 * This file reads a text sentence by sentence, in named steps; the rules they apply live in
 * measure-acts.ts (the words of a measure, its kind and act), measure-clauses.ts (the clauses
 * it is read in), measure-roles.ts (imposer and targets), measure-dates.ts (announced and
 * effective dates), measure-groups.ts (rate groups of a sentence), measure-tables.ts (tables
 * and lists of rates) and measure-drafts.ts (the candidates in the making and their merging).
 * The steps themselves live in measure-reading.ts (what the reading carries from one
 * sentence to the next), measure-table-reading.ts (a table met in the reading),
 * measure-own-rates.ts (the rates a sentence sets for its measure), measure-acted.ts (the
 * measure a sentence with no rate acts on), measure-stretch.ts (the measure's own clause and the
 * act read there), measure-sentence-roles.ts (the places that may be parties),
 * measure-announcement.ts (whether a sentence's day is its measure's announcement),
 * measure-continuations.ts (sentences that go on about the measures just told),
 * measure-group-roles.ts, measure-parties.ts, measure-group-dates.ts and measure-group-drafts.ts
 * (the parties, dates and candidate of each rate group), measure-split-acts.ts (the measures
 * told beside the act) and measure-ends.ts (when a measure stops).
 */

import type { MeasureCandidate } from './candidates.ts';
import { datelineCountry, isHeadline, isQuoted, placeMention, within, type Doc } from './doc.ts';
import type { ProductHit } from './lexicon.ts';
import { actedMeasureAt } from './measure-acted.ts';
import {
  ACT,
  DEMAND,
  MEASURE_WORD,
  PART_REMOVED,
  PENDING,
  PENDING_TAIL,
  UNCERTAIN,
  untouched,
} from './measure-acts.ts';
import {
  announcedDay,
  datesNamedBack,
  onlyNamedAt,
  reactedAfter,
  startedLongBefore,
} from './measure-announcement.ts';
import { inSpeech } from './measure-clauses.ts';
import {
  ANNOUNCED_BACK,
  ASSIGNED,
  COVERS_TOO,
  NOT_A_DUTY,
  RATE_SET,
  REFERS_BACK,
  TOGETHER_WITH,
  addGoods,
  collectedNext,
  goesOnAbout,
  partiesBefore,
  rateOfNamed,
} from './measure-continuations.ts';
import {
  OWN_TIME,
  announcedBefore,
  dateGroup,
  datesOf,
  readSentenceDates,
} from './measure-dates.ts';
import { byProducts, markPending, mergeUnrated, type Draft } from './measure-drafts.ts';
import { withEnds } from './measure-ends.ts';
import { withBlocTargets } from './measure-bloc-rates.ts';
import { withJointImposers } from './measure-joint.ts';
import { groupDraft } from './measure-group-drafts.ts';
import { byItemOrigin, groupImposer, groupOrigins, leadOrigin } from './measure-group-roles.ts';
import {
  answeredMeasure,
  coordinatedUnrated,
  exemptedGoods,
  groupByRate,
  mainClauseAct,
  mirroredAct,
} from './measure-groups.ts';
import {
  COMPARED_TAIL,
  leftAsIs,
  pastStateClause,
  ratesOfMeasure,
  stateOnly,
} from './measure-own-rates.ts';
import {
  PASSAGE_REACH,
  openAct,
  type Reading,
  type RolesOf,
  type Told,
} from './measure-reading.ts';
import {
  ORIGINS_TOLD,
  RELIEF,
  bodyOwner,
  gazetteCountry,
  governingVerb,
  leadSubject,
  originsOnly,
  placesByCount,
  readRoles,
  regionHome,
  type Roles,
} from './measure-roles.ts';
import {
  answeredStretch,
  decidedRoles,
  inProducerName,
  notMarkets,
  recalledRoles,
} from './measure-sentence-roles.ts';
import { recalledUnderRemoval, splitCoordinated } from './measure-split-acts.ts';
import { measureStretch, readAct } from './measure-stretch.ts';
import { readTable } from './measure-table-reading.ts';
import { readRates } from './rates.ts';
import type { Range, Sentence } from './sentences.ts';

export { measureClause } from './measure-clauses.ts';

export function findMeasures(doc: Doc): MeasureCandidate[] {
  const notice = gazetteCountry(doc);
  const reading: Reading = {
    doc,
    drafts: [],
    ranked: placesByCount(doc),
    home: datelineCountry(doc) ?? notice ?? bodyOwner(doc),
    notice,
    regionHome: regionHome(doc.text),
    previous: null,
    lastGroup: [],
    tableEnd: -1,
    act: null,
  };
  doc.sentences.forEach((s, index) => {
    if (isHeadline(doc, index) || index <= reading.tableEnd) return;
    if (readTable(reading, index)) {
      reading.act = { drafts: [...reading.lastGroup], last: reading.tableEnd };
      return;
    }
    readSentence(reading, s, index);
  });
  return withJointImposers(
    doc,
    withBlocTargets(
      withEnds(
        doc,
        withDateFlags(mergeUnrated(doc, reading.drafts).filter((d) => saysWhat(doc, d))),
      ),
    ),
  );
}

/**
 * A ruling on goods with the clause of its duties after it: "welcomed China's final ruling on
 * Canadian canola seed, which sets duties of between 4.8% and 18.5%".
 */
const RULING_ON_GOODS_END =
  /\b(?:ruling|determination|decision|order|regulation|decree|notice)\s+on\s+(?:imports\s+of\s+)?[^,;.]{1,60},\s+(?:which|that)\s*$/i;

/**
 * The goods of the ruling a measure's clause opens after, when the clause names none: its
 * duties are on them.
 */
function rulingGoods(
  text: string,
  products: readonly ProductHit[],
  clause: { readonly start: number },
): ProductHit[] {
  const before = text.slice(Math.max(0, clause.start - 120), clause.start);
  const ruling = RULING_ON_GOODS_END.exec(before);
  if (!ruling) return [];
  const from = clause.start - before.length + ruling.index;
  return products.filter((p) => p.start >= from && p.end <= clause.start);
}

/** A question ("Is China prepared to lift its tariffs on …?"): it asks about an act, tells none. */
const QUESTION = /\?["'’\x92”\x94)]*\s*$/;
/**
 * A question about an act to come, whatever rate it names: "When will the minister get the
 * 100% tariff removed?", "Will Lima cut its 25% duty?", also after the label of who asks and
 * the name of who is asked ("REPORTER: Mr. Li, will China lift the 25% tariff?"). One about an
 * act done ("Why did Lima impose a 25% duty?") recalls it.
 */
const FUTURE_ASKED =
  /^[^\p{L}]*(?:[^:?\n]{1,80}:\s+)?(?:(?:Mr|Ms|Mrs|Dr|Madam|Minister|Secretary|Commissioner|Ambassador)\.?\s+\p{Lu}[\p{L}'’\x92-]*,\s+)?(?:(?:when|how\s+soon|why)\s+(?:will|would|can|could|won['’\x92]t)\b|(?:will|would|can|could|shall|should)\s)/iu;

/**
 * Goods of an origin that will pay a rate, with no word of a duty and no measure told before:
 * "cars from China, India and South Korea will pay 50%, starting January 1". The rate is a duty
 * on them; the measure's word is taken to stand at "will pay".
 */
const PAYS_RATE =
  /\b(?:will|shall)\s+pay\s+(?=\d{1,3}(?:\.\d{1,2})?\s*(?:%|per ?cent\b|percent\b)(?!\s+(?:more|less|of)\b))/;
/** The origin before PAYS_RATE: "from China, India and South Korea ". */
const ORIGIN_BEFORE = /\bfrom\s+(?:the\s+)?\p{Lu}[^.;]{0,120}?\s$/u;
const originPaysRate = (sentence: string) => {
  const m = PAYS_RATE.exec(sentence);
  return m && ORIGIN_BEFORE.test(sentence.slice(Math.max(0, m.index - 160), m.index)) ? m : null;
};

/**
 * ", two days after President Trump announced": a clause set off by "after" or "when" with a
 * subject of its own, a person or a country, before a verb of the act.
 */
const SUBJECT_AFTER_CUT =
  /,\s+(?:(?:a|one|two|three|four|five|six|several)\s+(?:days?|weeks?|months?)\s+)?(?:after|when)\s+(?=(?:\p{Lu}[\p{L}.'’\x92-]*\s+){1,4}(?:had\s+|has\s+)?(?:announced|imposed|placed|slapped|levied|raised|put|set|ordered|signed)\b)(?![^,;]*[,;])/u;

/** An act told as an answer to another: its target is the party answered. */
const ANSWERS = /\b(?:answer(?:s|ed)?|respond(?:s|ed)?|retaliat(?:es|ed)|(?:hit|struck) back)\b/i;

/**
 * True when a draft says what its measure is: a rate, the goods it covers, or its end ("lifted its
 * tariffs on Canada" leaves a rate of 0; a ban's end only with goods of the lexicon). "Canada
 * announced new surtaxes" alone, "tariffs imposed by the United States", or a rate with neither
 * party and no act ("the 15% rate is only as safe as …") names no measure a reviewer could record;
 * nor do goods with no rate when the sentence names no target ("Canada announced surtaxes on
 * steel"), unless it answers a measure ("Beijing answered that measure with duties on canola oil").
 */
function saysWhat(doc: Doc, d: Draft): boolean {
  const c = d.candidate;
  const told = doc.text.slice(c.span.start, c.span.end);
  const targetRead = c.targets.some((t) => t.text !== '') || ANSWERS.test(told);
  if (c.imposer === null && c.targets.length === 0 && !ACT.test(told)) return false;
  // A ban names goods only with goods the lexicon knows ("its ban on Chilean salmon"; not
  // "its ban on travel").
  const goods = c.kind === 'ban' ? c.products.filter((p) => p.hs.length > 0) : c.products;
  // "removed most of its counter-tariffs" is a removal too, of a part whose rate is not told.
  const removal =
    ((c.action === 'lifted' || c.action === 'suspended') &&
      (c.kind !== 'ban' || goods.length > 0)) ||
    (c.action === 'reduced' && PART_REMOVED.test(told));
  return (
    c.rates.length > 0 ||
    (goods.length > 0 && targetRead) ||
    removal ||
    c.flags.includes('not_in_force')
  );
}

/**
 * Whether the measure's word at `at` is named with the rate `r`: right after it ("50% U.S.
 * duties"), or before it in the same clause ("the deposit on seed still applies at 75.8%").
 */
function namedWith(text: string, at: number, r: Range): boolean {
  return at >= r.end
    ? at - r.end <= 30
    : r.start - at <= 90 && !/[,;:]/.test(text.slice(at, r.start));
}

/** How far (in sentences) producers' rates may come after a measure told without its rate. */
const RATES_AWAITED_REACH = 6;

/**
 * Whether the measures told last name no rate and are recent enough, in the same paragraph or
 * the next two with no quotation since (see openAct), for a sentence setting producers' rates to
 * give them theirs.
 */
function awaitsRates(reading: Reading, s: Sentence, index: number): boolean {
  const { doc, previous, lastGroup } = reading;
  const told = previous ? doc.sentences[previous.sentence] : undefined;
  return (
    told !== undefined &&
    previous !== null &&
    index - previous.sentence <= RATES_AWAITED_REACH &&
    s.paragraph - told.paragraph <= 2 &&
    lastGroup.length > 0 &&
    lastGroup.every((d) => d.candidate.rates.length === 0 && d.candidate.imposer !== null) &&
    within(doc.quoted, told.end, s.start).length === 0
  );
}

/** "… from the EU and the United States, at 28.6% and 45.2% respectively". */
const RESPECTIVELY = /\brespectively\b/i;

/**
 * Rates given to origins "respectively": with as many rated candidates of one rate each as
 * places the sentence names besides the imposer, the first rate is the first place's, and so on.
 */
function pairRespectively(doc: Doc, s: Sentence, made: readonly Draft[]): void {
  if (made.length < 2 || !RESPECTIVELY.test(doc.text.slice(s.start, s.end))) return;
  if (!made.every((d) => d.candidate.rates.length === 1)) return;
  const imposer = made[0]?.candidate.imposer?.jurisdiction;
  const places = within(doc.places, s.start, s.end).filter((p) => p.code !== imposer);
  const origins = places.filter((p, i) => places.findIndex((q) => q.code === p.code) === i);
  if (origins.length !== made.length) return;
  const byRate = [...made].sort(
    (a, b) => (a.candidate.rates[0]?.span.start ?? 0) - (b.candidate.rates[0]?.span.start ?? 0),
  );
  byRate.forEach((d, i) => {
    const origin = origins[i];
    if (origin) d.candidate.targets = [placeMention(origin)];
  });
}

/**
 * The candidates of one sentence: a measure it names and acts on, or rates it sets, one
 * candidate per rate group. A sentence that only goes on about the measures just found
 * dates them (or marks them pending) instead.
 */
function readSentence(reading: Reading, s: Sentence, index: number): void {
  const { doc, drafts, previous, lastGroup } = reading;
  const { text } = doc;
  const sentence = text.slice(s.start, s.end);
  if (PENDING.test(sentence) && previous?.sentence === index - 1) {
    for (const d of lastGroup) markPending(d);
    return;
  }
  const open = openAct(reading, s, index);
  // In a passage about an act, a measure's word only in the rate compared with ("All other
  // exporters face 19.8%, down from deposits of 62.4%") names no measure of its own.
  const compared = open ? COMPARED_TAIL.exec(sentence) : null;
  const word =
    MEASURE_WORD.exec(compared ? sentence.slice(0, compared.index) : sentence) ??
    (previous === null ? originPaysRate(sentence) : null);
  let measureAt = word ? s.start + word.index : -1;
  const written = readRates(text, s.start, s.end);
  const found = written.rates.filter((r) => !isQuoted(doc, r.start));
  const recentGroup = drafts.filter((d) => index - d.sentence <= 3 || open?.drafts.includes(d));
  if (
    found.length === 0 &&
    previous &&
    index - previous.sentence <= 2 &&
    ANNOUNCED_BACK.test(sentence)
  )
    announcedBefore(doc, lastGroup, s);
  // "Under it, X pays 8.9%" two sentences after the act, dated in between, adds to it; and so
  // do producers' rates further on when the measure was told without its rate ("Chile imposed
  // final duties on grinding balls …" and, a paragraph later, "balls from Hebei Lianhe pay
  // 24.6%").
  const assigns = ASSIGNED.test(sentence) && !NOT_A_DUTY.test(sentence);
  const addsToAct = assigns && (open !== null || awaitsRates(reading, s, index));
  const continues =
    !word &&
    found.length > 0 &&
    previous !== null &&
    (index - previous.sentence === 1 ||
      (index - previous.sentence === 2 && RATE_SET.test(sentence)) ||
      addsToAct ||
      (index - previous.sentence <= PASSAGE_REACH && collectedNext(doc, index)));
  // A measure's word in speech names none; a short quoted name is a name ("a so-called
  // "security tariff" of 30 percent").
  if ((!word || inSpeech(doc, measureAt)) && !continues) {
    // "They apply to goods entering Australia from November 12."
    const refersBack = recentGroup.length > 0 ? REFERS_BACK.exec(sentence) : null;
    if (refersBack) {
      const covers = COVERS_TOO.exec(sentence);
      const coverAt = covers ? s.start + covers.index + covers[0].length : s.end;
      // "That penalty took effect on August 27 and has hit shrimp exporters": a sentence that
      // opens by naming the measure back is about it, whatever goods it goes on to name.
      const named = byProducts(doc, recentGroup, { start: s.start, end: coverAt });
      const group = named.length === 0 && refersBack.index === 0 ? lastGroup : named;
      dateGroup(doc, group, s);
      if (covers) addGoods(doc, group, { start: coverAt, end: s.end });
      if (open) open.last = index;
    } else if (open && ORIGINS_TOLD.test(sentence)) {
      // "The countries affected include China, South Korea and India."
      dateGroup(doc, open.drafts, s);
      open.last = index;
    }
    return;
  }
  // "It did not change the 100% duty on canola oil": no act on the rates.
  if (found.length > 0 && found.every((r) => untouched(text, s, r))) return;
  const rates = ratesOfMeasure(text, s, sentence, found);
  const allProducts = within(doc.products, s.start, s.end).filter((p) => !inSpeech(doc, p.start));
  const answeredAct = answeredStretch(text, s, rates);
  const places = notMarkets(
    text,
    within(doc.places, s.start, s.end).filter(
      (p) =>
        (p.start < answeredAct.start || p.start >= answeredAct.end) &&
        !rates.some((r) => inProducerName(text, r, p)),
    ),
  );
  if (goesOnAbout(reading, s, index, rates, allProducts, places, recentGroup)) {
    if (open) open.last = index;
    return;
  }
  if (
    (DEMAND.test(sentence) || UNCERTAIN.test(sentence) || QUESTION.test(sentence)) &&
    rates.length === 0
  )
    return;
  if (QUESTION.test(sentence) && FUTURE_ASKED.test(sentence)) return;
  // "Those duties, together with the 10% on pork, took effect on March 10": the measures just
  // found are dated with the one the sentence adds.
  if (TOGETHER_WITH.test(sentence) && previous !== null && index - previous.sentence <= 2)
    dateGroup(doc, lastGroup, s);
  // "… and the order leaves the 40% duty in place", "The 40% duty still applies to steel":
  // rates that only stay tell of no act.
  if (rates.length === 0 && found.some((r) => leftAsIs(text, s, r) || stateOnly(text, s, r)))
    return;
  if (rates.length === 0) {
    const acted = actedMeasureAt(doc, s);
    if (acted === null) return;
    // "Argentine steel still faces the 50% duties that Washington applies to most of the world",
    // "the deposit on Canadian seed still applies at 75.8%": a measure named with a rate borne
    // as it stands is in a state, and the verb around it tells no act.
    if (written.stated.some((r) => namedWith(text, acted, r))) return;
    measureAt = acted;
  } else measureAt = pastStateClause(text, s, rates, measureAt);

  const { clause, measureEnd, firstAnchor, recalled, mainNamed } = measureStretch(
    text,
    s,
    rates,
    measureAt,
  );
  datesNamedBack(doc, s, clause, recentGroup);
  const inClause = allProducts.filter(
    (p) =>
      p.start >= clause.start &&
      p.end <= clause.end &&
      (p.start < answeredAct.start || p.start >= answeredAct.end),
  );
  const products = inClause.length > 0 ? inClause : rulingGoods(text, allProducts, clause);
  const sentenceDates = readSentenceDates(doc, drafts, s, index, { clause, firstAnchor, recalled });
  // "Lee asked for cooperation on the 50% tariff on steel", "pressed for relief from the 35%
  // tariff": a measure only named in a request was not announced on the day the sentence
  // tells, nor with the measure before.
  const onlyNamed = !continues && onlyNamedAt(text, s, measureAt);
  const dates = onlyNamed
    ? { ...sentenceDates, announced: null }
    : reactedAfter(text, s, measureAt, sentenceDates.announced)
      ? { ...sentenceDates, announced: announcedDay(doc, s) }
      : sentenceDates;
  // A sentence dated by the day its measure started, or by a month or year of its own ("in
  // March 2025"), was not announced with the one before; nor was a measure that took effect
  // long before that one was announced ("The original 40% tariff was imposed on March 3, 2025").
  const carriedAnnounced =
    !onlyNamed &&
    !dates.announced &&
    !dates.started &&
    !OWN_TIME.test(sentence) &&
    previous &&
    index - previous.sentence <= 2 &&
    !startedLongBefore(dates.read.effective, previous.announced?.iso ?? null)
      ? previous
      : null;

  const verbAt = governingVerb(sentence, s.start, measureAt);
  const recent =
    previous !== null && (index - previous.sentence <= 3 || addsToAct) ? previous : null;
  // A sentence that only goes on setting rates for producers ("In Australia, Kemerton was
  // assigned 7.6%") keeps the imposer: its places are origins.
  const carried =
    continues && (RATE_SET.test(sentence) || ASSIGNED.test(sentence))
      ? (recent?.imposer?.jurisdiction ?? null)
      : null;
  const rolesOf: RolesOf = (ps, verb) =>
    carried === null ? readRoles(doc, ps, verb, s.start, measureAt) : originsOnly(ps, carried);
  // A clause of its own before a semicolon ("… that Swiss officials described as difficult;
  // the 39% tariff took effect a week later") names no party of the measure after it.
  // Nor does the news a clause set off by ", after" led to ("Indonesia said it would move
  // quickly, two days after President Trump announced a 19% tariff on Indonesian goods").
  const after = SUBJECT_AFTER_CUT.exec(
    text.slice(s.start, Math.max(s.start, rates[0]?.start ?? measureAt)),
  );
  const ownClauseFrom = Math.max(
    s.start - 1,
    text.lastIndexOf(';', Math.min(measureAt, s.end)),
    after ? s.start + after.index : -1,
  );
  // An appositive or a subordinate clause after the measure's own ("…, a concession Spanish
  // cork producers sought") names no party of it.
  const read =
    (recalled && carried === null ? recalledRoles(doc, clause, places) : null) ??
    (carried === null ? decidedRoles(doc, s, measureAt, places, rolesOf) : null) ??
    rolesOf(
      places.filter((p) => p.start < clause.end && p.start > ownClauseFrom),
      verbAt,
    );
  // "Tokyo pressed for relief from the 25% levy": who seeks relief from a measure bears it;
  // the owner named after "relief from" ("relief from the 50% U.S. tariffs") imposes it.
  const reliefFrom = Math.max(s.start, measureAt - 40);
  const relief = RELIEF.exec(text.slice(reliefFrom, measureAt));
  const sentenceRoles =
    read.imposer && relief && read.imposer.end <= reliefFrom + relief.index
      ? { imposer: null, targets: [read.imposer, ...read.targets] }
      : read;
  // "… hopes to secure relief from the 50% U.S. tariffs": the hope is for the relief, and
  // the measure it is sought from is in force.
  const actFrom = relief ? reliefFrom + relief.index : clause.start;
  const continued = continues && lastGroup[0] ? lastGroup[0].candidate.action : null;
  const act = readAct(text, s, rates, clause, measureEnd, actFrom, relief !== null, continued);
  const { kind, sentenceAction } = act;
  const told: Told = {
    text,
    s,
    index,
    sentence,
    rates: act.rates,
    continues,
    clause,
    places,
    verbAt,
    recent,
    rolesOf,
    sentenceRoles,
    kind,
    sentenceAction,
    dates,
    carriedAnnounced,
  };
  const { part } = act;
  const groups = byItemOrigin(
    told,
    groupByRate(
      text,
      s,
      act.rates,
      part ? products.filter((p) => p.start >= part.start && p.end <= part.end) : products,
    ),
  );
  const made: Draft[] = [];

  let listed: Roles | null = null;
  const originsLead =
    groups.length > 1 &&
    groups[0] !== undefined &&
    leadOrigin(told, groups[0], sentenceRoles) !== null;
  for (const [g, group] of groups.entries()) {
    // Several rate groups may have their own parties ("the US will cut …, and China will lower …").
    let roles: Roles = sentenceRoles;
    if (groups.length > 1) {
      roles = groupImposer(told, group, listed);
      listed = roles;
      const origins = groupOrigins(told, group, roles, originsLead);
      if (!origins) continue;
      roles = origins;
    }
    const draft = groupDraft(reading, told, groups, g, roles);
    if (draft) made.push(draft);
  }
  const first = made[0];
  const acted = first && act.rates.length > 0 && sentenceAction !== 'threatened';
  if (acted)
    made.push(
      ...coordinatedUnrated(
        doc,
        s,
        act.rates.map((r) => r.start),
        first,
      ),
    );
  const split =
    first && act.rates.length === 0 && sentenceAction !== 'threatened'
      ? splitCoordinated(doc, s, measureAt, first)
      : [];
  made.push(...split);
  const exempted = acted ? exemptedGoods(doc, s, first) : null;
  if (exempted) made.push(exempted);
  const recalledUnder = first ? recalledUnderRemoval(doc, s, first) : null;
  if (recalledUnder) made.push(recalledUnder);
  // A clause of another party's act split off above is not told again.
  const mirrored =
    first && act.rates.length === 0 && sentenceAction !== 'threatened' && split.length === 0
      ? mirroredAct(doc, s, first)
      : null;
  if (mirrored) made.push(mirrored);
  // The measure the act answers is no part of it: later sentences do not date it.
  const answered = acted ? answeredMeasure(doc, s, first) : null;
  if (made.length === 0) return;
  pairRespectively(doc, s, made);
  if (made.length === 1 && made[0]) partiesBefore(doc, s, index, made[0], reading.home);
  if (made.length === 1 && made[0] && act.rates.length === 0)
    rateOfNamed(reading, made[0], text.slice(clause.start, clause.end));
  // "The duties, which replace a deposit lowered to 15% in March, apply from Thursday": the
  // main clause dates the measures named back, the relative clause recalls another.
  if (recalled && recentGroup.length > 0 && REFERS_BACK.exec(sentence)?.index === 0)
    dateGroup(doc, reading.lastGroup, { start: clause.end, end: s.end });
  if (PENDING_TAIL.test(sentence)) for (const d of made) markPending(d);
  drafts.push(...made);
  if (answered) drafts.push(answered);
  // "Beijing removed its duties on Australian wine last year, after scrapping tariffs of 80.5%
  // on barley": the main clause's act is a measure of its own.
  const main = acted && mainNamed ? mainClauseAct(doc, s, clause.start, first) : null;
  if (main) drafts.splice(drafts.length - made.length - (answered ? 1 : 0), 0, main);
  // The cause an act answers is no part of the passage about the act.
  const acts = made.filter((d) => !d.cause);
  reading.lastGroup = acts;
  if (continues && open) {
    open.drafts.push(...acts);
    open.last = index;
  } else reading.act = { drafts: [...acts], last: index };
  // A measure recalled in a subordinate clause leaves the passage to the main clause: its
  // subject acts next, on the day the main clause tells ("India on Tuesday notified duties
  // …, a month after Washington raised …").
  const subject = recalled ? leadSubject(doc, s.start, clause.start) : null;
  const mainAnnounced = subject
    ? datesOf(doc, within(doc.dates, s.start, clause.start), s.start).announced
    : null;
  reading.previous = {
    imposer: made[0]?.candidate.imposer ?? null,
    targets: made[0]?.candidate.targets ?? [],
    sentence: index,
    announced: dates.announced ?? carriedAnnounced?.announced ?? mainAnnounced,
    subject,
  };
}

/** The candidates of the drafts, flagged where a date they give was inferred. */
function withDateFlags(drafts: readonly Draft[]): MeasureCandidate[] {
  return drafts.map((d) => {
    const c = d.candidate;
    if (
      (d.announcedInferred && c.dates.announced !== null) ||
      (d.effectiveInferred && c.dates.effective !== null)
    )
      c.flags.push('date_inferred');
    return c;
  });
}
