/**
 * The same measure told in many sentence shapes, between several pairs of countries named by
 * their names, capitals and demonyms, on several goods: each must give one measure in force with
 * its imposer, its target and its rate.
 */
import { describe, expect, it } from 'vitest';
import type { MeasureCandidate } from './candidates.ts';
import { extract } from './extract.ts';

interface Country {
  readonly name: string;
  readonly capital: string;
  readonly adjective: string;
  readonly code: string;
}
const CHINA = { name: 'China', capital: 'Beijing', adjective: 'Chinese', code: 'CHN' };
const CANADA = { name: 'Canada', capital: 'Ottawa', adjective: 'Canadian', code: 'CAN' };
const US = { name: 'the United States', capital: 'Washington', adjective: 'American', code: 'USA' };
const MEXICO = { name: 'Mexico', capital: 'Mexico City', adjective: 'Mexican', code: 'MEX' };
const EU = { name: 'the EU', capital: 'Brussels', adjective: 'European', code: 'EU' };
const INDIA = { name: 'India', capital: 'New Delhi', adjective: 'Indian', code: 'IND' };
const AUSTRALIA = {
  name: 'Australia',
  capital: 'Canberra',
  adjective: 'Australian',
  code: 'AUS',
};

const PAIRS: readonly (readonly [Country, Country])[] = [
  [CHINA, CANADA],
  [US, MEXICO],
  [EU, CHINA],
  [INDIA, AUSTRALIA],
  [CANADA, US],
];
const GOODS = ['pork', 'steel pipes', 'canola oil'];

/**
 * {I} the imposer's name, {IC} its capital, {IA} its adjective, {IP} its name's possessive;
 * {T} the target's name, {TA} its adjective; {P} the goods; the rate is 37.5%.
 */
const SHAPES = [
  '{I} will impose a 37.5% tariff on {P} from {T} from March 3.',
  '{I} imposed 37.5% duties on {TA} {P}, effective March 3.',
  'Starting March 3, {TA} {P} will face a 37.5% tariff imposed by {I}.',
  '{TA} {P} were hit with 37.5% duties by {I} on Thursday.',
  '{IC} raised its tariff on {TA} {P} to 37.5% from 5%.',
  '{IC} cut its tariff on {TA} {P} to 37.5% from 90%.',
  '{I} lowered the duty on {TA} {P} from 45% to 37.5%.',
  '{I} slapped a 37.5% surtax on {P} imported from {T}.',
  '{I} announced a 37.5% anti-dumping duty on {P} from {T}.',
  '{IC} retaliated with a 37.5% tariff on {TA} {P}.',
  'In response, {I} imposed a 37.5% levy on {P} from {T}.',
  'The 37.5% tariff that {I} imposed on {TA} {P} took effect on March 3.',
  '{I} doubled its tariff on {TA} {P} to 37.5%.',
  '{IP} 37.5% duty on {TA} {P} came into force on March 3.',
  'A 37.5% tariff on {TA} {P} was imposed by {I} on Thursday.',
  '{TA} {P} will pay a 37.5% duty when entering {I} from March 3.',
  'On Thursday, {I} imposed a 37.5% tariff on {TA} {P}.',
  'The government of {I} said on Thursday it would levy a 37.5% tariff on {P} from {T}.',
  '{IA} authorities imposed a 37.5% tariff on {P} from {T}.',
  'Exporters in {T} now pay a 37.5% tariff on {P} shipped to {I}.',
  '{IC} hit {TA} {P} with a 37.5% tariff on Thursday.',
  '{I} set a 37.5% tariff on {TA} {P}, which took effect on March 3.',
  'Under the decision, {TA} {P} face duties of 37.5% in {I}.',
  'The tariff on {TA} {P} entering {I} rises to 37.5% on March 3.',
  '{IA} customs will collect a 37.5% duty on {P} from {T} from March 3.',
  'Imports of {P} from {T} will be subject to a 37.5% duty, {IP} commerce ministry said.',
  '{I} has imposed provisional anti-dumping duties of 37.5% on {P} originating in {T}.',
  'The tariff {I} levies on {TA} {P} will rise from 10% to 37.5% on March 3.',
  '{I} is raising its tariff on {TA} {P} to 37.5% as of March 3.',
  '{TA} exporters of {P} were slapped with a 37.5% duty by {I}.',
  '{I} will charge 37.5% on {TA} {P} from March 3.',
  '{IC} said it would apply a 37.5% surcharge to {TA} {P}.',
  'From March 3, {P} from {T} entering {I} will pay 37.5%.',
  '{IC} responded by imposing a 37.5% tariff on {TA} {P}.',
  'Shipments of {TA} {P} to {I} now carry a 37.5% tariff.',
  '{I} on Thursday imposed a 37.5% tariff on {TA} {P}.',
];

const fill = (shape: string, i: Country, t: Country, goods: string) =>
  shape
    .replaceAll('{IP}', `${i.name}'s`)
    .replaceAll('{IC}', i.capital)
    .replaceAll('{IA}', i.adjective)
    .replaceAll('{I}', i.name)
    .replaceAll('{TA}', t.adjective)
    .replaceAll('{T}', t.name)
    .replaceAll('{P}', goods)
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** The measures in force a text yields, as "imposer→targets rate". */
const measures = (text: string) =>
  extract({ text, published: '2026-11-09' })
    .candidates.filter(
      (c): c is MeasureCandidate => c.type === 'measure' && !c.flags.includes('not_in_force'),
    )
    .map(
      (m) =>
        `${m.imposer?.jurisdiction ?? '?'}→${m.targets.map((t) => t.jurisdiction).join('+')} ${m.rates.map((r) => r.bp / 100).join(',')}`,
    );

describe('measures: one measure in many sentence shapes', () => {
  it.each(SHAPES)('reads "%s"', (shape) => {
    const misread: string[] = [];
    for (const [i, t] of PAIRS)
      for (const goods of GOODS) {
        const text = fill(shape, i, t, goods);
        const got = measures(text);
        if (got.join() !== `${i.code}→${t.code} 37.5`) misread.push(`${text} → ${got.join('; ')}`);
      }
    expect(misread).toEqual([]);
  });

  it('gives each of two countries imposing together a measure of its own', () => {
    for (const [i, t] of PAIRS) {
      const text = fill('{IC} and Japan imposed a 37.5% tariff on {TA} pork.', i, t, 'pork');
      expect(measures(text).sort()).toEqual(
        [`${i.code}→${t.code} 37.5`, `JPN→${t.code} 37.5`].sort(),
      );
    }
    expect(
      measures('Both China and Japan imposed a 37.5% tariff on Canadian pork.').sort(),
    ).toEqual(['CHN→CAN 37.5', 'JPN→CAN 37.5']);
    // One country told as party to an agreement, another as the one acting, is no joint act.
    expect(
      measures(
        'Canada and China agreed on Friday that Canada would cut its tariff on Chinese EVs to 6.1%.',
      ),
    ).toEqual(['CAN→CHN 6.1']);
  });
});
