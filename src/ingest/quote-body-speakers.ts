/**
 * The speaker a body gives a quote (bodyAttribution), with the country it speaks for when its
 * name gives none: that of the country the sentence is set in, of the government last heard from,
 * of an earlier mention of the same body, of the body opening the sentence before, of the body of
 * members or the trade named just before, of its last officer named, else the text's principal
 * country; none for a statement of several sides. Also a body of members set before a name in
 * apposition, which is the body's own name (apposedBody).
 */
import { linesAbove, span, within, type Doc } from './doc.ts';
import { regionIn } from './places.ts';
import { MEMBERS_HEAD } from './quote-bodies.ts';
import { BODY_HEAD_WORDS } from './quote-body-names.ts';
import { sentenceAt, type Attribution, type Body, type Reading } from './quote-reading.ts';
import { clauseStart } from './subjects.ts';

/** The title of a body's officer: a commission's commissioner, a ministry's minister. */
const OFFICER: Readonly<Record<string, string>> = {
  commission: 'commissioner',
  ministry: 'minister',
  department: 'secretary',
  embassy: 'ambassador',
};

/**
 * The country of the last person introduced as an officer of such a body: "the Commission"
 * after "European Commissioner Ada Okoro" is the EU's.
 */
function officerCountry(doc: Doc, head: string, before: number): string | null {
  const officer = OFFICER[head];
  return officer === undefined ? null : titledCountry(doc, officer, before);
}

/**
 * The office of a leader named by the title: "The Prime Minister's Office said" after "Prime
 * Minister Mark Carney met …" is Canada's.
 */
const TITLE_OFFICE =
  /^[Tt]he\s+((?:Prime\s+)?Minister|President|Premier|Chancellor)['’\x92]s\s+[Oo]ffice$/;

/** The country of the last person introduced with `title` before `before`. */
function titledCountry(doc: Doc, title: string, before: number): string | null {
  const titled = new RegExp(`\\b${title}\\s+$`, 'i');
  const p = doc.people
    .filter((o) => o.end <= before && o.jurisdiction !== null && !o.byRole)
    .findLast((o) => titled.test(doc.text.slice(Math.max(0, o.start - 30), o.start)));
  return p?.jurisdiction ?? null;
}

/** A body named by its head alone or with its trade: "the department", "the industry group". */
const BARE_BODY = /^[Tt]he\s+(?:\p{Ll}+\s+)?\S+$/u;

/**
 * The country of the body that opens the sentence before `at` in the same paragraph: "Global
 * Affairs Canada said … . “…,” the department said" is Canada's department.
 */
function openingBodyCountry(r: Reading, at: number): string | null {
  const { doc } = r;
  const k = sentenceAt(doc, at);
  const prev = doc.sentences[k - 1];
  if (!prev || prev.paragraph !== doc.sentences[k]?.paragraph) return null;
  const start = clauseStart(doc.text, prev.start, prev.end);
  return r.bodies.find((o) => o.start === start && o.code !== null)?.code ?? null;
}

/**
 * The country of the body of members named last in the two sentences before `at`: "… said
 * Rick White of the Canadian Canola Growers Association. The group wants …" is Canada's.
 */
function lastMembersCountry(r: Reading, at: number): string | null {
  const k = sentenceAt(r.doc, at);
  const from = r.doc.sentences[Math.max(0, k - 2)]?.start ?? at;
  const body = r.bodies.filter(
    (o) => o.start >= from && o.end <= at && o.code !== null && MEMBERS_HEAD.test(o.head),
  );
  return body.at(-1)?.code ?? null;
}

/** A country's people of a trade after its word: "U.S. | pork exporters", "Canadian | canola growers". */
const TRADE_PEOPLE = /^\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+(?:ers|ors|ists))\b/u;

/**
 * The country of the people of a trade named in the sentence of a body of members or the one
 * before, when the body is named for that trade: "U.S. pork exporters reacted with alarm. The
 * National Pork Producers Council said …" is America's.
 */
