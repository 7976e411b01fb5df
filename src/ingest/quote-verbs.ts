/**
 * The verbs of saying (and of judging, welcoming, blaming and wanting) that attribute a quote, the
 * phrases that name a source as a verb of saying does ("according to", "in the words of"), and
 * where they stand around a quote: before it ("Kyle said: “…”", "She described Brazil as “…”",
 * "quoted Xi as saying"), after it ("…," Carney said; "…," he said; "…," it said; "…," according to
 * Xinhua) or right after a subject ("Beijing said"); with the colon and the dash lines set in a
 * verb's place and the words between the parts of a split quote. quotes.ts tries them in turn to
 * tell how a quote is attributed.
 */

/**
 * Verbs of saying in the present, as features write them ("“…,” Ruiz tells me", "she
 * explains"); not the ones that are nouns as often ("notes", "claims", "states").
 */
const PRESENT_SAY =
  'tells|warns|explains|argues|insists|stresses|admits|concedes|recalls|writes|asks|predicts|complains|jokes|acknowledges|cautions|urges|concludes|observes|maintains|declares|reiterates|emphasi[sz]es|responds|(?<!\\bUnited\\s)states';
/**
 * Verbs of saying, and their participle ("came back saying that …") and base form ("likes to
 * say that …"); readouts add "pointed out", "underlined", "affirmed", "expressed the hope
 * that"; verbs that tell someone something ("sought to reassure the delegation that …",
 * "promised", "asked", "pressed Ottawa to …"); verbs that say how it was said ("fumed",
 * "scoffed", "pleaded"); the verbs of a submission to an inquiry ("the industry submitted that
 * …", "the chamber objected that …"); posts on social media ("posted on X", "tweeted"); and a
 * release's "wishes to state that …", whose "state" is a verb only after "to".
 */
export const SAY = `(?:said|says|saying|say|tell|telling|warn|argue|insist|explain|expressed|pressed|added|adds|adding|told|posted|tweeted|joked|quipped|lamented|boasted|testified|asked|assured?|reassured?|promised|pledged|claimed|contended|confirmed|announced|pointed out|points out|underlined|underscored|affirmed|stated|noted|continued|stressed|warned|cautioned|insisted|argued|wrote|declared|remarked|explained|asserted|urged|concluded|acknowledged|admitted|conceded|complained|predicted|vowed|maintained|countered|replied|responded|observed|recalled|put it|citing|cited|reiterated|reaffirmed|emphasi[sz]ed|commented|suggested|highlighted|mentioned|indicated|spoke of|speaks of|found that|finds that|retorted|fumed|scoffed|snapped|grumbled|mused|protested|pleaded|submitted|objected|(?<=\\bto\\s)state|${PRESENT_SAY})`;
/**
 * Phrases that name the source of the words after them, as a verb of saying does: "according
 * to the ministry, …", "in the words of a ministry statement, “…”", "as noted by the ministry,
 * “…”", and "in Ruiz's words, “…”", which ends before the name, as the source follows the
 * others.
 */
const SOURCE_OF =
  "(?:according\\s+to|in\\s+the\\s+words\\s+of|as\\s+(?:noted|stated|said|put|announced|explained|reported)\\s+by|in\\s+(?=\\p{Lu}[\\p{L}-]*['’\x92]s\\s+(?:own\\s+)?words\\b))";
/**
 * A stretch inside one sentence: no full stop, but the one of an initial ("U.S.", "Canada-U.S.",
 * "K."), of an honorific ("Dr. Ruiz said") or a decimal point ("42.7%").
 */
export const RUN = `(?:[^.“\x93"‘\x91]|(?<=(?:^|[\\s(.-])\\p{Lu})\\.|(?<=\\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Gov|Gen|Rep|Hon|St|Ste|Mt))\\.|(?<=\\d)\\.(?=\\d))`;
/** Verbs of judging: "called the move “…”", "described Brazil as “…”". */
export const JUDGE =
  '(?:called|calls|calling|described|describes|termed|labell?ed|dubbed|hailed|branded|characteri[sz]ed|rated|rates)';
/**
 * Verbs of welcoming or blaming, which quote a judgement after "as": "welcomed the move as
 * “…”", "dismissed the claim as “…”".
 */
export const EVALUATE =
  '(?:welcomed|welcomes|praised|praises|greeted|greets|criticized|criticised|criticizes|criticises|condemned|condemns|denounced|denounces|slammed|slams|blasted|blasts|dismissed|dismisses|rejected|rejects|decried|decries|defended|defends|regarded|regards|viewed|views|saw|sees)';
