import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { findQuoted } from './sentences.ts';

const names = (text: string) =>
  findPeople(text, { directory: [], date: '2026-01-01' }).map((p) => p.name);

describe('findPeople: what is not a name', () => {
  it('takes no name from a large city, alone or listed', () => {
    const found = names(
      'Ningbo announced new port fees on Monday. Ana Ruiz toured Incheon and Nagoya, and officials in Wuhan and Shenzhen said the rules would change.',
    );
    expect(found).toEqual(['Ana Ruiz']);
  });

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

  it('takes no name from the first word of a region’s adjective before a title', () => {
    expect(names('Wang Wentao met South Australian Premier Peter Malinauskas on Tuesday.')).toEqual(
      ['Wang Wentao', 'Peter Malinauskas'],
    );
  });

  it('takes no name from a country of two words or from countries joined by a hyphen', () => {
    const found = names(
      'South Korea raises duties\n\nSouth Korean officials met. China-Canada relations have improved, Ana Ruiz said.',
    );
    expect(found).not.toContain('South');
    expect(found).not.toContain('China-Canada');
  });

  it('takes no name from a trade named in the plural opening a sentence', () => {
    const found = names(
      'Lawyers cautioned that the order could change. Consultants said it was a start.',
    );
    expect(found).toEqual([]);
  });

  it('takes no name from a verb of a headline in capitals', () => {
    expect(names('Ministry Spokesperson Answers Reporters’ Questions on Steel Duties')).toEqual([]);
    expect(names('Minister Lacombe Makes the Case for Lima Copper in Ohio')).toEqual(['Lacombe']);
  });

  it('reads a given name that is also a country spelled in another language', () => {
    expect(names('“It is late,” said Dominique Caron, head of the mill.')).toContain(
      'Dominique Caron',
    );
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
  it('reads an Irish family name with its apostrophe, straight or curly, in the text or the working text', () => {
    for (const mark of ["'", '’', '\x92']) {
      const found = names(
        `Minister Seán O${mark}Brien met Li Wen on Monday. "We talked," Dara O${mark}Shea said.`,
      );
      expect(found).toEqual([`Seán O${mark}Brien`, 'Li Wen', `Dara O${mark}Shea`]);
    }
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

  it('reads full names opening a list item as its subject', () => {
    expect(names('Briefing\n- Nick Hale-Brown and Rosa Vidal met in Lima on Monday.')).toEqual([
      'Nick Hale-Brown',
      'Rosa Vidal',
    ]);
    expect(names('Meetings\n   * Ada Okoro met the premier.')).toEqual(['Ada Okoro']);
    expect(names('Notes\n• Tom Hale and Jo Beal co-chaired the council.')).toEqual([
      'Tom Hale',
      'Jo Beal',
    ]);
  });

  it('reads the person a delegation is led by', () => {
    expect(names('a trade delegation led by Karl Brandt arrived.')).toContain('Karl Brandt');
    expect(names('Officials led by Karl Brandt held a session.')).toContain('Karl Brandt');
    expect(names('and negotiators headed by Rosa Vidal met on Monday.')).toContain('Rosa Vidal');
    expect(names('the delegates, led by Yusuf Demir, met there.')).toContain('Yusuf Demir');
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

describe('findPeople: round 2', () => {
  it('finds a name that starts with a letter outside ASCII', () => {
    expect(names('Šimon Dvořák told reporters the talks went well.')).toContain('Šimon Dvořák');
  });

  it('takes no company through a ", which …," aside', () => {
    expect(
      names('Rio Fresh Foods, which ships salmon to Asia, said prices fell. Ana Ruiz agreed.'),
    ).not.toContain('Rio Fresh Foods');
  });

  it('reads a name before ", who" or a job', () => {
    const found = names(
      'Tomas Lindgren, who farms near Regina, is worried. Ana Beltran, executive director of the growers’ council, agreed, as did Li Wen, an analyst at a bank.',
    );
    expect(found).toEqual(expect.arrayContaining(['Tomas Lindgren', 'Ana Beltran', 'Li Wen']));
  });

  it('gives no country for a province or a state before a title, nor the country of a posting', () => {
    const people = findPeople(
      'Ontario Premier Tom Hale met British Columbia Premier Jo Beal and Peruvian Ambassador to China Ana Ruiz. He explained it to Chinese Commerce Minister Li Fang.',
      { directory: [], date: '2026-01-01' },
    );
    expect(people.map((p) => [p.name, p.jurisdiction])).toEqual([
      ['Tom Hale', null],
      ['Jo Beal', null],
      ['Ana Ruiz', 'PER'],
      ['Li Fang', 'CHN'],
    ]);
  });

  it('leaves honorifics out of a name and reads a family name in capitals', () => {
    const found = names(
      'H.E. Ms. Ana Ruiz met Smt. Meena Rao and Shri Raj Iyer, and the Honourable Tom Hale said so. Minister Dr. S. Patel and Mr. SATO Ken joined.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Ana Ruiz',
        'Meena Rao',
        'Raj Iyer',
        'Tom Hale',
        'S. Patel',
        'SATO Ken',
      ]),
    );
    expect(found).not.toContain('Smt');
  });

  it('reads a name after a portfolio of several parts and a name joined to a person found', () => {
    expect(
      names(
        'Vice President and Minister of Development, Industry, Trade and Services, Rosa Vidal, spoke.',
      ),
    ).toContain('Rosa Vidal');
    expect(names('President Tom Hale and Li Wen met in Lima.')).toEqual(['Tom Hale', 'Li Wen']);
  });

  it('takes no person from a body, a country of two words, a place before a title or an abbreviation', () => {
    const found = names(
      'The United States imposed duties, the Canadian Grain Commission said. Statistics Canada will report. On Friday, in Pune, Minister Ana Ruiz met a delegation between Minister Tom Hale and U.S. envoys.',
    );
    expect(found).toEqual(['Ana Ruiz', 'Tom Hale']);
  });
});

describe('findPeople: lines and lists', () => {
  it('reads no name across a line break after a title', () => {
    expect(
      names('- Ana Ruiz, Minister of International Trade\n\nQuick facts\n\nPeru grew.'),
    ).toEqual(['Ana Ruiz']);
  });

  it('counts no particle as a word of a long name, and takes no plural noun for a name', () => {
    const found = names(
      'President Luiz Carlos Inácio da Silva met them. Analysts said it went well.',
    );
    expect(found).toContain('Luiz Carlos Inácio da Silva');
    expect(found).not.toContain('Analysts');
  });
});

describe('findPeople: round 3', () => {
  it('reads a name after a lowercase "director-general"', () => {
    expect(names('The other side is led by deputy director-general Rosa Vidal.')).toEqual([
      'Rosa Vidal',
    ]);
  });
});

describe('findPeople: round 4', () => {
  it('takes no person from a province or a state that says something', () => {
    expect(
      names('Prices fell. Saskatchewan said it would seek aid. Virginia Holt agreed.'),
    ).toEqual(['Virginia Holt']);
  });

  it('takes no person from a headline verb, the members a body is named for, or a law', () => {
    expect(
      names('Minister Ana Ruiz Holds Phone Talks with Minister Li Wen\n\nThe call was brief.'),
    ).toEqual(['Ana Ruiz', 'Li Wen']);
    expect(
      names('Jo Beal, head of the Cement Makers’ Federation, said so. Shippers said nothing.'),
    ).toEqual(['Jo Beal']);
    expect(names('The rates are set by the Peru Surtax Order, the Ministry said.')).toEqual([]);
    expect(names('A buyer in Puerto Montt, who asked not to be named, said so.')).toEqual([]);
  });

  it('takes no person from the place of a speaker before "said"', () => {
    const found = names(
      'The Potato Growers Federation of Alberta said prices fell. A broker in Rotterdam said demand was soft.',
    );
    expect(found).not.toContain('Alberta');
    expect(found).not.toContain('Rotterdam');
  });

  it('reads a name before a hyphenated "vice-minister" and after a role set off by a comma', () => {
    expect(
      names('On Friday, Aiko Mori, vice-minister for trade policy, met the delegation.'),
    ).toEqual(['Aiko Mori']);
    expect(names("The union's research director, Lena Fisk, called the plan weak.")).toEqual([
      'Lena Fisk',
    ]);
  });

  it('ties a later mention to a family name written in capitals', () => {
    const found = findPeople(
      'Mr. HAYASHI Kenta, Minister of Trade, met envoys. Minister Hayashi spoke first.',
      {
        directory: [],
        date: '2026-01-01',
      },
    );
    expect(found.map((p) => [p.text, p.name])).toEqual([
      ['HAYASHI Kenta', 'HAYASHI Kenta'],
      ['Hayashi', 'HAYASHI Kenta'],
    ]);
  });

  it('reads a name after a job written in lower case, and after a possessive and a noun', () => {
    expect(names('The quota was welcomed by orchard owner Nils Berg on Monday.')).toEqual([
      'Nils Berg',
    ]);
    expect(names('Prices fell again. His partner, Rosa Lind, agreed.')).toEqual(['Rosa Lind']);
    expect(names('Anna Sol, a wheat farmer near Minot, met the envoy.')).toEqual(['Anna Sol']);
    expect(names('Prices fell again. Her brother Olav Lind was hopeful.')).toEqual(['Olav Lind']);
    expect(names('Prices fell. His brother and business partner, Eli Mar, agreed.')).toEqual([
      'Eli Mar',
    ]);
  });

  it('leaves a job opening a sentence out of the name after it, not a surname', () => {
    expect(names('Grower Mia Holt, who farms near Regina, sold early.')).toEqual(['Mia Holt']);
    expect(names('Trade Minister Paul Farmer said prices fell.')).toEqual(['Paul Farmer']);
  });
});

describe('findPeople: dates, companies and titles', () => {
  it('takes a short month before its day for a date, not a name', () => {
    expect(names('LIMA, Jan. 22 - Rosa Vidal said the talks went well.')).toEqual(['Rosa Vidal']);
    expect(names('Jan Kowal said the talks went well.')).toContain('Jan Kowal');
  });

  it('reads "Treasurer" as a title', () => {
    expect(names('The talks were led by Treasurer Ana Ruiz and Li Fang.')).toContain('Ana Ruiz');
  });

  it('reads a name set off by an opposition critic’s job', () => {
    expect(names('Ed Rowe, the Labour critic for trade, was scornful.')).toEqual(['Ed Rowe']);
  });

  it('takes the first word of a company named in full for the company, not a person', () => {
    expect(names('Tarsio Metals Co. got 9%. Tarsio said it would appeal.')).toEqual([]);
  });

  it('points a bare title at the person named in the narration, not inside a quote', () => {
    const text =
      'Trade Minister Ana Ruiz met Commerce Minister Li Fang. Ruiz said: "I told Minister Li what we need." The minister added that talks would go on.';
    const quoted = [{ start: text.indexOf('"'), end: text.lastIndexOf('"') + 1 }];
    const people = findPeople(text, { directory: [], date: '2026-01-01', quoted });
    expect(people.find((p) => p.text === 'The minister')?.name).toBe('Ana Ruiz');
  });
});

describe('findPeople: round 6', () => {
  it('reads "the Right Honourable" as an honorific and a portfolio list as the title', () => {
    const found = names(
      'Ana Ruiz spoke with the Right Honourable Tom Hale, Secretary of State for Foreign, Commonwealth and Development Affairs.',
    );
    expect(found).toContain('Tom Hale');
    expect(found).not.toContain('Right');
    expect(found).not.toContain('Commonwealth');
    expect(names('Ana Ruiz met the Rt Hon Tom Hale, Foreign Secretary, in London.')).toEqual([
      'Ana Ruiz',
      'Tom Hale',
    ]);
    expect(names('The Minister of Finance, Jo Beal and Trade Minister Tom Hale met.')).toContain(
      'Jo Beal',
    );
  });

  it('takes no person from a union named for its members', () => {
    const found = names('Hale met with United Autoworkers director Rosa Vidal in Lima.');
    expect(found).toContain('Rosa Vidal');
    expect(found).not.toContain('Autoworkers');
  });

  it('reads a name after a producer or an exporter', () => {
    expect(names('For hog producer Ana Ruiz, the news came late.')).toContain('Ana Ruiz');
    expect(names('Seafood exporter Tom Hale disagreed.')).toContain('Tom Hale');
    expect(names('The steel producer Lima Steel Mills said so.')).not.toContain('Lima Steel');
  });
});

describe('findPeople: round 7 names', () => {
  it('takes no name from portfolio words listed before a title', () => {
    const found = names(
      'Trade Minister Ana Ruiz met Peruvian Economy, Energy and Mines Minister Tom Hale in Lima on Monday.',
    );
    expect(found).toContain('Tom Hale');
    expect(found).not.toContain('Economy');
  });

  it('takes no name from the body before a job and a name after "said"', () => {
    const found = names('"Prices will rise," said Agrovia president Rosa Vidal.');
    expect(found).toContain('Rosa Vidal');
    expect(found).not.toContain('Agrovia');
    expect(names('"Prices will rise," said Vidal on Monday.')).toContain('Vidal');
  });
});

describe('round 8: people', () => {
  const people = (text: string) => findPeople(text, { directory: [], date: '2026-01-01' });

  it('reads a known surname that is also a pronoun inside a sentence as the person', () => {
    const found = people(
      'Vice Premier He Lin met the envoy. State media said He urged calm. He also smiled.',
    );
    expect(found.map((p) => [p.text, p.name])).toEqual([
      ['He Lin', 'He Lin'],
      ['He', 'He Lin'],
    ]);
  });

  it('ends a bare title before a word with a full stop, and reads three words before it', () => {
    const found = people(
      'Energy and Mines Secretary Ada Okoro met Paul Tan. The Energy and Mines Secretary spoke later.',
    );
    expect(found.filter((p) => p.byRole).map((p) => [p.text, p.name])).toEqual([
      ['The Energy and Mines Secretary', 'Ada Okoro'],
    ]);
    const minister = people('Farm Minister Ada Okoro drew up the list. The minister signed it.');
    expect(minister.filter((p) => p.byRole).map((p) => [p.text, p.name])).toEqual([
      ['The minister', 'Ada Okoro'],
    ]);
  });

  it('takes an age before a title for the person named just before', () => {
    const found = people(
      'The wells on Tomas Ferreira’s land ran dry. "We wait," the 61-year-old grower said. Ferreira was not alone.',
    );
    expect(found.find((p) => p.byRole)?.name).toBe('Tomas Ferreira');
  });

  it('reads a name with an elided particle, also where it opens a sentence', () => {
    const found = people(
      '"It is hard," said Paul d’Arcenay, who farms near Dijon. D’Arcenay has sold his barley.',
    );
    expect(found.map((p) => p.name)).toEqual(['Paul d’Arcenay', 'Paul d’Arcenay']);
  });

  it('reads the relative a possessive names, and a possessive name used alone later', () => {
    const kin = names('Arcand’s son Luc runs the boat now. Luc said little.');
    expect(kin).toContain('Luc');
    expect(names('Nguyen Van Minh’s orchard is dry. Nguyen says rain is late.')).toContain(
      'Nguyen Van Minh',
    );
    expect(names('Hong Kong’s port is busy. Hong Kong said so.')).toEqual([]);
  });

  it('takes two full names opening a sentence before a verb for people', () => {
    expect(names('Ana Lopes and Raj Iyer met in Delhi on Friday.')).toEqual([
      'Ana Lopes',
      'Raj Iyer',
    ]);
  });

  it('ties a name written another way to the one seen before', () => {
    const found = people(
      'Prime Minister Ito Haruka met Ursula von der Leyen. Japanese Prime Minister Haruka Ito said the talks went well. Von der Leyen agreed.',
    );
    expect(found.map((p) => p.name)).toEqual([
      'Ito Haruka',
      'Ursula von der Leyen',
      'Ito Haruka',
      'Ursula von der Leyen',
    ]);
  });

  it('reads a run ending in a body word as a body, and a business one owns as no person', () => {
    expect(names('The Georgia Pecan Exchange said prices fell.')).toEqual([]);
    expect(names('Tan runs a mill. His company, Delta Rice Works, employs 90.')).not.toContain(
      'Delta Rice Works',
    );
  });
});

describe('round 9: people', () => {
  const people = (text: string) =>
    findPeople(text, { directory: [], date: '2026-01-01', quoted: findQuoted(text) });
  const pairs = (text: string) => people(text).map((p) => [p.text, p.name]);

  it('reads no person from the body word that ends a portfolio after a title', () => {
    const found = names(
      'The talks were led by Ms. SATO Emi, Director-General of the Consular Affairs Bureau, and Mr. Ivo Lind, Director for Trade Policy.',
    );
    expect(found).toEqual(['SATO Emi', 'Ivo Lind']);
  });

  it('reads a family name in capitals after an honorific that follows a title', () => {
    expect(names('Senior Vice-Minister Mr. HARA Daiki received the envoy.')).toEqual([
      'HARA Daiki',
    ]);
  });

  it('reads a family name in capitals written alone later as the same person', () => {
    expect(pairs('Mr. ABE Kenta met the mission. Later, Minister ABE thanked them.')).toEqual([
      ['ABE Kenta', 'ABE Kenta'],
      ['ABE', 'ABE Kenta'],
    ]);
  });

  it('reads an initial alone as no name: "posted on X. He added"', () => {
    expect(names('Ada Okoro said so in a post on X. He added nothing.')).toEqual(['Ada Okoro']);
  });

  it('reads a name written with its particle in lower case as the one that opened a sentence', () => {
    const found = pairs(
      'Van der Berg said talks would go on. The forum hosted Lotte van der Berg and Pieter Smit.',
    );
    expect(found).toEqual([
      ['Van der Berg', 'Lotte van der Berg'],
      ['Lotte van der Berg', 'Lotte van der Berg'],
      ['Pieter Smit', 'Pieter Smit'],
    ]);
  });

  it('leaves out a title joined by a hyphen before a name', () => {
    expect(names('She met Vice-Premier Ada Okoro and Undersecretary Paul Tan.')).toEqual([
      'Ada Okoro',
      'Paul Tan',
    ]);
  });

  it('reads no name before an aside that runs past the end of a sentence', () => {
    const found = names(
      'Shoes, hats and nets are exempt.\n\nThe duty, set in May, said nothing new.',
    );
    expect(found).toEqual([]);
  });

  it('reads a name opening a clause after a dateline’s dash or an opening phrase', () => {
    expect(names('TALCA — Rosa Vidal grows cherries. At the port, Tomas Lind waited.')).toEqual([
      'Rosa Vidal',
      'Tomas Lind',
    ]);
  });

  it('reads a country’s word before one capitalised word as a company, not a person', () => {
    expect(names('Under the ruling, Finnish Forest will pay 9.8%.')).toEqual([]);
    expect(names('Chinese Premier Li Qiang spoke.')).toEqual(['Li Qiang']);
  });

  it('reads titles written with a space or a head of a division before a portfolio and a name', () => {
    expect(
      names(
        'Director General of Foreign Trade Ravi Rao met Head of the Americas Division Lucy Park.',
      ),
    ).toEqual(['Ravi Rao', 'Lucy Park']);
  });

  it('reads the name ending a title whose body is joined by "of the" and "for"', () => {
    expect(
      names(
        'Director of the Office of the Commission for Foreign Affairs Lin Bo met Ana Ruiz on Monday.',
      ),
    ).toEqual(['Lin Bo', 'Ana Ruiz']);
  });

  it('reads no name from a word after "said" that opens the clause said', () => {
    expect(names('An aide said Moorhaven expected a reply. "Yes," said Tan.')).toEqual(['Tan']);
  });

  it('reads no name from a portfolio listed with commas after a title', () => {
    expect(names('The Minister of Fisheries, Forests and Water, Ana Ruiz, said so.')).toEqual([
      'Ana Ruiz',
    ]);
  });

  it('reads a company named for its trade as no person', () => {
    expect(names('Okoro Chemical was given 9.8%, and Tanaka Aluminium added 2%.')).toEqual([]);
  });

  it('reads "the Secretary of State" as the one introduced so, else a secretary, not a minister', () => {
    const byRole = (text: string) =>
      people(text)
        .filter((p) => p.byRole)
        .map((p) => p.name);
    expect(
      byRole(
        'Farm Secretary Ada Okoro met Trade Minister Li Fang. Later the Secretary of State met Tan Wei.',
      ),
    ).toEqual(['Ada Okoro']);
    expect(
      byRole(
        'Secretary of State Ann Lee and Farm Secretary Ada Okoro met Li Fang. Then the Secretary of State left.',
      ),
    ).toEqual(['Ann Lee']);
  });

  it('reads an age standing alone before a verb as the person named before, outside quotes', () => {
    const found = people(
      'Grower Lena Ruiz sold her herd. "I told Minister Paul Tan it was over," the 58-year-old said.',
    );
    expect(found.filter((p) => p.byRole).map((p) => [p.text, p.name])).toEqual([
      ['the 58-year-old', 'Lena Ruiz'],
    ]);
    const after = people('Lena Ruiz sold her herd. "It is over," said the 58-year-old, who wept.');
    expect(after.filter((p) => p.byRole).map((p) => p.name)).toEqual(['Lena Ruiz']);
    expect(people('Prices fell. "We wait," the 58-year-old said.').some((p) => p.byRole)).toBe(
      false,
    );
  });
});

describe('round 10: people', () => {
  const people = (text: string) => findPeople(text, { directory: [], date: '2026-01-01' });

  it('reads a name after a title written in lower case, with the country before it', () => {
    const found = people(
      'Peruvian deputy trade representative Rosa Quispe flew to Ottawa, and central bank governor Tomas Vidal stayed home.',
    );
    const rosa = found.find((p) => p.name === 'Rosa Quispe');
    expect(rosa?.jurisdiction).toBe('PER');
    expect(found.map((p) => p.name)).toContain('Tomas Vidal');
  });

  it('gives a lower-case title the country written before it', () => {
    const found = people("Chile's agriculture minister, Ana Ruiz, spoke first.");
    expect(found.find((p) => p.name === 'Ana Ruiz')?.jurisdiction).toBe('CHL');
  });

  it('gives no country across a word that is no title', () => {
    const found = people('Chilean growers told minister Ana Ruiz about prices.');
    expect(found.find((p) => p.name === 'Ana Ruiz')?.jurisdiction).toBeNull();
  });

  it('reads a capitalised bare title as the readout’s principal, not one named in passing', () => {
    const text =
      'Minister Lena Ortiz met exporters in Lima. She later spoke with Foreign Minister Tomas Berg of Norway. The Minister stressed that open markets matter.';
    const title = people(text).find((p) => p.text === 'The Minister');
    expect(title?.name).toBe('Lena Ortiz');
    const news =
      'Minister Lena Ortiz met exporters in Lima. She later spoke with Foreign Minister Tomas Berg of Norway. The minister stressed that open markets matter.';
    expect(people(news).find((p) => p.text === 'The minister')?.name).toBe('Tomas Berg');
  });
});

describe('round 11: bodies read as no person', () => {
  it('takes no name from a body head after a plural possessive', () => {
    expect(names("The National Growers' Federation said prices fell.")).not.toContain('Federation');
  });

  it('takes no name from one word an apposition calls a body, anywhere in the text', () => {
    const found = names(
      "Adex, the exporters' association, said prices fell. Later Adex said more. Ruiz, the head of the growers' council, said the same.",
    );
    expect(found).not.toContain('Adex');
    expect(found).toContain('Ruiz');
  });

  it("takes no name from a body's short name given in brackets", () => {
    expect(
      names('The Coffee Growers Council (Cafepe) met. Cafepe said prices fell, Ana Ruiz said.'),
    ).not.toContain('Cafepe');
  });
});

describe('round 12: people', () => {
  it('resolves a bare title past a title named in another noun’s phrase ("a call with President …")', () => {
    const text =
      'President Ana Ruiz held a call with President Tomas Berg on Monday. In her briefing, the President called the call useful.';
    const title = findPeople(text, { directory: [], date: '2026-01-01' }).find(
      (p) => p.text === 'the President',
    );
    expect(title?.name).toBe('Ana Ruiz');
  });

  it('reads a name before an apposition of a title with words that say which', () => {
    const found = names(
      'The talks were led by Luis Vega, Peru’s international trade representative, and by Tomas Berg, the Cabinet Office minister for trade.',
    );
    expect(found).toContain('Luis Vega');
    expect(found).toContain('Tomas Berg');
    expect(names('Ottawa, which has a minister for that, said no.')).not.toContain('Ottawa');
  });
});

describe('round 13: people', () => {
  it('leaves honorifics out of a name: "His Excellency", "Datuk Seri", "Madame"', () => {
    const found = names(
      'Ana Ruiz met His Excellency Tomas Berg. Datuk Seri Amir Hamzah said so, and Madame Claire Dubois said no.',
    );
    expect(found).toContain('Tomas Berg');
    expect(found).toContain('Amir Hamzah');
    expect(found).toContain('Claire Dubois');
    expect(found.some((n) => /Excellency|Datuk|Seri|Madame/.test(n))).toBe(false);
  });

  it('reads the name a delegation or a session is led by, and "by" for a second side', () => {
    expect(
      names(
        'The Peruvian side was led by Vice Minister Luis Vega and the Chilean side by Ana Soto.',
      ),
    ).toContain('Ana Soto');
    expect(names('A delegation from Peru, headed by Luis Vega, arrived on Monday.')).toContain(
      'Luis Vega',
    );
    expect(names('The round was co-chaired by Ana Soto and Luis Vega.')).toEqual([
      'Ana Soto',
      'Luis Vega',
    ]);
  });

  it('reads a company, not a person, after a trade only a business follows or a company’s word', () => {
    expect(names('Canadian exporter Prairie Harvest International said it would appeal.')).toEqual(
      [],
    );
    expect(names('“We will appeal,” carmaker Silver Arrow said on Monday.')).toEqual([]);
    expect(names('“We will appeal,” seafood exporter Ana Soto said on Monday.')).toEqual([
      'Ana Soto',
    ]);
    expect(names('Rancher and meatpacker Ana Soto said her plant had cut shifts.')).toEqual([
      'Ana Soto',
    ]);
  });

  it('reads no person in a pronoun’s contraction', () => {
    expect(names('We’ve said from day one that growers matter, Ana Soto said.')).toEqual([
      'Ana Soto',
    ]);
  });

  it('reads a known surname that is also a common word after a title', () => {
    const found = findPeople(
      'Vice Premier He Wenli met Ana Soto on Monday. Later, Vice Premier He described the talks as useful.',
      { directory: [], date: '2026-01-01' },
    );
    expect(found.filter((p) => p.name === 'He Wenli')).toHaveLength(2);
  });

  it('gives a counterpart the partner’s title, when no one was introduced with the title', () => {
    const find = (text: string) =>
      findPeople(text, { directory: [], date: '2026-01-01' }).find((p) => p.byRole)?.name;
    expect(
      find(
        'Prime Minister Ana Soto met her Chilean counterpart Luis Vega on Monday. The Chilean premier called the talks useful.',
      ),
    ).toBe('Luis Vega');
    expect(
      find(
        'Foreign Minister Ana Soto met her Chilean counterpart Luis Vega on Monday. Asked about it, the minister declined to comment.',
      ),
    ).toBe('Ana Soto');
  });

  it('reads a name after "Minister-in-charge of …"', () => {
    expect(names('Ana Soto met the Minister-in-charge of Trade Relations Luis Vega.')).toContain(
      'Luis Vega',
    );
  });

  it('takes no bare title from a title whose portfolio and name follow', () => {
    const found = findPeople(
      'Prime Minister Ana Soto spoke first. The talks were prepared by the Minister for the Constitution, Luis Vega.',
      { directory: [], date: '2026-01-01' },
    );
    expect(found.filter((p) => p.byRole)).toEqual([]);
  });

  it('reads a name before an age or a trade set off by commas', () => {
    expect(names('Ana Soto, 54, has grown grapes near Ica for thirty years.')).toEqual([
      'Ana Soto',
    ]);
    expect(names('On March 3, 2026, growers met.')).toEqual([]);
    expect(names('Tom Hale, a trader in Lima, disagreed.')).toEqual(['Tom Hale']);
  });

  it('reads the people a meeting is attended by, after "the Hon" and a country’s possessive', () => {
    expect(
      names('The meeting was attended by Senator the Hon Ana Soto and Chile’s Luis Vega.'),
    ).toEqual(['Ana Soto', 'Luis Vega']);
    expect(names('Tomas Berg met Peru’s Ana Soto in Lima.')).toContain('Ana Soto');
  });

  it('reads a name before letters of a seat or an honour', () => {
    expect(
      names('The Rt Hon Tom Hale MP, Secretary of State for Business and Trade, met Ana Soto.'),
    ).toContain('Tom Hale');
    expect(names('Ana Soto MEP said the vote was close.')).toEqual(['Ana Soto']);
  });

  it('reads a name after any verb of saying set after a quote', () => {
    expect(names('“The duties will ruin us,” argued Ana Soto. Prices fell.')).toEqual(['Ana Soto']);
    expect(names('The ministry warned Chile would pay.')).toEqual([]);
  });
});

describe('round 14: people', () => {
  const roleOf = (text: string) =>
    findPeople(text, { directory: [], date: '2026-01-01' })
      .filter((p) => p.byRole)
      .map((p) => p.name);

  it('reads a name after a title "of the" body, with its particles', () => {
    expect(
      names('Chair of the Andean Trade Council Maria de la Cruz met Tomas Berg on Monday.'),
    ).toContain('Maria de la Cruz');
    expect(names('President of the Nordic Council Karl von Essen visited Oslo.')).toContain(
      'Karl von Essen',
    );
  });

  it('reads "He" as a surname inside a title’s run of capitals', () => {
    expect(names('Chairman of the State Council He Minghua received Ana Soto.')).toContain(
      'He Minghua',
    );
  });

  it('reads a name after a portfolio listed with commas and no comma before the name', () => {
    expect(
      names('Ana Soto met the Secretary of Energy, Mines and Trade Luis Vega in Lima.'),
    ).toContain('Luis Vega');
  });

  it('reads every full name of a list that opens a sentence before its verb', () => {
    expect(names('Tomas Berg, Ana Soto and Kofi Mensah co-chaired the session.')).toEqual([
      'Tomas Berg',
      'Ana Soto',
      'Kofi Mensah',
    ]);
    expect(names('Nordic Foods, Atlas Mining and Baltic Grain reported losses.')).toEqual([]);
  });

  it('reads a list joined to a person found, and a country’s possessive inside it', () => {
    expect(
      names('Premier Ana Soto met Tomas Berg, Peru’s Kofi Mensah and Lena Dahl on Friday.'),
    ).toEqual(['Ana Soto', 'Tomas Berg', 'Kofi Mensah', 'Lena Dahl']);
  });

  it('reads the surnames listed as the sides of talks', () => {
    expect(names('Officials held talks between Berg, Mensah and Dahl on Friday.')).toEqual([
      'Berg',
      'Mensah',
      'Dahl',
    ]);
    expect(names('The summit between Canada, Peru and Chile ended.')).toEqual([]);
  });

  it('reads the leader of a side whose delegation a possessive leaves out', () => {
    expect(names('The Peruvian delegation was led by Luis Vega; the EU’s by Ana Soto.')).toContain(
      'Ana Soto',
    );
  });

  it('resolves a bare title to one introduced with the title and a portfolio after it', () => {
    expect(
      roleOf(
        'The Minister of State for Trade, Shri Ravi Menon, spoke in the House. The Minister said the steps were lawful.',
      ),
    ).toEqual(['Ravi Menon']);
    expect(
      roleOf(
        'Minister of Fisheries and Oceans Dr. Lena Dahl met exporters. The minister said prices would recover.',
      ),
    ).toEqual(['Lena Dahl']);
  });

  it('prefers one introduced with the very title to one of the same rank', () => {
    expect(
      roleOf(
        'Agriculture Secretary Ana Soto received Peru’s Minister of Agriculture Luis Vega. Later the secretary said prices would hold.',
      ),
    ).toEqual(['Ana Soto']);
  });

  it('reads no person in a continent after a verb of saying', () => {
    expect(
      names('Chancellor Lena Dahl said Europe must act. Ana Soto, envoy for Central Asia, agreed.'),
    ).toEqual(['Lena Dahl', 'Ana Soto']);
  });

  it('reads a full name after a title whose body words could open a match of their own', () => {
    expect(
      names('Peru’s Minister of Energy and Trade Luis Vega Soto said the talks went well.'),
    ).toContain('Luis Vega Soto');
  });

  it('reads no portfolio into a clause after a title in lower case', () => {
    expect(
      roleOf(
        'Ana Soto, Peru’s minister of foreign affairs, met Luis Vega. “We want more trade,” the minister said.',
      ),
    ).toEqual(['Ana Soto', 'Ana Soto']);
  });
});

describe('a surname read alone keeps its particles', () => {
  const mentions = (text: string) =>
    findPeople(text, { directory: [], date: '2026-01-01' }).map((p) => [p.text, p.name]);

  it('reads "von der Mark said" after "Ilse von der Mark" as written, particles and all', () => {
    expect(
      mentions(
        'Ilse von der Mark met the envoy on Monday. Later, von der Mark said talks went well.',
      ),
    ).toEqual([
      ['Ilse von der Mark', 'Ilse von der Mark'],
      ['von der Mark', 'Ilse von der Mark'],
    ]);
  });

  it('leaves a lower-case word before a surname alone when the full name lacks it', () => {
    expect(
      mentions('Pedro Alves spoke first. The minister de Alves had replaced was absent.'),
    ).toEqual([
      ['Pedro Alves', 'Pedro Alves'],
      ['Alves', 'Pedro Alves'],
    ]);
  });
});

describe('round 16: people', () => {
  const people = (text: string) =>
    findPeople(text, { directory: [], date: '2026-01-01' }).map((p) => [p.name, p.jurisdiction]);

  it('reads the country of a title after a long dash set close', () => {
    for (const dash of ['—', '\x97']) {
      expect(
        people(
          `BEIJING${dash}European Commission President Ana Ruiz met Premier Li Wen on Monday.`,
        ),
      ).toEqual([
        ['Ana Ruiz', 'EU'],
        ['Li Wen', null],
      ]);
    }
  });

  it('reads the name signing a quote after a dash, with its title left out', () => {
    expect(names('“Tariffs are a tax on buyers.” - Rosa Lindqvist, grain trader, Malmö')).toEqual([
      'Rosa Lindqvist',
    ]);
    expect(names('“We build better together.”\n— Prime Minister Tomas Ek')).toEqual(['Tomas Ek']);
    expect(names('“We build better together.” — Global Affairs Canada')).toEqual([]);
  });

  it('knows more titles written capitalised before a name', () => {
    expect(names('Minister Delegate for Foreign Trade Paul Marchand met the envoy.')).toEqual([
      'Paul Marchand',
    ]);
    expect(names('The round was led by Chief Negotiator Ilse Brandt.')).toEqual(['Ilse Brandt']);
    expect(names('National Security Adviser Tom Hale said the talks went well.')).toEqual([
      'Tom Hale',
    ]);
  });

  it('takes a name of three or four words after a body that ends in a known word', () => {
    expect(names('The Minister of Industry and Trade Tran Van Long met the envoy.')).toEqual([
      'Tran Van Long',
    ]);
    expect(
      names('The Minister of State for Foreign Trade Omar bin Saeed Al Hamadi spoke.'),
    ).toEqual(['Omar bin Saeed Al Hamadi']);
    expect(names('The Prime Minister of Viet Nam Le Van Tam spoke.')).toEqual(['Le Van Tam']);
    expect(
      people('She met the Minister of Commerce of the People’s Republic of China Li Fei.'),
    ).toEqual([['Li Fei', 'CHN']]);
    expect(names('The Minister of Agriculture and Agri-Food Ana Ruiz spoke.')).toEqual([
      'Ana Ruiz',
    ]);
  });

  it('reads a known name whose surname is also a pronoun at the start of a line', () => {
    expect(
      findPeople('He Wenli said the rules were clear.\nHe Wenli: We will respond.', {
        directory: [],
        date: '2026-01-01',
      }).map((p) => p.text),
    ).toEqual(['He Wenli', 'He Wenli']);
  });

  it('reads a surname before a verb of asking or arguing, and a name after one of mood', () => {
    expect(names('“Is this how partners behave?” Okafor asked reporters.')).toEqual(['Okafor']);
    expect(names('“Nobody asked us,” fumed Ilse Brandt on Monday.')).toEqual(['Ilse Brandt']);
  });

  it('gives a person the country written before a title joined by “for” or a partner’s', () => {
    expect(
      people('Malaysian Coordinating Minister for Economic Affairs Aziz Rahman spoke.'),
    ).toEqual([['Aziz Rahman', 'MYS']]);
    expect(people('Ana Ruiz met her Chilean counterpart Luis Vega.')).toEqual([
      ['Ana Ruiz', null],
      ['Luis Vega', 'CHL'],
    ]);
    expect(
      people('the Peruvian trade ministry’s additional secretary, Rosa Quispe, arrived.'),
    ).toEqual([['Rosa Quispe', 'PER']]);
  });

  it('gives a person the country written after the name, not the one of the name before', () => {
    expect(people('Trade ministers Rosa Quispe of Peru and Tomas Ek of Sweden met.')).toEqual([
      ['Rosa Quispe', 'PER'],
      ['Tomas Ek', 'SWE'],
    ]);
    expect(people('Ana Ruiz met Li Fei, China’s Vice Minister of Commerce, in Lima.')).toEqual([
      ['Ana Ruiz', null],
      ['Li Fei', 'CHN'],
    ]);
    expect(people('Li Fei, China’s richest man, said prices would rise.')).toEqual([
      ['Li Fei', null],
    ]);
    expect(people('Ana Ruiz of Brussels-based Farm Europe said the rules were clear.')).toEqual([
      ['Ana Ruiz', null],
    ]);
  });

  it('does not give a person the country of a portfolio after “for”', () => {
    expect(people('The Minister for European Union Relations, Tom Hale, spoke.')).toEqual([
      ['Tom Hale', null],
    ]);
  });

  it('reads titles of legislators, chiefs of staff and heads of government in their own words', () => {
    expect(names('Congresswoman Ana Ruiz met the envoy.')).toEqual(['Ana Ruiz']);
    expect(names('Taoiseach Liam Byrne met the envoy.')).toEqual(['Liam Byrne']);
    expect(names('Chief of Staff Ana Ruiz met the envoy.')).toEqual(['Ana Ruiz']);
  });

  it('reads a full name set off by commas before a verb of saying', () => {
    expect(names('The owner of the mill, Ana Ruiz, said the season was lost.')).toEqual([
      'Ana Ruiz',
    ]);
    expect(names('The head of the council, Tom Hale, was in Lima.')).toEqual(['Tom Hale']);
    expect(names('The buyer, Hanul Steel, said the plant would close.')).toEqual([]);
  });

  it('takes no pronoun of nobody or of some in particular for a name', () => {
    expect(names('“Nobody asked us,” Everyone said.')).toEqual([]);
    expect(names('Others said the deal was weak. Some argued it was a start.')).toEqual([]);
  });
});

describe('round 17: people', () => {
  const people = (text: string) => findPeople(text, { directory: [], date: '2026-01-01' });

  it('reads a name after a trade written before it', () => {
    expect(names('Local buyer Ana Ruiz was blunter.')).toEqual(['Ana Ruiz']);
    expect(names('The grain trader Tom Hale sold early.')).toEqual(['Tom Hale']);
  });

  it('reads a name set off by a comma after a consul, a governor or a mayor', () => {
    expect(names('She met Chile’s consul general in Perth, Rosa Vidal, on Friday.')).toEqual([
      'Rosa Vidal',
    ]);
    expect(names('The central bank governor, Tom Hale, spoke first.')).toEqual(['Tom Hale']);
  });

  it('reads initials written together as one word of the name', () => {
    expect(names('Joint Secretary R.K. Menon met the envoy.')).toEqual(['R.K. Menon']);
    expect(names('R.K. Menon said the talks went well.')).toEqual(['R.K. Menon']);
    expect(names('The U.S. said no, and B.C. Premier Ana Ruiz agreed.')).toEqual(['Ana Ruiz']);
  });

  it('takes no number word for a name', () => {
    expect(
      names('the Minister for Trade, One Northern Economy and Energy, Ana Ruiz, said so'),
    ).not.toContain('One');
  });

  it('reads the speaker of a parliamentary turn, and nobody in the brackets after the name', () => {
    const text =
      'Hon. Ana Ruiz (Minister of Trade, Lib.): Mr. Speaker, the duty is unjustified.\n\nYesterday, I spoke with Secretary Tom Hale.\n\nMr. Raj Patel (Nanaimo, CPC): Mr. Speaker, mills are closing.\n\nHon. Ana Ruiz: Mr. Speaker, I raised it again today.\n\nSome hon. members: Hear, hear! I agree.';
    const found = people(text);
    expect(found.map((p) => p.name)).not.toContain('Lib');
    expect(found.filter((p) => p.text === 'I').map((p) => p.name)).toEqual([
      'Ana Ruiz',
      'Ana Ruiz',
    ]);
    expect(found.map((p) => p.name)).toContain('Raj Patel');
  });
});

describe('round 18: names', () => {
  it('reads a name with no title before "sat down" or "shook hands"', () => {
    expect(names('When Tom Hale sat down with Li Fang, trade came first.')).toContain('Tom Hale');
    expect(names('Ada Okoro shook hands with the envoy.')).toContain('Ada Okoro');
  });

  it('reads a long list of full names as people', () => {
    const found = names(
      'Ana Ruiz opened the summit with a dinner for Tom Hale, Li Wen, Raj Patel, Lena Kowal, Sam Fitch, Ada Okoro and Ruth Enns.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'Tom Hale',
        'Li Wen',
        'Raj Patel',
        'Lena Kowal',
        'Ada Okoro',
        'Ruth Enns',
      ]),
    );
  });

  it('reads no people from a list of places or companies', () => {
    expect(
      names('Officials from New York, New Jersey, South Carolina and North Dakota met buyers.'),
    ).toEqual([]);
  });

  it("leaves a party's word out of a member's name", () => {
    expect(
      names(
        'Conservative MP Tom Hale pressed officials. The chair, Liberal MP Ana-Marie Dubé, said so.',
      ),
    ).toEqual(['Tom Hale', 'Ana-Marie Dubé']);
  });

  it('reads a capital closing a name of three words as a family name', () => {
    expect(
      names('"We sell a few more containers now," said Edson Pereira Lima, a rancher.'),
    ).toEqual(['Edson Pereira Lima']);
    expect(names('Tourism officials in Lima said so.')).toEqual([]);
  });

  it('reads a bare title as the holder whose title names no country', () => {
    const text =
      'Foreign Affairs Minister Ana Ruiz spoke with Chilean Foreign Minister Tom Hale. Ruiz, who spoke with Hale for an hour, said so. Asked about it, the minister paused.';
    const bare = findPeople(text, { directory: [], date: '2026-01-01' }).find(
      (p) => p.text === 'the minister',
    );
    expect(bare?.name).toBe('Ana Ruiz');
  });

  it("reads a country's initials in the title a person is introduced with", () => {
    const text =
      'Peruvian Economy Secretary Ana Ruiz met U.S. Commerce Secretary Tom Hale on Monday. Ruiz then met Li Wen. The secretary wrote on social media afterwards.';
    const bare = findPeople(text, { directory: [], date: '2026-01-01' }).find(
      (p) => p.text === 'The secretary',
    );
    expect(bare?.name).toBe('Ana Ruiz');
  });

  it('reads the first person of a statement as the speaker on a line below its heading', () => {
    const text =
      'NATIONAL ASSEMBLY\nMINISTERIAL STATEMENT ON TRADE WITH PERU\n\nMinister of Trade, Ms Ana Ruiz\nMonday, 2 March 2026\n\nHonourable Speaker,\n\nOn Monday I met Trade Minister Tom Hale in Lima.';
    const i = findPeople(text, { directory: [], date: '2026-01-01' }).find((p) => p.text === 'I');
    expect(i?.name).toBe('Ana Ruiz');
  });

  it('reads no speaker for a first person in a text with no statement heading', () => {
    const text =
      'Trade talks\n\nMinister Ana Ruiz met Tom Hale.\n\nOn Monday I met buyers in Lima.';
    const i = findPeople(text, { directory: [], date: '2026-01-01' }).find((p) => p.text === 'I');
    expect(i).toBeUndefined();
  });

  it("reads a list of names after a label's colon, each after its country", () => {
    expect(
      names(
        "* Side meetings: Peru's Ana Ruiz, Chile's Tom Hale and Mexico's Li Wen held a meeting.",
      ),
    ).toEqual(['Ana Ruiz', 'Tom Hale', 'Li Wen']);
  });
});

describe('round 19: people', () => {
  it('reads the speaker of a turn labelled with an office and a name in brackets, and "I" as them', () => {
    const text =
      'House of Commons. Statement.\n\nThe Secretary of State for Farming (Ana Ruiz): With permission, I will report on my visit.\n\nOn Monday I met Trade Minister Tom Hale in Lima.';
    const found = findPeople(text, { directory: [], date: '2026-01-01' });
    expect(found.map((p) => p.name)).toContain('Ana Ruiz');
    expect(found.find((p) => p.text === 'I')?.name).toBe('Ana Ruiz');
  });

  it('reads the other party of a call "by phone"', () => {
    expect(names("On Monday she spoke by phone with Peru's Tom Hale about copper.")).toEqual([
      'Tom Hale',
    ]);
  });
});

describe('round 20: people', () => {
  it('reads a name owned by a country before the verb of an engagement, not a firm', () => {
    expect(
      names("On Monday, Ana Ruiz and Peru's Tomás Lagos co-chaired the commission in Lima."),
    ).toEqual(['Ana Ruiz', 'Tomás Lagos']);
    expect(names("On Tuesday Chile's Rosa Vidal was received by President Ana Ruiz.")).toContain(
      'Rosa Vidal',
    );
    expect(names("Buyers signed a deal with Peru's Andes Copper on Monday.")).toEqual([]);
  });

  it('reads the subject of a clause after a day set before it with no comma', () => {
    expect(names('On Wednesday Rosa Vidal was received by the premier.')).toEqual(['Rosa Vidal']);
    expect(names('Late Friday evening Tomás Lagos flew home.')).toEqual(['Tomás Lagos']);
  });
});

describe('round 21: people', () => {
  const people = (text: string) => findPeople(text, { directory: [], date: '2026-01-01' });
  it('reads a title for the one named before past anyone of a kind an event is counted among', () => {
    const byRole = (text: string) =>
      people(text)
        .filter((p) => p.byRole)
        .map((p) => [p.text, p.name]);
    expect(
      byRole(
        'Farm Minister Ada Okoro returned from Lima, the first visit to Peru by a Chilean farm minister since 2019. In Lima the minister met Tomás Lagos.',
      ),
    ).toEqual([['the minister', 'Ada Okoro']]);
    expect(
      byRole(
        'Premier Jo Beal ended a trip to Chile, the latest by a Canadian premier this year. The premier met Rosa Vidal.',
      ),
    ).toEqual([['The premier', 'Jo Beal']]);
    // Someone unnamed since is the one the title stands for.
    expect(
      byRole(
        'Farm Minister Ada Okoro visited Lima. A Peruvian farm minister greeted her, and the minister spoke.',
      ),
    ).toEqual([]);
  });

  it("reads a name after a bloc's foreign policy chief", () => {
    expect(names('Li held talks with EU foreign policy chief Ana Ruiz in Brussels.')).toEqual([
      'Ana Ruiz',
    ]);
    expect(names('The foreign policy chief Tom Hale flew to Lima.')).toContain('Tom Hale');
  });

  it('reads "the visiting minister" as the minister named before, and no one else', () => {
    const byRole = (text: string) =>
      people(text)
        .filter((p) => p.byRole)
        .map((p) => [p.text, p.name]);
    expect(
      byRole('Trade Minister Ana Ruiz landed in Lima. The visiting minister met Tom Hale.'),
    ).toEqual([['The visiting minister', 'Ana Ruiz']]);
    expect(byRole('Tom Hale landed in Lima. The visiting minister met Jo Beal.')).toEqual([]);
  });
});

describe('round 23: people', () => {
  it('takes no name from an academic title written before a name', () => {
    expect(names('Minister of Trade Prof. Dr. Ana Ruiz met Tom Hale on Monday.')).toEqual([
      'Ana Ruiz',
      'Tom Hale',
    ]);
  });

  it('reads the one had dinner with, named without a title', () => {
    expect(names('Trade Minister Ana Ruiz had a working dinner with Tom Hale.')).toEqual([
      'Ana Ruiz',
      'Tom Hale',
    ]);
    // A thing after "with" is no one.
    expect(names('Trade Minister Ana Ruiz had dinner with Ocean Freight Board staff.')).toEqual([
      'Ana Ruiz',
    ]);
  });

  it('reads "the minister" as the minister, not a vice minister named after', () => {
    const text =
      "The Minister of Foreign Trade, Ana Ruiz, met on Monday with the Vice Minister of Commerce of the People's Republic of China, Li Fang. On Tuesday, the minister visited the port.";
    const found = findPeople(text, { directory: [], date: '2026-01-01' });
    expect(found.find((p) => p.text === 'the minister')?.name).toBe('Ana Ruiz');
  });

  it("reads the name set off after a chargé d'affaires", () => {
    expect(
      names("Trade Minister Ana Ruiz received the U.S. chargé d'affaires, Tom Hale, on Monday."),
    ).toEqual(['Ana Ruiz', 'Tom Hale']);
    // A title's affairs with no name after them name no one.
    expect(names('Trade Minister Ana Ruiz spoke on foreign affairs, trade and farming.')).toEqual([
      'Ana Ruiz',
    ]);
  });
});

describe('a name joined to a titled name found', () => {
  it('reads the first name when the second stands after a title of a country', () => {
    expect(names('Ana Ruiz and EU Trade Commissioner Tom Hale held talks on Monday.')).toEqual([
      'Ana Ruiz',
      'Tom Hale',
    ]);
    expect(names('Ana Ruiz and German Economy Minister Lena Vogt met in Berlin.')).toEqual([
      'Ana Ruiz',
      'Lena Vogt',
    ]);
  });

  it('reads no name from a portfolio of several parts before the title', () => {
    expect(names('B.C. Jobs and Economic Growth Minister Ravi Kahlon spoke on Thursday.')).toEqual([
      'Ravi Kahlon',
    ]);
  });
});

describe('a full name joined to the surname of a person found', () => {
  it('is a person', () => {
    expect(
      names(
        'Trade negotiator Ana Ruiz spent the week in Lima. Ruiz and Tomas Lindqvist met Vice Minister Luis Vega this morning.',
      ),
    ).toContain('Tomas Lindqvist');
  });

  it('is not one when the word joined is no surname of anyone found', () => {
    expect(
      names('Trade negotiator Ana Ruiz spent the week in Lima. Peru and Tomas Lindqvist agreed.'),
    ).not.toContain('Tomas Lindqvist');
  });
});

describe('a subject whose family name has a capital inside', () => {
  it('is read whole, as other subjects are', () => {
    expect(names('Ottawa moved. Dominic LeBlanc met Jamieson Greer in Washington.')).toEqual([
      'Dominic LeBlanc',
      'Jamieson Greer',
    ]);
    expect(names('Ottawa moved. Ana McAllister met Jamieson Greer in Washington.')).toContain(
      'Ana McAllister',
    );
  });
});

describe('a family name alone after a verb of meeting', () => {
  it('is a person when where or when follows, not a place or a day', () => {
    expect(names('Minister Ana Ruiz met Šefčovič in Brussels on Monday.')).toEqual([
      'Ana Ruiz',
      'Šefčovič',
    ]);
    expect(names('Minister Ana Ruiz met Brussels on Monday.')).toEqual(['Ana Ruiz']);
    expect(names('Minister Ana Ruiz met Tuesday in Lima.')).toEqual(['Ana Ruiz']);
  });
});

describe('the two people of talks "between" them', () => {
  it('are read after a capitalised word of the talks and after a country’s possessive', () => {
    expect(
      names("Talks between Peru's Ana Ruiz and Chile's Luis Vega took place in Lima on Monday."),
    ).toEqual(['Ana Ruiz', 'Luis Vega']);
  });
});

describe('a one-word name after talks held or a call', () => {
  it('is not read as a person: companies are spoken with as often', () => {
    expect(names('Minister Ana Ruiz held talks with Airbus in Toulouse on Monday.')).toEqual([
      'Ana Ruiz',
    ]);
  });
});

describe('a title naming its posting or written in lower case', () => {
  it('is read before the name: "Ambassador to the EU", "consul general"', () => {
    expect(names('Peruvian Ambassador to the EU Ana Ruiz met Luis Vega.')).toEqual([
      'Ana Ruiz',
      'Luis Vega',
    ]);
    expect(names('Premier Wab Kinew met Peruvian consul general Ana Ruiz in Winnipeg.')).toEqual([
      'Wab Kinew',
      'Ana Ruiz',
    ]);
  });
});

describe('a name set off by a job written in two words or as "a deputy"', () => {
  it('is a person: "a director general at", "a deputy at"', () => {
    expect(names('The talks were led by Ana Ruiz, a director general at the ministry.')).toEqual([
      'Ana Ruiz',
    ]);
    expect(names('It was chaired by Luis Vega, a deputy at the trade ministry.')).toEqual([
      'Luis Vega',
    ]);
  });
});

describe('the place a sentence opens in', () => {
  const people = (text: string) =>
    findPeople(text, { directory: [], date: '2026-01-01' }).map((p) => [p.text, p.jurisdiction]);

  it('gives the country of a person no other mention of the name tells one for', () => {
    expect(people('In Lima, Agriculture Minister Ana Ruiz said so. Ruiz left.')).toEqual([
      ['Ana Ruiz', 'PER'],
      ['Ruiz', 'PER'],
    ]);
  });

  it('yields to the country the name’s other mentions tell', () => {
    expect(
      people('Ana Ruiz, Peru’s chief negotiator, flew out. In Washington, Ruiz met officials.'),
    ).toEqual([
      ['Ana Ruiz', 'PER'],
      ['Peru’s chief negotiator', 'PER'],
      ['Ruiz', 'PER'],
    ]);
  });
});

describe('a name written with an initial after a verb of meeting', () => {
  it('is a person: "sat down with S. Jaishankar", but not "met S. Korea’s envoy"', () => {
    expect(names('Minister Ana Ruiz sat down with S. Jaishankar in Lima.')).toEqual([
      'Ana Ruiz',
      'S. Jaishankar',
    ]);
    expect(names('Minister Ana Ruiz met S. Korea’s envoy in Lima.')).toEqual(['Ana Ruiz']);
  });
});

describe('a title with its portfolio and no name after it', () => {
  const people = (text: string) =>
    findPeople(text, { directory: [], date: '2026-01-01' }).map((p) => [p.text, p.name]);

  it('stands for the one person named with that very title', () => {
    expect(
      people(
        'Ana Ruiz, Minister of Foreign Trade and Tourism, met Luis Vega on Sunday. On Monday Vega received the Peruvian Minister of Foreign Trade and Tourism and her delegation.',
      ),
    ).toEqual([
      ['Ana Ruiz', 'Ana Ruiz'],
      ['Luis Vega', 'Luis Vega'],
      ['Vega', 'Luis Vega'],
      ['the Peruvian Minister of Foreign Trade and Tourism', 'Ana Ruiz'],
    ]);
  });

  it('is no one when a name follows it, or two people held it', () => {
    expect(
      people('Ana Ruiz, Minister of Trade, left. The Minister of Trade, Luis Vega, arrived.').map(
        ([, name]) => name,
      ),
    ).toEqual(['Ana Ruiz', 'Luis Vega']);
  });
});

describe('titles standing for the person introduced with them', () => {
  it('reads "the Secretary of State" as one introduced as "Secretary of State for …"', () => {
    const found = findPeople(
      'The Secretary of State for Business and Trade, Tom Hale, co-chaired the commission with Li Wen on 9 February. Earlier in the day, the Secretary of State met Finance Minister Ana Ruiz.',
      { directory: [], date: '2026-02-10' },
    );
    expect(found.filter((p) => p.byRole).map((p) => [p.text, p.name])).toEqual([
      ['the Secretary of State', 'Tom Hale'],
    ]);
  });
});

describe('appositions with a title', () => {
  it('reads a name before a title of two portfolios joined by "and"', () => {
    expect(
      names(
        'The council was co-chaired by Tom Hale, the trade minister, and Ana Ruiz, the electronics and IT minister, and by Li Wen.',
      ),
    ).toContain('Ana Ruiz');
  });
});
