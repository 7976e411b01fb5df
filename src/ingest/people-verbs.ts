/**
 * Names read by the verb beside them: one who says, before a verb of saying or after it ("Wang
 * Yi said", "said Ana Ruiz"), two or three words opening a clause before its verb (SUBJECT),
 * the person met, called or led by (ENGAGED), and a name a country owns before the verb of an
 * engagement (COUNTRY_OWNED).
 */
import {
  FULL_WORD,
  HONORIFIC,
  NAME,
  NAME_START,
  PARTICLES,
  POST_NOMINAL,
  WORD_START,
} from './people-name-patterns.ts';
import { cleanName } from './people-name-words.ts';
import { isRegion, placeCode } from './places.ts';
import { WEEKDAY_NAME } from './dates.ts';

/**
 * The body a person is of, as capitalised words after "of", "at" or "from": "(Rick White) of
 * the Canadian Canola Growers Association", "(Lena Dahl) at Scotiabank". Group 2 of SAYING.
 */
const AFFILIATION =
  "[ \\t]+(?:of|at|from)[ \\t]+(?:the[ \\t]+)?(\\p{Lu}[\\p{L}'’\x92&.-]*(?:[ \\t]+(?:of|and|&|for|the|\\p{Lu}[\\p{L}'’\x92&.-]*)){0,6}?)";
/**
 * A name before a verb of saying, with an aside between ("Ana Ruiz, who chairs the board,
 * said") or the body the person is of ("Rick White of the Canadian Canola Growers Association
 * said"); not a ", which …" aside, which follows a company or a body, nor one that runs past
 * the end of a sentence ("Footwear, furniture and fish are exempt. The duty, …, said"), nor a
 * name set off by commas, which is the one who says ("… and Supply, Carlos Fávaro, said"). The
 * verbs are those of saying and of asking or arguing ("Okafor asked", "Tan countered"), not
 * ones a business takes as often ("Toyota recalled").
 */
export const SAYING = new RegExp(
  `${NAME_START}(${NAME})${POST_NOMINAL}?(?:,\\s(?!which\\b)(?!${NAME},)(?:[^,.!?\\n]|\\b\\p{Lu}\\.){3,80},|${AFFILIATION})?\\s+(?:said|says|told|added|stated|noted|wrote|warned|urged|stressed|announced|asked|argued|explained|insisted|cautioned|replied|responded|conceded|admitted|acknowledged|complained|countered)\\b`,
  'gu',
);
/**
 * A preposition of place before a name that says or that ", who" follows: "the Grain Growers
 * Association of Manitoba said", "a buyer in Moose Jaw, who asked not to be named". The words
 * are where the speaker is from, not who it is.
 */
const PLACE_BEFORE = /\b(?:in|of|at|from|near|outside|across|around)\s+$/;
/** True when a preposition of place (PLACE_BEFORE) ends the text just before `at`. */
export const afterPlacePreposition = (text: string, at: number) =>
  PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at));
/**
 * True when a name and the body after "of" read as a person of that body ("Rick White of the
 * … Association"): a full name, and a body that is not a place ("Farm Credit of Canada").
 */
export const ofBody = (name: string, body: string) =>
  cleanName(name)?.includes(' ') === true && placeCode(body) === null && !isRegion(body);
/**
 * A name after a verb of saying, as an attribution set after a quote writes it: "said Ana
 * Ruiz", "according to Ana Ruiz", "warned Ana Ruiz", "argued Ana Ruiz", "wrote Ana Ruiz",
 * "fumed Ana Ruiz".
 */
export const SAID_NAME = new RegExp(
  `${WORD_START}(?:said|says|added|adds|according to|warned|warns|argued|argues|insisted|insists|explained|explains|stressed|noted|recalled|admitted|conceded|countered|cautioned|complained|wrote|writes|replied|responded|remarked|observed|continued|acknowledged|predicted|joked|quipped|declared|commented|exclaimed|fumed|scoffed|snapped|grumbled|mused|protested|pleaded)\\s+(${NAME})`,
  'gu',
);
/**
 * A verb after the word that follows "said": the word opens the clause said ("officials said
 * Regina expected …"), a place or a body as often as a person, and is read as a name only
 * when found otherwise.
 */
export const REPORTED_VERB =
  /^[ \t]+(?:would|will|was|is|had|has|could|should|may|might|\p{Ll}+ed)\b/u;
/** A day set before a clause with no comma: "On Wednesday Wang Yi was received …". */
const FRONTED_DAY =
  '\\b(?:On|Late|Early)[ \\t]+' +
  WEEKDAY_NAME +
  '(?:[ \\t]+(?:morning|afternoon|evening|night))?[ \\t]+';
const SUBJECT_NAME = `\\p{Lu}\\p{Ll}+(?:[ \\t]+${PARTICLES}${FULL_WORD}){1,2}`;
/**
 * A verb after a subject: regular ("co-chaired" too), or one of the common irregular past forms
 * ("sold"), maybe after an adverb ("also met").
 */
