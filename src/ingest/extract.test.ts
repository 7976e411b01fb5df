import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorDirectoryEntry, Candidate, Extraction, Mention } from './candidates.ts';
import { ExtractionSchema } from './candidates.ts';
import { extract } from './extract.ts';

const ARTICLE = `China will put a 100% tariff on Canadian canola oil and peas, and a 25% tariff on Canadian pork, the commerce ministry said on Saturday. The duties take effect on March 20.

Prime Minister Mark Carney spoke by phone with Chinese Premier Li Qiang on Thursday. The two leaders agreed to regularize channels of communication and committed to cooperate on fentanyl.

"We do not accept the premise of this decision," Trade Minister Maninder Sidhu said. "Canada will stand by its farmers," he added.

The United States threatened to impose a 50% tariff on Canadian steel. Ottawa asked Beijing to end its tariffs on canola.`;

const PUBLISHED = '2025-03-08';
const of = <T extends Candidate['type']>(x: Extraction, type: T) =>
  x.candidates.filter((c): c is Extract<Candidate, { type: T }> => c.type === type);

/** Every mention and span of a candidate, to check that offsets slice to their words. */
function mentionsOf(c: Candidate): Mention[] {
  switch (c.type) {
    case 'measure':
      return [
        ...(c.imposer && c.imposer.text !== '' ? [c.imposer] : []),
        ...c.targets.filter((t) => t.text !== ''),
      ];
    case 'engagement':
      return c.participants;
    case 'quote':
      return [c.speaker];
    case 'position':
      return [c.actor];
  }
}

