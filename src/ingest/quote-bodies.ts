/**
 * The bodies of a text that may speak (findBodies): those named with a head word (read as in
 * quote-body-names.ts) and the short name in brackets that stands for one later, bodies named for
 * their members ("Alberta Beef Producers"), companies, the bodies the places know ("MOFCOM"),
 * bodies named for their country ("Global Affairs Canada") and a country or its capital that says
 * something ("Beijing said"); not a person's title, the means of saying ("in a statement") nor a
 * body of members left unnamed. Each comes with the country its naming gives: written in its name
 * or after it, of the capital it sits in, of the body it belongs to, of the country whose act it
 * reports, or of the person whose office it is.
 */
import { within, type Doc } from './doc.ts';
import type { PersonMention } from './people.ts';
import { regionIn, type PlaceMention } from './places.ts';
import { bodyMatches, membersStart, nameBefore } from './quote-body-names.ts';
import { companyCountry } from './quote-company-countries.ts';
import { sentenceAt, type Body } from './quote-reading.ts';
import { SAY, SAYS_AFTER_SUBJECT } from './quote-verbs.ts';
import { clauseStart } from './subjects.ts';

/**
 * Between a body and the name it is the title of: "Commission President Ursula …", "the
 * association’s president, Ann Lee", "the council’s executive director, Ann Lee", and a title
 * whose portfolio is written in lower case after the body, or the rest of the body's name
 * before it: "Commission trade spokesman Ann Lee", "Ministry of Commerce spokesperson He
 * Yadong".
 */
