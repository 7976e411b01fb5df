/**
 * Quotes in a transcript: the turns of a text set as one ("Reporter: …", "Spokesperson Lin Hao:
 * …"; see turns.ts), and the one whose turn a quote is in, who says it when nothing else
 * attributes it or "I" introduces it.
 */
import { personMention, type Doc } from './doc.ts';
import { named, type Attribution } from './quote-reading.ts';
import { speakerTurns, type Turn } from './turns.ts';

/**
 * The turns of a text set as a transcript, when it has two labelled lines or more (one alone
 * may be a headline's "Opinion: …"); else none.
 */
export function transcriptTurns(doc: Doc): readonly Turn[] {
  const turns = speakerTurns(doc);
  return turns.length >= 2 ? turns : [];
}

/**
 * The speaker of the transcript turn a quote is in, when nothing else attributes it: a
 * quotation in a spokesperson's answer ("He Yongqian: … China “has always opposed …”") is
 * theirs; one in a reporter's question is nobody's.
 */
export function turnSpeaker(turns: readonly Turn[], quoteAt: number): Attribution | null {
  const p = turns.findLast((t) => t.start < quoteAt)?.person;
  return p ? named(personMention(p), p.name, 'named') : null;
}
