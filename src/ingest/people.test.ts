import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';

const names = (text: string) =>
  findPeople(text, { directory: [], date: '2026-01-01' }).map((p) => p.name);

describe('findPeople: what is not a name', () => {
  it('takes no name from the words that qualify a title', () => {
    const found = names(
      'Ana Ruiz held talks with Treasury Secretary Tom Hale. Later she met Home Affairs Minister Raj Patel and Yukon Mining Minister Lee Dunn.',
    );
    expect(found).toContain('Tom Hale');
    expect(found).toContain('Raj Patel');
    expect(found).toContain('Lee Dunn');
    expect(found).not.toContain('Treasury');
    expect(found).not.toContain('Home');
    expect(found).not.toContain('Yukon');
  });

  it('takes no name from a country of two words or from countries joined by a hyphen', () => {
    const found = names(
      'South Korea raises duties\n\nSouth Korean officials met. China-Canada relations have improved, Ana Ruiz said.',
    );
    expect(found).not.toContain('South');
    expect(found).not.toContain('China-Canada');
  });

  it('reads a possessive name without its "’s"', () => {
    expect(names("Trade Minister Omar Field's visit ended on Monday.")).toContain('Omar Field');
  });
});

describe('findPeople: names after titles', () => {
  it('reads a name after a portfolio listed with commas', () => {
    expect(
      names(
        'She was joined by the Minister responsible for Canada-U.S. Trade, Energy and Northern Affairs, Paul Girard, on Monday.',
      ),
    ).toContain('Paul Girard');
  });

  it('reads a name run together with the title’s body', () => {
    const found = names(
      'Minister of Fisheries and Agri-Food Nora Kelt and Deputy Minister of Global Affairs Canada Ian Roy met the envoy.',
    );
    expect(found).toContain('Nora Kelt');
    expect(found).toContain('Ian Roy');
  });

  it('reads a name followed by its title, a speaker and a party leader', () => {
    const found = names(
      'Ravi Kumar, an additional secretary in the finance ministry, met the Speaker of the House, Jo Beal, and Senate Majority Leader Sam Otis.',
    );
    expect(found).toEqual(expect.arrayContaining(['Ravi Kumar', 'Jo Beal', 'Sam Otis']));
  });
});

describe('findPeople: names by their place in a sentence', () => {
  it('reads both people of "between X and Y"', () => {
    expect(names('a summit between Park Min-jun and Hu Wei on Monday')).toEqual([
      'Park Min-jun',
      'Hu Wei',
    ]);
  });

  it('reads each side’s person in "A for Canada and B for India"', () => {
    const found = names('handing over to Luc Tardif for Canada and Meena Rao for India.');
    expect(found).toEqual(['Luc Tardif', 'Meena Rao']);
  });

  it('reads the person a delegation is led by', () => {
    expect(names('a trade delegation led by Karl Brandt arrived.')).toContain('Karl Brandt');
  });

  it('joins a given name to a name read elsewhere, but not a title', () => {
    const found = findPeople(
      'Marie DeSouza, who leads the file, called her counterpart. "We are close," DeSouza said.',
      { directory: [], date: '2026-01-01' },
    );
    expect(found[0]?.text).toBe('Marie DeSouza');
    expect(names('President Ada Okoro received King Olaf. "Welcome," Olaf said.')).not.toContain(
      'King Olaf',
    );
  });
});
