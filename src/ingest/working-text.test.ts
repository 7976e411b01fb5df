import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { ActorDirectoryEntry } from './candidates.ts';
import { extract } from './extract.ts';
import { prepareText } from './text.ts';
import { curlyMarks } from './typeset.ts';
import {
  lettered,
  letteringOf,
  mapStrings,
  readWindows1252,
  STAND_INS,
  toWorkingText,
  withMarks,
  withoutFurniture,
  withStandIns,
} from './working-text.ts';

const MARKS = Object.keys(STAND_INS);

describe('the working text', () => {
  it('writes each mark as its stand-in, in its place', () => {
    const text = '“China’s tariffs — on canola – hurt,” he said… • 5 € ™';
    const working = toWorkingText(text);
    expect(working).toBe(
      '\x93China\x92s tariffs \x97 on canola \x96 hurt,\x94 he said\x85 \x95 5 \x80 \x99',
    );
    expect(working).toHaveLength(text.length);
    expect(withMarks(working)).toBe(text);
  });

  it('keeps a text with no mark as it is, and a letter beyond Latin-1 with its marks mapped', () => {
    const plain = 'China’s'.replace('’', "'") + ' café';
    expect(toWorkingText(plain)).toBe(plain);
    expect(toWorkingText('Šefčovič’s visit — today')).toBe('Šefčovič\x92s visit \x97 today');
  });

  it('reads back any text it wrote, character for character', () => {
    const alphabet = fc.constantFrom(...MARKS, 'a', 'Z', ' ', '\n', 'é', 'č', '"', "'", '-', '1');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (chars) => {
        const text = chars.join('');
        const working = toWorkingText(text);
        expect(working).toHaveLength(text.length);
        expect(withMarks(working)).toBe(text);
        expect(MARKS.some((m) => working.includes(m))).toBe(false);
      }),
    );
  });

  it('maps every string of arrays and plain objects, and leaves other values alone', () => {
    const when = new Date(0);
    const value = { a: 'O’Brien', b: ['—', 3, null, { c: '“x”' }], d: when, e: true };
    const mapped = mapStrings(value, withStandIns);
    expect(mapped).toEqual({
      a: 'O\x92Brien',
      b: ['\x97', 3, null, { c: '\x93x\x94' }],
      d: when,
      e: true,
    });
    expect(mapped.d).toBe(when);
    expect(mapStrings(mapped, withMarks)).toEqual(value);
  });
});

describe('the lettering of letters beyond Latin-1', () => {
  /** True when V8 can keep the string one byte wide: no character beyond Latin-1. */
  const oneByte = (s: string) => [...s].every((ch) => ch.charCodeAt(0) <= 0xff);

  it('writes each as a Latin-1 letter of its case the text does not use, and reads it back', () => {
    const text = 'Maroš Šefčovič met Recep Tayyip Erdoğan — “ŠEFČOVIČ”.';
    const lettering = letteringOf(text);
    if (!lettering) throw new Error('a lettering');
    const working = toWorkingText(text, lettering);
    expect(oneByte(working)).toBe(true);
    expect(working).toHaveLength(text.length);
    // a pair for a pair: the upper and lower case of a letter are those of one Latin-1 letter
    const [su, sl] = [lettering.written.get('Š'), lettering.written.get('š')];
    expect(su && sl && su.toLowerCase() === sl).toBe(true);
    expect(working.toLowerCase()).toBe(toWorkingText(text.toLowerCase(), lettering));
    // no letter of the text, in either case, stands for another
    for (const w of lettering.written.values()) {
      expect(text.toLowerCase()).not.toContain(w.toLowerCase());
    }
    expect(lettered(withMarks(working), lettering.read)).toBe(text);
  });

  it('leaves the letters of the reserved strings alone', () => {
    const free = letteringOf('Šefčovič')?.written.get('Š');
    expect(free).toBeDefined();
    const reserved = letteringOf('Šefčovič', () => [`${free ?? ''} Example`]);
    expect(reserved?.written.get('Š')).not.toBe(free);
    expect(reserved?.written.get('Š')).toBeDefined();
  });

  it('gives none for a character that is no letter with a case of its own beyond Latin-1', () => {
    expect(letteringOf('a duty of ₹500 a tonne')).toBeNull();
    // dotless i: its capital is the Latin I
    expect(letteringOf('Kırşehir')).toBeNull();
    expect(toWorkingText('Kırşehir — ₹', letteringOf('Kırşehir — ₹'))).toBe('Kırşehir \x97 ₹');
  });

  it('gives none for a title-case letter, and the directory then keeps its letters', () => {
    expect(letteringOf('the Ǆ ǅ ǆ digraphs')).toBeNull();
    const out = extract({
      text: 'Trade Commissioner Maroš Šefčovič met the Serbian minister in Novi Sad (ǅ).',
      published: '2026-11-30',
      actors: [
        { id: 'maros-sefcovic', name: 'Maroš Šefčovič', kind: 'person', jurisdiction: 'EU' },
      ],
    });
    const people = out.candidates.flatMap((c) => (c.type === 'engagement' ? c.participants : []));
    expect(people[0]).toMatchObject({ text: 'Maroš Šefčovič', actor: 'maros-sefcovic' });
  });

  it('gives none when the spare letters run out', () => {
    const many = [...'ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃ'];
    expect(letteringOf(many.join(''))).toBeNull();
    expect(letteringOf(many.slice(0, 20).join(''))).not.toBeNull();
  });

  it('reads a text the same with its letters written so', () => {
    const text =
      'BRUSSELS — Trade Commissioner Maroš Šefčovič held talks with Turkish Trade Minister Ömer Bolat on Monday. “We agreed to meet again in Ankara,” Šefčovič said.';
    const directory: ActorDirectoryEntry[] = [
      { id: 'maros-sefcovic', name: 'Maroš Šefčovič', kind: 'person', jurisdiction: 'EU' },
    ];
    const out = extract({ text, published: '2026-11-30', actors: directory });
    const people = out.candidates.flatMap((c) =>
      c.type === 'engagement' ? c.participants : c.type === 'quote' ? [c.speaker] : [],
    );
    expect(people.map((p) => [p.text, p.actor])).toEqual([
      ['Maroš Šefčovič', 'maros-sefcovic'],
      ['Ömer Bolat', null],
      ['Šefčovič', 'maros-sefcovic'],
    ]);
  });
});

