import { gazetteerRule } from '../../../src/extract/entities/rules/gazetteer-rule';
import { brief, contextOf, mentionsOf } from './helpers';

const propose = (text: string) =>
  gazetteerRule.propose(contextOf(text)).map((m) => `${m.type}:${m.text}=${m.canonical}`);

describe('rule gazetteer', () => {
  it.each([
    ['a demonym stands for its country', 'Russian officials agreed.', ['Country:Russian=Russia']],
    ['"French" is France, not a French territory', 'French media reported it.', ['Country:French=France']],
    ['news alias with dots', 'He met U.S. mediators.', ['Country:U.S.=United States']],
    ['alias "Britain"', 'Britain sent aid.', ['Country:Britain=United Kingdom']],
    ['seat of government, possessive split off', "The Kremlin's view was clear.", ['Country:Kremlin=Russia']],
    ['capital used for the state', 'Allies to Kyiv agreed.', ['Country:Kyiv=Ukraine']],
    ['capital as a location is a place', 'They met in Paris.', ['Place:Paris=Paris']],
    ['capital after a verb of visiting is a place', 'The chancellor visited Paris.', ['Place:Paris=Paris']],
    ['capital after "to" and a word of motion is a place', 'He flew to Paris and a trip to Rome followed.', ['Place:Paris=Paris', 'Place:Rome=Rome']],
    ['capital after "to" and other words is the state', 'He sent a message to Paris.', ['Country:Paris=France']],
    ['capital after "to" at the end of a journey is a place', 'She was airlifted from Omsk to Berlin.', ['Place:Omsk=Omsk', 'Place:Berlin=Berlin']],
    ['capital after "for" and a verb of leaving is a place', 'The ferry was bound for Jakarta.', ['Place:Jakarta=Jakarta']],
    ['capital after "capital" is a place', 'Protests spread in the Serbian capital Belgrade.', ['Country:Serbian=Serbia', 'Place:Belgrade=Belgrade']],
    ['capital after "capital" and a comma is a place', 'A hotel burned in the country\'s capital, Tunis, on Monday.', ['Place:Tunis=Tunis']],
    ['capital after "capital city" is a place', 'He died at a hospital in the capital city Tehran.', ['Place:Tehran=Tehran']],
    ['capital after a town adjective is a place', 'The station is in central London.', ['Place:London=London']],
    ['capital before a common noun is a place', 'Last week a Kabul car bombing killed five.', ['Place:Kabul=Kabul']],
    ['capital before a plural noun is a place', 'Beijing residents need not worry.', ['Place:Beijing=Beijing']],
    ['capital before a hyphenated noun is a place', 'He was flown out by Berlin non-profit groups.', ['Place:Berlin=Berlin']],
    ['capital before a noun of its government is the state', 'Talks with the Kabul government stalled.', ['Country:Kabul=Afghanistan']],
    ['capital before a verb is the state', 'Beijing has calculated that it can wait.', ['Country:Beijing=China']],
    ['capital before a possessive pronoun is the state', 'The duo gives Amsterdam its night back.', ['Country:Amsterdam=Netherlands']],
    ['capital opening a longer name is a place', 'He joined a London Stock Exchange bomb plot.', ['Place:London=London']],
    ['capital in a headline-cased line is still the state', 'Moscow Warns Kyiv Over Grain Deal\n\nThe talks failed.', ['Country:Moscow=Russia', 'Country:Kyiv=Ukraine']],
    ['capital after "off" is a place', 'The ship was a few miles off Jakarta.', ['Place:Jakarta=Jakarta']],
    ['capital after a capitalised "Capital" stays the state', 'Capital Kyiv agreed.', ['Country:Kyiv=Ukraine']],
    ['capital after an adjective that names no town part stays the state', 'An angry Moscow replied.', ['Country:Moscow=Russia']],
    ['seat as a location is a place', 'It was held at the Elysee Palace.', ['Place:Elysee Palace=Elysee Palace']],
    ['longest match wins', 'The North Atlantic Treaty Organization met.', ['Organization:North Atlantic Treaty Organization=NATO']],
    ['outlet with its article', 'The Telegraph reported it.', ['MediaOutlet:The Telegraph=The Telegraph']],
    ['agency', 'Reuters and AFP carried it.', ['MediaOutlet:Reuters=Reuters', 'MediaOutlet:AFP=AFP']],
    ['ambiguous name before a surname is not a country', 'Jordan Peterson spoke.', []],
    ['ambiguous name before a title still counts', 'US President Joe Biden spoke.', ['Country:US=United States']],
    ['a capital that is a given name, before a surname, is not the state', 'The novel by Douglas Adams sold well.', []],
    ['a capital that is a given name, standing alone, is the city', 'Officials in Sofia said no.', ['Place:Sofia=Sofia']],
    ['US state is a place', 'A man from Utah won.', ['Place:Utah=Utah']],
    ['a party whose name ends in a known alias is a party of its own', 'Liberal Democrats lost ten seats.', ['Organization:Liberal Democrats=Liberal Democrats']],
    ['a militia named after a known group is a group of its own', 'A Kataeb Hezbollah official died.', ["Organization:Kataeb Hezbollah=Kata'ib Hezbollah"]],
    ['the alias alone is still the known party', 'The Democrats won.', ['Organization:Democrats=Democratic Party']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('a generic body name qualified by another state or nation is another body', () => {
  it.each([
    ['a state legislature is not the US House', 'He ran for the Michigan House of Representatives twice.', 'Organization:Michigan House of Representatives'],
    ['a national parliament is not the US House', 'The Libyan House of Representatives rejected it.', 'Organization:Libyan House of Representatives'],
    ['a state court is not the US Supreme Court', 'Then the Wisconsin Supreme Court ruled.', 'Organization:Wisconsin Supreme Court'],
  ])('%s', (_why, text, expected) => {
    expect(brief(mentionsOf(text))).toContain(expected);
    expect(propose(text).filter((m) => m.startsWith('Organization:'))).toEqual([]);
  });

  it.each([
    ['a unique name keeps its link after a demonym', 'They met the Afghan Taliban.', ['Country:Afghan=Afghanistan', 'Organization:Taliban=Taliban']],
    ['a qualifier that belongs to the alias', 'The U.S. Senate voted.', ['Organization:U.S. Senate=US Senate']],
    ['a full name linked to its acronym', 'The Organisation for Economic Co-operation and Development said so.', ['Organization:Organisation for Economic Co-operation and Development=OECD']],
    ['a US agency by its full name', 'Data from the Centers for Disease Control and Prevention showed it.', ['Organization:Centers for Disease Control and Prevention=Centers for Disease Control and Prevention']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('names that start with a widget word', () => {
  it.each([
    ['"Home" of "Home Office"', 'Later the Home Office said it would not.', ['Organization:Home Office']],
    ['"Home" alone is still widget text', 'Home | News | Sport', []],
    ['a widget word mid-sentence before a capitalised word starts a name', 'Shares of Dow component Home Depot rose.', ['Organization:Home Depot']],
    ['not after a capitalised word, where another name runs on', 'They saw Public Image Ltd play.', []],
    ['a lower-case widget word starts nothing', 'The government gave us a kit via WCD. That was all.', ['Organization:WCD']],
    ['a widget word at the start of a line is widget text', 'Watch: Depot Street fire\nThe fire spread.', ['Place:Depot Street']],
  ])('%s', (_why, text, expected) => {
    expect(brief(mentionsOf(text))).toEqual(expected);
  });
});

describe('rule gazetteer: cities of the GeoNames list with a place cue', () => {
  it.each([
    ['after a location preposition', 'The team travelled from Herat to the capital.', ['Place:Herat=Herāt']],
    ['preposition with "downtown" between', 'Crowds gathered in downtown Sochi on Friday.', ['Place:Sochi=Sochi']],
    ['a campus after "at"', 'She teaches at Chapel Hill now.', ['Place:Chapel Hill=Chapel Hill']],
    ['followed by its state', 'He was born in Irving, Texas.', ['Place:Irving=Irving', 'Place:Texas=Texas', 'Place:Irving, Texas=Irving']],
    ['a given name is a town with its state', 'Police in Tyler, Texas, said so.', ['Place:Tyler=Tyler', 'Place:Texas=Texas', 'Place:Tyler, Texas=Tyler']],
    ['a venue named after it', 'Tunisia faced England at the Volgograd Arena.', ['Country:Tunisia=Tunisia', 'Place:England=England', 'Place:Volgograd=Volgograd']],
    ['its state right before it', 'She studies at University of Texas Arlington now.', ['Place:Texas=Texas', 'Place:Arlington=Arlington']],
    ['cued once, then alone', 'Officials in Greensboro met. Greensboro police said nothing.', ['Place:Greensboro=Greensboro', 'Place:Greensboro=Greensboro']],
    ['an ordinary word with a strong cue', 'A man was stabbed in Reading on Saturday.', ['Place:Reading=Reading']],
    ['a large city whose name is no other word', 'Volgograd hosted a match.', ['Place:Volgograd=Volgograd']],
    ['the next item of a list of places', 'Fans came from Sochi and Herat.', ['Place:Sochi=Sochi', 'Place:Herat=Herāt']],
    ['a list with commas', 'Shelling hit Kharkiv, Bakhmut and Mariupol.', ['Place:Kharkiv=Kharkiv', 'Place:Bakhmut=Bakhmut', 'Place:Mariupol=Mariupol']],
    ['a curated variant spelling', 'Fans filled the Nizhny Novgorod Stadium.', ['Place:Nizhny Novgorod=Nizhny Novgorod']],
    ['a city whose name opens with a state, beside the state', 'He lives in Virginia Beach now.', ['Place:Virginia=Virginia', 'Place:Virginia Beach=Virginia Beach']],
    ['a city named twice is no city and region', 'June 23 -- Amphitheater at Virginia Beach, Virginia Beach, VA',
      ['Place:Virginia=Virginia', 'Place:Virginia Beach=Virginia Beach', 'Place:Virginia=Virginia', 'Place:Virginia Beach=Virginia Beach']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule gazetteer: a capital followed by its country is the city', () => {
  it.each([
    ['capital, country', 'Talks were held in Kabul, Afghanistan today.', ['Place:Kabul=Kabul', 'Country:Afghanistan=Afghanistan', 'Place:Kabul, Afghanistan=Kabul']],
    ['capital without a preposition', 'Kyiv, Ukraine was quiet.', ['Country:Kyiv=Ukraine', 'Country:Ukraine=Ukraine', 'Place:Kyiv, Ukraine=Kyiv']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule gazetteer: town names that are not places here', () => {
  it.each([
    ['no cue for a small town', 'Greensboro was mentioned.'],
    ['a product\'s colour after "in" (a stop name)', 'The PS4 DualShock Controller in Crystal is $39.99.'],
    ['a surname after a given name', 'The author Washington Irving wrote it.'],
    ['a given name before a surname', 'Fans of Austin Powers laughed.'],
    ['a name joined by an ampersand', 'He spoke at the Mary & Leigh Block Museum of Art.'],
    ['a body named with an adjective', 'She studied at Imperial College London.'],
    ['a surname after "to"', 'The nomination went to Richardson instead.'],
    ['an ordinary word that is also a town', 'They trust in God and in Liberty.'],
    ['a word written in lower case elsewhere', 'The reading was long. Reading took hours.'],
    ['a known place before a head that is not a region', 'The ship sank in Jakarta Bay.'],
    ['the end of a name with a particle', 'An earthquake struck Surigao del Sur, Philippines.'],
    ['the title of a work', 'He voiced the hero in Batman: The Animated Series.'],
    ['another place inside the following name', 'It took place at the Metro Toronto Convention Centre.'],
    ['a month that is a town', 'It happened in March.'],
    ['a comma after a place is no list', 'In Kyiv, Hidalgo said so.'],
    ['a surname in the possessive after "in"', "In Warren's campaign, staff worked hard."],
    ['a town of the list that news means as another place', 'The meeting took place in Washington.'],
    ['a given name after a place and "and"', 'He met Texas officials and Tyler said so.'],
    ['a language that is a town', 'It was written in English.'],
  ])('%s', (_why, text) => {
    expect(propose(text).filter((m) => m.startsWith('Place:') && !/=(Texas|Philippines|Toronto|Jakarta|Kyiv)$/.test(m))).toEqual([]);
  });
});

describe('rule gazetteer: regions, states and provinces', () => {
  it.each([
    ['a Canadian province', 'Floods hit Manitoba on Monday.', ['Place:Manitoba=Manitoba']],
    ['an Indian state', 'Rain fell across Tamil Nadu.', ['Place:Tamil Nadu=Tamil Nadu']],
    ['a Chinese province', 'The outbreak began in Hubei.', ['Place:Hubei=Hubei']],
    ['an alias', 'Rains hit Orissa.', ['Place:Orissa=Odisha']],
    ['an ambiguous region standing alone', 'Fires in Brittany spread.', ['Place:Brittany=Brittany']],
    ['an ambiguous region before a surname is not the region', 'Brittany Spears sang.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule gazetteer: a network\'s short name before another word', () => {
  it.each([
    ['a sports channel', 'CBS Sports NFL Insider Jason La Canfora has reported it.', ['MediaOutlet:CBS Sports=undefined']],
    ['a local station', 'A girl was taken. CBS DFW reports the man fled.', ['MediaOutlet:CBS DFW=undefined']],
    ['a service', 'He watched CBS All-Access on his TV.', ['MediaOutlet:CBS All-Access=undefined']],
  ])('%s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
  it.each([
    ['alone', 'CBS reported it on Monday.', ['MediaOutlet:CBS=CBS News']],
    ['possessive', "CBS's anchor spoke.", ['MediaOutlet:CBS=CBS News']],
    ['before a function word', 'CBS This Morning aired it.', ['MediaOutlet:CBS=CBS News']],
    ['before a speech verb', 'NBC Said nothing.', ['MediaOutlet:NBC=NBC News']],
    ['an alias that is no short name', 'The Telegraph Group said so.', ['MediaOutlet:The Telegraph=The Telegraph']],
  ])('still the news division: %s', (_why, text, expected) => {
    expect(propose(text)).toEqual(expected);
  });
});

describe('rule gazetteer: a place that opens a newspaper\'s name', () => {
  it.each([
    ['a town and a newspaper head', 'It was reported by the Kansas City Star on Monday.', []],
    ['a county and a hyphenated head', 'He read the Pittsburgh Post-Gazette daily.', []],
    ['a town before an outlet head', 'They sold the San Jose Mercury News and more.', []],
  ])('%s', (_why, text, expected) => {
    expect(propose(text).filter((m) => /^(Place|Country):/.test(m))).toEqual(expected);
  });
  it.each([
    ['a weak head with no outlet cue (a train)', 'The Texas Express was late.', ['Place:Texas']],
    ['a place before a name of no outlet', 'Fans of the Kansas Jayhawks cheered.', ['Place:Kansas']],
    ['a demonym describes an outlet by its country', 'It was shown on Russian TV yesterday.', ['Country:Russian']],
  ])('the place stays: %s', (_why, text, expected) => {
    expect(propose(text).filter((m) => /^(Place|Country):/.test(m)).map((m) => m.split('=')[0])).toEqual(expected);
  });
});
