/**
 * Quote candidates: words between quotation marks (curly or straight, at least four words, or
 * a full sentence) with the person or body who said them. The speaker is read next to the
 * quote ("…," Carney said / Wang said: "…"); "he said" or "she added" goes to the last named
 * speaker when no other person was named since (flag `speaker_by_pronoun`); a quote with no
 * attribution right after another in the same paragraph keeps its speaker.
 *
 * Confidence = 0.5 for a speaker named next to the quote, 0.4 through a pronoun, 0.3 when
 * carried from the previous quote; plus 0.3 when the speaker is resolved to an actor, 0.15
 * when only a jurisdiction is known; plus 0.1 for a date (the sentence's, else the date the
 * text states for itself; null when neither gives one).
 */
import type { Flag, Mention, QuoteCandidate } from './candidates.ts';
import {
  clampConfidence,
  eventDateIn,
  personMention,
  span,
  textDate,
  within,
  type Doc,
} from './doc.ts';
import type { PersonMention } from './people.ts';

const QUOTE = /“([^”]{2,}?)”|"([^"\n]{2,}?)"/g;
const SAY =
  '(?:said|says|added|adds|told|stated|noted|continued|stressed|warned|insisted|argued|wrote|declared|remarked|explained|asserted|urged|concluded)';
const PRONOUN_AFTER = new RegExp(`^[\\s,]*(?:(he|she)\\s+${SAY}|${SAY}\\s+(he|she))\\b`, 'i');
const PRONOUN_BEFORE = new RegExp(
  `\\b(He|She|he|she)\\s+${SAY}(?:\\s+that)?(?:\\s+[^.“"]{0,40})?[,:]?\\s*$`,
);
const SAY_AFTER = new RegExp(`^[\\s,]*(?:${SAY}\\b|[^.“"]{0,80}?\\b${SAY}\\b)`, 'i');
const SAY_BEFORE = new RegExp(`\\b${SAY}\\b(?:\\s+that)?[^.“"]{0,60}[,:]?\\s*$`, 'i');
/** "… called the outcome “…”", "described the move as “…”": a verb of judging. */
const JUDGE_BEFORE =
  /\b(?:called|calls|described|describes|termed|labell?ed|dubbed)\b[^.“"]{0,40}\s*$/i;
/** The last verb of saying or judging in a stretch before a quote. */
const SAY_OR_JUDGE = new RegExp(
  `\\b(?:${SAY}|called|calls|described|describes|termed|labell?ed|dubbed)\\b`,
  'gi',
);
const BODY =
  /\b(?:the|a|[A-Z][a-z]+'s|[A-Z][a-z]+)?\s*(?:(?:commerce|foreign|finance|trade)\s+)?(ministry|ministry spokesperson|spokesperson|spokesman|spokeswoman|statement|department|embassy|commission|readout|office|government|cabinet|council)\b(?!\s+(?:officials?|sources?|aides?|insiders?))/i;

/**
 * The jurisdiction a body speaks for ("the commission said"): the country written next to
 * the nearest earlier mention of the same body ("the Chinese … Commission"), or else the
 * country named closest before the quote.
 */
function bodyJurisdiction(
  doc: Doc,
  head: string,
  before: number,
  fallbackFrom: number,
): string | null {
  const lower = doc.text.toLowerCase();
  let at = lower.lastIndexOf(head.toLowerCase(), before - 1);
  while (at !== -1) {
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
    const from = sentence?.start ?? Math.max(0, at - 60);
    const place = within(doc.places, from, at + head.length + 30).at(-1);
    if (place) return place.code;
    at = lower.lastIndexOf(head.toLowerCase(), at - 1);
  }
  return within(doc.places, fallbackFrom, before).at(-1)?.code ?? null;
}

const SPOKE_AFTER = new RegExp(`^(?:,[^,.]{0,80},)?\\s+${SAY}\\b`);
const SPOKE_BEFORE = new RegExp(`\\b${SAY}\\s+$`);

/** True when a person is the subject of a verb of saying ("Carney said", "said Wang"). */
function isSpeaker(text: string, p: PersonMention): boolean {
  return (
    SPOKE_AFTER.test(text.slice(p.end, p.end + 100)) ||
    SPOKE_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start))
  );
}

interface Attribution {
  readonly speaker: Mention;
  readonly name: string;
  readonly how: 'named' | 'pronoun' | 'carried';
}

/**
 * The speaker of a quote introduced before it ("Kyle said: …", "the ministry said Beijing
 * “…”"): the person who is the subject or the object of the last verb of saying in the same
 * sentence, or else the body (ministry, commission, association …) that is its subject.
 */
function speakerBefore(doc: Doc, quoteAt: number, from: number): Attribution | null {
  const { text } = doc;
  const stretch = text.slice(from, quoteAt);
  let sayAt = -1;
  let sayEnd = -1;
  SAY_OR_JUDGE.lastIndex = 0;
  for (let v = SAY_OR_JUDGE.exec(stretch); v !== null; v = SAY_OR_JUDGE.exec(stretch)) {
    sayAt = from + v.index;
    sayEnd = sayAt + v[0].length;
  }
  if (sayAt === -1) return null;
  // "said Wang": the name right after the verb.
  const after = within(doc.people, sayEnd, quoteAt).find((p) => p.start - sayEnd <= 2);
  if (after) return { speaker: personMention(after), name: after.name, how: 'named' };
  const subject = within(doc.people, from, sayAt).at(-1);
  const bodies = [...text.slice(from, sayAt).matchAll(new RegExp(BODY.source, 'gi'))];
  const body = bodies.at(-1);
  const bodyAt = body ? from + (body.index ?? 0) : -1;
  if (subject && subject.start > bodyAt) {
    return { speaker: personMention(subject), name: subject.name, how: 'named' };
  }
  if (!body)
    return subject ? { speaker: personMention(subject), name: subject.name, how: 'named' } : null;
  const bodyText = body[0].trim();
  const at = bodyAt + (body[0].length - body[0].trimStart().length);
  const jurisdiction =
    within(doc.places, at, at + bodyText.length)[0]?.code ??
    bodyJurisdiction(doc, body[1] ?? bodyText, at + bodyText.length, Math.max(0, at - 600));
  return {
    speaker: { text: bodyText, span: span(at, at + bodyText.length), actor: null, jurisdiction },
    name: bodyText,
    how: 'named',
  };
}

