/**
 * A person's name as pattern sources, for the patterns of people.ts and the people-*.ts modules
 * beside it: the titles written before a name (TITLE_WORDS), a word of a name (NAME_WORD, or
 * FULL_WORD with no initial), honorifics before it, particles inside it, letters after it, a
 * whole name (NAME); and a string escaped to be matched as written.
 */
export const TITLE_WORDS =
  '(?:Prime Minister|Deputy Prime Minister|Minister-in-charge|Minister in charge|Vice Premier|Premier|President|Vice President|Vice-President|Vice-Premier|Vice-Minister|External Affairs Minister|Home Minister|Treasury Secretary|Treasurer|Commerce Secretary|Foreign Minister|Trade Minister|Commerce Minister|Finance Minister|Economy Minister|Economic Minister|Agriculture Minister|Industry Minister|International Trade Minister|Minister|Secretary of State|Under Secretary|Under-Secretary|Undersecretary|Secretary|Chief Minister|State Councillor|Consul General|Consul-General|Consul|High Commissioner|Secretary-General|Secretary General|Director-General|Director General|director-general|Head|Special Envoy|Envoy|Chief Negotiator|Negotiator|Minister Delegate|Minister-Delegate|Delegate|Adviser|Advisor|Chief of Staff|Minister-President|Taoiseach|Tánaiste|Congressman|Congresswoman|Representative|Rep\\.|Councillor|Councilor|Lawmaker|Mayor|Ambassador|Chancellor|Commissioner|Trade Representative|Spokesperson|spokesperson|spokeswoman|spokesman|Governor|Senator|Sen\\.|Chairman|Chair|Chief Executive|CEO|Director|Crown Prince|King|Queen|Emir|Sultan|Speaker|Majority Leader|Minority Leader|Leader|trade chief|foreign policy chief|Trade Commissioner|trade commissioner|Mr\\.?|Mrs\\.?|Ms\\.?|USTR|MP|MEP|MLA|MPP|Dr\\.|Vice Minister|Deputy Minister|negotiator|envoy|consul general|consul-general|consul|counterpart|trade representative|representative|governor|chancellor|chief executive|chairman|chairwoman|mayor|senator|foreign minister|trade minister|commerce minister|prime minister|vice premier|minister|premier|president|secretary|undersecretary|under-secretary|ambassador|commissioner)';
/**
 * A word of a name; "Goyal's" is the name and a possessive, not a name of its own; an initial,
 * or initials written together ("S.C. Ralhan"), whole: not the last letter of them ("C.
 * Ralhan"). An abbreviation read so ("U.S.") is left out of the name as a place or as initials
 * alone (see cleanName).
 */
export const NAME_WORD =
  "(?:(?:Mc|Mac|De|Di|Le|La|O['’\x92])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+|['’\x92](?![sS]\\b)\\p{Lu}?\\p{Ll}+)*|(?:\\p{Lu}\\.){1,3}(?!\\p{L}))";
/**
 * The start of a word. JavaScript's `\b` knows only ASCII letters, so it finds no start
 * before "Š" in "Šefčovič"; this knows every letter.
 */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** The start of a capitalised word, looked at first (the cheaper test) where a name begins. */
export const NAME_START = `(?=\\p{Lu})${WORD_START}`;
/**
 * Honorifics written before a name ("H.E. Ms. Sanae Takaichi", "His Excellency Wang Wentao",
 * "Smt. Droupadi Murmu", "the Honourable Anita Anand", "the Right Honourable Yvette Cooper",
 * "Shri Narendra Modi", "Datuk Seri Ana Rahman", "Madame Ana Ruiz", "Senator the Hon Don
 * Farrell"): read with the name, then left out of it.
 */
export const HONORIFIC =
  "(?:(?:(?:[Tt]he[ \\t]+)?(?:(?:Right|Rt\\.?)[ \\t]+)?(?:Honourable|Honorable|Hon\\.?)|H(?:is|er)[ \\t]+(?:Excellency|Majesty|(?:Royal[ \\t]+)?Highness)|Excellency|H\\.E\\.|S(?:mt\\.?|hrimati|hri|ir)|D(?:r\\.|ame|atuk(?:[ \\t]+Seri)?|ato['’\x92]?(?:[ \\t]+Sri)?)|M(?:rs?\\.?|s\\.?|adame?|me\\.?)|Tan[ \\t]+Sri)[ \\t]+)";
/**
 * Letters written after a name for a seat or an honour ("Jonathan Reynolds MP", "Ana Ruiz KC"):
 * not part of it.
 */
export const POST_NOMINAL = '(?:[ \\t]+(?:MP|MEP|MLA|MPP|MNA|MHA|KC|QC|OBE|CBE|MBE|KBE|DBE))';
// Names never run across a line break.
// An elided particle is written onto the word after it: "Réjean d'Entremont".
export const PARTICLES =
  "(?:(?:van|de|von|der|den|bin|al|da|du|la|le|dos|del)[ \\t]+){0,2}(?:d['’\x92])?";
export const NAME = `${HONORIFIC}{0,2}${NAME_WORD}(?:[ \\t]+${PARTICLES}${NAME_WORD}){0,3}`;
export const IS_TITLE = new RegExp(`^${TITLE_WORDS}$`, 'u');
/** A word of a name written in full (no initial): "LeBlanc", "Jae-myung". */
export const FULL_WORD =
  "(?:(?:Mc|Mac|De|Di|Le|La|O['’\x92])?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?)";
/** One word of a name written in full, and nothing else. */
export const FULL_WORD_ALONE = new RegExp(`^${FULL_WORD}$`, 'u');
/** `s` escaped to be matched as written inside a pattern. */
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