export const SUBJECT_VERB =
  '(?:[ \\t]+(?:also|then|later|again|first|finally|separately|briefly|jointly|personally|previously|earlier))?[ \\t]+(?:(?:co-)?[a-z]+ed|[a-z]+s|has|had|have|will|is|was|are|were|spoke|met|held|led|paid|took|sent|made|said|told|wrote|sold|bought|grew|lost|won|kept|gave|went|came|got|gets|saw|knew|thought|found|left|ran|began|brought|built|chose|spent|stood|drove|flew|sat|shook)\\b';
/**
 * Two or three capitalised words opening a clause before a verb: "Kofi Mensah disagreed", after a
 * list item's bullet ("* Ada Okoro met …"), after a dateline's dash ("WINNIPEG — Ruth Enns farms
 * …"), an opening phrase ("At the mart, Ada Okoro watched …"), a word opening a clause ("two days
 * after Ana Ruiz met …") or a day set before with no comma (FRONTED_DAY); a participle, "who", a
 * time or a place set off between the name and its verb may stand between ("Ana Ruiz, attending as
 * a guest, is …", "Ana Ruiz, on her first trip abroad, held …", "Ana Ruiz on Tuesday held …").
 */
export const SUBJECT = new RegExp(
  `(?:^|[.!?]\\s+|\\n|(?:^|\\n)[ \\t]*[-•\x95*·][ \\t]+|[—\x97–\x96]\\s+|\\s--?\\s+|,\\s+|\\b(?:when|after|before|since|while|once|until)[ \\t]+|${FRONTED_DAY})(${SUBJECT_NAME})(?:,[ \\t]+(?:who|\\p{Ll}+ing|on|in|at|during|after|before|earlier|later)\\b[^,.;:"\\n]{0,60},|[ \\t]+on[ \\t]+${WEEKDAY_NAME})?${SUBJECT_VERB}`,
  'gu',
);
/**
 * A full name set off by commas before a verb of saying, as an apposition to the words before
 * it names the one who says: "the owner of the mill, Ana Ruiz, said", "its treasurer, Tom
 * Hale, told reporters". Two or three words written in full, as a body's one-word name is
 * written so too ("its parent, Agrosuper, said"); a body's name of more is cleaned away as
 * usual ("the buyer, Hanul Steel, said").
 */
export const SET_OFF_SAYING = new RegExp(
  `,[ \\t]+(${FULL_WORD}(?:[ \\t]+${PARTICLES}${FULL_WORD}){1,2}),[ \\t]+(?:said|says|told|added|stated|noted|wrote|warned|argued|explained|insisted|stressed)\\b`,
  'gu',
);
/**
 * A delegation or a session and the verb of leading it, up to "by": "the Indian side was led
 * by", "a delegation from Canada, headed by", "the round was co-chaired by", "officials led
 * by", and "led" left
 * out of a second clause ("… and the Indian side by Darpan Jain"), with the delegation left out
 * too after the owner's possessive ("… was led by Raj Iyer; the EU's by Ana Ruiz").
 */
const LED_BY =
  "(?:\\p{Lu}[\\p{L}.-]*['’\x92]s[ \\t]+by|(?:delegations?|teams?|sides?|missions?|talks|rounds?|sessions?|dialogue|negotiations|meetings?|[Oo]fficials|[Nn]egotiators|[Dd]elegates)(?:[ \\t]+(?:from|of|to|for)[ \\t]+(?:the[ \\t]+)?\\p{Lu}[\\p{L}.-]*(?:[ \\t]+\\p{Lu}[\\p{L}.-]*){0,2})?(?:,?[ \\t]+(?:(?:was|were|is|are|will[ \\t]+be)[ \\t]+)?(?:led|headed|chaired|co-chaired)[ \\t]+by|[ \\t]+by))";
/** A possessive before a name: "met New Zealand's Todd McClay". */
const POSSESSOR = "(?:(?:\\p{Lu}\\p{Ll}+[ \\t]+){0,2}\\p{Lu}\\p{Ll}+['’\x92]s[ \\t]+)";
/**
 * A name owned by a country, as news writes a minister with no title, before the verb of an
 * engagement, alone or with another: "China's Wang Yi co-chaired …", "Japan's Yoji Muto was
 * received by …", "South Korea's Lee Jae-myung and Takaichi met", "Japan's Ken Sato had met …",
 * "… travelled to", "… had a call with". Two or three full words; the
 * verb keeps out a firm ("China's Dongshan Carbon said"), and the owner is checked to be a
 * country (PLACE_OWNER).
 */