/** Verbs of blaming, which quote the charge after "of": "accused Ottawa of “…”". */
export const ACCUSE = '(?:accused|accuses|accusing)';
/**
 * A clause reported after "that", however long it runs before the quote it holds ("confirmed
 * that the vice minister had held a call with …, during which the two sides “…”", "hailed as
 * proof that the relationship had “…”"): the verb governs all of it, to its sentence's end.
 */
const THAT_CLAUSE = `${RUN}{0,40}?\\bthat\\b${RUN}{0,220}$`;
/** "…," he said; "…," said she; "…," as he put it. */
export const PRONOUN_AFTER = new RegExp(
  `^[\\s,]*(?:as\\s+)?(?:(he|she)\\s+${SAY}|${SAY}\\s+(he|she))\\b`,
  'iu',
);
/** "…," it said: a body the sentence before is about (see bodySubject). */
export const IT_AFTER = new RegExp(`^[\\s,]*it\\s+${SAY}\\b`, 'iu');
/**
 * "It said the steps were taken “…”": a sentence that "It" opens, with its verb of saying before
 * the quote; a body the sentence before is about (see bodySubject).
 */
export const IT_BEFORE = new RegExp(
  `^It\\s+(?:(?:also|further|later|then|again)\\s+)?${SAY}\\b${RUN}{0,140}$`,
  'u',
);
/**
 * "…," the ministry's statement quoted him as saying (group 1, the pronoun); "…," the ministry
 * quoted Wang as saying (group 2, where the one quoted is named).
 */
export const QUOTED_AS_SAYING = new RegExp(
  `^[\\s,]*${RUN}{0,60}?\\bquoted\\s+(?:(him|her)|(${RUN}{1,60}?))\\s+as\\s+saying\\b`,
  'iu',
);
/**
 * "State media quoted Xi as saying that the two countries “…”": the one quoted speaks.
 * Group 1 is the pronoun, when the one quoted is not named.
 */
export const QUOTED_BEFORE = new RegExp(
  `\\bquoted\\s+(?:(him|her)|${RUN}{1,60}?)\\s+as\\s+saying\\b(?:\\s+that)?(?:\\s+${RUN}{0,80})?[,:]?\\s*$`,
  'u',
);
/**
 * "…,” according to the official news agency", "…,” a foreign ministry readout said": who
 * reported the quote, not who spoke it, when the sentence names its speaker before it.
 */