const TITLE_OF =
  /^(?:['’\x92]s)?[ \t]+(?:(?:\p{Lu}[\p{L}-]*|spokesperson|spokesman|spokeswoman|president|vice-president|chair|chairman|chairwoman|head|chief|minister|secretary|executive|managing|general|director|manager|negotiator|envoy|representative|deputy|senior|additional|joint|assistant|principal|special|permanent|press|trade|commerce|foreign|finance|agriculture|farm|fisheries|energy|economic|industry|of|for|and|the)(?:,[ \t]+|[ \t]+)){0,4}$/u;
/** A person's possessive: "LeBlanc's office". */
const POSSESSIVE = /^['’\x92]s\s/;
/** A body's head that is a person's title: "the spokesperson, He Yadong, said". */
const SPOKESPERSON = /^spokes(?:person|man|woman)$/;
/** "said in a statement", "through a readout": the means of saying, not who says it. */
const MEANS = /\b(?:in|through|via|with)\s+$/i;

/**
 * A body of members left unnamed: "a French industry body", "an exporters' association". Its
 * words are an anonymous source's, like "a trader"'s. A ministry or a statement is one of its
 * kind whatever the article ("a ministry statement said").
 */
const UNNAMED_BODY = /(?<![\p{L}])(?:an?|one|another)\s+$/iu;
/** The head words of a body of members: an association, a council, a group … */
export const MEMBERS_HEAD =
  /(?:association|alliance|federation|chamber|council|coalition|group|body)$/;

/**
 * The country a body's name writes: "the US-China Business Council" names two, and speaks for
 * the text's principal country among them, else for the first one written.
 */
function nameCountry(doc: Doc, start: number, end: number, principal: string | null) {
  const codes = within(doc.places, start, end).map((p) => p.code);
  const found = codes.find((c) => c === principal) ?? codes[0];
  return found ?? regionIn(doc.text.slice(start, end))?.code ?? null;
}

/**
 * Between a body and its country written after its name, the rest of the name between:
 * "the Spokesperson of the Ministry | of Foreign Affairs, | Republic of Korea", "Ministry of
 * Economic Development | of the | Russian Federation".
 */
const COUNTRY_AFTER_NAME =
  /^(?:[ \t]+(?:of|for|and|the|\p{Lu}[\p{L}-]*)){0,6}?(?:,[ \t]*|[ \t]+of[ \t]+(?:the[ \t]+)?)$/u;
/** What follows a country set after a body's name with a comma: the end of the name. */
const NAME_ENDS = /^\s*(?:$|[\n.,;)])/;

/**
 * The country written after a body's name: "the Ministry of Foreign Affairs, Republic of
 * Korea", "the Ministry of Commerce of the People's Republic of China"; after a comma, only a
 * country that ends the name ("the ministry, China's top trade body" is no name).
 */
function countryAfter(doc: Doc, end: number): string | null {
  const place = within(doc.places, end, end + 80)[0];
  if (!place || place.via !== 'name') return null;
  const gap = doc.text.slice(end, place.start);
  if (!COUNTRY_AFTER_NAME.test(gap)) return null;
  const comma = gap.trimEnd().endsWith(',');
  return !comma || NAME_ENDS.test(doc.text.slice(place.end, place.end + 3)) ? place.code : null;
}

/** Between a body and the capital it sits in: "the Customs Administration | in | Beijing". */
const SEATED_IN = /^[ \t]+in[ \t]+$/;
/** The heads of a country's posts abroad, in another's capital: "the embassy in Ottawa". */
const POST_ABROAD = /^(?:embassy|consulate|office)$/;

/**
 * The country of the capital a body is said to sit in, when its name writes none: "the General
 * Administration of Customs in Beijing" is China's. Not a post abroad, which is the sender's.
 */
function seatCountry(doc: Doc, end: number, head: string): string | null {
  if (POST_ABROAD.test(head)) return null;
  const seat = within(doc.places, end, end + 40)[0];
  return seat?.via === 'capital' && SEATED_IN.test(doc.text.slice(end, seat.start))
    ? seat.code
    : null;
}

/**
 * A body named for its members in capitals, with no head word: "the Canadian Manufacturers and
 * Exporters", "Alberta Beef Producers". Found by its last word (MEMBERS_NAME, whose first letters
 * are looked at first, as that keeps the search quick), then the capitalised words before it
 * (MEMBERS_NAME_LEAD, at least one); not the members of a body named after them ("the Aegean
 * Exporters' Association").
 */
const MEMBERS_NAME =
  /(?=[EFGIMPR])(?<![\p{L}])(?:Manufacturers|Exporters|Importers|Producers|Growers|Farmers|Processors|Ranchers|Fishermen|Millers|Packers)(?![\p{L}'’\x92])/gu;
const MEMBERS_NAME_LEAD =
  /(?<![\p{L}'’\x92.-])(?:(?:the|The)[ \t]+)?(?:\p{Lu}[\p{L}-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,4}$/u;

/** The bodies MEMBERS_NAME finds, outside the ones found before (`known`). */
function membersNamed(doc: Doc, known: readonly Body[], principal: string | null): Body[] {
  const out: Body[] = [];
  for (const m of doc.text.matchAll(MEMBERS_NAME)) {
    const lead = MEMBERS_NAME_LEAD.exec(doc.text.slice(Math.max(0, m.index - 60), m.index));
    if (!lead) continue;
    const start = m.index - lead[0].length;
    const end = m.index + m[0].length;
    if (known.some((b) => b.start < end && start < b.end)) continue;
    if (within(doc.people, start, end).length > 0) continue;
    const code = nameCountry(doc, start, end, principal);
    out.push({ start, end, text: doc.text.slice(start, end), head: 'members', code, joint: false });
  }
  return out;
}

/** "a joint statement", "the joint readout": the words of several sides at once. */
const JOINT = /\bjoint\s+(?:statement|readout|communiqu[eé]|declaration)\b/i;

/**
 * A body's short name in brackets after its full name: "… Council (Cecafé)", also after the
 * rest of a long name the body's match leaves off ("the China Chamber of Commerce | for Import
 * and Export of Machinery and Electronic Products (CCCME)").
 */
const SHORT_NAME =
  /^(?:[ \t]+(?:of|for|and|the|&|\p{Lu}[\p{L}-]*)){0,10}[ \t]*\((\p{Lu}[\p{L}-]{1,15})\)/u;

/** A preposition that makes a place where someone is, not who speaks: "a diplomat in Beijing". */
const PLACE_PREPOSITION = /\b(?:in|at|from|to|of|near|for|with|by)\s+$/i;

/**
 * A country or its capital that says something ("Beijing said …", "“…,” Ottawa added"): its
 * government, which speaks as a body does; not a place where someone speaks ("a diplomat in
 * Beijing said").
 */
const governmentSays = (text: string, p: PlaceMention) =>
  SAYS_AFTER_SUBJECT.test(text.slice(p.end, p.end + 40)) &&
  !PLACE_PREPOSITION.test(text.slice(Math.max(0, p.start - 8), p.start));

/** A verb right after a country that opens a clause: "China will remove", "Peru has lifted". */
const COUNTRY_ACTS = /^\s+(?:will|would|has|have|had|is|was|plans|\p{Ll}+ed)\b/u;
/** A body set after the clause it reports, and its verb: ", the commerce ministry | announced". */
const CLOSING_BODY = new RegExp(`^\\s+${SAY}\\b`, 'iu');

/**
 * The country whose act a body reports after it, as its own: "China will remove its tariffs …,
 * the commerce ministry announced" is China's ministry. Only a clause the country opens as its
 * subject, and a body set after it with a comma and a verb of saying.
 */
function reportedActCountry(doc: Doc, start: number, end: number): string | null {
  const s = doc.sentences[sentenceAt(doc, start)];
  if (!s || !/,\s*$/.test(doc.text.slice(Math.max(s.start, start - 3), start))) return null;
  if (!CLOSING_BODY.test(doc.text.slice(end, end + 20))) return null;
  const at = clauseStart(doc.text, s.start, start);
  const place = within(doc.places, at, start)[0];
  const opens =
    place?.start === at &&
    place.via === 'name' &&
    COUNTRY_ACTS.test(doc.text.slice(place.end, place.end + 12));
  return opens ? place.code : null;
}

/**
 * "the Commission" or "the Council" alone, in a text that names the EU or one of its bodies: the
 * European Commission or the Council of the EU, which speak for the EU.
 */
const europeanCommission = (doc: Doc, start: number, end: number): string | null =>
  /^(?:the\s+)?(?:Commission|Council)$/i.test(doc.text.slice(start, end)) &&
  doc.places.some((p) => p.code === 'EU')
    ? 'EU'
    : null;

/**
 * The country of the person whose body it is ("Greer's office"): the person's, else that of the
 * person's fuller mention before ("US Trade Representative Jamieson Greer … Greer's office").
 */
function ownerCountry(doc: Doc, owner: PersonMention): string | null {
  if (owner.jurisdiction !== null) return owner.jurisdiction;
  return (
    doc.people.findLast(
      (p) => p.end <= owner.start && p.name === owner.name && p.jurisdiction !== null,
    )?.jurisdiction ?? null
  );
}

/**
 * The bodies of a text that may speak, in order of their start: those named with a head word and
 * the short names in brackets that stand for them later, bodies named for their members,
 * companies, the bodies the places know, bodies named for their country and a country or its
 * capital that says something; each with the country its naming gives, or null. `principal` is
 * the text's principal country, which a name that writes several speaks for.
 */
export function findBodies(doc: Doc, principal: string | null): Body[] {
  const out: Body[] = [];
  const add = (
    start: number,
    end: number,
    head: string,
    code: string | null,
    government = false,
  ) => {
    // "the Commission president", "Commission spokesperson Olof Gill", "the spokesperson, He
    // Yadong,": a person's title; but a "person" the body's name ends with ("the Western Cocoa
    // Board") is its name.
    // "LeBlanc's office": the person whose body it is, who gives it a country.
    const owner = within(doc.people, start, end).find(
      (p) => !p.byRole && POSSESSIVE.test(doc.text.slice(p.end, p.end + 3)),
    );
    const titles = (p: PersonMention) =>
      p !== owner &&
      ((p.start < end && start < p.end) ||
        TITLE_OF.test(doc.text.slice(end, p.start)) ||
        (SPOKESPERSON.test(head) && /^,[ \t]*$/.test(doc.text.slice(end, p.start))));
    if (within(doc.people, Math.max(0, start - 60), end + 60).some(titles)) return;
    const own = code ?? (owner ? ownerCountry(doc, owner) : null);
    const joint = JOINT.test(doc.text.slice(Math.max(0, start - 6), end));
    out.push({ start, end, text: doc.text.slice(start, end), head, code: own, joint, government });
  };
  for (const m of bodyMatches(doc.text)) {
    const start = membersStart(doc.text, m.index);
    const end = m.index + m[0].length;
    const means = /^(?:statement|readout)$/i.test(m[1] ?? '');
    if (means && MEANS.test(doc.text.slice(Math.max(0, start - 10), start))) continue;
    const unnamed =
      /^(?:an?|one|another)\s/i.test(m[0]) ||
      UNNAMED_BODY.test(doc.text.slice(Math.max(0, start - 12), start));
    if (unnamed && MEMBERS_HEAD.test(m[1] ?? '')) continue;
    // "the State Council | Tariff Commission": a body named after the one it belongs to, written
    // right before it, is of that one's country.
    const last = out.at(-1);
    const of = last && /^[ \t]+$/.test(doc.text.slice(last.end, start)) ? last.code : null;
    const head = (m[1] ?? '').toLowerCase();
    const code =
      nameCountry(doc, start, end, principal) ??
      countryAfter(doc, end) ??
      of ??
      seatCountry(doc, end, head) ??
      reportedActCountry(doc, start, end) ??
      europeanCommission(doc, start, end);
    // "The Japanese side stated that …": a side of talks speaks for the country it is named
    // with; "the other side" names none, and is no body.
    if (head === 'side' && code === null) continue;
    add(start, end, head, code);
  }
  // "the Coffee Exporters Council (Cecafé) … Cecafé said": the short name in brackets stands
  // for the body later.
  for (const b of [...out]) {
    const short = SHORT_NAME.exec(doc.text.slice(b.end, b.end + 120))?.[1];
    if (!short) continue;
    const later = new RegExp(`(?<![\\p{L}(])${short}(?![\\p{L})])`, 'gu');
    for (const m of doc.text.slice(b.end).matchAll(later))
      add(b.end + m.index, b.end + m.index + short.length, b.head, b.code);
  }
  out.push(...membersNamed(doc, out, principal));
  const inBody = (p: PlaceMention) => out.some((b) => b.start <= p.start && p.end <= b.end);
  for (const c of doc.companies) {
    const code = companyCountry(doc, c);
    add(c.start, c.end, 'company', code);
    const short = new RegExp(`(?<![\\p{L}])${c.short}(?![\\p{L}]|\\s+\\p{Lu})`, 'gu');
    for (const m of doc.text.slice(c.end).matchAll(short))
      add(c.end + m.index, c.end + m.index + m[0].length, 'company', code);
  }
  for (const p of doc.places) {
    // "MOFCOM", "the White House": a body the places know.
    if (p.via === 'body') add(p.start, p.end, p.text.toLowerCase(), p.code, true);
    if ((p.via !== 'name' && p.via !== 'capital') || inBody(p)) continue;
    // "Global Affairs Canada", but not "China" inside "the Australia China Business Council".
    const name = p.via === 'name' ? nameBefore(doc.text, p.start) : '';
    if (name) add(p.start - name.length, p.end, p.text.toLowerCase(), p.code);
    else if (governmentSays(doc.text, p)) add(p.start, p.end, p.text.toLowerCase(), p.code, true);
  }
  return out.sort((a, b) => a.start - b.start);
}