export const COUNTRY_OWNED = new RegExp(
  `(?<=\\p{Ll}['’\x92]s[ \\t]+)(${FULL_WORD}(?:[ \\t]+${FULL_WORD}){1,2})(?=(?:[ \\t]+and[ \\t]+${FULL_WORD}(?:[ \\t]+${FULL_WORD})?)?[ \\t]+(?:had[ \\t]+)?(?:(?:was|were)[ \\t]+received|met|meets|held|holds|(?:co-)?chaired|hosted|received|visited|spoke|talked|called|sat|travell?ed|flew|had[ \\t]+(?:an?[ \\t]+)?(?:[\\w-]+[ \\t]+)?(?:call|talks|meeting|conversation))\\b)`,
  'gu',
);
/**
 * People listed with their countries, as a summit's are: "hosted Luiz Inacio Lula da Silva of
 * Brazil, Javier Milei of Argentina and Bolivia's Rodrigo Paz" (a name of two to four words
 * before "of" and a country, or after a country's possessive, in a list).
 */
export const LISTED_WITH_COUNTRY = new RegExp(
  `(?<=(?:,|\\band|\\bhosted|\\bwelcomed|\\breceived)[ \\t]+(?:\\p{Lu}\\p{L}+['’\x92]s[ \\t]+)?)(${FULL_WORD}(?:[ \\t]+${PARTICLES}${FULL_WORD}){1,3})(?=[ \\t]+of[ \\t]+\\p{Lu}\\p{L}+(?:[ \\t]+\\p{Lu}\\p{L}+)?[ \\t]*(?:,|and\\b|\\.|$)|[ \\t]*(?:,|\\.|$))`,
  'gu',
);
/**
 * The other party of a meeting named by the family name alone, then where or when: "met
 * Šefčovič in Brussels on Monday", "met Sidhu on Tuesday". Only after "met": one holds talks or
 * speaks with a company as often as with a person.
 */
export const MET_SURNAME = new RegExp(
  `\\bmet(?:[ \\t]+with)?[ \\t]+(${FULL_WORD})(?=[ \\t]+(?:in|on|at|for|during|over)[ \\t])`,
  'gu',
);
/**
 * The other party of a meeting or a call: "met Mark Carney", "after meeting Li Wen", "was received
 * by Hu Wei", "called Ana Ruiz", "co-chaired the Trade Committee with Li Wen", "spoke by phone with
 * Ursula von der Leyen", "met New Zealand's Todd McClay", "had dinner with Ana Ruiz", "held
 * discussions with Ana Ruiz", "sat down with S. Jaishankar" (an initial and a family name), "sat in
 * the Oval Office with Li Wen", "spent ninety minutes with Ryosei Akazawa", "pressed Ursula von der
 * Leyen for an exemption", "held under the co-chairmanship of L. Kudratov and …", "discussed the
 * case with Li Wen", "raised the issue with Li Wen"; the people a delegation is led by (see
 * LED_BY), "accompanied by", "joined by" or a meeting is "attended by".
 */
export const ENGAGED = new RegExp(
  `\\b(?:met|meets|met with|meeting(?:[ \\t]+with)?|received[ \\t]+by|called(?![ \\t]+(?:on|for|off)\\b)|(?:co-)?chair(?:ed|s|ing)[ \\t]+(?:the[ \\t]+)?(?:[\\p{L}'’\x92-]+[ \\t]+){1,8}?with|spok(?:e|en)(?:[ \\t]+by[ \\t]+(?:phone|telephone|video))?[ \\t]+(?:with|to)|talks with|call with|hosted|received|welcomed|dined with|(?:had|held)[ \\t]+(?:an?[ \\t]+)?(?:working[ \\t]+|private[ \\t]+)?(?:dinner|lunch|breakfast|discussions)[ \\t]+with|sat down with|sat[ \\t]+(?:in|at)[ \\t]+(?:the[ \\t]+)?(?:[\\p{L}'’\x92-]+[ \\t]+){1,4}?with|conferred with|came together with|under[ \\t]+the[ \\t]+(?:co-?)?chair(?:man|person)ship[ \\t]+of|(?:discuss(?:ed|es)?|rais(?:ed|es))[ \\t]+(?:the[ \\t]+|its[ \\t]+|his[ \\t]+|her[ \\t]+|their[ \\t]+)(?:[\\p{Ll}'’\x92-]+[ \\t]+){1,5}?with|spen[dt]s?[ \\t]+(?:[\\w-]+[ \\t]+){0,3}?(?:hours?|minutes?|days?|morning|afternoon|evening)[ \\t]+with|pressed|urged|${LED_BY}|accompanied by|joined by|attended by)[ \\t]+${POSSESSOR}?${HONORIFIC}{0,2}(?!(?:King|Queen|Emir|Sultan|Crown|President|Premier|Prime|Minister|Chancellor|Secretary|Vice)\\b)(${FULL_WORD}(?:[ \\t]+${PARTICLES}${FULL_WORD}){1,2}|\\p{Lu}\\.[ \\t]+${FULL_WORD})(?![\\p{L}\\p{N}])`,
  'gu',
);
