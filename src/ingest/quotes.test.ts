/**
 * Quote speakers: each case is a phrasing a rule of quotes.ts or subjects.ts is for, written
 * fresh, and a near miss it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import type { QuoteCandidate } from './candidates.ts';
import { buildDoc } from './doc.ts';
import { extract } from './extract.ts';
import { findPeople } from './people.ts';
import { clauseSubject } from './subjects.ts';

const quotes = (text: string): QuoteCandidate[] =>
  extract({ text, published: '2025-06-18' }).candidates.filter(
    (c): c is QuoteCandidate => c.type === 'quote',
  );
/** Each quote's first word and its speaker: the country when known, else the name. */
const said = (text: string) =>
  quotes(text).map((q) => [q.text.split(/\s+/)[0], q.speaker.jurisdiction ?? q.speaker.text]);

describe('pronouns', () => {
  it('stand for the person the writer or the paper reached in the sentence before', () => {
    const opening =
      'Premier Ada Okoro wrote online: "This is the news our fishers have waited for." ';
    const reply = ' "It is relief, but ten months is not a market," he said.';
    for (const lead of [
      'We reached Paul Tanner, who grows peas near Rosetown.',
      'We spoke to Paul Tanner, who grows peas near Rosetown.',
      'Reporters caught up with grower Paul Tanner near Rosetown.',
      'We called Paul Tanner, who runs a crab plant in Yarmouth.',
    ])
      expect(said(`${opening}\n\n${lead}${reply}`).at(-1)).toEqual(['It', 'Paul Tanner']);
    // the writer reaches no one: the pronoun looks further back
    expect(said(`${opening}\n\nWe reached the port at noon.${reply}`).at(-1)).not.toEqual([
      'It',
      'Paul Tanner',
    ]);
  });

  it('stand for the subject of the sentence before, not for a person it names later', () => {
    const text =
      'Trade Minister Jo Rennick met envoy Li Wen and Premier Ada Okoro on Monday. "We found common ground on tariffs," she said.';
    expect(said(text)).toEqual([['We', 'Jo Rennick']]);
    expect(quotes(text)[0]?.flags).toContain('speaker_by_pronoun');
  });

  it('look past a sentence about things, and through a pronoun subject', () => {
    const text =
      'Paul Tan met Ada Okoro in Lagos. He said little afterwards. The duties take effect in July. "We will keep talking until the job is done," he said.';
    expect(said(text)).toEqual([['We', 'Paul Tan']]);
  });

  it('stop at someone unnamed: "a senior official said … he said" is not listed', () => {
    const text =
      'Paul Tan met Ada Okoro in Lagos. A senior trade official said the talks had stalled. "Nobody is moving on dairy this year," he said.';
    expect(said(text)).toEqual([]);
  });

  it('follow an honorific that tells who "he" or "she" can be', () => {
    const text =
      'Ms. Okoro met Mr. Tan on Monday. "We had a good talk about the tariffs," he said.';
    expect(said(text)).toEqual([['We', 'Tan']]);
    const either = 'Ms. Okoro met Ms. Brandt on Monday. "We had a good talk about it," she said.';
    expect(said(either)).toEqual([]);
  });

  it('stand for the speaker of a quote earlier in the same sentence', () => {
    const text =
      'Ada Okoro met Paul Tan. "We made progress on steel," Tan said, and he added: "Autos will take longer than that."';
    expect(said(text)).toEqual([
      ['We', 'Tan'],
      ['Autos', 'Tan'],
    ]);
  });

  it('take a person opening the quote’s own sentence first', () => {
    const text =
      'Ada Okoro met Paul Tan. Later Tan said he told reporters "the border must stay open to trade."';
    expect(said(text)).toEqual([['the', 'Tan']]);
  });

  it('read a longer stretch between the verb and the quote', () => {
    const text =
      'Ada Okoro met Paul Tan and Li Wen. She told reporters afterwards that the two sides had spoken "frankly about the past and the future."';
    expect(said(text)).toEqual([['frankly', 'Ada Okoro']]);
  });

  it('read "quoted him as saying" as the person the sentence before names', () => {
    const text =
      'The ministry said Paul Tan had urged calm. "Our door is open to dialogue," the ministry’s statement quoted him as saying.';
    expect(said(text)).toEqual([['Our', 'Paul Tan']]);
  });

  it('read "I met X on Friday, and he put it to me:" as X speaking, in an interview’s answer', () => {
    const text =
      'Q: How did Lima react?\n\nA: Calmly. I met Minister Luis Vega on Friday, and he put it to me in one line: "Peru is not the problem, so do not make Peru pay for the solution."';
    expect(said(text)).toEqual([['Peru', 'Luis Vega']]);
  });

  it('read "states:", "spoke of", "rated" and "found that" as verbs that quote', () => {
    expect(
      said(
        'The Federal Council states: "Peru remains a reliable partner of Chile and is ready to pursue the dialogue."',
      ),
    ).toEqual([['Peru', 'CHE']]);
    expect(
      said(
        'Chile’s foreign ministry spoke of "steering the giant ship of relations" through storms, while President Tom Hale rated the encounter "a 12 out of 10".',
      ),
    ).toEqual([
      ['a', 'Tom Hale'],
      ['steering', 'CHL'],
    ]);
    expect(
      said(
        'Peru’s duty on Chilean wine ends on 1 December. The Ministry of Trade found that "the removal of the duty is not likely to lead to injury."',
      ),
    ).toEqual([['the', 'PER']]);
  });

  it('read a title with an initialism in apposition ("the U.S. Treasury secretary") as naming a person', () => {
    const text =
      'Tom Hale, the U.S. Treasury secretary, has made no secret of wanting the swap line wound down. "We want our partners to be market economies," he said in October.';
    expect(said(text)).toEqual([['We', 'Tom Hale']]);
  });

  it('read one named with "the Network’s executive director" in apposition as a person', () => {
    const text =
      'Charlotte Aucoin, the Network’s executive director, called the decision "the first time Lima has widened the relief."';
    expect(said(text)).toEqual([['the', 'Charlotte Aucoin']]);
  });

  it('read the verb of saying after a participle, in a clause of its own, as the quote’s', () => {
    const text =
      'President Ana Ruiz and President Tomás Lagos met. Ruiz echoed the call for flexibility, saying Peru should be able to negotiate alone, while Lagos warned that "a customs union that everyone leaves is not a customs union".';
    expect(said(text)).toEqual([['a', 'Lagos']]);
  });

  it('read "the ministry quoted Wang as saying" after a quote as the one named', () => {
    const text =
      'The Ministry of Commerce said Vice Minister Hu Wei welcomed the decision. "Peru and Chile are partners, not rivals," the ministry quoted Hu as saying.';
    expect(said(text)).toEqual([['Peru', 'Hu']]);
  });
});

describe('sources left unnamed', () => {
  it('give no speaker, even with a body or a person in their description', () => {
    const official =
      'An adviser at the finance ministry, speaking on condition of anonymity, said the cut was "the most we can offer this year."';
    expect(said(official)).toEqual([]);
    const joined =
      'Millers said prices had eased, and a dealer in Accra, who asked not to be named, said: "Nobody is buying until July."';
    expect(said(joined)).toEqual([]);
    expect(said('"Nobody is buying until July," said one dealer close to Ada Okoro.')).toEqual([]);
    expect(
      said('According to a senior aide, "nobody is buying until July at the earliest."'),
    ).toEqual([]);
  });

  it('give no speaker to a group of people opening the clause', () => {
    expect(
      said('Maple growers in Quebec said the ruling "changes nothing for our sales."'),
    ).toEqual([]);
    expect(
      said('Rice farmers welcomed the cut, which their union called "long overdue and welcome."'),
    ).toEqual([]);
    expect(
      said('The Maple Growers Association said the ruling "changes nothing for our sales."'),
    ).toHaveLength(1);
  });

  it('but a spokesperson speaks for the body', () => {
    expect(
      said(
        'A spokesperson for the Chinese embassy said: "The duties are fully in line with the rules."',
      ),
    ).toEqual([['The', 'CHN']]);
  });
});

describe('speakers next to the quote', () => {
  it('take the person or the body after "according to"', () => {
    expect(
      said('According to Ada Okoro, who grows barley, "the duty has cost us a season."'),
    ).toEqual([['the', 'Ada Okoro']]);
    expect(
      said('According to the Chinese embassy, "the duties are fully in line with the rules."'),
    ).toEqual([['the', 'CHN']]);
  });

  it('do not read a verb joined to the subject before the quote as an attribution after it', () => {
    const text =
      'The Ghana Cocoa Board said in a statement that growers "need a fair price, not a promise," and urged buyers to pay more.';
    expect(said(text)).toEqual([['need', 'GHA']]);
  });

  it('take a colon’s speaker from the clause the colon ends', () => {
    const text =
      'Paul Tan was loading his truck when a text from his buyer lit up the phone: "Hold everything until Monday."';
    expect(said(text)).toEqual([]);
  });

  it('read "it said" as the body the sentence before is about', () => {
    const text =
      'The Japanese embassy replied on Friday. "The measures are temporary and fully within the rules," it said.';
    expect(said(text)).toEqual([['The', 'JPN']]);
    const person = 'Ada Okoro replied on Friday. "The measures are temporary and lawful," it said.';
    expect(said(person)).toEqual([]);
  });

  it('take no body from "in a statement", the means of saying', () => {
    expect(said('"We welcome the decision of both sides," the group said in a statement.')).toEqual(
      [],
    );
  });

  it('take the person a colon follows, not an unnamed one', () => {
    expect(said('Ada Okoro was more cautious: "Nothing is settled until it is signed."')).toEqual([
      ['Nothing', 'Ada Okoro'],
    ]);
    expect(said('A grain trader was blunter: "Nothing is settled until it is signed."')).toEqual(
      [],
    );
    expect(said('The message was clear: "Nothing is settled until it is signed."')).toEqual([]);
  });

  it('do not take a speaker from the next sentence after a quote that ends one', () => {
    const text =
      'Vice Premier He Lifeng said the sides had reached "an important consensus on the way forward." Asked about fentanyl, he said: "China has always taken a firm stance."';
    expect(said(text)).toEqual([
      ['an', 'He Lifeng'],
      ['China', 'He Lifeng'],
    ]);
  });

  it('take the subject that governs the verb across a clause set off by commas', () => {
    const text =
      'Ada Okoro, who meets Trade Minister Paul Tan on Friday, said she expected "a hard but useful conversation" there.';
    expect(said(text)).toEqual([['a', 'Ada Okoro']]);
  });

  it('take a speaker by title alone: the person introduced with that title', () => {
    const text =
      'Agriculture Minister Ada Okoro and Trade Minister Paul Tan arrived on Monday. "Our growers have waited long enough," the agriculture minister said.';
    expect(said(text)).toEqual([['Our', 'Ada Okoro']]);
    expect(said('"Our growers have waited long enough," the agriculture minister said.')).toEqual(
      [],
    );
  });

  it('take a person introduced by a relative clause and judged through "called"', () => {
    const text =
      'Ilse Brandt, who speaks for the feed makers, called the duty "a tax on every farmer in the country."';
    expect(said(text)).toEqual([['a', 'Ilse Brandt']]);
  });

  it('take the person on the dash line under a quote standing alone', () => {
    const text =
      'Quote\n\n"We will keep at it until the job is done."\n- The Hon. Ada Okoro, Minister of Trade';
    expect(said(text)).toEqual([['We', 'Ada Okoro']]);
    const spaced =
      'Quote\n\n"We will keep at it until the job is done."\n\n– Minister of Trade Ada Okoro';
    expect(said(spaced)).toEqual([['We', 'Ada Okoro']]);
  });

  it('read "the Chinese leader" as the head of state or government introduced so', () => {
    const head =
      'Premier Ada Okoro met Chinese President Li Wen on Friday. The Chinese leader said both sides "must respect each other’s choices".';
    expect(said(head)).toEqual([['must', 'CHN']]);
    const vice =
      'Premier Ada Okoro met Chinese Vice President Li Wen on Friday. The Chinese leader said both sides "must respect each other’s choices".';
    expect(said(vice)).toEqual([]);
  });

  it('take the last-mentioned holder of a title, and not a vice minister for "the minister"', () => {
    const text =
      'Trade Minister Ada Okoro and Finance Minister Paul Tan met bankers. Okoro later toured a port. "We need deeper harbours before we need lower tariffs," the minister said.';
    expect(said(text)).toEqual([['We', 'Ada Okoro']]);
    const people = findPeople(
      'Trade Minister Ada Okoro met Vice Minister Li Wen. The minister then flew home.',
      { directory: [], date: '2025-06-18' },
    );
    expect(people.find((p) => p.text === 'The minister')?.name).toBe('Ada Okoro');
  });

  it('take a person by a role introduced with them, unless someone unnamed had it since', () => {
    const text =
      'Kofi Mensah, a cocoa economist at a bank in Accra, was unmoved. "Prices will not fall before the harvest," the economist said.';
    expect(said(text)).toEqual([['Prices', 'Kofi Mensah']]);
    const unnamed =
      'Kofi Mensah, a cocoa economist at a bank in Accra, was unmoved. Another economist, who asked not to be named, disagreed. "Prices will fall before the harvest," the economist said.';
    expect(said(unnamed)).toEqual([]);
  });
});

