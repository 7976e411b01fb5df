/**
 * The imposition of a measure recalled after its rate: "the 25% tariff Beijing imposed a year
 * ago", "the duty, which Ottawa placed on steel last March". One source for the verbs of
 * imposing and for the two ways of recalling the act, shared by the readers of rates, of acts
 * and of measures.
 */

/**
 * The past of a verb that puts a duty in place: "imposed", "placed", "levied", "slapped",
 * "introduced". Not measure-acts' IMPOSING, which reads any form of them as the sentence's own
 * new act.
 */
export const IMPOSED_VERB = 'imposed|placed|levied|slapped|introduced';
/** The past of a measure's start: "took effect", "came into force", "went into effect". */
export const STARTED_VERB =
  'took effect|came into (?:force|effect)|entered into (?:force|effect)|went into effect';

/**
 * An act recalled right after the rate, by its imposer or its start: "the 100% tariffs Beijing
 * imposed last March", "the 25% duty put in place in April", "the 10% tariff that took effect
 * on Aug. 7", "the 17% duty the U.S. Commerce Department began collecting on tomatoes" (an
 * abbreviation's points end no clause), or in a relative clause after its goods: "the 40% duty
 * on footwear, furniture and machinery, which the White House imposed last July".
 */
export const ACT_RECALLED_AFTER = new RegExp(
  String.raw`^(?:(?:[^,.;]|(?<=\b[A-Z])\.){0,60}?|[^.;%]{0,90}?,\s+which\s+(?:[\w.'’\x92-]+\s+){0,4}?(?:had\s+|has\s+)?)\b(?:${IMPOSED_VERB}|put in place|${STARTED_VERB}|(?:began|started)(?: (?:collecting|charging|applying|levying))?|appl(?:ied|ies) (?:from|since))\b`,
  'i',
);

/**
 * A relative clause after a measure's word with its imposer as subject, its "that" written
 * ("… duties that Beijing imposed on …", "… which the White House imposed …") or left out right
 * after the word, in the past of the act ("the duties China imposed on brandy", "the 50% duty
 * Washington set last June"; "the tariffs China has placed on …" tells how they stand), or a
 * "since" clause telling the act that started what is borne ("have paid a 15% tariff since
 * Washington applied the lower rate", "has faced a 25% duty since Beijing imposed it"; "since
 * March" tells no act). Read from the rate or from the measure's word.
 */
export const IMPOSER_RELATIVE_AFTER = new RegExp(
  String.raw`^[^,;.]{0,40}?\b(?:that|which)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:had\s+)?(?:${IMPOSED_VERB}|set)\b|^\s*(?:[\p{L}-]+\s+)?(?:tariffs?|dut(?:y|ies)|surtax(?:es)?|surcharges?|lev(?:y|ies)|deposits?|countermeasures|counter-tariffs?)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:${IMPOSED_VERB}|set)\b|^[^,;.]{0,40}?\bsince\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:${IMPOSED_VERB}|set|applied|raised|increased|doubled|lowered|reduced|cut)\b`,
  'u',
);

/** What a duty recalled after its rate was imposed on: "… imposed on South African goods". */
export const IMPOSED_ON = new RegExp(String.raw`\b(?:${IMPOSED_VERB}|set)\s+on\s+`);
