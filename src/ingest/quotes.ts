/**
 * Quote candidates: words between quotation marks (double or single, curly or straight: see
 * sentences.ts; at least four words, or a full sentence) with the person or body who said them. The
 * speaker is read next to the quote ("…," Carney said / Wang said: "…" / Sidhu was blunt: "…" /
 * "According to the ministry, the duties reflect “…”"), on the line before a quote set as a
 * paragraph of its own ("The Secretary said:"), after a colon's lead-in naming the source ("A
 * statement from the ministry:", "Quotes attributable to …:"), on a dash line under a quote
 * standing alone ("- Mark Carney, Prime Minister") or after a quote opening its line ("“…” - Ana
 * Ruiz, trade lawyer"),
 * or through a pronoun ("he said", "quoted him as saying": flag `speaker_by_pronoun`), which stands
 * for the subject of the sentence before, as a careful reader takes it (see subjects.ts). The one
 * quoted speaks ("quoted Xi as saying “…”"), as does the teller, not the listener ("Wang told Anand
 * that “…”"); a source after "according to" that only reports a quote introduced before it ("…,”
 * according to Xinhua", "…,” a ministry readout said") does not, and a person opening the clause
 * after "according to <source>," speaks whatever the verb ("According to a summary, Sidhu “pressed
 * for …”"). A verb of saying governs the whole clause it introduces with "that", however long. A
 * quote with no attribution right after another in the same paragraph keeps its speaker, unless
 * someone is named after the sentence of the one before, and so does one in a sentence that goes on
 * from reported speech ("Wang said that … . The two sides should “…”"); the second part of a quote
 * split by its attribution ("…," she said, "but …") is part of the first, not a quote of its own,
 * as is a later quotation of the same sentence and speaker ("told Li that “…” and that Beijing
 * “…”", "warned against “…” and said Beijing was “…”") but a full quoted sentence a new verb
 * introduces ("…," Tan said, and he added: "…."); fragments under four words make a quote only with
 * a fragment of four words or more that goes on them, and the quote starts with that one ("it
 * “firmly opposes” the move and would “take necessary measures …”"). A source left unnamed ("a
 * trader said", "an official at the ministry, speaking on condition of anonymity, said") gives no
 * speaker, whatever body or person its description names, and nor does the spokesperson of a body
 * left unnamed ("a spokeswoman for one industry group"), a statement of several sides ("a joint
 * statement said") or two people saying it together ("Carney and Premier Li pledged to “…”"); a
 * quote reported "according to" people left unnamed ("…,” according to a person who attended") is
 * not listed, whoever the sentence has say it. "In the words of" names a source as "according to"
 * does, and "as Reis put it" (before the quote or after it) as a verb of saying does. In a
 * transcript ("Reporter: …", "Spokesperson Lin Hao: …", "Lin Hao, spokesperson: …"), a quote
 * nothing else attributes, or one "I" introduces ("What I can say is that …"), is said by the
 * person whose turn it is in; in a signed release, "I" is the signer. A quote opening the paragraph
 * after one that ends on a quote, with no attribution of its own, goes on the speaker's words.
 * Words in quotation marks that name something ("the “Made in China 2025” plan") or follow
 * "so-called" are no quote, and a headline's quote that the story quotes again is listed there, not
 * in the headline.
 *
 * A body (ministry, embassy, council …; a side of talks named with its country: "the Japanese
 * side"; a country or its capital that says something: "Beijing said"; "it said" after a sentence a
 * body opens) speaks for the country written in its name ("China's commerce ministry", "the U.S.
 * Embassy", "Global Affairs Canada", or a province's or a state's: "the Florida Tomato Exchange";
 * or after its name: "the Ministry of Foreign Affairs, Republic of Korea") or of the capital it
 * sits in ("the Customs Administration in Hanoi", but not an embassy), or of
 * the country whose act it reports after the clause that country opens ("China will lift …, the
 * commerce ministry said"), else for the country of the person whose office it is ("LeBlanc's
 * office"), else for the country the sentence is set in ("In Brazil, the exporters' association
 * …"), else (a government body named by its head alone: "the ministry") for the government last
 * heard from before it ("Beijing said …"), else for the country written with an earlier mention
 * of the same body, else (a body named by
 * its head alone: "the department") for the body that opens the sentence before, else for the
 * country of its last officer named, else for the text's principal country (its dateline's, its
 * letterhead's, or the one its first sentence opens with), else for the country of all the bodies
 * the text names with theirs, when they are of one; else its country is unknown. A company given
 * its own duty rate is an exporter of the country the goods come from. A short name in brackets
 * after a body's name ("… Council (Cecafé)") stands for that body later.
 *
 * Confidence = 0.5 for a speaker named next to the quote, 0.4 through a pronoun, 0.3 when
 * carried from the previous quote; plus 0.3 when the speaker is resolved to an actor, 0.15
 * when only a jurisdiction is known; plus 0.1 for a date (the sentence's; else, for a quote
 * said "after the meeting", the day of the meeting told before it; else, for a quote carried on
 * from the one before, that one's; else the date the text states for itself; null when none
 * gives one).
 *
 * This file holds the reading of a text's quotes in order (findQuotes), which tries the ways a
 * quote is attributed in turn and lists it, with the speaker a sentence going on from reported
 * speech keeps and the day of a quote said after a meeting; what it reads with lives beside it in
 * quote-*.ts: which words make a quote (marks), the verbs of saying and where they stand (verbs),
 * what the readers of speakers share (reading), the speaker introduced before a quote
 * (speaker-before), named after it or on its dash line (speaker-after), introduced by a colon
 * (colon-speakers) or that a pronoun stands for (pronouns), a transcript's turns (turns), the
 * bodies of a text (body-names, bodies, company-countries), the country a body speaks for
 * (body-speakers) and the text's principal country (principal-country).
 */