describe('verbs of reporting', () => {
  it('take the teller, not the listener: "Tan told Okoro that …"', () => {
    const text =
      'Trade Minister Paul Tan met Premier Ada Okoro on Monday. Tan told Okoro that both sides "must settle the dairy dispute this year".';
    expect(said(text)).toEqual([['must', 'Tan']]);
  });

  it('read "quoted X as saying" before the quote as X', () => {
    const text =
      'Paul Tan met Ada Okoro in Lagos. State radio quoted Okoro as saying that the talks "opened a new chapter for both economies".';
    expect(said(text)).toEqual([['opened', 'Okoro']]);
  });

  it('take the speaker before the quote over the source named after "according to"', () => {
    const text =
      'Paul Tan met Ada Okoro in Lagos. Okoro told him that "our farmers cannot wait another season", according to the state news agency.';
    expect(said(text)).toEqual([['our', 'Okoro']]);
  });

  it('read "adding:" as the speaker of the sentence going on', () => {
    const text =
      'Japan’s trade ministry said the talks were "useful", adding: "Both sides must now show flexibility on rice."';
    expect(said(text)).toEqual([['Both', 'JPN']]);
  });

  it('do not read "It said" opening the next sentence as the attribution of a quote', () => {
    const text =
      'Paul Tan spoke first. Japan’s trade ministry said: "Both sides made real progress today." It said the next round would be in May.';
    expect(said(text)).toEqual([['Both', 'JPN']]);
  });
});

describe('fragments', () => {
  it('leave out a phrase of under four words, even with a full stop inside the marks', () => {
    expect(said('Ada Okoro called the offer "a non-starter."')).toEqual([]);
    expect(said('"Not yet," Ada Okoro said.')).toEqual([['Not', 'Ada Okoro']]);
  });
});

describe('fragments read together', () => {
  it('start a quotation at the first fragment that counts, after a short one', () => {
    const text =
      'China’s commerce ministry said it “strongly objects” to the move and “will respond with firm measures of its own.”';
    expect(said(text)).toEqual([['will', 'CHN']]);
    const two =
      'Ada Okoro said the talks were “cordial” and that both sides would “keep the channel open for now.”';
    expect(said(two)).toEqual([['keep', 'Ada Okoro']]);
  });

  it('do not join fragments another person or a verb of saying stands between', () => {
    expect(
      said('Minister Ada Okoro called it “a red line” and Minister Tom Hale “a mistake”.'),
    ).toEqual([]);
    expect(said('Ada Okoro called it “a red line” and said it was “not acceptable”.')).toEqual([]);
  });
});

describe('split quotes', () => {
  it('list a quote split by its attribution once', () => {
    const text = '"There is no quick fix," Ada Okoro said, "but there is a path forward."';
    expect(said(text)).toEqual([['There', 'Ada Okoro']]);
  });

  it('list a second quotation after the attribution’s sentence on its own', () => {
    const text = '"There is no quick fix," Ada Okoro said. "But there is a path forward."';
    expect(said(text)).toEqual([
      ['There', 'Ada Okoro'],
      ['But', 'Ada Okoro'],
    ]);
  });
});

describe('bodies', () => {
  it('speak for the country written with them or with an earlier mention', () => {
    expect(
      said('"The duties are fully in line with the rules," the Chinese embassy said.'),
    ).toEqual([['The', 'CHN']]);
    const earlier =
      'China’s commerce ministry announced the duties on Friday. "The duties are fully in line with the rules," the ministry said.';
    expect(said(earlier)).toEqual([['The', 'CHN']]);
  });

  it('speak for the dateline’s country, or for no country when the text does not tell', () => {
    const dated =
      'TOKYO, May 2 - Japan will raise duties on steel, the ministry said. "The duties are fully in line with the rules," the ministry said.';
    expect(said(dated).at(-1)).toEqual(['The', 'JPN']);
    const undated =
      'Steel makers welcomed the duties. "The duties are fully in line with the rules," the ministry said.';
    expect(quotes(undated)[0]?.speaker.jurisdiction).toBeNull();
  });

  it('speak for the country of the members a body is named for', () => {
    const text =
      'Ghana’s cocoa farmers’ association rejected the ruling. "Our beans are sold at a fair price," the association said.';
    expect(said(text)).toEqual([['Our', 'GHA']]);
  });

  it('read a body named by its head alone as the body opening the sentence before', () => {
    const text =
      'JAKARTA - Indonesia met Canadian officials. Global Affairs Canada said the talks went well. "This is a real step forward for both sides," the department said.';
    expect(said(text)).toEqual([['This', 'CAN']]);
  });

  it('read a body named for its country and the officer of a body', () => {
    expect(
      said('Global Affairs Canada said in a statement: "We are reviewing all of our options."'),
    ).toEqual([['We', 'CAN']]);
    const officer =
      'European Commissioner Ada Okoro met Paul Tan. The Commission said the plan was "needed to protect a strategic industry."';
    expect(said(officer)).toEqual([['needed', 'EU']]);
    expect(said('"Our door stays open to talks," the White House said.')).toEqual([['Our', 'USA']]);
    expect(said('"Our door stays open to talks," according to the U.S. Embassy.')).toEqual([
      ['Our', 'USA'],
    ]);
  });
});

describe('clause subjects', () => {
  const subject = (text: string) => {
    const doc = buildDoc(text, '2025-06-18', []);
    return clauseSubject(doc, 0, text.length).kind;
  };

  it('set aside an opening phrase and tell people, pronouns, unnamed and several apart', () => {
    expect(subject('Speaking in Lagos on Monday, she said the talks went well.')).toBe('pronoun');
    expect(subject('In a statement, Trade Minister Paul Tan said the talks went well.')).toBe(
      'person',
    );
    expect(subject('One person familiar with the talks said they went well.')).toBe('unnamed');
    expect(subject('Trade Minister Paul Tan and Premier Ada Okoro spoke by phone.')).toBe(
      'several',
    );
    expect(subject('The owner of the mill, Ada Okoro, said the duties hurt.')).toBe('person');
    expect(subject('The duties take effect in July.')).toBe('other');
    expect(subject('Prairie Harvest, which exports lentils, will appeal.')).toBe('other');
  });

  it('read a name the people finder does not know, after a dateline or with a hyphen', () => {
    expect(subject('TAMALE, Ghana — Kwame Boateng has 40 tonnes of shea nuts in store.')).toBe(
      'person',
    );
    expect(subject('Ama Owusu-Ansah, who farms near Kumasi, is doubtful.')).toBe('person');
    expect(subject('Exporters welcomed the cut.')).toBe('other');
    expect(subject('New Delhi has raised the duty.')).toBe('other');
  });

  it('read one capitalised word before a verb as a name only when it is one elsewhere', () => {
    const text = 'President Kwame Mensah Boateng met traders. Boateng welcomed the cut.';
    const doc = buildDoc(text, '2025-06-18', []);
    const second = text.indexOf('Boateng welcomed');
    expect(clauseSubject(doc, second, text.length).kind).toBe('person');
    const plural = 'Shippers welcomed the cut.';
    expect(clauseSubject(buildDoc(plural, '2025-06-18', []), 0, plural.length).kind).toBe('other');
  });

  it('take no person from the words of a body’s name', () => {
    expect(subject('The Ghana Cocoa Board said prices would rise.')).toBe('other');
  });
});