describe('extract', () => {
  const x = extract({ text: ARTICLE, published: PUBLISHED });

  it('returns an extraction the schema accepts', () => {
    expect(() => ExtractionSchema.parse(x)).not.toThrow();
    expect(x.language).toBeNull();
    expect(x.published).toBe(PUBLISHED);
  });

  it('splits one sentence into one measure per rate, with its products and HS scopes', () => {
    const measures = of(x, 'measure').filter((m) => m.action !== 'threatened');
    expect(measures.map((m) => m.rates.map((r) => r.bp))).toEqual([[10000], [2500]]);
    expect(measures[0]?.products.map((p) => p.text)).toEqual(['canola oil', 'peas']);
    expect(measures[0]?.products[0]?.hs).toContain('151419');
    expect(measures[1]?.products.map((p) => p.hs)).toEqual([['0203']]);
    for (const m of measures) {
      expect(m.imposer?.jurisdiction).toBe('CHN');
      expect(m.targets.map((t) => t.jurisdiction)).toEqual(['CAN']);
      expect(m.kind).toBe('tariff');
      expect(m.action).toBe('imposed');
    }
  });

  it('dates measures from the sentence and the one after, flagging dates inferred from publication', () => {
    const [m] = of(x, 'measure');
    expect(m?.dates).toEqual({ announced: '2025-03-08', effective: '2025-03-20', expires: null });
    expect(m?.flags).toContain('date_inferred');
  });

  it('marks a threat as not in force and does not take a demand for a measure', () => {
    const threat = of(x, 'measure').find((m) => m.action === 'threatened');
    expect(threat?.imposer?.jurisdiction).toBe('USA');
    expect(threat?.flags).toContain('not_in_force');
    expect(of(x, 'measure')).toHaveLength(3);
    const demand = of(x, 'position').find((p) => p.stance === 'demand');
    expect(demand?.actor.jurisdiction).toBe('CAN');
    expect(demand?.topic).toBe('Beijing to end its tariffs on canola');
  });

  it('takes the topic of a position from its own clause', () => {
    const y = extract({
      text: 'Minister Sidhu raised the 100% tariff on canola oil and asked that it be lifted, and pressed for a fair outcome on canola seed.',
      published: PUBLISHED,
    });
    expect(of(y, 'position').map((p) => [p.stance, p.topic])).toEqual([
      ['demand', 'that it be lifted'],
    ]);
  });

  it('takes the stance of the subject, not of a country a preposition governs', () => {
    const y = extract({
      text: 'Chile values its ties with Peru and is ready to reopen the talks on wine.',
      published: PUBLISHED,
    });
    expect(of(y, 'position').map((p) => [p.actor.jurisdiction, p.stance])).toEqual([
      ['CHL', 'conciliatory'],
    ]);
  });

  it('reads each stance of a sentence, a joined predicate keeping its holder', () => {
    const y = extract({
      text: 'The Chilean Wine Growers welcomed the duty cut, but warned that the 12% duty on Chilean grapes still hurt, and Chile urged Lima to drop it.',
      published: PUBLISHED,
    });
    expect(of(y, 'position').map((p) => [p.key, p.stance, p.topic])).toEqual([
      ['position-0', 'supportive', 'the duty cut'],
      ['position-0-2', 'warning', 'that the 12% duty on Chilean grapes still hurt'],
      ['position-0-3', 'demand', 'Lima to drop it'],
    ]);
    expect(of(y, 'position').map((p) => p.actor.jurisdiction)).toEqual(['CHL', 'CHL', 'CHL']);
  });

  it('starts a topic after the mark that closes a quoted verb', () => {
    const y = extract({
      text: 'Peru said it "firmly opposes" the duty on its grapes.',
      published: PUBLISHED,
    });
    expect(of(y, 'position').map((p) => p.topic)).toEqual(['the duty on its grapes']);
  });

  it('gives a surname mention the side its full mention was told', () => {
    const y = extract({
      text: "Chile's Finance Minister Rosa Ortega met Peruvian officials in Lima on Monday. Ortega is ready to reopen the talks on wine.",
      published: PUBLISHED,
    });
    expect(of(y, 'position').map((p) => [p.actor.text, p.actor.jurisdiction])).toEqual([
      ['Ortega', 'CHL'],
    ]);
  });

  it('finds the call with its participants, date, outcomes and commitments', () => {
    const [call, ...rest] = of(x, 'engagement');
    expect(rest).toEqual([]);
    expect(call?.kind).toBe('call');
    expect(call?.date).toBe('2025-03-06');
    expect(call?.participants.map((p) => p.text)).toEqual(['Mark Carney', 'Li Qiang']);
    expect(call?.outcomes.map((o) => o.text)).toEqual([
      'agreed to regularize channels of communication',
    ]);
    expect(call?.commitments.map((o) => o.text)).toEqual(['committed to cooperate on fentanyl']);
  });

  it('attributes quotes, including one through a pronoun', () => {
    const quotes = of(x, 'quote');
    expect(
      quotes.map((q) => [q.text, q.speaker.text, q.flags.includes('speaker_by_pronoun')]),
    ).toEqual([
      ['We do not accept the premise of this decision,', 'Maninder Sidhu', false],
      ['Canada will stand by its farmers,', 'Maninder Sidhu', true],
    ]);
    expect(quotes[0]?.flags).toContain('actor_unresolved');
  });

  it('gives spans that slice to the words they name', () => {
    for (const c of x.candidates) {
      expect(c.span.end).toBeGreaterThan(c.span.start);
      for (const m of mentionsOf(c)) expect(x.text.slice(m.span.start, m.span.end)).toBe(m.text);
      if (c.type === 'quote') expect(x.text.slice(c.textSpan.start, c.textSpan.end)).toBe(c.text);
      if (c.type === 'measure') {
        for (const p of c.products) expect(x.text.slice(p.span.start, p.span.end)).toBe(p.text);
        for (const r of c.rates) expect(x.text.slice(r.span.start, r.span.end)).toMatch(/^\d/);
      }
      if (c.type === 'engagement')
        for (const o of [...c.outcomes, ...c.commitments])
          expect(x.text.slice(o.span.start, o.span.end)).toBe(o.text);
    }
  });

  it('is deterministic and keeps its keys unique', () => {
    const again = extract({ text: ARTICLE, published: PUBLISHED });
    expect(again).toEqual(x);
    expect(new Set(x.candidates.map((c) => c.key)).size).toBe(x.candidates.length);
  });

  it('never crashes and keeps offsets inside the text, whatever the text', () => {
    const words = fc.constantFrom(
      'China',
      'Canada',
      'tariff',
      'of',
      '25%',
      'on',
      'canola',
      'said',
      '"',
      '“',
      '”',
      'he',
      'met',
      'Prime Minister',
      'Li Qiang',
      'Monday',
      'March 20',
      '.',
      ',',
      '\n\n',
      'from',
      'suspended',
      'EU',
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        if (text.trim() === '') return;
        const out = extract({ text, published: '2025-03-08' });
        ExtractionSchema.parse(out);
        for (const c of out.candidates) {
          expect(c.span.end).toBeLessThanOrEqual(out.text.length);
          for (const m of mentionsOf(c))
            expect(out.text.slice(m.span.start, m.span.end)).toBe(m.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('actor resolution', () => {
  const directory: ActorDirectoryEntry[] = [
    {
      id: 'mark-carney',
      name: 'Mark Carney',
      kind: 'person',
      jurisdiction: 'CAN',
      roles: [{ title: 'Prime Minister', jurisdiction: 'CAN', from: '2025-03-14' }],
    },
    {
      id: 'justin-trudeau',
      name: 'Justin Trudeau',
      kind: 'person',
      jurisdiction: 'CAN',
      roles: [
        { title: 'Prime Minister', jurisdiction: 'CAN', from: '2015-11-04', to: '2025-03-14' },
      ],
    },
  ];
  const text = `Canada's prime minister spoke with Chinese Premier Li Qiang on Thursday about canola tariffs and agreed to keep talking. "We want a stable relationship," Carney said.`;

  it('resolves a role to whoever held it on the date, and a surname to the directory', () => {
    const now = extract({ text, published: '2025-06-06', actors: directory });
    const call = now.candidates.find((c) => c.type === 'engagement');
    expect(call?.type === 'engagement' && call.participants.map((p) => p.actor)).toEqual([
      'mark-carney',
      null,
    ]);
    const quote = now.candidates.find((c) => c.type === 'quote');
    expect(quote?.type === 'quote' && quote.speaker.actor).toBe('mark-carney');

    const before = extract({ text, published: '2024-06-06', actors: directory });
    const earlier = before.candidates.find((c) => c.type === 'engagement');
    expect(earlier?.type === 'engagement' && earlier.participants.map((p) => p.actor)).toEqual([
      'justin-trudeau',
      null,
    ]);
  });

  it('flags a named person the directory does not know', () => {
    const out = extract({ text, published: '2025-06-06', actors: directory });
    const call = out.candidates.find((c) => c.type === 'engagement');
    expect(call?.flags).toContain('actor_unresolved');
    expect(call?.type === 'engagement' && call.participants[1]?.jurisdiction).toBe('CHN');
  });
});

describe('quote attribution by pronoun', () => {
  it('does not guess when two people were named since the last speaker', () => {
    const text = `Ms. Alvarez met Mr. Okoye and Ms. Brandt on Monday. "The talks went well and we will meet again soon," she said.`;
    const x = extract({ text, published: '2025-03-08' });
    expect(x.candidates.filter((c) => c.type === 'quote')).toEqual([]);
  });

  it('follows the last speaker across alternating quotes', () => {
    const text = `"We want these tariffs gone this year," Dana Moretti said. Kofi Mensah disagreed. "Farmers have paid enough for this dispute," he said. "Every week costs them more," he added.`;
    const x = extract({ text, published: '2025-03-08' });
    const speakers = x.candidates.flatMap((c) => (c.type === 'quote' ? [c.speaker.text] : []));
    expect(speakers).toEqual(['Dana Moretti', 'Kofi Mensah', 'Kofi Mensah']);
  });
});