function tradeCountry(r: Reading, b: Body): string | null {
  if (!MEMBERS_HEAD.test(b.head)) return null;
  const { doc } = r;
  const k = sentenceAt(doc, b.start);
  const own = doc.sentences[k];
  const prev = doc.sentences[k - 1];
  const from = prev && prev.paragraph === own?.paragraph ? prev.start : (own?.start ?? b.start);
  const named = new Set(b.text.toLowerCase().split(/\s+/));
  const place = within(doc.places, from, b.start).findLast((p) => {
    const trade = TRADE_PEOPLE.exec(doc.text.slice(p.end, p.end + 40))?.[1];
    return trade?.split(/\s+/).some((w) => w.length > 3 && named.has(w)) === true;
  });
  return place?.code ?? null;
}

/** A sentence set in a country: "In Brazil, the exporters' association …". */
const SET_IN = /^(?:In|From|Across)\s+/;
/** What may close a setting after its place: a time ("In Beijing on Wednesday,") and a comma. */
const SETTING_END = /^(?:\s+(?:on|last|this|late|early|earlier|later)(?:\s+\p{L}+){1,2})?,/u;

/**
 * The country a sentence opens with as its setting ("In Brazil, …", "In Beijing on Wednesday,
 * …"), for a body in it.
 */
function settingCountry(doc: Doc, at: number): string | null {
  const s = doc.sentences[sentenceAt(doc, at)];
  const lead = s ? SET_IN.exec(doc.text.slice(s.start, s.end)) : null;
  if (!s || !lead) return null;
  const place = within(doc.places, s.start, s.end)[0];
  const setting =
    place?.start === s.start + lead[0].length &&
    SETTING_END.test(doc.text.slice(place.end, place.end + 30));
  return setting ? place.code : null;
}

/** The heads of a government's bodies: what a country's own government speaks through. */
const GOVERNMENT_HEAD =
  /^(?:ministry|ministry spokesperson|secretariat|department|administration|bureau|directorate|agency|authority|commission|office|government|cabinet|side)$/;

/**
 * The country of the government last heard from before a government body named by its head
 * alone, which stands for a body told before: "Beijing said on Friday it would pause the duties
 * … . The ministry said …" is China's ministry, in a text from Canada. A body of the same head
 * named with its country ("the European Commission … China's Ministry of Commerce … The
 * Commission said" is the EU's), a body the places know ("MOFCOM"), or a country or its capital
 * that says something; not a side of talks ("the U.S. side"), nor a body named inside a quote.
 */
function lastGovernmentCountry(r: Reading, b: Body): string | null {
  if (!GOVERNMENT_HEAD.test(b.head) || !BARE_BODY.test(b.text)) return null;
  const quoted = (o: Body) => r.said.some((q) => q.start <= o.start && o.end <= q.end);
  // "The U.S. Commerce Department fixed the duties … . “…,” the ministry said": a body the
  // places know whose name ends in another head is another body.
  const otherHead = (o: Body) => {
    const last = o.head.split(' ').at(-1) ?? '';
    return o.head !== b.head && last !== b.head && BODY_HEAD_WORDS.includes(last);
  };
  const heard = r.bodies.findLast(
    (o) =>
      o.end <= b.start &&
      o.code !== null &&
      ((o.government && !otherHead(o)) || (o.head === b.head && o.head !== 'side')) &&
      !quoted(o),
  );
  return heard?.code ?? null;
}

/** A body named as what someone is of: "the head | of the growers' association". */
const OF_BEFORE = /\b(?:of|at|for|from)\s+(?:the\s+)?$/i;

/**
 * A name set in apposition after a body of members, read as a person's: "The Spanish pork
 * producers' association, Asociación Porcina Española, said …" is the association, of the
 * country its description writes, under the name it goes by; not a person set after one
 * named through the body ("The head of the growers' association, Ana Ruiz, said").
 */
export function apposedBody(r: Reading, a: Attribution): Attribution | null {
  if (!a.person || a.how !== 'named') return null;
  const { start, end } = a.speaker.span;
  const { text } = r.doc;
  if (!/^,/.test(text.slice(end, end + 1))) return null;
  const body = r.bodies.find(
    (b) =>
      b.end <= start &&
      /^,\s*$/.test(text.slice(b.end, start)) &&
      MEMBERS_HEAD.test(b.head) &&
      !OF_BEFORE.test(text.slice(Math.max(0, b.start - 12), b.start)),
  );
  const of = body ? bodyAttribution(r, body) : null;
  return of && { ...of, speaker: { ...of.speaker, text: a.speaker.text, span: a.speaker.span } };
}