describe('round 4', () => {
  it('give a pronoun to a person introduced by a job in lower case, not to one named before', () => {
    const text =
      'Ada Okoro, who chairs the growers’ council, called the cut overdue. At a mill in Tema, general manager Kofi Mensah said orders had dried up. "We are running one shift a day," he said.';
    expect(said(text).at(-1)).toEqual(['We', 'Kofi Mensah']);
  });

  it('give a pronoun to a person named after a possessive and a noun', () => {
    const text =
      'Ada Okoro said the cut was overdue. Her business partner, Kofi Mensah, was less sure. "We will see in the spring," he said.';
    expect(said(text).at(-1)).toEqual(['We', 'Kofi Mensah']);
  });

  it('read a body named for a country and its trade, but not a body left unnamed', () => {
    expect(
      said(
        'Tokyo cut the duty on Monday. Peru’s coffee industry association said it expected "a strong season for small growers."',
      ),
    ).toEqual([['a', 'PER']]);
    expect(
      said(
        'Tokyo cut the duty on Monday. The Peruvian coffee growers’ federation said it expected "a strong season for small growers."',
      ),
    ).toEqual([['a', 'PER']]);
    expect(
      said(
        'Lima cut the duty on Monday. A Peruvian industry body called it "a strong season for small growers."',
      ),
    ).toEqual([]);
  });

  it('give a pronoun to a person after a possessive and a noun with no commas', () => {
    const text =
      'Ada Okoro said the cut was overdue. Her neighbour Kofi Mensah was less sure. "We will see in the spring," he said.';
    expect(said(text).at(-1)).toEqual(['We', 'Kofi Mensah']);
  });

  it('read "the industry group" as the body of members named in the sentences before', () => {
    const text =
      'Prices fell on Monday. "This is a crisis," said Ana Ruiz of the Peruvian Coffee Growers Association. Farmers want the duty dropped. "Growers are paying for a fight they did not start," the industry group said.';
    expect(said(text).at(-1)).toEqual(['Growers', 'PER']);
  });

  it('read "pointed out" as a verb of saying', () => {
    const text =
      'Minister Paul Tan met Minister Ada Okoro. He pointed out that "both sides gain from open markets in farm goods."';
    expect(said(text)).toEqual([['both', 'Paul Tan']]);
  });

  it('read the country of a dateline that names its agency in brackets', () => {
    const text =
      'LIMA (wire) -- Peru will raise duties on steel, the ministry said.\n\n"The duties follow the rules," the ministry said.';
    expect(said(text)).toEqual([['The', 'PER']]);
  });

  it('read "the industry group" as the body opening the sentence before', () => {
    const text =
      'China cut its duty on honey. The Canadian Honey Council welcomed the move. "Beekeepers have waited years for this," the industry group said.';
    expect(said(text)).toEqual([['Beekeepers', 'CAN']]);
  });
});

describe('speakers, round 5', () => {
  it('take the person a pronoun stands for before a verb of judging', () => {
    const text =
      'Ed Rowe, the Labour critic for trade, was scornful. She called the deal "a surrender wrapped up as a win," and left.';
    expect(said(text)).toEqual([['a', 'Ed Rowe']]);
  });

  it('read a bureau as a body of the country its name writes', () => {
    expect(said('Peru’s Bureau of Trade said it "regrets the decision and will appeal."')).toEqual([
      ['regrets', 'PER'],
    ]);
  });

  it('give a body the country its sentence is set in', () => {
    expect(
      said('In Chile, the growers’ association called it "a blow to every farm in the south".'),
    ).toEqual([['a', 'CHL']]);
  });

  it('read through a long clause after "that", decimals included', () => {
    const text =
      'The ministry of Peru said on Monday that the duties of up to 42.7% were set because "dumped imports have hurt local mills."';
    expect(said(text)).toEqual([['dumped', 'PER']]);
  });

  it('give a company named short the country of its full name', () => {
    const text =
      'Tarsio Metals Co., the only Chilean firm examined, got 9%. Tarsio said it was "surprised by a finding that ignores our costs."';
    expect(said(text)).toEqual([['surprised', 'CHL']]);
    const possessive =
      'LIMA - Chile’s Tarsio Metals Co. lost its case. On Monday, Tarsio said it was "surprised by a finding that ignores our costs."';
    expect(said(possessive)).toEqual([['surprised', 'CHL']]);
  });

  it('give a body naming two countries the one the text is about', () => {
    const text =
      'LIMA - Peru and Chile met. The Peru Chile Business Council said the talks would "become a fixture of the calendar."';
    expect(said(text)).toEqual([['become', 'PER']]);
  });
});

describe('quotations of one sentence and speaker', () => {
  it('list a later quotation that no new verb of saying introduces with the first', () => {
    const text =
      'Li Fang told Ana Ruiz that the two sides "should stay close partners in trade" and that Beijing "is ready to meet Lima halfway".';
    expect(said(text)).toEqual([['should', 'Li Fang']]);
  });

  it('list one after a new verb of saying with the first, and one after a full stop on its own', () => {
    expect(
      said(
        'Li Fang urged Lima to "drop its unfair duties now" and said Beijing "will defend its firms with force".',
      ),
    ).toEqual([['drop', 'Li Fang']]);
    expect(
      said(
        '"Cheaper cars help every family," Ana Ruiz wrote on X. "We waited long enough for this."',
      ),
    ).toEqual([
      ['Cheaper', 'Ana Ruiz'],
      ['We', 'Ana Ruiz'],
    ]);
  });

  it('leave out short fragments that no fragment of four words goes on', () => {
    expect(
      said('Peru’s trade ministry said it "voices grave concern" and would "take firm steps".'),
    ).toEqual([]);
  });
});

describe('speakers, round 6', () => {
  it('takes the person an opening "For …," is about for a pronoun after it', () => {
    const text =
      'For Manitoba grower Ana Ruiz, the cut came too late. "We have been losing money for a year," she said.';
    expect(said(text)).toEqual([['We', 'Ana Ruiz']]);
    const none =
      'For the growers, the cut came too late. "We have been losing money for a year," she said.';
    expect(said(none)).toEqual([]);
  });

  it('takes the spokesperson named after the title for the speaker', () => {
    const text =
      '"We urge the other side to correct its practices," the spokesperson, Li Fang, said at a briefing.';
    expect(said(text)).toEqual([['We', 'Li Fang']]);
  });
});

describe('round 7 attributions', () => {
  it('gives "he said" to a person introduced with a hyphenated job', () => {
    const text =
      'Trade Minister Ana Ruiz met growers. Grain Council director-general Tom Hale said the change was late. "It helps, but it is not enough," he said.';
    expect(said(text).at(-1)).toEqual(['It', 'Tom Hale']);
  });

  it('reads a pronoun and a second verb of saying before a quote', () => {
    const text =
      'Trade Minister Tom Hale struck a cautious tone. Duties could rise again, he warned, adding: "We are not done yet."';
    expect(said(text)).toEqual([['We', 'Tom Hale']]);
  });

  it('gives "it said" to the body that says the sentence before at its end', () => {
    const text =
      'TOKYO, May 2 - Japan will raise duties on steel to 20%, the ministry said. "The imports have hurt our mills badly," it said in a statement.';
    expect(said(text)).toEqual([['The', 'JPN']]);
    const person =
      'Japan will raise duties on steel to 20%, Ana Ruiz said. "The imports have hurt our mills badly," it said in a statement.';
    expect(said(person)).toEqual([]);
  });

  it('reads a union as a body that speaks', () => {
    const text =
      'LIMA (Wire) - Peru will cut duties on wheat. The dockers union, which represents port staff, called the move "late but very welcome indeed."';
    expect(said(text)).toEqual([['late', 'PER']]);
  });
});

describe('round 8: speakers', () => {
  it('list fragments of one sentence joined by a new verb as one record', () => {
    expect(
      said(
        'Li Fang warned against "a spiral of tit-for-tat duties" and said Beijing was "ready to talk at any level".',
      ),
    ).toEqual([['a', 'Li Fang']]);
  });

  it('read "He" inside a sentence as the surname of a person named He', () => {
    const text =
      'Vice Premier He Lin met Ana Ruiz on Monday. State media said He told the minister that the two were "friends and not rivals at all".';
    expect(said(text)).toEqual([['friends', 'He']]);
    expect(quotes(text)[0]?.flags).not.toContain('speaker_by_pronoun');
  });

  it('give the office of a person the person’s country', () => {
    const text =
      'Canadian Trade Minister Ana Ruiz spoke to Li Fang. A statement from Ruiz’s office said the two had "agreed to keep in close touch".';
    expect(said(text)).toEqual([['agreed', 'CAN']]);
  });

  it('give a body named for a state or a province its country', () => {
    const text = '"Prices have never been this low for growers," the Iowa Corn Exchange said.';
    expect(said(text)).toEqual([['Prices', 'USA']]);
  });

  it('give a company given its own rate the country the goods come from', () => {
    const text =
      'The U.S. set duties on steel nails from Vietnam, assigning Vinasteel Co a rate of 12%. "We will appeal this ruling in court," Vinasteel said.';
    expect(said(text)).toEqual([['We', 'VNM']]);
  });

  it('read a speaker who reassures someone, and a verb of saying far before the quote', () => {
    expect(
      said(
        'Economy Minister Ana Ruiz sought to reassure the visiting delegation that the plan was "aimed at no country in particular".',
      ),
    ).toEqual([['aimed', 'Ana Ruiz']]);
    expect(
      said(
        'Ana Ruiz said Peru wanted better access for its grapes, blueberries and avocados and would not sign a deal "that leaves our growers behind".',
      ),
    ).toEqual([['that', 'Ana Ruiz']]);
  });

  it('take the body named after an opening "According to"', () => {
    expect(
      said(
        'According to the new White House fact sheet, the cuts reflect "progress in the talks with our partners".',
      ),
    ).toEqual([['progress', 'USA']]);
  });

  it('keep the speaker for a quote after one whose attribution names someone else', () => {
    const text =
      '"We came to listen and to sell," Ana Ruiz told reporters after meeting Trade Minister Li Fang. "Both can be true."';
    expect(said(text)).toEqual([
      ['We', 'Ana Ruiz'],
      ['Both', 'Ana Ruiz'],
    ]);
  });

  it('read the speaker of a quote set as a paragraph under a line ending in a colon', () => {
    const text =
      'Farm Secretary Ana Ruiz visited Lima on Monday.\n\nThe Farm Secretary said:\n\n"This agreement opens a market our growers have waited years for."';
    expect(said(text)).toEqual([['This', 'Ana Ruiz']]);
  });

  it('read a possessive name’s relative, and a job of lower-case words, as the subject', () => {
    const relative =
      'Arcand’s daughter Julie keeps the books. She said costs doubled. "We cannot go on like this for long," she said.';
    expect(said(relative)).toEqual([['We', 'Julie']]);
    const job =
      'In Tacna, olive grower and miller Rosa Vidal said exports fell. "We sell less at home, and for less," she said.';
    expect(said(job)).toEqual([['We', 'Rosa Vidal']]);
  });

  it('set aside more opening phrases before the subject a pronoun stands for', () => {
    const text =
      'Ana Ruiz met Paul Tan. Back at the farm, Tan was not waiting for them. "We plant beans next year," he said.';
    expect(said(text)).toEqual([['We', 'Tan']]);
  });

  it('read a verb joined by "and" as the one before it for the speaker', () => {
    const text =
      'Li Fang told Ana Ruiz that the sides were "partners and not rivals at all" and urged Lima to keep "a fair and open market for our firms".';
    expect(said(text)).toEqual([['partners', 'Li Fang']]);
  });

  it('read a dateline written with accented capitals before the subject', () => {
    const text =
      'BOGOTÁ — Trade Minister Ana Ruiz ended her tour on Friday with what she called "a very good week for exporters".';
    expect(said(text)).toEqual([['a', 'Ana Ruiz']]);
  });
});

