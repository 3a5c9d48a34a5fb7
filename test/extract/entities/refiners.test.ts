import type { EntityMention } from '../../../src/types';
import { trim } from '../../../src/extract/entities/refiners/trim-mention';
import { firmGuessedAsPerson, isJunk } from '../../../src/extract/entities/refiners/drop-junk';
import { resolveOverlapsRefiner } from '../../../src/extract/entities/refiners/overlaps';
import { brief, contextOf, mentionsOf } from './helpers';

/** A candidate covering `part` of `text`, as a guessing rule would propose it. */
function candidate(text: string, part: string, type: EntityMention['type'] = 'Person', rule = 'compromise:person'): EntityMention {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type, rule };
}

describe('refiner trim-mention', () => {
  it.each([
    ['title and country adjective', 'Russian President Vladimir Putin spoke.', 'Russian President Vladimir Putin', 'Vladimir Putin'],
    ['trailing verb and junk', 'French President Emmanuel Macron said.Â Then (KIRAN', 'President Emmanuel Macron said.Â Then (KIRAN', 'Emmanuel Macron'],
    ['possessive', "Macron's plan.", "Macron's", 'Macron'],
    ['initials survive', 'Then J. R. Smith came.', 'J. R. Smith', 'J. R. Smith'],
    ['a country word before a name', 'Then Russian Alexander Grushko came.', 'Russian Alexander Grushko', 'Alexander Grushko'],
    ['a country name that is also a given name stays', 'Then Chad Smith came.', 'Chad Smith', 'Chad Smith'],
    ['so does "Jordan"', 'Lawyers for Jordan Peterson came.', 'Jordan Peterson', 'Jordan Peterson'],
  ])('%s', (_why, text, part, expected) => {
    expect(trim(candidate(text, part), contextOf(text))?.text).toBe(expected);
  });
});

describe('refiner drop-junk', () => {
  it.each([
    ['weekday', 'It was Saturday.', 'Saturday', 'Place', true],
    ['glued widget word', 'NEWYou can now listen.', 'NEWYou', 'Organization', true],
    ['lower-case word from a tagger', 'He said it.', 'said', 'Person', true],
    ['shouted name from a credit', 'by KIRAN RIDLEY today', 'KIRAN RIDLEY', 'Person', true],
    ['bare title', 'The President spoke.', 'President', 'Person', true],
    ['a real name', 'Keir Starmer spoke.', 'Keir Starmer', 'Person', false],
  ] as const)('%s', (_why, text, part, type, junk) => {
    expect(isJunk(candidate(text, part, type), contextOf(text))).toBe(junk);
  });
});

describe('refiner drop-junk: known names made of stop words', () => {
  it.each([
    ['a known body with a head word', 'The State Department said so.', 'State Department', 'gazetteer:name', false],
    ['in mid-sentence, before a noun', 'Our shocked State Department experts said so.', 'State Department', 'gazetteer:name', false],
    ['"of" inside the name', 'The Group of Seven met.', 'Group of Seven', 'gazetteer:name', false],
    ['guessed, not known', 'The State Department said so.', 'State Department', 'capitalised-sequence:organization', true],
    ['inside a longer run of capitals', 'He works for the Washington State Department of Health.', 'State Department', 'gazetteer:name', true],
    ['no head word', 'The Sun rose over the hills.', 'The Sun', 'gazetteer:name', true],
  ] as const)('%s', (_why, text, part, rule, junk) => {
    expect(isJunk(candidate(text, part, 'Organization', rule), contextOf(text))).toBe(junk);
  });

  it.each([
    ['The State Department said on Monday that it would act.', ['Organization:State Department']],
    ['He works for the Washington State Department of Health now.', ['Organization:Washington State Department of Health']],
    ['The Sun rose over the hills.', []],
  ])('the whole pipeline: %j', (text, expected) => {
    expect(brief(mentionsOf(text))).toEqual(expected);
  });
});

describe('refiner resolve-overlaps', () => {
  it('prefers the gazetteer over a guess that runs across it', () => {
    const text = 'The Telegraph Reported it.';
    const kept = resolveOverlapsRefiner.refine(
      [candidate(text, 'Telegraph Reported', 'Person', 'compromise:person'), candidate(text, 'The Telegraph', 'MediaOutlet', 'gazetteer:name')],
      contextOf(text),
    );
    expect(kept.map((m) => m.text)).toEqual(['The Telegraph']);
  });

  it('keeps a country inside a longer organisation name', () => {
    const text = 'The United States Navy sailed.';
    const kept = resolveOverlapsRefiner.refine(
      [candidate(text, 'United States', 'Country', 'gazetteer:name'), candidate(text, 'United States Navy', 'Organization', 'capitalised-sequence:organization')],
      contextOf(text),
    );
    expect(kept.map((m) => m.text)).toEqual(['United States Navy', 'United States']);
  });

  it('lets a full name win over a city inside it', () => {
    const text = 'Valeska Paris left.';
    const kept = resolveOverlapsRefiner.refine(
      [candidate(text, 'Paris', 'Country', 'gazetteer:capital'), candidate(text, 'Valeska Paris', 'Person', 'compromise:person')],
      contextOf(text),
    );
    expect(kept.map((m) => `${m.type}:${m.text}`)).toEqual(['Person:Valeska Paris']);
  });
});