describe('the furniture of a news page', () => {
  it('writes its lines as spaces, in place, and leaves the story', () => {
    const text = [
      'China will put a 25% duty on Canadian pork.',
      'Advertisement',
      'Story continues below advertisement',
      'Related: Five things to know about canola',
      'READ MORE: Ottawa weighs its response',
      'Sign up for our daily trade newsletter',
      'Share this article',
      'Related measures took effect in May. Share prices fell. Advertising revenue rose.',
    ].join('\n\n');
    const out = withoutFurniture(text);
    expect(out).toHaveLength(text.length);
    expect(out.split('\n\n').map((line) => line.trim())).toEqual([
      'China will put a 25% duty on Canadian pork.',
      '',
      '',
      '',
      '',
      '',
      '',
      'Related measures took effect in May. Share prices fell. Advertising revenue rose.',
    ]);
  });

  it('does not part a list of rates from the line that opens it', () => {
    const text = [
      'Canada imposed anti-dumping duties on aluminum foil from China on February 26, 2025, at the following margins of dumping:',
      'Advertisement',
      'Qinghe Foil Co., Ltd.: 14.2%\nAll other exporters: 61.3%',
    ].join('\n\n');
    const rates = extract({ text, published: '2025-02-26' }).candidates.flatMap((c) =>
      c.type === 'measure' ? c.rates.map((r) => r.bp) : [],
    );
    expect(rates).toEqual([1420, 6130]);
  });
});

describe('Windows-1252 read as Latin-1', () => {
  it('reads the control characters of the C1 range as the characters they code', () => {
    expect(readWindows1252('China\x92s \x93tariffs\x94 \x97 \x8aefcovic')).toEqual({
      text: 'China’s “tariffs” — Šefcovic',
      count: 5,
    });
  });

  it('leaves the codes Windows-1252 does not use, and a text without any', () => {
    expect(readWindows1252('a\x81b\x8dc\x8fd\x90e\x9df')).toEqual({
      text: 'a\x81b\x8dc\x8fd\x90e\x9df',
      count: 0,
    });
  });

  it('is applied when a text is prepared, with a warning', () => {
    const prepared = prepareText(
      'Canada\x92s minister said the tariffs \x97 all of them \x97 hurt.',
    );
    expect(prepared.text).toBe('Canada’s minister said the tariffs — all of them — hurt.');
    expect(prepared.warnings).toEqual([
      '3 control characters were read as the Windows-1252 characters they code (a text in that encoding read as Latin-1)',
    ]);
  });
});