describe('round 9: speakers', () => {
  it('reads a pronoun as the subject of the last clause when no person opens the sentence', () => {
    const text =
      'The union wrote to the minister last week, and its president, Rosa Vidal, said the reply was late. "We cannot wait for the autumn," she said.';
    expect(said(text)).toEqual([['We', 'Rosa Vidal']]);
    const list = 'The council met Tan, Li, and Ruiz. "Nothing was agreed at all," he said.';
    expect(said(list)).toEqual([]);
  });

  it('reads a pronoun as the source a sentence closes on, and stops at an unnamed one', () => {
    const named =
      'Farm Minister Ada Okoro met growers. Prices have halved, grower Paul Tan said. "We cannot plant at these prices," he added.';
    expect(said(named)).toEqual([['We', 'Paul Tan']]);
    const unnamed =
      'Farm Minister Ada Okoro met growers. Prices have halved, a grower said. "We cannot plant at these prices," he added.';
    expect(said(unnamed)).toEqual([]);
  });

  it('takes the speaker named before a quote that a participle or a clause goes on from', () => {
    const adding =
      'Paul Tan said the two sides were "close to a deal on dairy," adding that the rest "will take some more time to settle."';
    expect(said(adding)).toEqual([['close', 'Paul Tan']]);
    const though =
      'Farm Minister Ada Okoro said the cut was "good news for every grower," though she cautioned that talks went on.';
    expect(said(though)).toEqual([['good', 'Ada Okoro']]);
  });

  it('lists no quote from the spokesperson of a body left unnamed', () => {
    const unnamed =
      'Growers welcomed the duty. A spokeswoman for one farm group called it "a fair result at long last."';
    expect(said(unnamed)).toEqual([]);
    const named =
      'Growers welcomed the duty. A spokeswoman for the Peruvian farm ministry called it "a fair result at long last."';
    expect(said(named)).toEqual([['a', 'PER']]);
  });

  it('reads posts on social media as saying', () => {
    const text =
      'Trade Minister Ada Okoro met Li Fang. "We will not trade away our farmers for a deal," Okoro posted on X.';
    expect(said(text)).toEqual([['We', 'Okoro']]);
  });

  it('lists no quote for a name in quotation marks or a so-called phrase', () => {
    expect(said('Ada Okoro said the "Grow Lagos First Plan 2030" had worked.')).toEqual([]);
    expect(said('Ada Okoro said the so-called "buy at home rule" would stay.')).toEqual([]);
  });

  it('reads a word of kinship as a gender: "Her husband, Tom," is no "she"', () => {
    const text =
      'Ana Ruiz has cut her herd by half. Her husband, Tom, runs the mill. "We did not see this coming at all," she said.';
    expect(said(text)).toEqual([['We', 'Ana Ruiz']]);
  });

  it('lists no quote for a label the text gives something', () => {
    const text =
      'The ministry (hereinafter "the authority of the republic") ruled on Monday, it said.';
    expect(said(text)).toEqual([]);
  });

  it('reads a person a body’s title introduces, not the body', () => {
    const after =
      'LIMA - "The ruling ignores the facts on the ground," said the association’s president, Ann Lee.';
    expect(said(after)).toEqual([['The', 'Ann Lee']]);
    const before =
      'LIMA - The council’s executive director, Ann Lee, said the ruling "ignores the facts on the ground".';
    expect(said(before)).toEqual([['ignores', 'Ann Lee']]);
  });

  it('reads an honorific’s full stop inside the attribution after a quote', () => {
    const text =
      'Grower Ana Ruiz met the envoy. "Our prices fell by half this year," Dr. Ruiz said.';
    expect(said(text)).toEqual([['Our', 'Ruiz']]);
  });

  it('reads the subject of a passive "was quoted … as saying" as the speaker', () => {
    const text =
      'Commerce Minister Li Fang met Ada Okoro. Li was quoted by state media as saying that "both sides gain from open trade."';
    expect(said(text)).toEqual([['both', 'Li']]);
  });
});

describe('round 10: the clause a verb of saying belongs to', () => {
  it('reads the subject of a joined clause, with its apposition, over a body named in it', () => {
    const text =
      'Dairy exporters still face the levy, and Ilse Moreno, an analyst at the Andean Dairy Federation, said small farms had "run out of credit this spring".';
    expect(said(text)).toEqual([['run', 'Ilse Moreno']]);
  });

  it('gives a participle of saying to the subject it hangs on, not the frame of reporting', () => {
    const text =
      'Trade Minister Paulo Reis raised the quota with counterpart Ada Lind on Monday, the ministry said, telling her that "quotas only push prices up for everyone."';
    expect(said(text)).toEqual([['quotas', 'Paulo Reis']]);
  });

  it('gives a participle after a pronoun subject to the person the pronoun stands for', () => {
    const text =
      'Trade Minister Paulo Reis spoke in Lima. He dismissed the complaints of millers, saying the quota was "narrow and strictly temporary by design".';
    expect(said(text)).toEqual([['narrow', 'Paulo Reis']]);
  });

  it('leaves a participle alone when the clause it hangs on has an unnamed subject', () => {
    const text =
      'A senior official raised the quota on Monday, telling reporters that "quotas only push prices up for everyone."';
    expect(said(text)).toEqual([]);
  });
});

describe('round 10: the country of a body named without one', () => {
  it('reads the principal country from the first sentence after all the heading lines', () => {
    const text =
      'PRESS RELEASE\nMinistry of Foreign Trade\n\nMinister meets wheat exporters\n\nPeru will keep its duties on wheat this year. "We will not lower the duty before the harvest," the ministry said.';
    expect(said(text)).toEqual([['We', 'PER']]);
  });

  it('gives a body the country of every other body the text names, when they share one', () => {
    const text =
      'The Tariff Commission of the State Council announced new duties on Monday. In a statement, the Ministry of Commerce said the duties "reflect the wishes of both sides in the talks."';
    expect(said(text)).toEqual([['reflect', 'CHN']]);
  });

  it('gives a body the country it is named with in full further on, as a notice signs off', () => {
    const text =
      'Announcement on wine from Chile and Bolivia\n\nThe Ministry of Trade stated that the ruling "is not directed at any specific country." Japan’s Ministry of Trade was also consulted.\n\nMinistry of Trade of the Republic of Peru';
    expect(said(text)).toEqual([['is', 'PER']]);
  });

  it('gives "its readout" and "its press release" the body the sentence before opens with', () => {
    const text =
      'Peru’s Ministry of Foreign Trade led with security. Its readout said the ministers "discussed law enforcement cooperation at length." Chile’s foreign ministry told a different story. Its press release said the ministers had "reviewed progress towards an early harvest package."';
    expect(said(text)).toEqual([
      ['discussed', 'PER'],
      ['reviewed', 'CHL'],
    ]);
  });

  it('gives "the ministry" the country of the heading above it that names a ministry', () => {
    const text = [
      'Readout of the Ministry of Commerce of the Republic of Chile',
      '',
      'Minister Luis Vega met Peruvian Minister Ana Ruiz in Santiago on Thursday.',
      '',
      'Statement of the Peruvian Ministry of Foreign Trade',
      '',
      'Minister Ana Ruiz held talks on Thursday in Santiago with Chilean Minister Luis Vega.',
      '',
      'The ministry said the reopening of the Chilean market to Peruvian grapes was "the result of months of technical work."',
    ].join('\n');
    expect(said(text)).toEqual([['the', 'PER']]);
  });

  it('does not count the other party named as a side among those bodies', () => {
    const text =
      'The Tariff Commission of the State Council announced new duties on Monday. The Canadian side has ignored the facts. In a statement, the Ministry of Commerce said the duties "reflect the wishes of domestic industry."';
    expect(said(text)).toEqual([['reflect', 'CHN']]);
  });
});

describe('round 11: attributions read more generally', () => {
  it('reads "saying" as a verb of saying, with a clause set between it and "that"', () => {
    const text =
      'Trade Minister Paulo Reis came home from Lima saying, as he often does, that "we will not trade away our farmers for a quick deal."';
    expect(said(text)).toEqual([['we', 'Paulo Reis']]);
  });

  it('reads "in the words of" as naming the source, as "according to" does', () => {
    const text =
      'Peru will keep its wheat quota. Officials met in Lima on Friday to, in the words of a Peruvian foreign ministry statement, "settle the open questions on quotas."';
    expect(said(text)).toEqual([['settle', 'PER']]);
  });

  it("gives a quote in a transcript's answer to the person its label names", () => {
    const text =
      'Reporter: Will the quota change?\n\nSpokesperson Lin Hao: We have seen the reports. What I can say is that Beijing "will never accept unilateral quotas on its goods."';
    expect(said(text)).toEqual([['will', 'Lin Hao']]);
  });

  it("gives nobody a quote in a reporter's question, nor reads one label as a transcript", () => {
    const question =
      'Reporter: Some say the quota is "a blunt tool that hurts everyone involved." Will it change?\n\nSpokesperson Lin Hao: We have seen the reports.';
    expect(said(question)).toEqual([]);
    const single =
      'Opinion: Lin Hao spoke at length. Later the market was told that the quota "will never be lifted this year."';
    expect(quotes(single).map((q) => q.speaker.text)).not.toContain('Lin Hao');
  });

  it('reads a company named with a foreign legal form as a body of its country', () => {
    const text =
      'Malaysia will impose duties on paper from Indonesia. The complainants, Tanjung Paper Sdn. Bhd. and Selatan Pulp Sdn. Bhd., stated in their petition that imports "have cut local prices below the cost of making paper."';
    expect(said(text)).toEqual([['have', 'MYS']]);
  });

  it('gives no speaker to a joint statement of several sides', () => {
    const text =
      'Trade Minister Paulo Reis met Ada Lind in Lima. A joint statement said the two sides had "made real progress on the quota question."';
    expect(said(text)).toEqual([]);
  });

  it('reads more verbs of saying and of judging: "commented", "hailed … as"', () => {
    const commented =
      'Trade Minister Paulo Reis commented that the quota "was never meant to last more than a year."';
    expect(said(commented)).toEqual([['was', 'Paulo Reis']]);
    const hailed =
      'Trade Minister Paulo Reis hailed the deal as "a fair result for growers on both sides."';
    expect(said(hailed)).toEqual([['a', 'Paulo Reis']]);
  });

  it("reads a body's short name in brackets as the body later", () => {
    const text =
      'Peru welcomed the move. The Coffee Growers Council (Cafepe) met on Monday. Cafepe said the decision "restores a market that has long bought our coffee."';
    expect(said(text)).toEqual([['restores', 'PER']]);
  });
});

describe('round 11: "as … put it"', () => {
  it('reads "as X put it" before or after a quote as X saying it', () => {
    const before =
      'As Trade Minister Paulo Reis put it, "the quota was never meant to last forever."';
    expect(said(before)).toEqual([['the', 'Paulo Reis']]);
    const after =
      'Trade Minister Paulo Reis spoke on Monday. "The quota was never meant to last forever," as he put it.';
    expect(said(after)).toEqual([['The', 'Paulo Reis']]);
  });

  it('gives no speaker when the one who put it is left unnamed', () => {
    const text =
      'Officials spoke on Monday. As one veteran negotiator put it to me, "The buyers are not negotiating with us."';
    expect(said(text)).toEqual([]);
  });
});