describe('refiner trim-mention: lower-case name particles', () => {
  it.each([
    ['a particle that is also a given name keeps the name before it', 'Police officer Arnel dela Vega was hurt.', 'Arnel dela Vega', 'Arnel dela Vega'],
    ['a name opening with a particle takes the given name before it', 'Then Arnel dela Vega spoke.', 'dela Vega', 'Arnel dela Vega'],
    ['with a Dutch particle', 'She met Vincent van Gogh there.', 'van Gogh', 'Vincent van Gogh'],
  ])('%s', (_name, text, part, expected) => {
    expect(trim(candidate(text, part), contextOf(text))?.text).toBe(expected);
  });

  // Negative cases: no given name to take.
  it.each([
    ['a stop word before the particle', 'Then van Dijk scored.', 'van Dijk', 'van Dijk'],
    ['a lower-case word before the particle', 'the striker van Dijk scored.', 'van Dijk', 'van Dijk'],
    ['a word that is no particle', 'Then lee Smith scored.', 'lee Smith', 'Smith'],
  ])('%s', (_name, text, part, expected) => {
    expect(trim(candidate(text, part), contextOf(text))?.text).toBe(expected);
  });
});

describe('refiner trim-mention: surnames joined by hyphens through short lower-case parts', () => {
  it.each([
    ['a Thai surname cut at the hyphen', 'Then Prayuth Chan-o-cha spoke.', 'Prayuth Chan', 'Prayuth Chan-o-cha'],
    ['the surname alone', 'They backed Chan-o-cha again.', 'Chan', 'Chan-o-cha'],
  ])('%s', (_name, text, part, expected) => {
    expect(trim(candidate(text, part), contextOf(text))?.text).toBe(expected);
  });

  // Negative cases: the hyphenated word is no part of the name.
  it.each([
    ['a kinship word', 'Then Smith-in-law spoke.', 'Smith', 'Smith'],
    ['a capitalised second name', 'Then Biden-Harris won.', 'Biden', 'Biden'],
    ['a compound adjective', 'Then a Trump-backed bill passed.', 'Trump', 'Trump'],
  ])('%s', (_name, text, part, expected) => {
    expect(trim(candidate(text, part), contextOf(text))?.text).toBe(expected);
  });
});

describe('refiner trim-mention: descriptors before a given name', () => {
  it.each([
    ['Scientologist Tom Cruise', 'Tom Cruise'],
    ['Democrat Joe Biden', 'Joe Biden'],
    ['Voter Kitty Mak', 'Kitty Mak'],
    ['Broadcaster Piers Morgan', 'Piers Morgan'],
    ['Co-author Jing-Shan Zhao', 'Jing-Shan Zhao'],
    ['Tom Cruise', 'Tom Cruise'],
    // Negative cases: a role word that is also a name stays.
    ['Tucker Carlson', 'Tucker Carlson'],
    ['Baker Mayfield', 'Baker Mayfield'],
    ['Hunter Biden', 'Hunter Biden'],
    ['Christian Keysers', 'Christian Keysers'],
  ])('%j -> %j', (part, expected) => {
    const text = `A video featuring ${part} appeared.`;
    expect(trim(candidate(text, part), contextOf(text))?.text).toBe(expected);
  });
});

describe('refiner trim-mention and drop-junk: people that are places', () => {
  it('cuts a person at "of"', () => {
    const text = 'Suspect Patrick Crusius of Allen was held.';
    expect(trim(candidate(text, 'Patrick Crusius of Allen'), contextOf(text))?.text).toBe('Patrick Crusius');
  });

  it('drops a long "person" ending in a place head word', () => {
    const text = 'He was held at Richard J. Donovan Correctional Facility.';
    expect(isJunk(candidate(text, 'Richard J. Donovan Correctional Facility'), contextOf(text))).toBe(true);
  });
});