export function findQuotes(doc: Doc): QuoteCandidate[] {
  const { text } = doc;
  const out: QuoteCandidate[] = [];
  let lastSpeaker: { name: string; mention: Mention; at: number; paragraph: number } | null = null;
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(text); m !== null; m = QUOTE.exec(text)) {
    const inner = m[1] ?? m[2] ?? '';
    const qStart = m.index + 1;
    const qEnd = qStart + inner.length;
    const words = inner.trim().split(/\s+/).length;
    if (words < 4 && !/[.!?,]$/.test(inner.trim())) continue;
    const sentence = doc.sentences.find((s) => s.start <= m.index && s.end >= qStart) ?? null;
    const paragraphEnd = text.indexOf('\n', qEnd);
    const lineEnd = paragraphEnd === -1 ? text.length : paragraphEnd;
    const after = text.slice(qEnd + 1, Math.min(lineEnd, qEnd + 120));
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 120), m.index);
    const paragraph = sentence?.paragraph ?? -1;

    // People named since the last speaker decide whether a pronoun is unambiguous.
    const since = lastSpeaker?.at ?? 0;
    const distinctSince = new Set(
      within(doc.people, since, m.index)
        .filter((p) => p.name !== lastSpeaker?.name)
        .map((p) => p.name),
    );
    const pronounTarget = (): Attribution | null => {
      const before = doc.people.filter((p) => p.end <= m.index);
      const spoke = before.filter((p) => isSpeaker(text, p));
      const last = spoke.at(-1);
      let name: string;
      let mention: Mention;
      let from: number;
      if (last && (lastSpeaker === null || last.start >= lastSpeaker.mention.span.start)) {
        ({ name } = last);
        mention = personMention(last);
        from = last.end;
      } else if (lastSpeaker) {
        ({ name, mention } = lastSpeaker);
        from = lastSpeaker.at;
      } else {
        const names = new Set(before.map((p) => p.name));
        const only = before.at(-1);
        if (names.size !== 1 || !only) return null;
        return { speaker: personMention(only), name: only.name, how: 'pronoun' };
      }
      // Nobody named since: the last speaker. One other person named since: that person.
      const others = within(doc.people, from, m.index).filter((p) => p.name !== name);
      if (others.length === 0) return { speaker: mention, name, how: 'pronoun' };
      const one = others.at(-1);
      if (one && new Set(others.map((p) => p.name)).size === 1)
        return { speaker: personMention(one), name: one.name, how: 'pronoun' };
      return null;
    };

    let attribution: Attribution | null = null;
    if (PRONOUN_AFTER.test(after)) {
      attribution = pronounTarget();
    } else if (SAY_AFTER.test(after)) {
      const near = within(doc.people, qEnd, qEnd + 1 + after.length)[0];
      const sayAt = (SAY_AFTER.exec(after)?.[0].length ?? 0) + qEnd;
      if (near && near.start <= sayAt + 60) {
        attribution = { speaker: personMention(near), name: near.name, how: 'named' };
      } else {
        const body = BODY.exec(after);
        if (body && body.index < 60) {
          const at = qEnd + 1 + body.index + (body[0].length - body[0].trimStart().length);
          const bodyText = body[0].trim();
          const own = within(doc.places, at, at + bodyText.length)[0];
          const jurisdiction =
            own?.code ??
            bodyJurisdiction(doc, body[1] ?? bodyText, m.index, Math.max(0, m.index - 600));
          attribution = {
            speaker: {
              text: bodyText,
              span: span(at, at + bodyText.length),
              actor: null,
              jurisdiction,
            },
            name: bodyText,
            how: 'named',
          };
        }
      }
    } else if (PRONOUN_BEFORE.test(before)) {
      attribution = pronounTarget();
    } else if (SAY_BEFORE.test(before) || JUDGE_BEFORE.test(before)) {
      attribution = speakerBefore(doc, m.index, Math.max(lineStart, sentence?.start ?? 0));
    } else if (lastSpeaker && lastSpeaker.paragraph === paragraph && distinctSince.size === 0) {
      attribution = { speaker: lastSpeaker.mention, name: lastSpeaker.name, how: 'carried' };
    }
    if (attribution === null) continue;
    const speaker: Mention = attribution.speaker;
    const flags: Flag[] = [];
    if (attribution.how === 'pronoun') flags.push('speaker_by_pronoun');
    const isPerson = doc.people.some((p) => p.start === speaker.span.start);
    if (isPerson && speaker.actor === null) flags.push('actor_unresolved');
    const date =
      (sentence ? eventDateIn(doc, sentence.start, sentence.end) : undefined) ?? textDate(doc);
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
      text: inner,
      textSpan: span(qStart, qEnd),
      date: date?.iso ?? null,
    });
    lastSpeaker = { name: attribution.name, mention: speaker, at: qEnd, paragraph };
  }
  return out;
}