describe('round 11: bodies that are no person', () => {
  it('reads a federation named after a plural possessive as a body', () => {
    const text =
      'Australia welcomed the end of the duties. The National Growers\' Federation said the deal proved that "steady talks bring real results for farmers."';
    expect(said(text)).toEqual([['steady', 'AUS']]);
  });

  it('reads one word with an apposition naming a body as that body', () => {
    const text =
      'In Peru, Adex, the exporters\' association, said the quota "will hurt small growers the most this year."';
    expect(said(text)).toEqual([['will', 'PER']]);
  });

  it('keeps a person whose apposition names the body they serve', () => {
    const text =
      'Peru will keep its quota. Ruiz, the head of the exporters\' association, said the quota "will hurt small growers the most this year."';
    expect(said(text)).toEqual([['will', 'Ruiz']]);
  });
});

describe('round 12: reported speech read further', () => {
  it('reads a long clause after "that" as the words of the one who reported it', () => {
    const text =
      'Spokesperson Ana Ruiz also confirmed that Deputy Minister Tomas Berg had met his Peruvian counterpart, Luis Vega, in Lima on May 3, during which both men "agreed to keep the quota talks going until the autumn".';
    expect(said(text)).toEqual([['agreed', 'Ana Ruiz']]);
  });

  it('reads a long clause after "he told reporters that" as his', () => {
    const text =
      'Finance Minister Paulo Reis struck a calmer tone on Friday. He told reporters that Lima would first seek talks with the other side and that any reply would come only after "every diplomatic option has been tried".';
    expect(said(text)).toEqual([['every', 'Paulo Reis']]);
  });

  it('reads a verb of judging with a clause after "that"', () => {
    const text =
      'The two sides signed the accord on Monday, a step Premier Ada Okoro hailed as proof that the partnership had "moved from words to deeds at last".';
    expect(said(text)).toEqual([['moved', 'Ada Okoro']]);
  });

  it('gives a quote after "according to <source>," to the person who opens the clause', () => {
    const text =
      'Trade Minister Ana Ruiz spoke with her Chilean counterpart on Monday. According to a ministry summary of the call, Ruiz "pressed for a quick and fair review" of the duties.';
    expect(said(text)).toEqual([['pressed', 'Ruiz']]);
    const thing =
      'According to the Lima trade ministry, the duties "will stay in place until the review ends."';
    expect(said(thing)).toEqual([['will', 'PER']]);
  });

  it('reads "in Ruiz’s words" as naming the source, as "in the words of" does', () => {
    const text =
      'Grower Ana Ruiz lost money this year. In Ruiz’s words, "this is the worst season we have had in a decade."';
    expect(said(text)).toEqual([['this', 'Ruiz']]);
  });

  it('keeps the teller of a sentence when a readout closing it reports the words', () => {
    const text =
      'Ruiz told Berg that the two sides "must treat each other as partners" and that Peru was "ready to settle the dispute through talks", a Peruvian foreign ministry readout said.';
    expect(said(text)).toEqual([['must', 'Ruiz']]);
  });

  it('gives a quote in the sentence after reported speech to the one reporting', () => {
    const text =
      'Ana Ruiz said that the coming year matters for both sides. Peru and Chile should treat each other "as partners rather than rivals, as friends rather than foes," and move on.';
    expect(said(text)).toEqual([['as', 'Ana Ruiz']]);
    const other =
      'Ana Ruiz said that the coming year matters for both sides. Exporter Tomas Berg wants the two "to treat each other as partners for once."';
    expect(said(other)).toEqual([]);
    const group =
      'Ana Ruiz said Peru would review the quota. Growers, however, want "a clear answer before the next planting season."';
    expect(said(group)).toEqual([]);
  });

  it('reads a title-case phrase with the sentence’s full stop inside the marks as a name', () => {
    const text =
      'Minister Ana Ruiz said Peru would work toward a "Free and Open Pacific Rim." Nobody objected.';
    expect(said(text)).toEqual([]);
  });

  it('gives a spokesperson of a release’s body the country of its letterhead', () => {
    const text =
      'MINISTRY OF FOREIGN TRADE OF THE REPUBLIC OF PERU\nNotice No. 3 on quotas\n\nThe Ministry will set a quota. The duty rates for Chilean companies are listed below, for Andes Fruit Chile.\n\nA spokesperson for the Ministry said that the quota "was set in line with the law and our commitments."';
    expect(said(text)).toEqual([['was', 'PER']]);
  });
});

describe('round 12: verbs that judge, and governments that speak', () => {
  it('reads a verb of welcoming or blaming with "as" before the quote', () => {
    const body =
      'In a statement, the Peruvian Growers Association welcomed the ruling as "a long-awaited win for growers across the country."';
    expect(said(body)).toEqual([['a', 'PER']]);
    const pronoun =
      'Premier Ana Ruiz spoke on Monday. She dismissed the offer as "too little, too late for our growers."';
    expect(said(pronoun)).toEqual([['too', 'Ana Ruiz']]);
  });

  it('reads "calling it “…”" as the words of the clause it hangs on, a person or a body', () => {
    const person =
      'The premier of Cusco, Ana Ruiz, was less pleased, calling the deal "a half measure that leaves growers behind."';
    expect(said(person)).toEqual([['a', 'Ana Ruiz']]);
    const body =
      'Chile raised its duties. The Peruvian trade ministry hit back on Monday, calling the duties "an act of plain protectionism."';
    expect(said(body)).toEqual([['an', 'PER']]);
  });

  it('reads a country or its capital that says something as its government', () => {
    expect(
      said('"The duties are unfair and must be withdrawn at once," Lima said on Friday.'),
    ).toEqual([['The', 'PER']]);
    expect(said('Chile said the duties were "needed to protect our own workers."')).toEqual([
      ['needed', 'CHL'],
    ]);
    expect(
      said('A diplomat in Lima said the mood was "warmer than at any point last year."'),
    ).toEqual([]);
  });
});

describe('round 12: present-tense verbs and headlines', () => {
  it('reads verbs of saying in the present, as features write them', () => {
    const text =
      'Grower Ana Ruiz lost money this year. "We cannot survive another year like this," Ruiz tells me from her farm.';
    expect(said(text)).toEqual([['We', 'Ruiz']]);
  });

  it('lists a headline’s quote that the story quotes again only once, in the story', () => {
    const text =
      'Growers say new quota "buys time, not a future"\n\nLIMA — Growers met on Monday.\n\nAna Ruiz, who farms near Cusco, was blunt. "It buys time, not a future," she said.';
    expect(said(text)).toEqual([['It', 'Ana Ruiz']]);
  });

  it('keeps a headline’s quote the story does not repeat', () => {
    const text =
      'Trade Minister Ana Ruiz: "We will never trade away our growers"\n\nLIMA — The minister spoke to growers on Monday.';
    expect(said(text)).toEqual([['We', 'Ana Ruiz']]);
  });
});

describe('round 13: quotes and their speakers', () => {
  it('reads quotations in single curly marks, British style', () => {
    const text =
      'Trade Minister Ana Soto spoke on Monday. ‘The growers’ association and China’s buyers both lose,’ she said. ‘We will keep talking.’';
    expect(said(text)).toEqual([
      ['The', 'Ana Soto'],
      ['We', 'Ana Soto'],
    ]);
  });

  it('reads a speaker named after an initial joined by a hyphen ("Canada-U.S.")', () => {
    const text =
      '“Mills in Sault Ste. Marie cannot wait any longer,” Ana Soto, the minister for Canada-U.S. trade, said.';
    expect(said(text)).toEqual([['Mills', 'Ana Soto']]);
  });

  it('keeps the speaker of a quote run on into a paragraph of its own', () => {
    const text =
      '“We have waited long enough for this,” Ana Soto said.\n\n“Now the mills can hire again.”\n\nLuis Vega disagreed.';
    expect(said(text)).toEqual([
      ['We', 'Ana Soto'],
      ['Now', 'Ana Soto'],
    ]);
  });

  it('reads verbs of asking and base forms of saying', () => {
    expect(
      said('Ana Soto pressed Lima to treat the quota “as a bargaining chip for grapes.”'),
    ).toEqual([['as', 'Ana Soto']]);
    expect(said('Ana Soto likes to say that Peru has “no easy way out of this.”')).toEqual([
      ['no', 'Ana Soto'],
    ]);
    expect(
      said('Ana Soto expressed the hope that Chile would “choose trade over tariffs this year.”'),
    ).toEqual([['choose', 'Ana Soto']]);
  });

  it('takes the clause reported with "said that" as what was said, not who says what follows', () => {
    const text =
      'Ana Soto said that since the meeting between Luis Vega and Tomas Berg, ties have improved. The two sides “should treat each other as partners.”';
    expect(said(text)).toEqual([['should', 'Ana Soto']]);
  });

  it('takes for "she said" the person the sentence before has say something', () => {
    const text =
      'Trade Minister Tomas Berg approved the duties. They were sought by Acme Wire, whose chief executive, Ana Soto, said jobs were saved. “We were losing every tender,” she said.';
    expect(said(text)).toEqual([['We', 'Ana Soto']]);
  });

  it('gives a quote after "I can say" to the one whose turn of a transcript it is', () => {
    const text =
      'Reporter: Will the duties stay?\n\nLuis Vega, spokesperson: What I can say is that Peru “has always opposed unilateral measures of this kind.”\n\nReporter: Thank you.';
    expect(said(text)).toEqual([['has', 'Luis Vega']]);
  });
});

describe('round 14: quotes and their speakers', () => {
  it('gives a quote to a person named with the body they are of, not to the body', () => {
    expect(
      said(
        'Ana Soto of the Chilean Fruit Exporters Association said the cut was “a welcome first step for growers.”',
      ),
    ).toEqual([['a', 'Ana Soto']]);
    expect(
      said('“It is a blunt tool that hurts buyers,” Tomas Berg at the Bank of Lima said.'),
    ).toEqual([['It', 'Tomas Berg']]);
  });

  it('reads the speaker after a verb of writing or replying set after the quote', () => {
    expect(said('“The duties will cost us the season,” wrote Ana Soto on her blog.')).toEqual([
      ['The', 'Ana Soto'],
    ]);
  });

  it('gives no quote to a plural of people opening the sentence', () => {
    expect(said('Opponents said the plan “would hurt every grower in the valley.”')).toEqual([]);
  });

  it('gives "he said" to the subject introduced by a job written before the name', () => {
    const text =
      'Trade Minister Tomas Berg defended the duties. Opposition critic Luis Vega disagreed. “The government has no plan for growers,” he said.';
    expect(said(text)).toEqual([['The', 'Luis Vega']]);
  });

  it('gives "he said" to one introduced as "the Minister" with a portfolio after the title', () => {
    const text =
      'The Minister of State for Trade, Shri Ravi Menon, answered in the House. Earlier, duties were raised on steel and glass. The Minister stated that the steps were lawful. “Our aim is not to shut out imports,” he said.';
    expect(said(text)).toEqual([['Our', 'Ravi Menon']]);
  });

  it('gives a body named after the one it belongs to that one’s country', () => {
    const text =
      'SANTIAGO - China will cut its duty on Chilean grapes, the State Council Tariff Board said on Monday. The board said the cut reflected “the progress made in recent consultations.”';
    expect(said(text)).toEqual([['the', 'CHN']]);
  });
});

