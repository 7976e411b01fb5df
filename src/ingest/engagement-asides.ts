/**
 * The asides of a clause (asides): phrases whose people, places and days are not its
 * engagement's, such as a relative clause, a remark that counts or judges it, what it was for or
 * came after, what someone sent or did meanwhile; the words between quotation marks (spokenIn);
 * and the words that say who took part (TOOK_PART), which are no aside.
 */
import type { Span } from './candidates.ts';
import { span, type Doc } from './doc.ts';
import { kindOf } from './engagement-kinds.ts';
import { MONTH_NAME } from './dates.ts';

/** Where someone went along to: "to that meeting", "on the call", "for the plenary". */
const TO_THE_ENGAGEMENT = String.raw`\s*(?:to|on|for|at|in)\s+(?:the|that|this|their|his|her)\s+(?:[\w-]+\s+)?(?:meeting|talks|call|session|plenary|discussions|dialogue|round|summit|visit|trip)\b`;
/**
 * Someone who went along with a party of the engagement told before, as the subject: "Beal
 * accompanied the premier to that meeting", "High Commissioner Ng accompanied her.", "Two
 * ministers joined the Prime Minister on the call", "Li and Hu joined the co-chairs for the
 * plenary", "Beal joined Hale for the meeting". Not in a relative clause, an aside of a clause
 * that tells an engagement of its own ("Vidal, who accompanied the President, held a separate
 * meeting with …").
 */
const WENT_ALONG = String.raw`(?<!\bwho\s+(?:also\s+)?)(?:accompanied|joined)\s+(?:(?:him|her|them|the\s+(?:[\w-]+\s+){0,2}?(?:minister|premier|president|leader|chancellor|secretary|co-chairs|delegation|envoy|ambassador|prime minister)s?)\b(?=\s*(?:[.;,]|$)|${TO_THE_ENGAGEMENT})|(?:[\p{L}.'’\x92-]+\s+){1,3}?(?=${TO_THE_ENGAGEMENT}))`;
/** A clause that tells people joining the engagement told before, not one of their own. */
export const WENT_ALONG_BEFORE = new RegExp(String.raw`\b${WENT_ALONG}`, 'iu');

/**
 * Words saying who took part, in a sentence after the one that opened the engagement: "Anand,
 * who was accompanied by Sidhu and MacDonald, …", "the Chinese delegation (also) included …",
 * "The U.S. team was led by …", "The EU was represented by …", "The talks were led by …", "The
 * round, which began on Monday, was led by …", "launched the round before handing over to the
 * chief negotiators …", "The Commission, which also brought together …", "Hu joined part of the
 * meeting", "Li and Wu led the working sessions", "Vice Minister Li, and officials of both
 * sides, attended.", "Hu was also present", "Vice Minister Zhou attended the meeting",
 * "Attending on the Chinese side were …", "Also present were …", "Joining them were …".
 */
export const TOOK_PART = new RegExp(
  String.raw`\b(?:accompanied by|(?:was|were) joined by|sat in|took part|(?:delegation|team|side) (?:also )?(?:included|comprised|(?:is |are |was |were )?(?:led|headed) by)|(?:was|were) represented by|(?:talks|negotiations|consultations|round|session|call|meeting)(?:,[^,.;]{1,60},)? (?:was|were) (?:led|headed|chaired) by|co-chair(?:ed|s)|led the (?:[\w-]+\s+)?(?:talks|delegation|negotiations|sessions?|discussions)|(?:launched|opened) the (?:round|talks|negotiations|dialogue|session)|handing over to|also (?:attended|present)|(?<=^\s*(?:also\s+)?)(?:attending|present|taking part|participating|joining (?:him|her|them))\b[^.;]{0,60}?\b(?:were|was)|(?:was|were) (?:also )?present\b(?!\s+(?:at|in|on|for)\b)|attended(?=\s*(?:[.;]|$))|attended (?:the|that|this) (?:[\w-]+\s+)?(?:meeting|talks|call|session|dialogue|round)\b|(?:was|were) (?:also )?attended by|(?:also )?brought together|joined (?:(?:part|parts|some) of )?(?:the|that) (?:meeting|talks|call|session|discussions|dialogue|round)|${WENT_ALONG})\b`,
  'iu',
);

/**
 * A relative clause set off by commas (", who …,", ", whose …,", ", with whom she discussed …",
 * ", at which both sides welcomed …"), or one saying what the engagement was for (", racing to
 * avert a tariff that Trump has threatened"). A name set off after a title inside it goes with
 * it (", who met the EU's trade commissioner, Maroš Šefčovič, on Monday,"), and so does a title
 * set off after a name (", who met Thani Al Zeyoudi, the UAE's trade minister, in Abu Dhabi on
 * Tuesday,"): a full name or a title between commas, and the clause going on in lower case.
 */