export const REPORTED_BY =
  /^[\s,]*(?:according\s+to\b|(?:the|an?)\s+(?:[\p{L}'’\x92.-]+\s+){0,4}?(?:readout|statement|summary|transcript|report|communiqu[eé]|release)\s+(?:said|says|showed|shows|stated)\b)/iu;
/**
 * Verbs of wanting, whose object a speaker's own words may give: "he wants ministers to “…”",
 * "she expects the government to “…”". Read after a pronoun only, as after a name the subject
 * may be a clause's reported one ("Ruiz said Ottawa wants a deal “…”").
 */
const STANCE = '(?:wants|wanted|expects|hopes|hoped)';
/**
 * "She told reporters afterwards that …", "He also called on Canada to …", "he warned, adding: …",
 * a verb of wanting ("she expects the government to “…”"), a verb of judging: "She called the move
 * “…”", "He described Brazil as “…”", and one of welcoming or blaming: "She welcomed the ruling as
 * “…”".
 */
export const PRONOUN_BEFORE = new RegExp(
  `\\b(He|She|he|she)\\s+(?:(?:also|only|later|then|again|further)\\s+)?(?:(?:${SAY}|called\\s+on|${JUDGE}|${STANCE})(?:(?:\\s+that)?(?:,?\\s+${RUN}{0,80})?[,:]?\\s*$|${THAT_CLAUSE})|${EVALUATE}\\b${RUN}{0,60}\\bas\\s*$)`,
  'u',
);
/** "…," as Reis put it: the one who put it speaks. */
const AS_PUT_IT = `[\\s,]*as\\s+${RUN}{1,60}?\\bput\\s+it\\b`;
/**
 * An aside about the speaker set off by commas between the name and the verb, however long:
 * "…," Ana Ruiz, who is also minister of industry, trade and services, told reporters.
 */
const WHO_ASIDE = `,\\s+(?:who|whose)\\b${RUN}{0,100}?,\\s*`;
/**
 * "…," Carney said; "…," said Tom Westerby of …; "…," according to the ministry. Not a verb
 * the sentence joins to its subject before the quote ("… said that growers “need …,” and
 * urged"), a participle that goes on from it ("… were “…,” adding that …"), nor a clause set
 * under it ("… said the cut was “…,” though he cautioned that …"): the speaker is named before.
 */
export const SAY_AFTER = new RegExp(
  `^${AS_PUT_IT}|^(?![\\s,]*(?:and|but|or|while|adding|though|although|whereas|because|before|after|when|as|even|yet|so)\\b)[\\s,]*(?:${SAY}\\b|according\\s+to\\b|${RUN}{0,80}?(?:${WHO_ASIDE})?\\b${SAY}\\b)`,
  'iu',
);
/** The words between a quote and the subject after it: "…," said | according to …. */
export const SUBJECT_AFTER = new RegExp(`^[\\s,]*(?:${SAY}\\s+|according\\s+to\\s+|as\\s+)?`, 'iu');
/**
 * "Kyle said: “…”", "the ministry said Beijing “…”", "according to Ada Okoro, “…”", and a
 * longer clause after "that": "said in a statement that the duties were needed because “…”".
 */
export const SAY_BEFORE = new RegExp(
  `\\b(?:${SAY}\\b(?:\\s+that)?|${SOURCE_OF}\\b)${RUN}{0,140}[,:]?\\s*$|\\b(?:${SAY}|${JUDGE})\\b${THAT_CLAUSE}`,
  'iu',
);
/**
 * "… called the outcome “…”", "described the move as “…”": a verb of judging; and a verb of
 * welcoming or blaming with "as" before the quote: "welcomed the move as “…”", "slammed the
 * ruling as “…”".
 */
export const JUDGE_BEFORE = new RegExp(
  `\\b${JUDGE}\\b${RUN}{0,40}\\s*$|\\b${EVALUATE}\\b${RUN}{0,60}\\bas\\s*$|\\b${ACCUSE}\\b${RUN}{0,60}\\bof\\s*$`,
  'iu',
);
/**
 * A participle of saying or judging set off by a comma, with the quote after it: "…, the
 * ministry said, telling her that “…”", "…, adding: “…”", "… was less pleased, calling the deal
 * “…”". Its subject is the subject of the clause it hangs on (a person, a pronoun or a body), not
 * a frame of reporting set between ("the ministry said").
 */
export const PARTICIPLE = new RegExp(
  `,\\s+(?:telling|saying|adding|warning|arguing|noting|insisting|stressing|calling|describing|labell?ing|dubbing|branding|terming)\\b${RUN}{0,100}$`,
  'u',
);
/** Verbs whose object is the listener, not the speaker: "Wang told Anand that …". */
export const TO_LISTENER =
  /^(?:told|tells|tell|telling|accused|accuses|accusing|pressed|urged|urges|warned|warns|cautioned|cautions|asked|asks|assured?|assures|reassured?|reassures|promised|promises)$/i;
/** The last verb of saying, judging or welcoming in a stretch before a quote. */
export const SAY_OR_JUDGE = new RegExp(
  `\\b(?:${SAY}|${SOURCE_OF}|${JUDGE}|${EVALUATE}|${ACCUSE})\\b`,
  'giu',
);
/** A quote that a clause introduces with a colon (see clauseSpeaker). */
export const COLON_BEFORE = /:\s*$/;
/**
 * The line under a quote standing alone, or under the blank line after it: "- The Rt. Hon.
 * Mark Carney, Prime Minister".
 */
export const DASH_LINE = /^\n(?:[ \t]*\n)?[ \t]*[-–\x96—\x97][ \t]*([^\n]*)/;
/**
 * A dash after a quote that opens its line, and the quote's source after it on the same line,
 * as a quote box or a release signs it: "“…” - Ana Ruiz, trade lawyer", "“…” — Prime Minister
 * Mark Carney".
 */
export const DASH_AFTER = /^[ \t]*(?:--|[-–\x96—\x97])[ \t]*([^\n]*)/;
/** Between the parts of a split quote: "…," she added, "…". */
export const SPLIT_BY = new RegExp(
  `^\\s*,?\\s*[^“\x93”\x94"‘\x91\\n]{0,100}\\b${SAY}\\b[^“\x93”\x94"‘\x91\\n]{0,100},\\s*$`,
  'i',
);

/**
 * A verb of saying or judging right after its subject: "Beijing said", "Ottawa has called",
 * "Wang Yi also noted".
 */
export const SAYS_AFTER_SUBJECT = new RegExp(
  `^\\s+(?:(?:has|have|had|also|further|later|again|then)\\s+)?(?:${SAY}|${JUDGE})\\b`,
  'iu',
);