describe('round 16: quotes and their speakers', () => {
  it('reads a body and a title in lower case before a name as the name’s title', () => {
    expect(
      said('“The rules apply to every mill,” Council press spokeswoman Ilse Brandt said.'),
    ).toEqual([['The', 'Ilse Brandt']]);
    expect(
      said('“Prices will rise for everyone,” said Ministry of Trade spokesman Omar Haddad.'),
    ).toEqual([['Prices', 'Omar Haddad']]);
  });

  it('gives a quote to the name after a dash on its line, as a quote box signs it', () => {
    expect(
      said(
        'Quote of the day\n\n“Tariffs are a tax on our own buyers.” - Rosa Lindqvist, grain trader, Malmö',
      ),
    ).toEqual([['Tariffs', 'Rosa Lindqvist']]);
    expect(said('“We build better together.” — Prime Minister Tomas Ek')).toEqual([
      ['We', 'Tomas Ek'],
    ]);
  });

  it('reads a dash after a quote inside a sentence as no signature', () => {
    expect(
      said('Ada Okoro called the deal “a blow to every farm in the valley” - Luis Vega disagreed.'),
    ).toEqual([['a', 'Ada Okoro']]);
  });

  it('gives a body the country of the capital it sits in, but not an embassy', () => {
    expect(
      said(
        'The Customs Administration in Hanoi said the rules “apply to all shipments from June.”',
      ),
    ).toEqual([['apply', 'VNM']]);
    expect(
      said('The embassy in Hanoi said the rules “apply to all shipments from June.”').map(
        ([w, s]) => [w, s === 'VNM'],
      ),
    ).toEqual([['apply', false]]);
  });

  it('gives no speaker to words two people said together', () => {
    expect(
      said(
        'The deal came after Premier Ada Okoro and President Luis Vega, who met in May, pledged to “keep every channel of trade open.”',
      ),
    ).toEqual([]);
    expect(
      said(
        'Trade Minister Ada Okoro and her Peruvian counterpart Luis Vega said the pact “opens a new chapter for both peoples.”',
      ),
    ).toEqual([]);
  });

  it('lists no quote reported “according to” a source left unnamed', () => {
    expect(
      said(
        'Okoro told Vega the duties “will be gone by the summer at the latest,” according to two officials briefed on the call.',
      ),
    ).toEqual([]);
    expect(
      said(
        'Okoro told Vega the duties “will be gone by the summer at the latest,” according to the official news agency.',
      ),
    ).toEqual([['will', 'Okoro']]);
    expect(
      said(
        'Okoro told Vega the duties “will be gone by the summer at the latest,” according to a copy of the letter.',
      ),
    ).toEqual([['will', 'Okoro']]);
  });

  it('knows a body by the short name in brackets after the whole of a long name', () => {
    expect(
      said(
        'The Chamber of Commerce for Import and Export of Farm Machinery (CCFM) met in Lagos. Later the CCFM said members “will cooperate fully with the inquiry.”',
      ).map(([w, s]) => [w, typeof s === 'string' && s.includes('CCFM')]),
    ).toEqual([['will', true]]);
  });

  it('reads a title with a rank in lower case between a body and a name', () => {
    const found = quotes(
      '“We have always said dialogue is the way,” the Peruvian trade ministry’s additional secretary, Rosa Quispe, told reporters.',
    );
    expect(found.map((q) => [q.speaker.text, q.speaker.jurisdiction])).toEqual([
      ['Rosa Quispe', 'PER'],
    ]);
  });

  it('gives a quote to a name set off by commas after the role it holds', () => {
    expect(
      said('The owner of the mill, Ana Ruiz, said: “Nobody wins when the border closes.”'),
    ).toEqual([['Nobody', 'Ana Ruiz']]);
  });

  it('reads verbs that say how the words were said', () => {
    expect(said('“There is no reason for this,” fumed Ana Ruiz, a grower near Talca.')).toEqual([
      ['There', 'Ana Ruiz'],
    ]);
  });

  it('gives the words of a government’s seat to its country', () => {
    expect(said('Downing Street said the rules “apply to every importer from June.”')).toEqual([
      ['apply', 'GBR'],
    ]);
  });
});

describe('round 17: quotes', () => {
  it('reads a pronoun with "further" before the verb', () => {
    expect(
      said(
        'Minister Ana Ruiz opened the fair. “Our growers are ready for new markets,” she said. She further stated that the pact “will open doors for a generation of farmers.”',
      ),
    ).toEqual([
      ['Our', 'Ana Ruiz'],
      ['will', 'Ana Ruiz'],
    ]);
  });

  it('reads the verbs of a submission to an inquiry', () => {
    expect(
      said(
        'The Mexican Steel Chamber submitted that the duties were “essential to keep our mills open.”',
      ),
    ).toEqual([['essential', 'MEX']]);
    expect(
      said(
        'The Korea Trade Association objected that the findings “ignore what our exporters actually pay.”',
      ),
    ).toEqual([['ignore', 'KOR']]);
  });

  it('finds a body named for its members, with no head word or before its head', () => {
    expect(
      said(
        'The Chilean Fruit Council backed the cut, while the Chilean Growers and Exporters said it “comes far too late for this harvest.”',
      ),
    ).toEqual([['comes', 'CHL']]);
    expect(
      quotes(
        'The Aegean Exporters’ Association said the list “will hardly touch our members.”',
      ).map((q) => q.speaker.text),
    ).toEqual(['The Aegean Exporters’ Association']);
  });

  it('leaves a source after "although" unnamed, whoever the clause before names', () => {
    expect(
      said(
        'Aides expect a meeting with President Ana Ruiz on Monday, although one Chilean official cautioned that “nothing has been agreed yet.”',
      ),
    ).toEqual([]);
  });

  it('reads a name set off by commas with an honorific as the subject', () => {
    expect(
      said(
        'When I visited the valley, a farmer, Ms Lerato Dube, told me: “We only want to sell what we grow.”',
      ),
    ).toEqual([['We', 'Lerato Dube']]);
  });

  it('sets aside a long question put to the subject before the pronoun', () => {
    expect(
      said(
        'Minister Tom Hale spoke first. Asked by a reporter from the north whether Chile would answer in kind if its partners raised their duties next year, Ana Ruiz smiled. “We do not believe in retaliation,” she said.',
      ),
    ).toEqual([['We', 'Ana Ruiz']]);
  });

  it('gives a pronoun to a buyer named with her trade before the name', () => {
    expect(
      said(
        'Minister Tom Hale promised help. Local buyer Ana Ruiz was blunter. “The prices have already moved,” she said.',
      ),
    ).toEqual([['The', 'Ana Ruiz']]);
  });
});

describe('round 17: the date of a quote', () => {
  const dated = (text: string) =>
    extract({ text, published: '2025-06-20' })
      .candidates.filter((c): c is QuoteCandidate => c.type === 'quote')
      .map((q) => [q.text.split(/\s+/)[0], q.date]);

  it('takes the day of the meeting a quote is said after, and keeps it for the quote carried on', () => {
    expect(
      dated(
        'Minister Ana Ruiz arrived in Lima on Monday, June 16.\n\nRuiz met Trade Minister Tom Hale on Wednesday, June 18, and asked for a larger quota.\n\n“We came to negotiate, not to complain,” Ruiz told reporters after the meeting. “There is room for a deal.”',
      ),
    ).toEqual([
      ['We', '2025-06-18'],
      ['There', '2025-06-18'],
    ]);
  });

  it('leaves a quote with no meeting before it to the date the text states', () => {
    expect(
      dated(
        'Minister Ana Ruiz arrived in Lima on Monday, June 16.\n\n“We came to negotiate, not to complain,” Ruiz told reporters afterwards.',
      ),
    ).toEqual([['We', '2025-06-16']]);
  });
});

describe('round 18: quotes and their speakers', () => {
  it('reads a quote after a fragment too short to list, with the participle before it', () => {
    expect(
      said(
        'Asked about the levy, Ana Ruiz said the matter "is still open," adding, "We have not given up on the mills, and we told them so."',
      ),
    ).toEqual([['We', 'Ana Ruiz']]);
  });

  it('still joins the two parts of a split quote', () => {
    expect(said('"We will," Ana Ruiz said, "fight this ruling all the way to the end."')).toEqual([
      ['We', 'Ana Ruiz'],
    ]);
  });

  it('leaves to nobody a judgement an unnamed subject of a "what" clause gives', () => {
    expect(
      said(
        'Ana Ruiz and Tom Hale met for what a Peruvian official called "a frank and useful exchange."',
      ),
    ).toEqual([]);
  });

  it('reads the teller of "telling … that" and the accuser of "accused … of"', () => {
    expect(
      said(
        'Trade Minister Ana Ruiz stepped up pressure on Monday, telling her counterpart that cheap steel must not become "a back door into our own market."',
      ),
    ).toEqual([['a', 'Ana Ruiz']]);
    expect(
      said(
        'Trade Minister Ana Ruiz spoke last week. She accused Tom Hale of "opening a back door for dumped steel."',
      ),
    ).toEqual([['opening', 'Ana Ruiz']]);
  });

  it('gives a pronoun opening the sentence the quote its joined verb introduces', () => {
    expect(
      said(
        'Minister Ana Ruiz met Tom Hale on Monday. She welcomed the decision to exempt copper, and said that relief for cars would be "a strong signal of good faith."',
      ),
    ).toEqual([['a', 'Ana Ruiz']]);
  });

  it('does not take the subject of a reported clause for the speaker', () => {
    expect(
      said(
        'Minister Ana Ruiz met Tom Hale on Monday. Her spokesperson, Lena Kowal, said the minister had made "the case for our growers and our towns" at every meeting.',
      ),
    ).toEqual([['the', 'Lena Kowal']]);
  });

  it('reads a bare style of address as the person named before with it', () => {
    expect(
      said(
        'H.E. Ms. Ana Ruiz met Tom Hale in Lima on Monday. Her Excellency said that Peru "is keen to build on the success of the agreement."',
      ),
    ).toEqual([['is', 'Ana Ruiz']]);
  });

  it("gives a trade's body the country of that trade's people named just before", () => {
    expect(
      said(
        'Peru raised its duty on pork. Chilean pork exporters reacted with alarm. The National Pork Council said the duty put "thousands of family farms" at risk.',
      ),
    ).toEqual([['thousands', 'CHL']]);
  });

  it('knows the U.S. departments named with their portfolio first', () => {
    expect(
      said('In a statement, the Commerce Department said: "The duty reflects a security finding."'),
    ).toEqual([['The', 'USA']]);
  });
});

