/**
 * The rules that make the extractor read text it was not tuned on: each case is a phrasing
 * the rule is for, written fresh, and a near miss it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate, Extraction } from './candidates.ts';
import { buildDoc, textDate } from './doc.ts';
import { findDates } from './dates.ts';
import { extract } from './extract.ts';
import { measureClause } from './measures.ts';
import { findPeople } from './people.ts';

const of = <T extends Candidate['type']>(x: Extraction, type: T) =>
  x.candidates.filter((c): c is Extract<Candidate, { type: T }> => c.type === type);
const run = (text: string, published = '2025-06-18') => extract({ text, published });
const names = (x: Extraction) =>
  of(x, 'engagement').map((e) => e.participants.map((p) => p.text || p.jurisdiction));

describe('people', () => {
  const people = (text: string) =>
    findPeople(text, { directory: [], date: '2025-01-01' }).map((p) => p.name);

  it('reads a name after a title with "for …" ("Minister for Foreign Affairs Jo Rennick")', () => {
    expect(people('Minister for Foreign Affairs Jo Rennick spoke with the envoy.')).toContain(
      'Jo Rennick',
    );
    expect(
      people('The Minister for Trade and European Relations, Sam Ortega-Vale, arrived.'),
    ).toContain('Sam Ortega-Vale');
  });

  it('reads "counterpart" as a title and a name with particles after a meeting verb', () => {
    expect(people('Ana Pereira met her Brazilian counterpart Luis Andrade.')).toContain(
      'Luis Andrade',
    );
    expect(people('The commissioner spoke with Maria van der Berg on Monday.')).toContain(
      'Maria van der Berg',
    );
  });

  it('resolves a bare title to the last person introduced with it', () => {
    const found = findPeople(
      'Prime Minister Ravi Menon met President Ada Okoro.\n\nLater, the Prime Minister held talks with Ms. Lin.',
      { directory: [], date: '2025-01-01' },
    );
    const bare = found.find((p) => p.text === 'the Prime Minister');
    expect(bare?.name).toBe('Ravi Menon');
    expect(bare?.antecedent?.text).toBe('Ravi Menon');
  });

  it('takes no nationality from the line before a name', () => {
    const found = findPeople('Sanctions hit China\n\nPresident Ada Okoro said the talks failed.', {
      directory: [],
      date: '2025-01-01',
    });
    expect(found.find((p) => p.name === 'Ada Okoro')?.jurisdiction).toBeNull();
  });
});

describe('engagements', () => {
  it('reads calls, visits, talks and co-chaired sessions phrased many ways', () => {
    const cases: [string, string][] = [
      [
        'Minister for Trade Jo Rennick spoke by telephone with Chinese Minister Wang Li on 3 May.',
        'call',
      ],
      [
        'Foreign Minister Ana Pereira held a bilateral meeting with Foreign Minister Luis Andrade on Monday.',
        'visit',
      ],
      [
        'Commissioner Ana Pereira and Minister Luis Andrade co-chaired the fourth meeting of the Joint Committee on Monday.',
        'dialogue-round',
      ],
      [
        'Premier Wang Li and President Ada Okoro and Chancellor Jo Rennick held a trilateral summit in Busan on Monday.',
        'summit',
      ],
    ];
    for (const [text, kind] of cases) {
      const e = of(run(text), 'engagement');
      expect(e, text).toHaveLength(1);
      expect(kind === 'visit' ? ['visit', 'meeting'] : [kind], text).toContain(e[0]?.kind);
    }
  });

  it('takes a meeting held at a summit for a meeting, not the summit', () => {
    const e = of(
      run('President Ada Okoro held talks with Prime Minister Ravi Menon, the host of the Summit.'),
      'engagement',
    );
    expect(e.map((c) => c.kind)).toEqual(['meeting']);
  });

  it('keeps a separate bilateral meeting apart from the summit before it', () => {
    const x = run(
      'Premier Wang Li, President Ada Okoro and Chancellor Jo Rennick held a summit in Busan on Monday. On Sunday, Wang held a separate meeting with Okoro.',
    );
    expect(of(x, 'engagement').map((e) => [e.kind, e.participants.length, e.date])).toEqual([
      ['summit', 3, '2025-06-16'],
      ['meeting', 2, '2025-06-15'],
    ]);
  });

  it('dates an engagement by the sentence before, or by "earlier in the day"', () => {
    const x = run(
      'Prime Minister Ravi Menon met President Ada Okoro in Rome on Tuesday. Earlier in the day, the Prime Minister held talks with Chancellor Jo Rennick.\n\nOfficials clashed on Monday over quotas. Minister Sam Ortega met Commissioner Lea Brandt in Brussels.',
    );
    expect(of(x, 'engagement').map((e) => [names(x).length, e.date])).toEqual([
      [3, '2025-06-17'],
      [3, '2025-06-17'],
      [3, '2025-06-16'],
    ]);
    expect(names(x)[1]).toEqual(['Ravi Menon', 'Jo Rennick']);
  });

  it('leaves out an engagement still to come', () => {
    expect(
      of(
        run('Ms. Lin will travel to Hanoi next week for talks with President Ada Okoro.'),
        'engagement',
      ),
    ).toEqual([]);
  });
});

describe('engagement phrasings', () => {
  it('reads a guest welcomed to a place, a courtesy call and a commission session', () => {
    const welcomed = of(
      run(
        'On 3 May, the Prime Minister, Ravi Menon, welcomed President Ada Okoro to Government House.',
      ),
      'engagement',
    );
    expect(welcomed.map((e) => [e.kind, e.participants.map((p) => p.text)])).toEqual([
      ['meeting', ['Ravi Menon', 'Ada Okoro']],
    ]);
    const session = of(
      run(
        'Minister Jo Rennick and Minister Wang Li met in Perth on Monday for the Joint Ministerial Commission.',
      ),
      'engagement',
    );
    expect(session.map((e) => e.kind)).toEqual(['dialogue-round']);
    const courtesy = of(
      run('Minister Jo Rennick called on President Ada Okoro in Lagos.'),
      'engagement',
    );
    expect(courtesy.map((e) => e.kind)).toEqual(['meeting']);
    expect(
      of(
        run('Minister Jo Rennick called on President Ada Okoro to drop the duties.'),
        'engagement',
      ),
    ).toEqual([]);
  });

  it('takes an earlier engagement of the same people told with its own day', () => {
    const x = run(
      'Minister Jo Rennick hosted Secretary Ada Okoro in Perth on 12 June. The two ministers had met earlier in Lagos on 2 May, when they signed a memorandum. The two ministers agreed to meet again in October.',
    );
    expect(of(x, 'engagement').map((e) => [e.kind, e.date])).toEqual([
      ['meeting', '2025-06-12'],
      ['meeting', '2025-05-02'],
    ]);
    expect(names(x)[1]).toEqual(['Jo Rennick', 'Ada Okoro']);
    // The same day told again is the same engagement, not another.
    const again = run(
      'Minister Jo Rennick hosted Secretary Ada Okoro in Perth on 12 June. The two ministers had talks on 12 June about quotas.',
    );
    expect(of(again, 'engagement')).toHaveLength(1);
  });

  it('reads "the two leaders held talks" when it opens the story and names them after', () => {
    const x = run(
      'The two leaders held talks in Perth on 3 May, Prime Minister Ravi Menon and President Ada Okoro said.',
    );
    expect(names(x)).toEqual([['Ravi Menon', 'Ada Okoro']]);
  });

  it('dates a call "this morning" by the publication date, and not one still to come', () => {
    const x = run(
      'Prime Minister Ravi Menon spoke by phone with President Ada Okoro this morning.',
    );
    expect(of(x, 'engagement').map((e) => e.date)).toEqual(['2025-06-18']);
    const later = run('Prime Minister Ravi Menon will speak with President Ada Okoro tonight.');
    expect(of(later, 'engagement')).toEqual([]);
  });

  it('reads "sat down with" and a name after "USTR"', () => {
    const x = run(
      'In Lima on Tuesday, Minister Jo Rennick sat down with her counterpart Luis Andrade. On 19 June, Minister Wang Li met with USTR Lea Brandt in Geneva.',
    );
    expect(names(x)).toEqual([
      ['Jo Rennick', 'Luis Andrade'],
      ['Wang Li', 'Lea Brandt'],
    ]);
  });

  it('puts a past engagement written without its year before the publication date', () => {
    const x = run(
      'Minister Jo Rennick hosted his counterpart Luis Andrade in Lima on 17 November.',
      '2026-02-10',
    );
    expect(of(x, 'engagement').map((e) => e.date)).toEqual(['2025-11-17']);
  });

  it('reads a name after "Chancellor of the Exchequer", "King" and "trade chief"', () => {
    const x = run(
      'Chancellor of the Exchequer Ravi Menon and Vice Premier Wang Li co-chaired the tenth Economic Dialogue on 2 June. President Ada Okoro received King Tomas in Lima on 4 June. Minister Wang Li spoke by video link with EU trade chief Lea Brandt on 5 June.',
    );
    expect(names(x)).toEqual([
      ['Ravi Menon', 'Wang Li'],
      ['Ada Okoro', 'Tomas'],
      ['Wang Li', 'Lea Brandt'],
    ]);
  });

  it('does not take a summit recalled as the setting of an earlier agreement', () => {
    const x = run(
      'The leaders of Britain and the EU discussed the agreements reached at the UK-EU summit in May.',
    );
    expect(of(x, 'engagement')).toEqual([]);
  });
});

describe('quotes', () => {
  it('gives a quote introduced by a body to the body’s country, not to a person before', () => {
    const x = run(
      '"We want a fair deal," Minister Jo Rennick said after the talks. The European Commission said in a statement that the plan was "needed to protect a strategic industry."',
    );
    expect(of(x, 'quote').map((q) => q.speaker.jurisdiction ?? q.speaker.text)).toEqual([
      'Jo Rennick',
      'EU',
    ]);
  });

  it('reads a speaker through "called the decision"', () => {
    const q = of(
      run('Minister Jo Rennick called the decision "a great day for our growers."'),
      'quote',
    );
    expect(q[0]?.speaker.text).toBe('Jo Rennick');
  });

  it('dates a quote by its sentence, else by the date the text states, else null', () => {
    const dated = run(
      'Minister Jo Rennick met Wang Li on 12 February.\n\n"We will keep talking to each other," Rennick said.',
    );
    expect(of(dated, 'quote')[0]?.date).toBe('2025-02-12');
    const undated = run('"We will keep talking to each other," Rennick said.');
    expect(of(undated, 'quote')[0]?.date).toBeNull();
  });
});

describe('measures', () => {
  it('reads kind, action and goods from the measure’s own clause only', () => {
    const x = run(
      'Beijing said on Saturday it would put tariffs of 100% on Canadian canola oil, a week after Ottawa declined to lift its surtaxes on Chinese electric vehicles.',
      '2025-03-03',
    );
    const [m] = of(x, 'measure');
    expect(m?.kind).toBe('tariff');
    expect(m?.action).toBe('imposed');
    expect(m?.products.map((p) => p.text)).toEqual(['canola oil']);
  });

  it('finds the clause around a rate between subordinate breaks', () => {
    const text = 'Canada put a 10% tariff on steel, after Japan raised its duty.';
    const c = measureClause(text, { start: 0, end: text.length }, text.indexOf('10%') + 3);
    expect(text.slice(c.start, c.end)).toBe('Canada put a 10% tariff on steel');
  });

  it('dates each rate by its own clause, and shares a clause with no rate', () => {
    const own = of(
      run(
        'Washington raised the tariff on Canadian lumber to 35% from April 5, while a separate 25% duty on Canadian aluminium took effect on April 9.',
        '2025-04-10',
      ),
      'measure',
    );
    expect(
      own.map((m) => [m.rates[0]?.bp, m.dates.effective, m.products.map((p) => p.text)]),
    ).toEqual([
      [3500, '2025-04-05', ['lumber']],
      [2500, '2025-04-09', ['aluminium']],
    ]);
    const shared = of(
      run(
        'Tokyo will cut its duty on Korean steel to 5% from 12%, while Seoul lowers its tariff on Japanese beef to 8% from 20%, starting May 14.',
        '2025-05-12',
      ),
      'measure',
    );
    expect(shared.map((m) => m.dates.effective)).toEqual(['2025-05-14', '2025-05-14']);
  });

  it('keeps both ends of a range of rates', () => {
    const m = of(
      run('Seoul imposed duties ranging from 21.5% to 33.1% on Chinese steel plates.'),
      'measure',
    );
    expect(m.map((c) => c.rates.map((r) => r.bp)).flat()).toEqual([2150, 3310]);
  });

  it('takes origins from a sentence that continues about the measure', () => {
    const [m] = of(
      run(
        'India imposed a provisional safeguard duty of 12% on flat steel on Monday. The duty applies to shipments from China, Vietnam and Japan.',
      ),
      'measure',
    );
    expect(m?.targets.map((t) => t.jurisdiction)).toEqual(['CHN', 'VNM', 'JPN']);
  });

  it('does not take a dateline for the day of the announcement', () => {
    const [m] = of(
      run(
        'WASHINGTON, April 10 (Wire) - The United States on Wednesday slapped a 50% tariff on Chinese steel.',
        '2025-04-10',
      ),
      'measure',
    );
    expect(m?.dates.announced).toBe('2025-04-09');
    expect(
      findDates('OTTAWA, May 2 - Canada said on May 1 it would act.', '2025-05-02').map(
        (d) => d.iso,
      ),
    ).toEqual(['2025-05-01']);
  });

  it('looks for the imposer among the countries that are not targets of the sentence', () => {
    const m = of(
      run(
        'Tariffs hit Canada, Mexico and China\n\nPresident Dan Ross signed orders imposing a 25% tariff on imports from Canada and Mexico and a 10% tariff on goods from China. The White House said the U.S. would not back down.',
      ),
      'measure',
    );
    expect(m.map((c) => c.imposer?.jurisdiction)).toEqual(['USA', 'USA']);
  });
});

describe('coordinated acts and announcements', () => {
  it('makes a measure of a coordinated act with goods and no rate, apart from the rated one', () => {
    const m = of(
      run(
        'Ottawa scrapped its counter-tariffs on U.S. coffee on Monday and cut the surtax on American steel to 10% from 25%.',
        '2025-09-02',
      ),
      'measure',
    );
    expect(
      m.map((c) => [c.action, c.rates.map((r) => r.bp), c.products.map((p) => p.text)]),
    ).toEqual([
      ['reduced', [1000], ['steel']],
      ['lifted', [], ['coffee']],
    ]);
    expect(m.every((c) => c.dates.announced === '2025-09-01')).toBe(true);
  });

  it('dates rated measures by the sentence before that announces them unrated', () => {
    const m = of(
      run(
        'Japan and Korea agreed on Monday to lower the tariffs on each other. Tokyo will cut its duty on Korean beef to 5% from 12%.',
        '2025-05-13',
      ),
      'measure',
    ).filter((c) => c.rates.length > 0);
    expect(m.map((c) => c.dates.announced)).toEqual(['2025-05-12']);
  });
});

describe('measures in force', () => {
  it('reads a measure whose verb of taking effect stands after its goods, and rates that follow', () => {
    const m = of(
      run(
        'The EU duties on battery electric vehicles imported from China entered into force on Wednesday. Maker A faces 7.8% and Maker B 17%.',
        '2024-10-31',
      ),
      'measure',
    );
    expect(
      m.map((c) => [
        c.imposer?.jurisdiction,
        c.targets.map((t) => t.jurisdiction),
        c.dates.effective,
      ]),
    ).toContainEqual(['EU', ['CHN'], '2024-10-30']);
  });
});

describe('textDate', () => {
  it('is the first date of the lead that says when something happened', () => {
    const doc = buildDoc(
      'Duties from March 20\n\nChina said on Tuesday it would act from March 20.',
      '2025-03-08',
      [],
    );
    expect(textDate(doc)?.iso).toBe('2025-03-04');
  });
});

describe('the act on a duty', () => {
  const actions = (text: string) => of(run(text), 'measure').map((m) => m.action);

  it('reads a lifting verb only when it acts on the duty', () => {
    expect(actions('Ottawa will remove its 25% surtax on Chinese steel from June 1.')).toEqual([
      'lifted',
    ]);
    expect(actions('The combined duty of 80.5% will be lifted from August 5.')).toEqual(['lifted']);
  });

  it('leaves alone "ending a probe", "the end of August" and a suspension agreement', () => {
    expect(
      actions(
        'The Commission confirmed duties of 21% on Chinese e-bikes on Thursday, ending a probe opened last year.',
      ),
    ).toEqual(['imposed']);
    expect(
      actions('The 50% U.S. tariff on Indian goods came into force at the end of August.'),
    ).not.toContain('lifted');
    expect(
      actions(
        'Washington will withdraw from a 2019 suspension agreement and impose duties of 17.09% on tomatoes from Mexico.',
      ),
    ).toEqual(['imposed']);
  });
});
