import { capitalisedSequenceRule } from '../../../src/extract/entities/rules/capitalised-sequence-rule';
import { brief, contextOf, mentionsOf } from './helpers';

const propose = (text: string) => capitalisedSequenceRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`);

describe('rule capitalised-sequence', () => {
  it.each([
    ['organisation head word', 'He studied at the University of Southern Indiana last year.', ['Organization:University of Southern Indiana']],
    ['head word at the end', 'The Irving Police Department said nothing.', ['Organization:Irving Police Department']],
    ['place head word', 'Fans filled the Nizhny Novgorod Stadium on time.', ['Place:Nizhny Novgorod Stadium']],
    ['outlet head word', 'The story ran in the Deseret News first.', ['MediaOutlet:Deseret News']],
    ['known given name', 'Yesterday Sarah Connor arrived.', ['Person:Sarah Connor']],
    ['unknown name after a place preposition', 'They still live in Herat today.', ['Place:Herat']],
    ['the preposition governs the plural after the name', 'He had appeared in Zorblat videos since then.', []],
    ['a plural the lexicon knows', 'It was found in Zorblat documents later.', []],
    ['a verb after the name leaves the place', 'Life in Herat was hard.', ['Place:Herat']],
    ['unknown acronym in running text', 'Troops of the KPA moved.', ['Organization:KPA']],
    ['common acronym', 'It was on TV again.', []],
    ['"not ranked" in a result line', 'The keeper for the visitors (NR) made seven saves.', []],
    ['no cue: left to other rules', 'They met Zorblat Quinn.', []],
    ['sentence start without cue', 'Herat is far.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: towns with their region', () => {
  it.each([
    ['town, state', 'He lives in Irving, Texas with his family.', ['Place:Irving']],
    ['town, country', 'They came from Evansville, United States last year.', ['Place:Evansville']],
    ['a name before a city is no town', 'It was Smith, Paris and Jones.', []],
  ])('%s', (_why, text, expected) => {
    expect(capitalisedSequenceRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}`)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: a person of a body', () => {
  it.each([
    ['name of a council', 'It was signed by Maria Novak of the Council of Europe today.', ['Person:Maria Novak', 'Organization:Council of Europe']],
    ['name of a university', 'Then Lina Ahmad Karimi of the University of Essex was there.', ['Person:Lina Ahmad Karimi', 'Organization:University of Essex']],
    ['one unknown word: only the body', 'Then Novak of the Council of Europe spoke.', ['Organization:Council of Europe']],
    ['head word on the left stays whole', 'Money came from the Bank of England at once.', ['Organization:Bank of England']],
    ['a title of a body is no person', 'She met the Secretary General of the United Nations there.', []],
    ['no given name: only the body', 'It was boycotted by Sunni Members of Parliament today.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: a person of a country or place', () => {
  it.each([
    ['an unknown name of a country', 'The bronze went to Abderrahman Samba of Qatar with a fast time.', ['Person:Abderrahman Samba']],
    ['an unknown name of a town', 'The engineer Yutaka Iwasaki of Kobe found the records.', ['Person:Yutaka Iwasaki']],
    ['a known given name of a country', 'Yesterday Sarah Connor of Norway won the race.', ['Person:Sarah Connor']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });

  it.each([
    ['a place of a place stays whole', 'Trump spoke on the South Lawn of the White House that night.'],
    ['a body without head word of a country', 'Some branches of the South Western Railway of India closed.'],
    ['a title of a country', 'He was received by the Duke of Edinburgh at noon.'],
    ['ordinary words of a country', 'They cited the Economy of Turkey as a reason.'],
    ['one unknown word of a country', 'The bronze went to Samba of Qatar with a fast time.'],
    ['plural words of a country', 'They were joined by Sunni Members of Iraq later.'],
  ])('no person: %s', (_why, text) => {
    expect(propose(text).filter((m) => m.startsWith('Person:'))).toEqual([]);
  });
});

describe('rule capitalised-sequence: a body with its campus', () => {
  it.each([
    ['university at a town', 'She studied at the University of North Carolina at Greensboro then.', ['Organization:University of North Carolina at Greensboro']],
    ['"at" after other bodies ends the name', 'He spoke at the Council of Europe at noon.', ['Organization:Council of Europe']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: unknown names with evidence of a person', () => {
  it.each([
    ['surname alone elsewhere', 'Police arrested Khairi Saadallah on Sunday. Saadallah was charged.', ['Person:Khairi Saadallah']],
    ['age in an aside', 'The suspect, Khairi Saadallah, 25, was charged.', ['Person:Khairi Saadallah']],
    ['"who" in an aside', 'The report named Khairi Saadallah, who was charged.', ['Person:Khairi Saadallah']],
    ['no evidence: left alone', 'The bill passed the Lok Sabha on Monday.', []],
    ['no evidence: an unknown name with no head', 'The new Southbank Promenade opened on Monday.', []],
    ['ordinary word inside', 'They read Counter Strike news. Strike action followed, and the strike ended.', []],
    ['surname only inside another run', 'Police arrested Khairi Saadallah on Sunday. The Saadallah Foundation spoke.', ['Organization:Saadallah Foundation']],
    ['faith words are no name', 'I read The Atheist Muslim last year. Muslim readers liked it, said Ali.', []],
    ['subject of a verb only a person does', 'The referee waved play on, and Ferjani Sassi scored from the spot.', ['Person:Ferjani Sassi']],
    ['subject of a death', 'Last week Khairi Saadallah died in hospital.', ['Person:Khairi Saadallah']],
    ['no evidence: a verb any subject takes', 'Last week Southbank Promenade opened to the public.', []],
    ['no evidence: the verb not right after the name', 'The new Southbank Promenade, they said, scored well.', []],
    ['described by a noun of a person', 'The mission carried astronaut Christer Fuglesang to the station.', ['Person:Christer Fuglesang']],
    ['no evidence: a lower-case word that names no person', 'They walked the new Southbank Promenade on Monday.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: the last head word decides', () => {
  it.each([
    ['a station named after a hospital', 'Walk from NTU Hospital Station or Shandao Station today.', ['Place:NTU Hospital Station', 'Place:Shandao Station']],
    ['a hall named after a society', 'It was held at the Daughters of the American Revolution Constitution Hall today.', ['Place:Daughters of the American Revolution Constitution Hall']],
    ['a street', 'The new Southbank Boulevard opened on Monday.', ['Place:Southbank Boulevard']],
    ['a hotel', 'Pilgrims stayed at the Al-Ghaza Hotel last week.', ['Place:Al-Ghaza Hotel']],
    ['a stadium named after a bank', 'They played at the Bank of America Stadium on Sunday.', ['Place:Bank of America Stadium']],
    ['a board of elections is a body', 'The North Carolina State Board of Elections met today.', ['Organization:North Carolina State Board of Elections']],
    ['a museum is a body', 'It moved to the Tang Teaching Museum last year.', ['Organization:Tang Teaching Museum']],
    ['a university is a body', 'She studies at Duke University now.', ['Organization:Duke University']],
    ['a centre stays a place', 'It opened at the McCutchan Art Center in May.', ['Place:McCutchan Art Center']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: an unknown name after a place preposition', () => {
  it.each([
    ['"in" after a verb that is no writing', 'The engine was developed in Tolworth by a small team.', ['Place:Tolworth']],
    ['a town', 'The team travelled from Kabul to Kunduz and stayed in Mazari today.', ['Place:Mazari']],
    ['a town known to the lexicon as a place', 'Fans gathered in Brampton yesterday.', ['Place:Brampton']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: not a place', () => {
  it.each([
    ['the title of a game after "in"', 'Both teams faced off in Counter-Strike: Global Offensive on Sunday.', []],
    ['the title of a show after "in"', 'He voiced the hero in Batman: The Animated Series for years.', []],
    ['an event before a country', 'On day five of the football World Cup, Sweden won.', []],
    ['an event with a place head inside', 'The Northern Arena Esports Championship ran all weekend.', []],
    ['an event named with "of"', 'They visited the Festival of Lights on Friday.', []],
    ['an ordinary word after "in"', 'Few of them believe in God these days.', []],
    ['another ordinary word after "in"', 'He hopes to rest in Heaven one day.', []],
    ['a numbered world war', 'He served in the US Army in World War Two, then studied waves.', ['Organization:US Army']],
    ['a language after a verb of writing and "in"', 'The tool is a script written in Python which downloads videos.', []],
    ['another verb of writing', 'Their new engine is coded in Zig for speed.', []],
    ['a world war with a Roman numeral', 'He flew bombers in World War II over Germany.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });

  it('types a given name, a middle name and a surname that is a place head as a person', () => {
    expect(propose('On Monday the professor Marc Lamont Hill commented.')).toEqual(['Person:Marc Lamont Hill']);
  });
});

describe('rule capitalised-sequence: a body run on into the next name', () => {
  it.each([
    ['a person after the campus town', 'A student at University of Texas Arlington Amneh Jafari heard of it.', ['Organization:University of Texas Arlington']],
    ['a title and a person after the country', 'It was the Bank of England Governor Andrew Bailey plan.', ['Organization:Bank of England']],
    ['a head word after the place is still the body', 'She works at the University of Texas Health Science Center now.', ['Organization:University of Texas Health Science Center']],
    ['one word after the place is not cut', 'He studied at the University of California Berkeley then.', ['Organization:University of California Berkeley']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: more organisation heads', () => {
  it.each([
    ['a corps', 'He joined the Marine Corps in 2001.', ['Organization:Marine Corps']],
    ['a company named for its trade', 'Shares of Massey Energy fell.', ['Organization:Massey Energy']],
    ['a role acronym before "of" is not in the name', 'He was the CEO of Massey Energy until 2010.', ['Organization:Massey Energy']],
    ['an embassy', 'Protesters gathered outside the Swiss Embassy today.', ['Organization:Swiss Embassy']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: a known name after "on" or "for" is a name of its own', () => {
  it.each([
    ['a person on a website', 'The case drew comment from Marc Lamont Hill on Twitter.', ['Person:Marc Lamont Hill']],
    ['a body on a subject stays whole', 'She joined the Council on Foreign Relations in May.', ['Organization:Council on Foreign Relations']],
    ['"for the" after words with no head opens a name of its own', 'He lost to De La Fuente for the Reform Party nomination.', ['Organization:Reform Party']],
    ['"for the" after a head stays inside the name', 'She joined the Campaign for the Protection of Rural Wales.', ['Organization:Campaign for the Protection of Rural Wales']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: a place head word before "for" heads a body', () => {
  it.each([
    ['Center for', 'Data came from the Center for Biological Diversity last week.', ['Organization:Center for Biological Diversity']],
    ['Centre for', 'She works at the Centre for Policy Studies in London.', ['Organization:Centre for Policy Studies', 'Place:London']],
    ['a centre with no purpose after it stays a place', 'They met at the Lincoln Center on Monday.', ['Place:Lincoln Center']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: Spanish place prefixes', () => {
  it.each([
    ['Punta', 'Penguins breed at Punta Tombo each year.', ['Place:Punta Tombo']],
    ['Puerto', 'The ship reached Puerto Madryn on Monday.', ['Place:Puerto Madryn']],
    ['not before a known name the run goes on from', 'It was found by the Puerto Rico Center for Investigative Journalism today.', ['Organization:Puerto Rico Center for Investigative Journalism']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: a body run on into the person who speaks for it', () => {
  it.each([
    ['a given name and a surname after the head', 'The CEO of the Refugee Council Enver Solomon told reporters.', ['Organization:Refugee Council', 'Person:Enver Solomon']],
    ['no given name after the head: the run stays whole', 'He joined the Refugee Council Solomon Islands branch.', ['Organization:Refugee Council Solomon Islands']],
    ['a place after the head is no person', 'The Refugee Council Kenya Office opened.', ['Organization:Refugee Council Kenya Office']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: an unknown acronym after a place preposition', () => {
  it.each([
    ['is a body', 'Shells fell near KPA civil police posts.', ['Organization:KPA']],
    ['a name after the preposition stays a place', 'Shells fell near Yeoncheon on Thursday.', ['Place:Yeoncheon']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: "and" and possessives inside a name', () => {
  it.each([
    ['"and" before the head word', 'The Securities and Exchange Commission fined the bank.', ['Organization:Securities and Exchange Commission']],
    ['a party', 'He leads the Law and Justice Party in Poland.', ['Organization:Law and Justice Party', 'Place:Poland']],
    ['a building', 'It opened in the Rock and Roll Hall of Fame last year.', ['Place:Rock and Roll Hall of Fame']],
    ['"People\'s" inside a body\'s name', 'Units of the People\'s Liberation Army moved.', ['Organization:People\'s Liberation Army']],
    ['a place head before "of"', 'Ships crossed the Strait of Hormuz at night.', ['Place:Strait of Hormuz']],
    ['a ministry\'s portfolio after "and"', 'The Ministry of Science and Technology agreed.', ['Organization:Ministry of Science and Technology']],
    ['a department\'s portfolio with its own head word', 'The Department of Health and Human Services said so.', ['Organization:Department of Health and Human Services']],
    ['a body head before "of"', 'He led the National Institute of Allergy and Infectious Diseases for years.', ['Organization:National Institute of Allergy and Infectious Diseases']],
    ['a portfolio ending in a possessive', 'The National Institute of Allergy and Infectious Disease\'s director spoke.', ['Organization:National Institute of Allergy and Infectious Disease']],
    ['a body head before "for"', 'The Institute for Health Metrics and Evaluation estimated the toll.', ['Organization:Institute for Health Metrics and Evaluation']],
    ['"Center for" as the head', 'The Chinese Center for Disease Control and Prevention said so.', ['Organization:Chinese Center for Disease Control and Prevention']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });

  it.each([
    ['two countries', 'Then Britain and France signed the text.'],
    ['two bodies, each with its head word', 'Then the University of Washington and Stanford University agreed.'],
    ['"and the" between two names', 'Then the Coast Guard and the National Police arrived.'],
    ['a known city before "and"', 'Then New Orleans and Jefferson Parish declared an emergency.'],
    ['the same head twice', 'Then the Ministry of Health and Ministry of Finance met.'],
    ['a known body after "and"', 'Then the Department of Justice and FBI declined.'],
    ['a body with its own connector after "and"', 'Scientists at the University of Washington and Center for Ecosystem Sentinels agreed.'],
    ['a person after "and"', 'Researchers at the University of Miami and Chris Fallows of Apex agreed.'],
    ['an acronym before "and"', 'Analysts identified SBI and ICICI Bank as winners.'],
    ['a lone word, then a lone head word', 'Talks resumed between McClatchy and Tribune last week.'],
    ['a body after the portfolio\'s connector', 'Scientists at the Institute of Allergy and Infectious Diseases for Children agreed.'],
    ['the head repeated after "for ... and"', 'The Center for Biological Diversity and Center for Food Safety sued.'],
    ['no body head before "for"', 'Rates rose for Health Metrics and Evaluation Partners again.'],
  ])('"and" between two names: %s', (_why, text) => {
    expect(propose(text).some((m) => / and /.test(m))).toBe(false);
  });
});

describe('rule capitalised-sequence: newspapers named after their town', () => {
  it.each([
    ['a hyphenated outlet head', 'Heyward said, via Brian Batko of the Pittsburgh Post-Gazette on Monday.', ['Person:Brian Batko', 'MediaOutlet:Pittsburgh Post-Gazette']],
    ['a place prefix before a hyphenated head', 'It bought the San Diego Union-Tribune in June.', ['MediaOutlet:San Diego Union-Tribune']],
    ['a newspaper head after a town', 'The deal was first reported by the Kansas City Star on Monday.', ['MediaOutlet:Kansas City Star']],
    ['a newspaper head after a county', 'It owns the Orange County Register and more.', ['MediaOutlet:Orange County Register']],
    ['two newspaper heads joined', 'He wrote for the Fort Worth Star-Telegram for years.', ['MediaOutlet:Fort Worth Star-Telegram']],
    ['a town and "Bee"', 'Reporters at the Sacramento Bee left.', ['MediaOutlet:Sacramento Bee']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: newspaper heads that name no newspaper', () => {
  it.each([
    ['"Star" after no place', 'Fans of Star Wars met the Lone Star crowd at the Rising Star show.', []],
    ['a hyphenated word with one newspaper head', 'He played in the NBA All-Star game.', []],
    ['"Sun" after no place', 'They sat in the Midnight Sun bar.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text).filter((m) => m.startsWith('MediaOutlet:'))).toEqual(expected);
  });
});

describe('rule capitalised-sequence: "Express", "Press", "Review" need an outlet cue', () => {
  it.each([
    ['a restaurant', 'Going to Pizza Express in Woking was new.', ['Organization:Pizza Express', 'Place:Woking']],
    ['a firm in a list', 'Firms included Masten Space Systems, Moon Express and OrbitBeyond.', ['Organization:Masten Space Systems', 'Organization:Moon Express']],
    ['a train', 'The Tippu Express was late again.', ['Organization:Tippu Express']],
    ['"told" before it', 'He told the Baltimore Review that it rained.', ['MediaOutlet:Baltimore Review']],
    ['"according to" before it', 'It rained, according to the Valley Press on Monday.', ['MediaOutlet:Valley Press']],
    ['"reported" after it', 'The Baltimore Review reported rain.', ['MediaOutlet:Baltimore Review']],
    ['a strong head needs no cue', 'The story ran in the Deseret News first.', ['MediaOutlet:Deseret News']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: a given name and a surname that is a place head', () => {
  it.each([
    ['mid-sentence', 'The firm heard from Fiona Hill on Monday.', ['Person:Fiona Hill']],
    ['after a speech verb', 'It was wrong, said Tyra Banks yesterday.', ['Person:Tyra Banks']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
  it.each([
    ['after "at"', 'They rallied at Grant Park on Monday.', ['Place:Grant Park']],
    ['a venue after "at"', 'We have a great aura at Heinz Field this year.', ['Place:Heinz Field']],
    ['after "on"', 'The shop stood on George Street for years.', ['Place:George Street']],
    ['a known town', 'Beverly Hills is rich.', ['Place:Beverly Hills']],
  ])('a place: %s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: words that end only the names of firms', () => {
  it.each([
    ['a firm in a list', 'NASA picked Firefly Aerospace and Ceres Robotics last year.', ['Organization:Firefly Aerospace', 'Organization:Ceres Robotics']],
    ['a given name first', 'The fund Alden Capital bought it.', ['Organization:Alden Capital']],
    ['a band', 'He worked with the Goo Goo Dolls for years.', ['Organization:Goo Goo Dolls']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
  it.each([
    ['an event', 'She ran at the Commonwealth Games in Delhi.', ['Place:Delhi']],
    ['one word alone', 'It raised Capital quickly.', []],
  ])('no firm: %s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule capitalised-sequence: where a name starts', () => {
  it.each([
    ['a widget word after a lower-case word opens a name', 'Abuse is reported to the Watch Tower Society by elders.', ['Organization:Watch Tower Society']],
    ['an acronym before "and" is a name of its own', 'Analysts identified SBI and ICICI Bank as winners.', ['Organization:SBI', 'Organization:ICICI Bank']],
    ['a noun of the stop-word list before a head word', 'He is the CEO of New Media Investment Group now.', ['Organization:New Media Investment Group']],
    ['"Air" inside a body\'s name', 'Jets of the Royal Saudi Air Force struck.', ['Organization:Royal Saudi Air Force']],
    ['a title\'s possessive before an office', 'A Bartholomew County Sheriff\'s Department canine came.', ['Organization:Bartholomew County Sheriff\'s Department']],
    ['a lone title before "of" is no part of the body', 'He is the President of the European Council now.', ['Organization:European Council']],
    ['a partnership is a body', 'He was Director of Mid Wales Tourism Partnership then.', ['Organization:Mid Wales Tourism Partnership']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });

  it.each([
    ['a widget word after a capitalised word', 'He sang with Public Image Ltd in London.', 'Image Ltd'],
    ['a lower-case widget word', 'The government gave us a kit via WCD then.', 'via WCD'],
    ['a given name before a place head and a title', 'Deputies of the Bartholomew County Sheriff\'s Department came.', 'Person:'],
    ['a title inside', 'The party ran James Hedges for President in 2016.', 'for President'],
    ['"Procter and Gamble" is not split', 'He bought Procter and Gamble shares.', 'Organization:Procter'],
    ['a possessive that is no title', 'It reached Trump\'s Office Depot store.', "Trump's"],
    ['a title before "of" a place', 'Rudy Giuliani, the former Mayor of New York City, spoke.', 'Mayor of'],
  ])('no such candidate: %s', (_why, text, absent) => {
    expect(propose(text).some((m) => m.includes(absent))).toBe(false);
  });
});

describe('rule capitalised-sequence: words of a name that the rule used to cut off', () => {
  it.each([
    ['a question word inside a society\'s name', 'Groups included Doctor Who Society of Canada and others.', ['Organization:Doctor Who Society of Canada']],
    ['"Air" opening a name in mid-sentence', 'An Air Force Reserve survey found nothing.', ['Organization:Air Force Reserve']],
    ['"All" opening a name in mid-sentence', 'It was led by the All India Hindu Union then.', ['Organization:All India Hindu Union']],
    ['a plural that opens a society\'s name before "of"', 'He met the Knights of Columbus Council of Ohio today.', ['Organization:Knights of Columbus Council of Ohio']],
    ['a society\'s hall', 'She sang at the Daughters of the American Revolution Constitution Hall again.', ['Place:Daughters of the American Revolution Constitution Hall']],
    ['a name longer than the word limit ends at a connector, the rest is a run of its own', 'Director Anthony Fauci of the United States National Institute of Allergy and Infectious Diseases spoke.', ['Organization:United States National Institute of Allergy and Infectious Diseases']],
    ['a court of a district of a state', 'They asked the United States District Court for the Southern District of New York again.', ['Organization:United States District Court for the Southern District', 'Place:New York']],
    ['three capitalised words of a portfolio after "and"', 'He briefed the Officials Committee for Domestic and External Security Coordination today.', ['Organization:Officials Committee for Domestic and External Security Coordination']],
    ['"on" after the head works like "of" before a portfolio', 'It went before the House Committee on Ways and Means today.', ['Organization:House Committee on Ways and Means']],
    ['a title and a person before "of": the body is split off', 'It was said by Commissioner James Rovella of the Connecticut Department of Emergency Services and Public Protection.', ['Organization:Connecticut Department of Emergency Services and Public Protection']],
    ['a title and a person before "of" a university', 'Professor Michael Siegel of Boston University wrote it.', ['Organization:Boston University']],
    ['nine words, connectors included', 'The Bavarian State Ministry of Public Health and Health Care in Munich confirmed it.', ['Organization:Bavarian State Ministry of Public Health and Health Care', 'Place:Munich']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });

  it.each([
    ['a function word before a name', 'He came In Acme Widget Group last.', 'In Acme'],
    ['a number before a name', 'Police served Two Bartholomew County warrants.', 'Two Bartholomew'],
    ['a stop word at a sentence start', 'When Ford Motor Company announced it, shares rose.', 'When'],
    ['a stop word with no head word after it', 'It was All Star Wars again.', 'All Star'],
    ['a headline', 'Who Society Members Met In London', 'Who Society'],
    ['a role before "of" stays out of the body', 'It was boycotted by Sunni Members of Parliament today.', 'Members of'],
    ['a given name before "of" is a person', 'It was signed by Maria Novak of the Council of Europe today.', 'Maria Novak of'],
    ['a title of a body stays whole, with no person split off', 'She met the Secretary General of the United Nations there.', 'United Nations'],
    ['a known name after "and" is a name of its own', 'It joined the Committee on Energy and NATO today.', 'and NATO'],
  ])('no such candidate: %s', (_why, text, absent) => {
    expect(propose(text).some((m) => m.includes(absent))).toBe(false);
  });

  it.each([
    ['Some Air Force Base civilian personnel live there.', 'Organization:Air Force Base'],
    ['Other groups included Doctor Who Society of Canada, and Klingon Assault Group.', 'Organization:Doctor Who Society of Canada'],
  ])('through the pipeline the opening word stays: %s', (text, expected) => {
    expect(brief(mentionsOf(text))).toContain(expected);
  });
});

describe('rule capitalised-sequence: an office holder\'s possessive opens the office\'s name', () => {
  it.each([
    ['a federal prosecutor\'s office', 'The U.S. Attorney’s Office for the Western District of New York announced it.', 'Organization:U.S. Attorney’s Office for the Western District of New York'],
    ['a county prosecutor\'s office', 'The Manhattan District Attorney\'s Office declined to comment.', 'Organization:Manhattan District Attorney\'s Office'],
    ['a medical examiner\'s office', 'The Cook County Medical Examiner\'s Office identified him.', 'Organization:Cook County Medical Examiner\'s Office'],
    ['a title, as before', 'The Orange County Sheriff\'s Office said so.', 'Organization:Orange County Sheriff\'s Office'],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toContain(expected);
  });

  it.each([
    ['a possessive that is no office holder', 'It reached Trump\'s Office Depot store.', "Trump's"],
    ['an office holder\'s possessive before no head word', 'The Attorney\'s Monday statement was short.', "Attorney's Monday"],
  ])('no such candidate: %s', (_why, text, absent) => {
    expect(propose(text).some((m) => m.includes(absent))).toBe(false);
  });
});

describe('rule capitalised-sequence: "to" and a purpose inside a body\'s name', () => {
  it.each([
    ['a verb after "to"', 'The Committee to Protect Journalists reports sixteen deaths.', ['Organization:Committee to Protect Journalists']],
    ['a noun after "to", the head word earlier', 'He was the patron of the National Society for the Prevention of Cruelty to Children’s campaign.', ['Organization:National Society for the Prevention of Cruelty to Children']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });

  it.each([
    ['a body after "to"', 'He sent a letter from the Department of Justice to Congress on Monday.', 'to Congress'],
    ['a place after "to"', 'He moved from the Foreign Office to Downing Street.', 'to Downing'],
    ['a given name after "to"', 'The award went from the Ford Foundation to Maria Novak.', 'to Maria'],
    ['no head word before "to"', 'She moved from Acme Widgets to Stop Shop later.', 'to Stop'],
    ['another name after the words after "to"', 'A grant from the Ford Foundation to Children of Peace went out.', 'to Children'],
    ['a headline', 'Defence Ministry to Buy New Jets', 'to Buy'],
  ])('no such candidate: %s', (_why, text, absent) => {
    expect(propose(text).some((m) => m.includes(absent))).toBe(false);
  });
});

describe('rule capitalised-sequence: a place, then a title, then a name', () => {
  it.each([
    ['a country, a title with "of", a name', 'Time also considered the United States Speaker of the House Nancy Pelosi, and others.', 'Person:Nancy Pelosi'],
    ['a country, a title, a name', 'Later, United States President Donald Trump spoke.', 'Person:Donald Trump'],
  ])('%s', (_why, text, person) => {
    const got = propose(text);
    expect(got).toContain(person);
    expect(got.filter((m) => m.includes('United States'))).toEqual([]);
  });

  it.each([
    ['a place and a head word, no title', 'She studied at the Kansas State University for years.', 'Organization:Kansas State University'],
    ['a "title" before a head word', 'In 1983 he joined the Maryland General Assembly as a delegate.', 'Organization:Maryland General Assembly'],
    ['a "title" inside a body\'s name', 'On Monday, United States General Services Administration staff wrote.', 'Organization:United States General Services Administration'],
    ['a military command', 'Arnel dela Vega of the army\'s Western Mindanao Command said so.', 'Organization:Western Mindanao Command'],
  ])('negative: %s', (_why, text, kept) => {
    expect(propose(text)).toContain(kept);
  });
});

describe('rule capitalised-sequence: a lone head word before "and"', () => {
  it('a body head alone joins the name after "and"', () => {
    expect(propose('Wikinews has contacted the Command and Control Centre of the Coast Guard today.')).toContain('Organization:Command and Control Centre of the Coast Guard');
  });

  it.each([
    ['a street head alone', 'The crash was near Street and Gladstone Avenue on Monday.', 'Street and Gladstone Avenue'],
    ['a body with words of its own', 'He studied at the University of Washington and Stanford University.', 'University of Washington and Stanford University'],
  ])('negative: %s', (_why, text, joined) => {
    expect(propose(text).filter((m) => m.endsWith(`:${joined}`))).toEqual([]);
  });
});

describe('rule capitalised-sequence: an outlet named by its lead word', () => {
  it.each([
    ['"Daily" and one word', 'Mancini has been described by the Daily Hive as a "squirrel whisperer".', 'MediaOutlet:Daily Hive'],
    ['"Daily" and another word', 'The report first ran in the Daily Caller on Monday.', 'MediaOutlet:Daily Caller'],
  ])('%s', (_why, text, outlet) => {
    expect(propose(text)).toContain(outlet);
  });

  it.each([
    ['"Daily" and a lower-case word', 'The Daily briefing was cancelled on Monday.'],
    ['"Daily" within a longer name', 'She spoke at the Daily Planet Media Center on Monday.'],
  ])('negative: %s', (_why, text) => {
    expect(propose(text).filter((m) => /^MediaOutlet:Daily \w+$/.test(m))).toEqual([]);
  });
});