import type { Flag, Mention, QuoteCandidate } from './candidates.ts';
import type { DateMention } from './dates.ts';
import {
  clampConfidence,
  eventDateIn,
  firstSentence,
  isHeadline,
  personMention,
  span,
  textDate,
  within,
  type Doc,
} from './doc.ts';
import type { PersonMention } from './people.ts';
import { findBodies } from './quote-bodies.ts';
import { apposedBody } from './quote-body-speakers.ts';
import { clauseSpeaker, colonLineSpeaker, sourceSpeaker } from './quote-colon-speakers.ts';
import {
  fragmentAfter,
  FULL_SENTENCE,
  innerOf,
  QUOTE,
  QUOTED_NAME,
  quotedAgain,
  SO_CALLED,
  wordCount,
} from './quote-marks.ts';
import { principalCountry, soleBodyCountry } from './quote-principal-country.ts';
import { bodySubject, objectSpeaker, pronounSpeaker } from './quote-pronouns.ts';
import { named, sentenceAt, type Attribution, type Reading } from './quote-reading.ts';
import { attributedAfter, signedBy, speakerAfter } from './quote-speaker-after.ts';
import { quotedSpeaker, speakerBefore } from './quote-speaker-before.ts';
import { transcriptTurns, turnSpeaker } from './quote-turns.ts';
import {
  COLON_BEFORE,
  DASH_AFTER,
  DASH_LINE,
  IT_AFTER,
  IT_BEFORE,
  JUDGE_BEFORE,
  PARTICIPLE,
  PRONOUN_AFTER,
  PRONOUN_BEFORE,
  QUOTED_AS_SAYING,
  QUOTED_BEFORE,
  REPORTED_BY,
  SAY,
  SAY_AFTER,
  SAY_BEFORE,
  SAYS_AFTER_SUBJECT,
  SPLIT_BY,
} from './quote-verbs.ts';
import type { Sentence } from './sentences.ts';
import { clauseStart, clauseSubject, isAnonymous } from './subjects.ts';

/** A new predicate of saying between two quotations of one sentence: "and he added:". */
const NEW_SAYING = new RegExp(`\\b(?:and|but|while|then)\\s+(?:\\w+\\s+){0,2}?${SAY}\\b`, 'i');

/**
 * "Wang Yi said that next year marks a juncture. China and the EU should view each other “…”": a
 * sentence of the same paragraph that goes on from one of reported speech, with no subject of its
 * own that speaks (no person, no body, no group: "Farmers want “…”") and no one else named since
 * but in the clause reported, is the reported speaker's. Null when the sentence before reports
 * nobody's words or quotes them itself.
 */