describe('refiner trim-mention: head words that start a body\'s name stay', () => {
  it.each([
    ['university', 'The University of Essex said so.', 'The University of Essex', 'Organization', 'University of Essex'],
    ['council', 'The Council of Europe met today.', 'The Council of Europe', 'Organization', 'Council of Europe'],
    ['a person loses a leading function word', 'The Irving police met him.', 'The Irving', 'Person', 'Irving'],
    ['a capitalised word before a lone head', 'The Home Office said so.', 'The Home Office', 'Organization', 'Home Office'],
    ['a kind of place before the name', 'People fled the town of Yeoncheon.', 'town of Yeoncheon', 'Place', 'Yeoncheon'],
    ['a name particle stays', 'Later de Gaulle left.', 'de Gaulle', 'Person', 'de Gaulle'],
    ['a corporate suffix with its name stays', 'Shares of Acme Widgets Inc. rose.', 'Acme Widgets Inc', 'Organization', 'Acme Widgets Inc'],
    ['a suffix alone, not after a comma, stays', 'Shares of Inc rose.', 'Inc', 'Organization', 'Inc'],
    ['a body trimmed to a bare title is dropped', 'The State Attorney General\u2019s office declined.', 'Attorney General\u2019s office', 'Organization', undefined],
    ['a title with a capitalised body head stays', 'The Attorney General\u2019s Office declined.', 'Attorney General\u2019s Office', 'Organization', 'Attorney General\u2019s Office'],
    ['a title guessed as a person is not dropped here', 'Then Attorney General Smith spoke.', 'Attorney General Smith', 'Person', 'Smith'],
  ] as const)('%s', (_why, text, part, type, expected) => {
    expect(trim(candidate(text, part, type, `compromise:${type.toLowerCase()}`), contextOf(text))?.text).toBe(expected);
  });
});

describe('refiner drop-junk: guessed people named like a firm', () => {
  const firm = (text: string, part: string, rule = 'capitalised-sequence:person') =>
    firmGuessedAsPerson(candidate(text, part, 'Person', rule), contextOf(text)).map((m) => `${m.type}:${m.text}`);
  it.each([
    ['joined by "&"', 'It won awards from Ernst & Young last year.', 'Ernst & Young', ['Organization:Ernst & Young']],
    ['a fund', 'The firm Alden Capital bought it.', 'Alden Capital', ['Organization:Alden Capital']],
    ['a broker', 'Analysts at Kotak Institutional Equities said so.', 'Kotak Institutional Equities', ['Organization:Kotak Institutional Equities']],
    ['a band', 'The Doobie Brothers will tour.', 'Doobie Brothers', ['Organization:Doobie Brothers']],
    ['two given names joined by "&" are two people', 'Songs with Wyatt & Zach were fun.', 'Wyatt & Zach', ['Person:Wyatt', 'Person:Zach']],
    ['a newspaper is no person', 'The Sacramento Bee said so.', 'Sacramento Bee', []],
  ])('%s', (_why, text, part, expected) => {
    expect(firm(text, part)).toEqual(expected);
  });
  it.each([
    ['a plain name', 'Then Fiona Hill said so.', 'Fiona Hill'],
    ['a person of an outlet', 'It was moderated by Kristen Welker of NBC News.', 'Kristen Welker'],
    ['a surname that is no company word', 'Then Tyra Banks said so.', 'Tyra Banks'],
  ])('unchanged: %s', (_why, text, part) => {
    expect(firm(text, part)).toEqual([`Person:${part}`]);
  });
  it('retypes through the whole pipeline', () => {
    expect(brief(mentionsOf('He won awards from Frost & Sullivan and Ernst & Young last year.'))).toContain('Organization:Ernst & Young');
  });
});

describe('refiner trim-mention: a corporate suffix after a comma names nothing', () => {
  it.each([
    ['"Inc." after a comma', 'Paid by #CollectiveBias, Inc. and its advertiser.', 'Inc'],
    ['"Inc." between commas', 'Dräger, Inc., says the machines work.', 'Inc'],
    ['"Ltd" after a comma', 'It was made by Acme, Ltd in 2019.', 'Ltd'],
  ])('%s', (_why, text, part) => {
    expect(trim(candidate(text, part, 'Organization', 'compromise:organization'), contextOf(text))).toBeUndefined();
  });
});

describe('refiner trim-mention: an owner\'s possessive before a guessed body', () => {
  it.each([
    ['an owner before a maker', "A friend spotted Webb's Ford sedan.", "Webb's Ford", 'compromise:organization', 'Ford'],
    ['a possessive word of a name stays', "The People's Party won.", "People's Party", 'compromise:organization', "People's Party"],
    ['no capitalised word after it', "They ate at McDonald's today.", "McDonald's", 'compromise:organization', 'McDonald'],
    ['other rules keep their possessive names', "Staff of the Alachua Sheriff's Office came.", "Alachua Sheriff's Office", 'capitalised-sequence:organization', "Alachua Sheriff's Office"],
  ])('%s', (_why, text, part, rule, expected) => {
    expect(trim(candidate(text, part, 'Organization', rule), contextOf(text))?.text).toBe(expected);
  });

  it.each([
    ['Some Air Force Base civilian personnel live there.', 'Air Force Base', 'Air Force Base'],
    ['It was led by the All India Hindu Union then.', 'All India Hindu Union', 'All India Hindu Union'],
  ])('a stop word that opens a capitalised-sequence name stays: %s', (text, part, expected) => {
    expect(trim(candidate(text, part, 'Organization', 'capitalised-sequence:organization'), contextOf(text))?.text).toBe(expected);
  });

  it('a stop word that opens a guess of another rule goes', () => {
    const text = 'It was led by the All India Hindu Union then.';
    expect(trim(candidate(text, 'All India Hindu Union', 'Organization', 'compromise:organization'), contextOf(text))?.text).toBe('India Hindu Union');
  });
});