describe('bodies found from their head word', () => {
  const blow = 'said the duty was "a blow to every farm in the country."';

  it('read a body whose head opens the text', () => {
    expect(said(`Embassy of Canada ${blow}`)).toEqual([['a', 'CAN']]);
  });

  it('read four capitalised words before the head, and no fifth', () => {
    const peru = 'LIMA - Peru raised duties on pork.';
    expect(said(`${peru} The Canadian Pork Producers Export Council ${blow}`)).toEqual([
      ['a', 'CAN'],
    ]);
    // "Canadian" is a fifth word: the body is "Big Pork Producers Export Council", of the
    // dateline's country.
    expect(said(`${peru} The Canadian Big Pork Producers Export Council ${blow}`)).toEqual([
      ['a', 'PER'],
    ]);
  });

  it('do not join a head opening a line to the words that end the line before', () => {
    expect(said(`Pork Talks In Ottawa Council ${blow}`)).toEqual([['a', 'CAN']]);
    expect(said(`Pork Talks In Ottawa\nCouncil ${blow}`)).toEqual([['a', 'Council']]);
    expect(said(`Pork Talks In Ottawa\n\nCouncil ${blow}`)).toEqual([['a', 'Council']]);
  });

  it('read "a" or "an" before the head: a statement speaks, a body of members left unnamed not', () => {
    const peru = 'LIMA - Peru raised duties on pork.';
    expect(said(`${peru} A ministry statement ${blow}`)).toEqual([['a', 'PER']]);
    expect(said(`${peru} The industry association ${blow}`)).toEqual([['a', 'PER']]);
    expect(said(`${peru} An industry association ${blow}`)).toEqual([]);
  });
});

describe('round 19: quotes and their speakers', () => {
  it('reads a side of talks named with its country as that country, and "the other side" as none', () => {
    const text =
      'Officials of Peru and Chile met in Lima. The Chilean side said that it "will review the quota before the harvest begins." The other side said it was "ready to talk again next month."';
    expect(said(text)).toEqual([['will', 'CHL']]);
  });

  it('reads the speaker after a quote past an aside about them, however long', () => {
    expect(
      said(
        '"The cut is welcome, and it shows that talking works," Vice President Ana Ruiz, who is also the minister of industry, foreign trade and services, told reporters.',
      ),
    ).toEqual([['The', 'Ana Ruiz']]);
  });

  it('reads a pronoun that wants or expects something in words of its own', () => {
    expect(
      said(
        'Grower Ana Ruiz sells most of her crop abroad. She expects the ministry to "keep both markets open for as long as it can."',
      ),
    ).toEqual([['keep', 'Ana Ruiz']]);
  });

  it('gives a judgement in the clause a teller reports to the teller, unless a person judges', () => {
    expect(
      said(
        'Premier Ana Ruiz met Tom Hale in Lima. Ruiz told Hale that Peru regarded Chile as "a neighbour that keeps its promises," a readout said.',
      ),
    ).toEqual([['a', 'Ruiz']]);
    expect(
      said(
        'Premier Ana Ruiz met Tom Hale in Lima. Ruiz told reporters that Hale had described Chile as "a neighbour that keeps its promises."',
      ),
    ).toEqual([['a', 'Hale']]);
  });

  it('reads "wishes to state" as a verb of saying, and "state" alone as none', () => {
    expect(
      said(
        'LIMA - Peru will review its duties. The Ministry wishes to state that "the duties will be reviewed without delay for all importers."',
      ),
    ).toEqual([['the', 'PER']]);
    expect(
      said(
        'LIMA - Peru will review its duties. The Ministry of the state "will review all the duties without delay for importers."',
      ),
    ).toEqual([]);
  });

  it('reads a letterhead of a revenue service as the principal country', () => {
    const text =
      'KENYA REVENUE SERVICE\n\nNotice of provisional duties\n\nDuties apply to steel wire from 1 May. "The duties are needed to stop further harm to the industry," the Commission said.';
    expect(said(text)).toEqual([['The', 'KEN']]);
  });

  it("reads a body that reports a country's act after it as that country's", () => {
    const text =
      'SANTIAGO - Peru will lift its duties on Chilean grapes from March 1, the trade ministry announced on Monday. The ministry said the step would "open a new chapter for farmers on both sides."';
    expect(said(text)).toEqual([['open', 'PER']]);
    const reaction =
      'SANTIAGO - Peru will lift its duties on Chilean grapes from March 1. The trade ministry said the step would "open a new chapter for farmers on both sides."';
    expect(said(reaction)).toEqual([['open', 'CHL']]);
  });

  it('reads "he" in a turn labelled "A:" as the subject of the answer before', () => {
    const text =
      'Spokesperson Lin Hao took questions on Friday.\n\nQ: Some exporters say they offered to raise prices. How were the offers handled?\n\nA: He said each offer was examined in line with the rules. "We have always preferred dialogue to disputes," he added.\n\nQ: Is this an escalation?\n\nA: No.';
    expect(said(text)).toEqual([['We', 'Lin Hao']]);
  });

  it('reads a clause joined after a quote closing on its comma as a subject of its own', () => {
    const text =
      'Trade lawyer Ann Lee called the ruling "hasty," and a senior official admitted that "the panel will look at the file again."';
    expect(said(text)).toEqual([]);
  });

  it('reads a merchandiser, a shipper or a processor left unnamed as an anonymous source', () => {
    const text =
      'Minister Jo Rennick spoke of progress, and one grain merchandiser said buyers were "still waiting on the first cargoes."';
    expect(said(text)).toEqual([]);
  });

  it('reads the body after "as noted by" as the source of the quote', () => {
    const text =
      'LIMA - Peru will review its duties. As noted by the Ministry of Production, "the review will be finished before the harvest starts."';
    expect(said(text)).toEqual([['the', 'PER']]);
  });

  it('reads "It said" opening a sentence as the body the sentence before opens with', () => {
    const text =
      'LIMA - Farmers waited for news. The trade ministry of Peru lifted the checks on Monday. It said the step was taken "to honour the promises made at the talks."';
    expect(said(text)).toEqual([['to', 'PER']]);
  });
});

describe('round 20: government bodies and their countries', () => {
  it('gives a bare government body the country of the government last heard from', () => {
    const text =
      'OTTAWA - Farmers across Canada cheered on Tuesday. Tokyo said it would drop the duty on barley from April. Millers welcomed the news. The agriculture ministry said the step was meant "to steady supplies for millers across the country."';
    expect(said(text)).toEqual([['to', 'JPN']]);
  });

  it('skips a side named inside a quote, and leaves a body with a full name alone', () => {
    const text =
      'OTTAWA - Farmers across Canada cheered on Tuesday. Seoul said "the Canadian government has met us halfway on barley." Millers welcomed the news. "We will keep the duty at zero for the whole season," the ministry said. The Department of Agriculture said it "will watch prices in every province closely."';
    expect(said(text)).toEqual([
      ['the', 'KOR'],
      ['We', 'KOR'],
      ['will', 'CAN'],
    ]);
  });

  it('reads the country written after a body’s name', () => {
    expect(
      said(
        'Statement by the Ministry of Trade, Republic of Peru\n\nThe Ministry of Trade said it "regrets the decision and will defend the growers concerned."',
      ),
    ).toEqual([['regrets', 'PER']]);
    expect(
      said(
        'Officials in Ottawa met on Monday. The Ministry of Fisheries of the Republic of Chile said it "will answer within the month, as the rules require."',
      ),
    ).toEqual([['will', 'CHL']]);
  });
});

describe('round 21: speakers named by a body, a clause or a setting', () => {
  it('gives a person’s office the country of the person’s fuller mention before', () => {
    expect(
      said(
        'Goyal held a video call with US Trade Representative Jamie Holt on September 4. Exporters were relieved. A statement from Holt’s office said the round had made "meaningful progress on the remaining issues".',
      ),
    ).toEqual([['meaningful', 'USA']]);
    expect(
      said(
        'India’s commerce ministry hosted Japanese Trade Minister Ken Satou in Delhi on Monday. Traders were relieved. A statement from Satou’s office called the visit "useful and very frank on both sides".',
      ),
    ).toEqual([['useful', 'JPN']]);
  });

  it('reads a person the name finder missed, named with the body they are of', () => {
    expect(
      said(
        'In Winnipeg, Marc Thibodin of the Red River Hog Marketing Board called the cut "a real step in the right direction".',
      ),
    ).toEqual([['a', 'Marc Thibodin']]);
    expect(
      said(
        'Ana Ruizal from the Prairie Growers Council described the deal as "late but welcome for every farm".',
      ),
    ).toEqual([['late', 'Ana Ruizal']]);
    expect(
      said(
        'Tomas Ekberg at the Nordic Timber Federation welcomed the move as "a fair result for the sawmills".',
      ),
    ).toEqual([['a', 'Tomas Ekberg']]);
  });

  it('gives a quote to what a relative clause of saying is about, not to the subject', () => {
    expect(
      said(
        'Brazil’s ambassador, Marcos Lima, met officials of the Chinese Ministry of Commerce, which later said it "will take necessary steps to protect Chinese firms."',
      ),
    ).toEqual([['will', 'CHN']]);
    expect(
      said(
        'Trade Minister Jo Rennick met Peru’s farm ministry, which said in a statement that the quota was "closed for the rest of the year".',
      ),
    ).toEqual([['closed', 'PER']]);
    expect(
      said(
        'Rennick met Li Wenbo, who said the talks were "a good start for both of our countries".',
      ),
    ).toEqual([['a', 'Li Wenbo']]);
  });

  it('reads "he" after a clause opening the sentence as that clause’s subject', () => {
    const text =
      'Li Ping spoke to reporters. When Minister Wang Wen met Minister Ana Ruiz in Tianjin on August 25, he stressed that the two countries "should handle frictions through consultation".';
    expect(said(text)).toEqual([['should', 'Wang Wen']]);
    expect(
      said(
        'Paul Tan arrived late. After Trade Minister Jo Rennick met Premier Li Wen on Monday, she said the duties were "a matter for the courts now".',
      ),
    ).toEqual([['a', 'Jo Rennick']]);
  });

  it('reads a setting with its time before the body ("In Lima on Monday, the ministry …")', () => {
    expect(
      said(
        'Chile and Peru met in Santiago. In Lima on Monday, the trade ministry said the talks were "a step forward for both of our countries".',
      ),
    ).toEqual([['a', 'PER']]);
    expect(
      said(
        'Chile and Peru met in Lima. In Santiago last week, the farm ministry called the deal "a step forward for both of our countries".',
      ),
    ).toEqual([['a', 'CHL']]);
  });

  it('gives a government body named by its head the country of the last one of that head', () => {
    expect(
      said(
        'The European Commission accepted the offer on Monday. Officials of China’s Ministry of Commerce had met in Brussels. The Commission said the offer "removes the injury to European industry".',
      ),
    ).toEqual([['removes', 'EU']]);
    expect(
      said(
        'Japan’s trade ministry imposed the duties on Friday. Korea’s trade commission protested. The ministry said the rates were "fully in line with the rules".',
      ),
    ).toEqual([['fully', 'JPN']]);
  });

  it('reads the speaker of a list item after its mark', () => {
    expect(
      said(
        '<p>Reactions:</p><ul><li>Ana Ruiz, a grower near Lima: "We have waited two years for this and it is still not enough."</li><li>Paul Tan, who ships pears: "The new duty will cost us half of our sales in the spring."</li></ul>',
      ),
    ).toEqual([
      ['We', 'Ana Ruiz'],
      ['The', 'Paul Tan'],
    ]);
    expect(
      said(
        'Reactions:\n- Gord Lemay, who runs a dealership in Moncton, said: "My customers were waiting for a cheaper car this year."',
      ),
    ).toEqual([['My', 'Gord Lemay']]);
  });

  it('reads a directorate as a body, of the country a release is dated at', () => {
    expect(
      said(
        'Ministry of Finance\n\nPRESS NOTE\n\nLima, 12 May 2026\n\nThe government has imposed duties on Chilean pears. The Directorate concluded that "the domestic industry has suffered material injury from dumped imports" and recommended duties.',
      ),
    ).toEqual([['the', 'PER']]);
    expect(
      said(
        'Trade Department\n\nPress release\n\nOttawa, March 3, 2026\n\nThe duties take effect today. "The duties answer a clear injury to our producers and workers," the department said.',
      ),
    ).toEqual([['The', 'CAN']]);
  });
});