describe('extraction over the working text', () => {
  const TEXT = `China’s commerce ministry said on Saturday it will put a 100% tariff on Canadian canola oil — and on peas — from March 20.

“We do not accept the premise of this decision,” Trade Minister Maninder Sidhu said. “Canada’s farmers deserve better,” he added.`;

  it('gives back the text’s own marks in what it finds, and offsets into the text', () => {
    const x = extract({ text: TEXT, published: '2025-03-08' });
    const json = JSON.stringify(x);
    expect(json).not.toMatch(/[\x80-\x9f]/);
    const quotes = x.candidates.flatMap((c) => (c.type === 'quote' ? [c] : []));
    expect(quotes.map((q) => q.text)).toEqual([
      'We do not accept the premise of this decision,',
      'Canada’s farmers deserve better,',
    ]);
    for (const q of quotes) expect(TEXT.slice(q.span.start, q.span.end)).toContain(q.text);
    const measures = x.candidates.filter((c) => c.type === 'measure');
    expect(measures.length).toBeGreaterThan(0);
  });

  it('reads a text the same whether its marks are wide or written in Windows-1252', () => {
    const coded = TEXT.replace(/[’“”—]/g, (m) => STAND_INS[m] ?? m);
    const a = extract({ text: TEXT, published: '2025-03-08' });
    const b = extract({ text: coded, published: '2025-03-08' });
    expect(b.text).toBe(TEXT);
    expect(b.candidates).toEqual(a.candidates);
  });

  it('reads a text alike whether its quotes and apostrophes are straight or curly', () => {
    const straight = [
      `The People's Republic of China will put a 25% duty on Canada's pork from May 1, the commerce ministry said. "We will defend our farmers' interests," Minister Ana Ruiz said. "It's unfair," she added.`,
      `China set final anti-dumping duties on EU pork on Tuesday: Denmark's Nordvik Foods faces 9.6% and Spain's Iberia Meat 7.8%, the commerce ministry said. Separately, Brussels lowered Turkey's steel quota by 40% in May.`,
      `Canada's trade minister spoke with China's commerce minister on Tuesday. The two agreed to meet again in Beijing's Great Hall in June, Ottawa's readout said.`,
    ];
    const plain = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    for (const text of straight) {
      const a = extract({ text, published: '2025-03-08' });
      const b = extract({ text: curlyMarks(text), published: '2025-03-08' });
      expect(curlyMarks(text)).not.toBe(text);
      expect(a.candidates.length).toBeGreaterThan(0);
      expect(mapStrings(b.candidates, plain)).toEqual(a.candidates);
    }
  });

  it('matches a directory name written with a mark', () => {
    const actors: ActorDirectoryEntry[] = [
      {
        id: 'sean-obrien',
        name: 'Seán O’Brien',
        kind: 'person',
        jurisdiction: 'IRL',
        roles: [{ title: 'Minister', jurisdiction: 'IRL', from: '2024-01-01' }],
      },
    ];
    const text = '“Tariffs hurt everyone,” Minister Seán O’Brien said on Monday.';
    const x = extract({ text, published: '2025-03-08', actors });
    const quote = x.candidates.find((c) => c.type === 'quote');
    expect(quote?.type === 'quote' && [quote.speaker.actor, quote.speaker.text]).toEqual([
      'sean-obrien',
      'Seán O’Brien',
    ]);
  });
});

/**
 * The patterns of the extractor read the working text, where no mark is left: each literal that
 * names a mark must name its stand-in too, or it would read a text and its working text apart.
 */
describe('the patterns of the extractor', () => {
  const dir = import.meta.dirname;
  /** not read: this module; the preparation of a text, before any working text; the scorer and its typesets */
  const apart = ['working-text.ts', 'text.ts', 'eval.ts', 'typeset.ts'];
  const files = readdirSync(dir).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !apart.includes(f),
  );

  it('name the stand-in of each mark they name', () => {
    const missing: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(
        file,
        readFileSync(join(dir, file), 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      );
      const visit = (node: ts.Node) => {
        if (
          ts.isRegularExpressionLiteral(node) ||
          ts.isStringLiteral(node) ||
          ts.isNoSubstitutionTemplateLiteral(node) ||
          ts.isTemplateHead(node) ||
          ts.isTemplateMiddle(node) ||
          ts.isTemplateTail(node)
        ) {
          const literal = node.getText();
          const at = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const line = source.text.split('\n')[at] ?? '';
          for (const mark of MARKS) {
            const code = `\\x${STAND_INS[mark]?.charCodeAt(0).toString(16)}`;
            // beside it: in the literal, or in another on its line (`' — ' | ' \x97 '`)
            if (literal.includes(mark) && !literal.includes(code) && !line.includes(code)) {
              missing.push(`${file}:${at + 1} names ${mark} without ${code}`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(missing).toEqual([]);
  });
});