function reportedSpeaker(r: Reading, k: number, quoteAt: number): Attribution | null {
  const { doc } = r;
  const own = doc.sentences[k];
  const prev = doc.sentences[k - 1];
  if (!own || !prev || prev.paragraph !== own.paragraph) return null;
  if (r.said.some((q) => q.start >= prev.start && q.start < prev.end)) return null;
  const reporter = clauseSubject(doc, prev.start, prev.end);
  if (
    reporter.kind !== 'person' ||
    !SAYS_AFTER_SUBJECT.test(doc.text.slice(reporter.end, prev.end))
  )
    return null;
  // People the reported clause names ("said that since the meeting between Xi and Carney …")
  // are what was said, not who says it, unless they say something themselves.
  const others = within(doc.people, reporter.end, quoteAt).filter((p) => p.name !== reporter.name);
  const speaks = (p: PersonMention) => SAYS_AFTER_SUBJECT.test(doc.text.slice(p.end, p.end + 40));
  if (others.some((p) => p.start >= own.start || speaks(p))) return null;
  const at = clauseStart(doc.text, own.start, quoteAt);
  if (clauseSubject(doc, own.start, quoteAt).kind !== 'other') return null;
  if (isAnonymous(doc, own.start, quoteAt)) return null;
  if (r.bodies.some((b) => b.start >= at && b.start < quoteAt)) return null;
  return named(reporter.person, reporter.name, 'carried');
}

/**
 * True when a quotation opens the paragraph right after one that ends on a quote (at
 * `quotedUntil`, its attribution's sentence included), with nothing else between: a quote run
 * on into a paragraph of its own, as news style writes a speaker's longer words.
 */
function runsOn(text: string, quotedUntil: number, quoteAt: number): boolean {
  const between = text.slice(quotedUntil, quoteAt);
  return between.trim() === '' && /\n/.test(between);
}

/**
 * Words that set a quote after a meeting told before it: "told reporters after the meeting",
 * "said afterwards", "following the talks".
 */
const AFTER_MEETING =
  /\b(?:(?:after|following)\s+(?:the|their|that|this|his|her)\s+(?:meeting|talks|call|session|round|visit|summit|dinner|conversation)|afterwards)\b/i;
/** A sentence that tells of a meeting: "met Han Jun in Beijing on Monday". */
const MEETING_TOLD =
  /\b(?:met|meets|meeting|talks|held\s+(?:a\s+)?(?:call|talks)|spoke\s+(?:with|to|by)|call\s+with|visited|received)\b/i;
/** How many sentences back a meeting may be told for a quote after it. */
const MEETING_REACH = 4;

/**
 * The date of the meeting a quote is said after ("Fávaro told journalists after the meeting"):
 * the event date of the nearest sentence before it, at most MEETING_REACH back, that tells of a
 * meeting. Undefined when the quote's sentence says no such thing or no such sentence is dated.
 */
function meetingDate(doc: Doc, k: number, sentence: Sentence): DateMention | undefined {
  if (!AFTER_MEETING.test(doc.text.slice(sentence.start, sentence.end))) return undefined;
  for (let j = k - 1; j >= Math.max(firstSentence(doc), k - MEETING_REACH); j--) {
    const s = doc.sentences[j];
    if (!s || !MEETING_TOLD.test(doc.text.slice(s.start, s.end))) continue;
    const date = eventDateIn(doc, s.start, s.end);
    if (date) return date;
  }
  return undefined;
}

/**
 * The quote candidates of a text, in the order of their quotations: each quotation that makes a
 * quote, with the speaker its attribution gives, its date and its confidence (see the header
 * above); a quote whose speaker nothing gives is not listed.
 */