describe('round 23: a secretariat, a reason cited, a colon’s lead-in naming the source', () => {
  it('reads a secretariat as a government body', () => {
    expect(
      said(
        'Lima said on Monday it would appeal. The Secretariat of Foreign Trade reiterated that "our growers sell at fair prices in every market".',
      ),
    ).toEqual([['our', 'PER']]);
  });

  it('gives the words a body cites to the body', () => {
    expect(
      said(
        'Peru’s customs agency suspended imports of Chilean onions on Monday, citing "a risk to the health of Peruvian crops".',
      ),
    ).toEqual([['a', 'PER']]);
  });

  it('gives a quote after a lead-in naming a statement, remarks or quotes of someone to them', () => {
    expect(
      said(
        'A statement from the Peruvian foreign ministry on the talks: "Peru and Chile should trade as neighbours who trust each other."',
      ),
    ).toEqual([['Peru', 'PER']]);
    expect(
      said(
        'Trade Minister Ada Okoro opened the talks in Lima. From Okoro’s closing remarks, just released: "We want a market that is open in both directions, not in one."',
      ),
    ).toEqual([['We', 'Okoro']]);
    expect(
      said(
        [
          'Quotes attributable to the Minister for Trade, Ada Okoro:',
          '"Every one of these farms is a regional employer, and today’s decision secures them."',
        ].join('\n'),
      ),
    ).toEqual([['Every', 'Ada Okoro']]);
    // a lead-in about a statement that names no source gives no speaker
    expect(
      said('The statement on the talks, in full: "Both sides will meet again before the winter."'),
    ).toEqual([]);
  });

  it('reads a pronoun after an entry a time stamp opens as its subject', () => {
    expect(
      said(
        'Live desk\n16:05 President Ana Okoro has just addressed reporters. "Lima has hosted the talks for the first time, and they went well," she said.',
      ),
    ).toEqual([['Lima', 'Ana Okoro']]);
  });

  it('gives a quote to a body of members whose name stands in apposition after it', () => {
    expect(
      said(
        'The Peruvian onion growers’ association, Asociación Cebollera Andina, said the ruling was "a step in the right direction for every farm".',
      ),
    ).toEqual([['a', 'PER']]);
    // a person apposed to the one named through the body speaks for themself
    expect(
      quotes(
        'The head of the Peruvian onion growers’ association, Ana Okoro, said the ruling was "a step in the right direction for every farm".',
      ).map((q) => q.speaker.text),
    ).toEqual(['Ana Okoro']);
  });

  it('gives a quote to the person opening a relative clause of saying', () => {
    expect(
      said(
        'Foreign Minister Ana Okoro met Li on Monday. Exporters want faster plant lists, which Okoro said would be "resolved in the coming weeks."',
      ),
    ).toEqual([['resolved', 'Okoro']]);
  });

  it('reads "was calling X “…”" as a verb of judging', () => {
    expect(
      said(
        'Trade Minister Ana Okoro spoke in Lima. Okoro was calling Chile "a very difficult trading partner" as late as March.',
      ),
    ).toEqual([['a', 'Okoro']]);
    // an unnamed source calling something so gives no quote
    expect(
      said('Some traders were calling the deal "a very difficult trading partner" in March.'),
    ).toEqual([]);
  });

  it('takes no known body of another head for the government "the ministry" stands for', () => {
    const lead =
      "LIMA, May 4 (Wire) - Peru's trade minister Ana Okoro spoke with Jamie Holt on Thursday.";
    expect(
      said(
        `${lead} The U.S. Commerce Department on Wednesday fixed a duty of 14% on Peruvian onions.\n\n"We will support our growers in every court they choose," the ministry said.`,
      ),
    ).toEqual([['We', 'PER']]);
    // a country that speaks is still the government heard from
    expect(
      said(
        `${lead} Beijing said on Wednesday it would cut its duty on Peruvian onions.\n\n"We will support our growers in every court they choose," the ministry said.`,
      ),
    ).toEqual([['We', 'CHN']]);
  });
});

describe('quotes set as paragraphs under one lead-in', () => {
  const speakers = (text: string) => quotes(text).map((q) => q.speaker.text);

  it('gives every paragraph of quotes under "Quotes attributable to …:" to its source', () => {
    expect(
      speakers(
        'Trade Minister Ana Ruiz cut the wine duty today.\n\nQuotes attributable to Minister Ruiz:\n\n"We have come a long way since the ban. Talks are normal again, and normal is good."\n\n"We will keep talking with Chile where our interests meet."\n\n"Our door stays open to every partner in the region."',
      ),
    ).toEqual(['Ruiz', 'Ruiz', 'Ruiz']);
  });

  it('stops at a paragraph that is not a quote of its own', () => {
    expect(
      speakers(
        'Quotes attributable to Trade Minister Ana Ruiz:\n\n"Every grower in the valley will feel this change by the harvest."\n\nExporters were less sure.\n\n"We will believe it when the ships sail again from the port."',
      ),
    ).toEqual(['Ana Ruiz']);
  });
});

describe('"the Commission" alone', () => {
  it('speaks for the EU in a text that names it, and for no one in one that does not', () => {
    expect(
      said(
        'One meeting, two readouts: Brussels and New Delhi tell the Goyal-Šefčovič talks differently\n\nIndia\'s commerce minister Piyush Goyal and EU trade commissioner Maroš Šefčovič met in Brussels on Monday to take stock of the free trade negotiations, days after the 14th round of talks between the two delegations was held in Brussels from September 8 to 12. Both sides published readouts on Tuesday. Read side by side, they could almost describe two different meetings.\nThe Commission\'s version is short and upbeat. It lists market access for goods, rules of origin and sustainable development as the topics covered. "Both sides reaffirmed their commitment to concluding a balanced, ambitious and mutually beneficial agreement by the end of the year," the Commission said. It presses India on its tariffs on wine, spirits and cars, and says nothing at all about carbon.',
      ),
    ).toEqual([['Both', 'EU']]);
    expect(
      said(
        'Peru and Chile met in Lima on Monday. The Commission said the talks were "frank and useful for both sides".',
      ),
    ).not.toEqual([['frank', 'EU']]);
  });

  it('and "the Council" alone speaks for the EU in a text that names it', () => {
    expect(
      said(
        'American exporters welcomed the news on Tuesday: the European Union will cut its duties on lobster. "Predictability is the most valuable commodity in trade," the Council said.',
      ),
    ).toEqual([['Predictability', 'EU']]);
  });
});

describe('a verb of saying joined to the one before, with no subject of its own', () => {
  it('is the sentence subject’s, not the one met’s', () => {
    expect(
      said(
        'Trade Minister Ana Ruiz held a call with Commerce Secretary Tom Hale last Wednesday and described it afterwards as "constructive, but with a lot of homework left."',
      ),
    ).toEqual([['constructive,', 'Ana Ruiz']]);
    expect(
      said(
        'Vice President Ana Ruiz spoke to reporters on Monday. She said she had held a call with Commerce Secretary Tom Hale on Tuesday and had warned him that Peru "would answer in proportion and within the law."',
      ),
    ).toEqual([['would', 'Ana Ruiz']]);
  });
});

describe('"she" after a sentence whose subject is the speaker’s "I"', () => {
  it('is the other person that sentence names', () => {
    const text = [
      'We spoke to Ana Ruiz, head of the Lima Beef Council. The interview has been edited for length.',
      'Q: Did you put that to the government?',
      'Ruiz: We did. I met Farm Minister Rosa Vidal in Lima on Friday. She told us, "Biosecurity decisions are made by scientists, not by trade negotiators," and I believe her.',
    ].join('\n\n');
    expect(said(text)).toEqual([['Biosecurity', 'Rosa Vidal']]);
  });
});

describe('a body named back after it was named with no country', () => {
  it("speaks for the text's country, not for a visiting minister's or a body of the same name told later", () => {
    const [q] = quotes(
      "LIMA, March 4 - Peru's customs administration on Monday lifted its ban on Chilean wheat, hours before Chilean Economy Minister Ana Ruiz landed in Lima.\n\nChile's suspension of licences for two Peruvian truck makers was raised again by the Peruvian side, according to a statement from the trade ministry. The ministry said Peru \"hopes Chile will provide a fair and open environment for its firms.\" A fee proposed by Chile's industry ministry was also discussed.",
    );
    expect(q?.speaker.jurisdiction).toBe('PER');
  });
});

describe("a leader's office", () => {
  it('speaks for the country of the leader introduced with that title', () => {
    const q = quotes(
      'Ottawa and Lima signed the accord on Monday, after Peruvian Prime Minister Ana Ruiz met Canada\'s trade minister.\n\nThe Prime Minister\'s Office said in a statement that the accord "serves Peruvian workers and respects all of our trade obligations."',
    ).find((c) => c.speaker.text.includes('Office'));
    expect(q?.speaker.jurisdiction).toBe('PER');
  });
});