const RELATIVE =
  /,\s+(?:who|whose|(?:with|to|from|by)\s+whom|(?:at|during|in|after)\s+which|(?:racing|seeking|hoping|aiming|trying|scrambling|working|pushing)\s+to)\b[^,]*(?:,\s+(?:\p{Lu}[\p{L}'’\x92.-]*(?:\s+\p{Lu}[\p{L}'’\x92.-]*){1,3}|(?:the|an?)\s+(?![^,]*\b(?:after|before|since|later|earlier|ago)\b)[^,]{1,60}|\p{Lu}[\p{L}.-]*['’\x92]s\s+\p{Ll}[^,]{0,60}),(?=\s+\p{Ll})[^,]*)?(?:,|$)/gu;

/**
 * A relative clause on the occasion (", during which he met Li"): an aside only when it tells
 * no engagement of its own.
 */
const WHICH = /^,\s+\w+\s+which\b/;

/**
 * ", the first by a Canadian foreign minister in two years", ", their first since 2019": a
 * remark that counts the engagement among others; the people and countries in it took no part.
 */
const FIRST_OF_KIND = /,\s+(?:the|its|their|his|her)\s+first\b[^,.;]*/gi;
/**
 * "the first visit to China by a Canadian foreign minister in four years", "the second by a
 * Canadian foreign minister this year": whoever it is "by a" stands for anyone of a kind the
 * engagement is counted among, not a party to it.
 */
const FIRST_BY =
  /\bby\s+an?\s(?<=\b(?:first|second|third|fourth|fifth|latest)\s+(?:[\w-]+\s+){0,4}by\s+an?\s)[^,.;]*/gi;

/**
 * Where someone is and for what, set off by commas: "Li Qiang, in town for tomorrow's
 * ASEAN-China summit, met Anwar". The gathering named is what brought them, not the engagement.
 */
const IN_TOWN_FOR =
  /,\s+(?:in town|in \p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?|there|here)\s+for\s+[^,.;]{1,80}(?=,)/gu;

/**
 * What an engagement comes before, up to the end of its phrase: "Ahead of her meeting with Li
 * on Friday, Ruiz said …", "met Li on Monday in the run-up to the summit", "confirmed they
 * would prepare for Hale's visit to Lima".
 */
const AHEAD_OF =
  /\b(?:ahead of|in the run-up to|in (?:preparation|readiness) for|in advance of|prepar(?:e|es|ed|ing)\s+for|(?:make|made|making)\s+preparations\s+for)\s[^,.;]*/gi;

/**
 * An agreement dated by a month or year ("on the trade agreement the two countries signed last
 * year", "the deal reached in March"): an aside, the period being the agreement's.
 */
const DEAL_OF_PERIOD = new RegExp(
  String.raw`\b(?:agreement|deal|pact|accord|treaty|arrangement|understanding|truce|framework|memorandum)\b[^,.;]{0,50}?\b(?:signed|reached|struck|agreed|concluded|sealed|finali[sz]ed|inked|adopted)\b[^,.;]{0,20}?\b(?:(?:earlier|last)\s+(?:this\s+)?(?:month|year)|in\s+(?:(?:early|mid|late)[-\s])?(?:${MONTH_NAME}|\d{4}))\b`,
  'gi',
);

/**
 * What an engagement was for, to the end of the clause: "met Li on Tuesday to prepare for the
 * summit between Hale and Hu", "to carry forward the consensus reached by …". The verbs are
 * kept as data: an engagement verb ("flew to Tokyo to meet Li") is none of them.
 */
const PURPOSE =
  /\s(?:in order\s+|so as\s+)?to\s+(?:discuss|prepare|follow up|carry|implement|review|press|push|seek|build|advance|explore|finali[sz]e|resolve|settle|deliver|convey|pave|lay|take stock|work out|address|raise|brief|hand over|pass on|ease|defuse|narrow|iron out|lobby|plead|make the case|argue|pursue|restore|repair|mend|reset)\b[^.;]*/gi;
/**
 * A remark on the engagement set off by a comma: "…, a meeting Prime Minister Hale described as
 * productive", "…, an encounter both sides called frank". Its people judged it; they did not take
 * part.
 */
const REMARK =
  /,\s+(?:a|an)\s+(?:(?!(?:after|before|following|since|day|days|week|weeks|hours?)\b)[\w-]+\s+){0,3}?(?:meeting|call|visit|talks|conversation|session|summit|encounter|exchange)\b[^,.;]*/gi;
/**
 * Someone's word on what the clause tells, set off by a comma: "…, steps Prime Minister Hale
 * hailed as proof of …", "…, a deal that Ruiz called historic", "…, a pact that Hale said would
 * end …", "…, which Hale described as a turning point". Whoever judged it took no part in it
 * for that.
 */
const JUDGED =
  /,\s+(?:(?:(?:an?|these|those)\s+)?(?:(?!(?:and|but|while|where|when|as|who|which|then|before|after|with|including)\b)\p{Ll}[\p{L}-]*\s+){1,3}?(?:that\s+|which\s+)?|which\s+)(?:\p{Lu}[\p{L}.'’\x92-]*\s+){1,5}(?:(?:hailed|described|praised|welcomed|hails|describes|praises|welcomes)\s+as|(?:called|termed|branded|dubbed|calls)\s+(?!(?:on|for|in|to|the|an?|his|her|their)\b)|(?:said|says)\s+(?=(?:would|will|was|is|were|are|could|had|has)\b))[^,.;]*/gu;
/**
 * A clause judging the engagement told, after "but" or "and": "…, but officials on both sides
 * described the talks as tense". It tells no engagement of its own.
 */
const JUDGED_AFTER =
  /,\s+(?:but|and)\s+(?:[\p{L}.'’\x92-]+\s+){1,6}?(?:described|called|termed|characteri[sz]ed)\s+(?:the|their|that)\s+(?:[\w-]+\s+)?(?:talks|meeting|call|session|round|dialogue|visit)\s+as\b[^.;]*/gu;

/**
 * Someone who judged the outcome of an engagement that a relative clause tells with its people:
 * "Ruiz welcomed the outcome of the Strategic Dialogue, which Hale and Li co-chaired on
 * Monday". The words up to the clause are the judge's: who judged took no part for that.
 */
const OUTCOME_JUDGED =
  /^\s*[^,;]{0,80}?\b(?:welcomed|hailed|praised|noted|applauded|commended)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:outcomes?|results?|conclusion|success)\s+of\s+[^,;]{1,120}?(?=,\s+which\s+[^,;]{1,80}?\b(?:co-chaired|chaired|held|hosted|led|attended)\b)/i;
/**
 * What someone sent, or what others agreed: "conveyed a message from Prime Minister Hale", "the
 * consensus reached by Hale and Hu", "according to the premier's office". The people named in
 * it stand behind the engagement, not in it. (An invitation is left out: the one who invites
 * is often the host.)
 */
const SENT_BY =
  /\b(?:messages?|letters?|greetings|regards|instructions|consensus|understandings?|according to)\b(?:[^,.;]{0,20}?\b(?:from|of|by|between)\b)?[^,.;]*/gi;
/**
 * A participle phrase set off by a comma, at the start of the sentence ("Acting on the consensus
 * of Hale and Hu, Ruiz met Li") or after the engagement ("…, implementing what Hale and Hu agreed
 * in October"). It says why or how, not who took part: an aside unless it tells an engagement
 * itself ("Speaking after a meeting with Li, …") or lists the people met ("…, including …",
 * "opened the summit, welcoming Premier Li, President Lula and …").
 */
const PARTICIPLE =
  /^\s*(?!During\b)\p{Lu}\p{Ll}+ing\b[^,.;]*,|,\s+(?!(?:including|meeting|holding|hosting|receiving|visiting|speaking|talking|calling|attending|joining|accompanying)\b|(?:welcoming|greeting)\s+\p{Lu})\p{Ll}{3,}ing\b[^,.;]*/gu;

/**
 * What someone else did meanwhile, set off after an engagement: "called on Mayor Li, while
 * Hale toured a terminal with buyers", "met Goyal on Wednesday, as U.S. and Indian negotiators
 * concluded a further round of talks". Its subject took no part in the engagement, and the
 * engagement is not of its kind.
 */
const WHILE_OTHER =
  /,\s+(?:while|as)\s+(?=(?:\p{Lu}[\p{L}.'’\x92-]*\s+){1,4}\p{Ll})(?:[^.;]|\.(?=\S|\s+\p{Ll}))*/gu;

/**
 * Thanks sent on after an engagement: "received the U.S. chargé d'affaires and thanked President
 * Hale for the decision". Whoever was thanked took no part for that.
 */
const THANKED_AFTER =
  /\s+and\s+(?:also\s+)?(?:thanked|congratulated)\s+(?:[^,.;]|(?<=(?:^|[\s(.])\p{Lu})\.)*/giu;

/**
 * What came before, set off after an engagement: "Ruiz met Li on Tuesday, two weeks after Hale
 * spoke with Hu by phone". The engagement is the one told first; the one after "after" is
 * recalled, and its people and day are not the first one's. A point inside the sentence is an
 * abbreviation's ("a day after Li received U.S. envoy Tom Hale").
 */
const AFTER_PHRASE =
  /,\s+(?:(?:just|only|shortly|soon|hours|days|weeks|months|(?:a|one|two|three|four|five|several|\d+)\s+(?:hours?|days?|weeks?|months?))\s+)?(?:after|following)\b(?:[^,.;]|\.(?!\s*$))*/gi;

/**
 * The spans of relative clauses that say nothing of taking part ("Yeo, who travelled with Lee, met
 * Wang"), of remarks that count it ("…, the first by a Canadian minister in two years", "the first
 * visit by a Canadian minister") and of what is still ahead ("Ahead of her meeting with Li, Ruiz
 * said"), or where someone is for what ("Li, in town for the summit, met …"). When the rest of
 * the sentence tells the engagement, the people, places and dates named in them are not its own;
 * when it does not, the sentence tells none. So too the phrases about
 * something else: what it was for, a remark on it or someone's word on it, what someone sent, a
 * participle phrase that tells no engagement, what came before it, what someone else did
 * meanwhile (PURPOSE, REMARK, JUDGED, SENT_BY, PARTICIPLE, AFTER_PHRASE, WHILE_OTHER), whom
 * thanks were sent on to (THANKED_AFTER).
 */
export function asides(sentence: string, start: number): Span[] {
  const out: Span[] = [];
  const add = (m: RegExpExecArray | RegExpMatchArray) =>
    out.push({ start: start + (m.index ?? 0), end: start + (m.index ?? 0) + m[0].length });
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(sentence); m !== null; m = RELATIVE.exec(sentence))
    if (!TOOK_PART.test(m[0]) && !(WHICH.test(m[0]) && kindOf(m[0]) !== null)) add(m);
  // Phrases that follow the engagement told ("met Li, two weeks after …", "met Li and conveyed
  // a message from …"); a purpose with someone ("to discuss trade with Li") names a party.
  const followsOne = (m: RegExpMatchArray) => kindOf(sentence.slice(0, m.index)) !== null;
  for (const re of [FIRST_OF_KIND, FIRST_BY, AHEAD_OF, DEAL_OF_PERIOD, IN_TOWN_FOR])
    for (const m of sentence.matchAll(re)) add(m);
  // A remark follows what it remarks on: "On the following day, a telephone conversation was
  // held between …" opens on a time, and the conversation is the engagement.
  for (const m of sentence.matchAll(REMARK)) if (!TOOK_PART.test(m[0]) && followsOne(m)) add(m);
  for (const re of [JUDGED, JUDGED_AFTER])
    for (const m of sentence.matchAll(re)) if (!TOOK_PART.test(m[0])) add(m);
  const judge = OUTCOME_JUDGED.exec(sentence);
  if (judge) add(judge);
  for (const m of sentence.matchAll(PARTICIPLE))
    if (kindOf(m[0]) === null && !TOOK_PART.test(m[0])) add(m);
  for (const m of sentence.matchAll(AFTER_PHRASE)) if (followsOne(m)) add(m);
  for (const m of sentence.matchAll(WHILE_OTHER)) if (followsOne(m)) add(m);
  for (const m of sentence.matchAll(THANKED_AFTER)) if (followsOne(m)) add(m);
  for (const m of sentence.matchAll(SENT_BY)) if (followsOne(m)) add(m);
  for (const m of sentence.matchAll(PURPOSE)) if (followsOne(m) && !/\bwith\b/i.test(m[0])) add(m);
  return out.sort((a, b) => a.start - b.start);
}
/** The spans of a unit between quotation marks. */
export const spokenIn = (doc: Doc, unit: Span): Span[] =>
  doc.quoted
    .filter((q) => q.start < unit.end && unit.start < q.end)
    .map((q) => span(Math.max(q.start, unit.start), Math.min(q.end, unit.end)));
/** The sentence with its asides blanked out, offsets kept. */
export const withoutAsides = (sentence: string, start: number, spans: readonly Span[]) =>
  spans.reduce(
    (t, a) => t.slice(0, a.start - start) + ' '.repeat(a.end - a.start) + t.slice(a.end - start),
    sentence,
  );