export function findQuotes(doc: Doc): QuoteCandidate[] {
  const { text } = doc;
  const found = principalCountry(doc);
  const bodies = findBodies(doc, found);
  const turns = transcriptTurns(doc);
  const principal = found ?? soleBodyCountry(bodies);
  const r: Reading = { doc, said: [], bodies, principal, turns };
  const out: QuoteCandidate[] = [];
  let lastSpeaker: { name: string; mention: Mention; at: number; paragraph: number } | null = null;
  let previous: { inner: string; end: number; sentence: number } | null = null;
  /** where a fragment read with the one before it starts */
  let joinedAt = -1;
  /** the last quote listed: a later one of its sentence and speaker goes on it */
  let recorded = null as { name: string; end: number; sentence: number } | null;
  /** where the last quote listed, or gone on a record, ends */
  let keptEnd = -1;
  /** the date of the last quote listed, which a quote carried on from it keeps */
  let lastDate: DateMention | undefined;
  /** the last quote set as a paragraph of its own under a colon's lead-in, and its speaker */
  let underColon = null as { by: Attribution; end: number } | null;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m !== null; m = QUOTE.exec(text)) {
    const inner = innerOf(m);
    const qStart = m.index + 1;
    const qEnd = qStart + inner.length;
    const k = sentenceAt(doc, m.index);
    // The second part of a split quote goes on the first when the first was kept; after a
    // fragment too short to list ("“remains a priority,” adding, “…”") it is read on its own.
    const split =
      previous !== null &&
      previous.end === keptEnd &&
      previous.sentence === k &&
      previous.inner.trimEnd().endsWith(',') &&
      SPLIT_BY.test(text.slice(previous.end, m.index));
    previous = { inner, end: qEnd + 1, sentence: k };
    if (split || m.index === joinedAt) {
      keptEnd = qEnd + 1;
      continue;
    }
    const words = wordCount(inner);
    if (QUOTED_NAME.test(inner) || SO_CALLED.test(text.slice(Math.max(0, m.index - 40), m.index)))
      continue;
    if (isHeadline(doc, k) && quotedAgain(doc, inner, qEnd)) continue;
    /** the fragment the record starts with: this quotation, or the first that counts */
    let shown = { at: m.index, inner };
    if (words < 4 && !FULL_SENTENCE.test(inner.trim())) {
      // A fragment too short to stand alone gives its attribution to the one that goes on it,
      // which starts the record.
      const next = fragmentAfter(doc, qEnd + 1, k);
      if (!next || wordCount(next.inner) < 4) continue;
      joinedAt = next.at;
      shown = next;
    }
    const sentence = doc.sentences.find((s) => s.start <= m.index && s.end >= qStart) ?? null;
    const paragraphEnd = text.indexOf('\n', qEnd);
    const lineEnd = paragraphEnd === -1 ? text.length : paragraphEnd;
    const after = text.slice(qEnd + 1, Math.min(lineEnd, qEnd + 120));
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const paragraph = sentence?.paragraph ?? -1;
    const from = Math.max(lineStart, sentence?.start ?? 0);
    // The words of the sentence before the quote, which name who says it.
    const before = text.slice(Math.max(from, m.index - 320), m.index);
    const opensLine = text.slice(lineStart, m.index).trim() === '';
    const standsAlone = opensLine && text.slice(qEnd + 1, lineEnd).trim() === '';

    // People named since the last speaker decide whether an unattributed quote keeps it.
    const distinctSince = new Set(
      within(r.doc.people, lastSpeaker?.at ?? 0, m.index)
        .filter((p) => p.name !== lastSpeaker?.name)
        .map((p) => p.name),
    );

    let attribution: Attribution | null;
    const continues = attributedAfter(inner, after);
    const pronounAfter = continues ? PRONOUN_AFTER.exec(after) : null;
    const pronounBefore = PRONOUN_BEFORE.exec(before);
    const quotedBefore = QUOTED_BEFORE.exec(before);
    // "…," the ministry quoted him (or Wang) as saying: the one quoted.
    const quotedAs = QUOTED_AS_SAYING.exec(after);
    const namedAt = quotedAs?.[2] ? qEnd + 1 + quotedAs[0].lastIndexOf(quotedAs[2]) : -1;
    const quotedAfter = doc.people.find((p) => p.start === namedAt);
    // The speaker of a quote earlier in the sentence ("told Anand that “…” and that China was
    // “…”, a readout said"), which a report closing the sentence does not take from it.
    const toldBefore = r.said.filter((q) => q.start >= from && q.by !== null).at(-1)?.by ?? null;
    const introduced =
      SAY_BEFORE.test(before) || JUDGE_BEFORE.test(before) || PARTICIPLE.test(before);
    if (quotedBefore) {
      attribution = quotedSpeaker(r, m.index, quotedBefore, from);
    } else if (pronounAfter) {
      const pronoun = pronounAfter[1] ?? pronounAfter[2] ?? '';
      const at = qEnd + 1 + pronounAfter[0].lastIndexOf(pronoun);
      attribution = pronounSpeaker(r, m.index, at, pronoun);
    } else if (continues && IT_AFTER.test(after)) {
      attribution = bodySubject(r, m.index);
    } else if (quotedAs?.[1]) {
      attribution = objectSpeaker(r, m.index);
    } else if (quotedAfter) {
      attribution = named(personMention(quotedAfter), quotedAfter.name, 'named');
    } else if (REPORTED_BY.test(after) && (introduced || toldBefore)) {
      // "…,” according to a person who attended": the words reach the text only through an
      // anonymous source, and are not listed, whoever the sentence has say them.
      if (isAnonymous(doc, qEnd + 1, qEnd + 1 + after.length)) attribution = null;
      else attribution = introduced ? speakerBefore(r, m.index, from) : toldBefore;
    } else if (SAY_AFTER.test(after) && continues) {
      attribution = speakerAfter(r, qEnd, after);
    } else if (pronounBefore) {
      const at = m.index - before.length + pronounBefore.index;
      attribution = pronounSpeaker(r, m.index, at, pronounBefore[1] ?? '');
    } else if (IT_BEFORE.test(text.slice(from, m.index))) {
      attribution = bodySubject(r, m.index) ?? speakerBefore(r, m.index, from);
    } else if (introduced) {
      attribution = speakerBefore(r, m.index, from);
    } else if (COLON_BEFORE.test(before) && from < m.index) {
      attribution = clauseSpeaker(r, m.index, from) ?? sourceSpeaker(r, from, m.index);
    } else if (standsAlone && DASH_LINE.test(text.slice(qEnd + 1))) {
      attribution = signedBy(r, qEnd, DASH_LINE);
    } else if (opensLine && DASH_AFTER.test(after)) {
      attribution = signedBy(r, qEnd, DASH_AFTER);
    } else if (opensLine && COLON_BEFORE.test(text.slice(Math.max(0, lineStart - 20), lineStart))) {
      attribution = colonLineSpeaker(r, m.index);
    } else if (standsAlone && underColon && text.slice(underColon.end, m.index).trim() === '') {
      // "Quotes attributable to Minister Ruiz: ¶ “…” ¶ “…”": each paragraph of quotes that
      // follows the first under the lead-in is the same speaker's.
      attribution = underColon.by;
    } else if (
      lastSpeaker &&
      (lastSpeaker.paragraph === paragraph || runsOn(text, lastSpeaker.at, m.index)) &&
      distinctSince.size === 0
    ) {
      attribution = named(lastSpeaker.mention, lastSpeaker.name, 'carried');
    } else {
      attribution = reportedSpeaker(r, k, m.index) ?? turnSpeaker(turns, m.index);
    }
    if (attribution !== null) attribution = apposedBody(r, attribution) ?? attribution;
    underColon =
      standsAlone &&
      attribution !== null &&
      (underColon?.by === attribution ||
        COLON_BEFORE.test(text.slice(Math.max(0, lineStart - 20), lineStart)))
        ? { by: attribution, end: qEnd + 1 }
        : null;
    r.said.push({ start: m.index, end: qEnd + 1, by: attribution });
    if (attribution === null) continue;
    const between = recorded ? text.slice(recorded.end, m.index) : '';
    // Quotations of one sentence by one speaker are one record, whatever verbs join them ("told
    // Anand that “…” and urged Ottawa to “…”"), but a quoted sentence a new verb of saying
    // introduces is one of its own ("…," Tan said, and he added: "Autos …."), as is one after
    // a full stop ("…," Caputo wrote on X. "…").
    const goesOn =
      recorded?.sentence === k &&
      recorded.name === attribution.name &&
      !(NEW_SAYING.test(between) && FULL_SENTENCE.test(inner.trim())) &&
      !/[.!?]\s*$/.test(between);
    keptEnd = qEnd + 1;
    if (goesOn) continue;
    const speaker: Mention = attribution.speaker;
    const flags: Flag[] = [];
    if (attribution.how === 'pronoun') flags.push('speaker_by_pronoun');
    if (attribution.person && speaker.actor === null) flags.push('actor_unresolved');
    const date =
      (sentence ? eventDateIn(doc, sentence.start, sentence.end) : undefined) ??
      (sentence ? meetingDate(doc, k, sentence) : undefined) ??
      (attribution.how === 'carried' ? lastDate : undefined) ??
      textDate(doc);
    lastDate = date ?? undefined;
    if (date?.inferred) flags.push('date_inferred');
    const confidence =
      (attribution.how === 'named' ? 0.5 : attribution.how === 'pronoun' ? 0.4 : 0.3) +
      (speaker.actor !== null ? 0.3 : speaker.jurisdiction !== null ? 0.15 : 0) +
      (date ? 0.1 : 0);
    const spanStart = Math.min(m.index, sentence?.start ?? m.index);
    const spanEnd = Math.max(qEnd + 1, sentence?.end ?? qEnd + 1);
    out.push({
      type: 'quote',
      key: `quote-${m.index}`,
      span: span(spanStart, spanEnd),
      confidence: clampConfidence(confidence),
      flags,
      speaker,
      text: shown.inner,
      textSpan: span(shown.at + 1, shown.at + 1 + shown.inner.length),
      date: date?.iso ?? null,
    });
    // People the attribution names ("…," the premier said after meeting Wang. "…") take no
    // later quote from its speaker: count those named after its sentence.
    const said = Math.max(qEnd, sentence?.end ?? qEnd);
    lastSpeaker = { name: attribution.name, mention: speaker, at: said, paragraph };
    recorded = { name: attribution.name, end: qEnd + 1, sentence: k };
  }
  return out;
}