/** A heading line: short, in a paragraph of its own, with no mark ending a sentence. */
const HEADING_LINE = /^[^\n.!?:"“”\x93\x94]{3,100}$/;

/**
 * "Statement of the Egyptian Ministry of Investment and Foreign Trade" over "… The ministry
 * said": a body named by its head alone is the one of that head the nearest heading above it
 * names, with the country that heading writes (a release's letterhead, or the heading of one
 * of two statements given in full).
 */
function headingCountry(r: Reading, b: Body): string | null {
  const { doc } = r;
  const head = new RegExp(String.raw`\b${b.head}\b`, 'i');
  for (const { start, end } of linesAbove(doc.text, b.start, Infinity)) {
    const line = doc.text.slice(start, end).trim();
    const alone = doc.text[end + 1] === '\n' || (start >= 2 && doc.text[start - 2] === '\n');
    if (alone && HEADING_LINE.test(line) && head.test(line)) {
      const code = within(doc.places, start, end)[0]?.code ?? regionIn(line)?.code;
      if (code) return code;
    }
  }
  return null;
}

/** A body's name without its article, to compare two mentions: "The Ministry of Commerce". */
const bodyName = (text: string) => text.replace(/^the\s+/i, '').toLowerCase();

/**
 * The country of the same body named in full further on, as a notice signs off ("Ministry of
 * Commerce of the People's Republic of China" below "The Ministry of Commerce stated …"), when
 * every such mention names one country.
 */
function namedInFullLater(r: Reading, b: Body): string | null {
  const codes = new Set(
    r.bodies
      .filter((o) => o.start >= b.end && o.code !== null && bodyName(o.text) === bodyName(b.text))
      .map((o) => o.code),
  );
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/** The country of the leader whose office `b` is named as ("The Prime Minister's Office"). */
function titleOfficeCountry(doc: Doc, b: Body): string | null {
  const title = TITLE_OFFICE.exec(b.text)?.[1];
  return title === undefined ? null : titledCountry(doc, title, b.start);
}

/** Whether a body of the same head was named before `b` with no country. */
const namedBareBefore = (r: Reading, b: Body) =>
  r.bodies.some((o) => o.end <= b.start && o.head === b.head && o.code === null);

/** The speaker a body gives a quote; none for a statement of several sides. */
export function bodyAttribution(r: Reading, b: Body): Attribution | null {
  if (b.joint) return null;
  const earlier = r.bodies.filter((o) => o.end <= b.start && o.head === b.head && o.code !== null);
  const bare = BARE_BODY.test(b.text);
  const jurisdiction =
    b.code ??
    // "Global Affairs Canada led with security. Its readout said …": the opening body's.
    (/^its\s/i.test(b.text) ? openingBodyCountry(r, b.start) : null) ??
    (bare ? headingCountry(r, b) : null) ??
    settingCountry(r.doc, b.start) ??
    lastGovernmentCountry(r, b) ??
    earlier.at(-1)?.code ??
    // "… according to a statement from the commerce ministry. The ministry said …": the body
    // named before with no country is the text's own, not the one of a minister named before
    // or of a body named in full later.
    (bare && namedBareBefore(r, b) ? r.principal : null) ??
    namedInFullLater(r, b) ??
    (bare ? openingBodyCountry(r, b.start) : null) ??
    (bare && MEMBERS_HEAD.test(b.head) ? lastMembersCountry(r, b.start) : null) ??
    tradeCountry(r, b) ??
    officerCountry(r.doc, b.head, b.start) ??
    titleOfficeCountry(r.doc, b) ??
    r.principal;
  return {
    speaker: { text: b.text, span: span(b.start, b.end), actor: null, jurisdiction },
    name: b.text,
    how: 'named',
    person: false,
  };
}
