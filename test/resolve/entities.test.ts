import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Role } from '../../src/types';
import { layoutText } from '../../src/extract/text';
import { extractEntityMentions } from '../../src/extract/entities';
import { resolveEntities } from '../../src/resolve/entities';
import { countryByIso2, lookupCountry, lookupOrganization, lookupOutlet } from '../../src/resolve/entities/gazetteer';
import { canonicalPersonName } from '../../src/resolve/entities/identity';
import { articleOf } from '../extract/entities/helpers';

function resolve(text: string): { entities: Entity[]; roles: Role[] } {
  const layout = layoutText(text);
  const article = articleOf(text);
  return resolveEntities(article, layout, extractEntityMentions(article, layout));
}

const byName = (entities: Entity[], name: string) => entities.find((e) => e.name === name);
const roleText = (entities: Entity[], r: Role) =>
  `${entities.find((e) => e.key === r.person)?.name} | ${r.title} | ${r.of ? entities.find((e) => e.key === r.of)?.name ?? r.of : null}`;

describe('gazetteer lookups for other extractors', () => {
  it.each([
    ['French', 'country:fr', 'France'],
    ['Britain', 'country:gb', 'United Kingdom'],
    ['UK', 'country:gb', 'United Kingdom'],
    ['the Kremlin', 'country:ru', 'Russia'],
    ['Kyiv', 'country:ua', 'Ukraine'],
    ['American', 'country:us', 'United States'],
    ['u.s.', 'country:us', 'United States'],
  ])('lookupCountry(%j)', (text, key, name) => {
    expect(lookupCountry(text)).toMatchObject({ key, name });
  });

  it('gives ISO codes', () => {
    expect(lookupCountry('Russian')).toMatchObject({ iso2: 'RU', iso3: 'RUS' });
    expect(countryByIso2('gb')?.name).toBe('United Kingdom');
  });

  it.each([
    ['Izvestia', 'org:izvestia', 'newspaper'],
    ['AFP', 'org:afp', 'agency'],
    ['Agence France-Presse', 'org:afp', 'agency'],
    ['Getty Images', 'org:getty-images', 'photo-agency'],
    ['BBC News', 'org:bbc', 'broadcaster'],
  ])('lookupOutlet(%j)', (text, key, kind) => {
    expect(lookupOutlet(text)).toMatchObject({ key, kind });
  });

  it.each([['Nato'], ['North Atlantic Treaty Organization']])('lookupOrganization(%j) is NATO', (text) => {
    expect(lookupOrganization(text)?.key).toBe('org:nato');
  });

  it('knows nothing of words that are not names', () => {
    expect(lookupCountry('table')).toBeUndefined();
    expect(lookupOutlet('France')).toBeUndefined();
  });
});

describe('roles', () => {
  it.each([
    ['demonym title name', 'Russian Deputy Foreign Minister Alexander Grushko spoke.', 'Alexander Grushko | Deputy Foreign Minister | Russia'],
    ['country title name', 'United Kingdom Prime Minister Keir Starmer spoke.', 'Keir Starmer | Prime Minister | United Kingdom'],
    ["country's title name", "Britain's Foreign Secretary David Lammy spoke.", 'David Lammy | Foreign Secretary | United Kingdom'],
    ['name, title of org', 'Jens Stoltenberg, Secretary General of NATO, spoke.', 'Jens Stoltenberg | Secretary General | NATO'],
    ['name, the demonym title', 'Emmanuel Macron, the French president, spoke.', 'Emmanuel Macron | President | France'],
    ['title without holder', 'President Joe Biden spoke.', 'Joe Biden | President | null'],
  ])('%s', (_why, text, expected) => {
    const { entities, roles } = resolve(text);
    expect(roles.map((r) => roleText(entities, r))).toEqual([expected]);
  });

  it.each([
    ['former office is not held', 'Former President Barack Obama spoke.'],
    ['honorific is no office', 'Mr John Key spoke.'],
    ['non-office description without holder', 'Professor John Burrows spoke.'],
  ])('%s: no role', (_why, text) => {
    expect(resolve(text).roles).toEqual([]);
  });
});

describe('coreference', () => {
  it('joins surname-only mentions to the full name', () => {
    const { entities } = resolve('Russian Deputy Foreign Minister Alexander Grushko spoke. Grushko added more. Later Grushko left.');
    const grushko = byName(entities, 'Alexander Grushko');
    expect(grushko?.mentions.map((m) => m.text)).toEqual(['Alexander Grushko', 'Grushko', 'Grushko']);
    expect(entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });

  it('leaves an ambiguous surname unattached', () => {
    const { entities } = resolve('Anna Smith and Peter Smith disagreed. Later, Smith called it a start, and Smith left.');
    const anna = byName(entities, 'Anna Smith');
    const peter = byName(entities, 'Peter Smith');
    expect(anna?.mentions).toHaveLength(1);
    expect(peter?.mentions).toHaveLength(1);
    // ... and makes no "Smith" node of its own.
    expect(entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Anna Smith', 'Peter Smith']);
  });

  it.each([
    ["Britain's prime minister", "United Kingdom Prime Minister Keir Starmer called. Britain's prime minister was firm.", 'Keir Starmer', "Britain's prime minister"],
    ['the French president', 'French President Emmanuel Macron spoke. Then the French president left.', 'Emmanuel Macron', 'French president'],
  ])('a title-only description joins its one holder: %s', (_why, text, person, mention) => {
    const { entities } = resolve(text);
    expect(byName(entities, person)?.mentions.map((m) => m.text)).toContain(mention);
  });

  it.each([
    ['the person named like a known outlet', 'The wealthier Michael Bloomberg joined the race. Bloomberg won the caucus.', 'Person', 'person:michael-bloomberg'],
    ['the outlet when a word says so', 'Michael Bloomberg joined the race, Bloomberg reported on Monday.', 'MediaOutlet', 'org:bloomberg'],
    ['the outlet when no one bears the name', 'The buckets were secured after Bloomberg contacted Facebook.', 'MediaOutlet', 'org:bloomberg'],
  ])('a lone known firm word: %s', (_why, text, type, key) => {
    const { entities } = resolve(text);
    const lone = entities.find((e) => e.mentions.some((m) => m.text === 'Bloomberg'));
    expect(lone).toMatchObject({ type, key });
  });

  it('a description with two holders joins no one', () => {
    const text = 'French President Emmanuel Macron and US President Joe Biden met. The president left.';
    const { entities } = resolve(text);
    for (const name of ['Emmanuel Macron', 'Joe Biden']) {
      expect(byName(entities, name)?.mentions.map((m) => m.text.toLowerCase())).not.toContain('president');
    }
  });
});

describe('identity', () => {
  it('countries carry ISO codes and canonical names whatever the text says', () => {
    const { entities } = resolve('Britain and the U.S. agreed with French officials.');
    const gb = entities.find((e) => e.key === 'country:gb');
    expect(gb).toMatchObject({ type: 'Country', name: 'United Kingdom', iso2: 'GB', iso3: 'GBR', aliases: ['Britain'] });
    expect(entities.find((e) => e.key === 'country:us')?.name).toBe('United States');
    expect(entities.find((e) => e.key === 'country:fr')?.mentions[0].text).toBe('French');
  });

  it('the alias table gives one key to spelling variants', () => {
    expect(canonicalPersonName('Volodymyr Zelenskyy')).toBe('Volodymyr Zelensky');
    const a = resolve('Ukrainian President Volodymyr Zelenskyy spoke.').entities.find((e) => e.type === 'Person');
    const b = resolve('President Volodymyr Zelensky spoke.').entities.find((e) => e.type === 'Person');
    expect(a?.key).toBe('person:volodymyr-zelensky');
    expect(b?.key).toBe(a?.key);
  });

  it.each([
    ['a middle initial, a suffix and a short given name', 'Patrick Carlineo Jr. was charged. Pat Carlineo said nothing. Patrick W. Carlineo left. Carlineo denied it.',
      'person:patrick-carlineo-jr', ['Patrick Carlineo Jr', 'Pat Carlineo', 'Patrick W. Carlineo', 'Carlineo']],
    ['the full given name is canonical whatever comes first', 'Bill Weld spoke. Later William Weld left. Weld smiled.',
      'person:william-weld', ['Bill Weld', 'William Weld', 'Weld']],
    ['the fewest words are canonical whatever comes first', 'John R. Bolton spoke. John Bolton left. Bolton smiled.',
      'person:john-bolton', ['John R. Bolton', 'John Bolton', 'Bolton']],
    ['a curated name of the alias table', 'Donald John Trump spoke. Donald J. Trump left.',
      'person:donald-trump', ['Donald John Trump', 'Donald J. Trump']],
  ])('name variants of one person in one article are one key: %s', (_why, text, key, mentions) => {
    const people = resolve(text).entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.key)).toEqual([key]);
    expect(people[0].mentions.map((m) => m.text)).toEqual(mentions);
  });

  it.each([
    ['two different middle names', 'Jeong Jae Jin met Jeong Hye Jin.', ['person:jeong-jae-jin', 'person:jeong-hye-jin']],
    ['father and son', 'Ken Griffey Sr. watched Ken Griffey Jr. play.', ['person:ken-griffey-sr', 'person:ken-griffey-jr']],
    ['a short form that fits two people', 'Patricia Smith met Patrick Smith. Pat Smith was late.', ['person:patricia-smith', 'person:patrick-smith', 'person:pat-smith']],
    ['another given name', 'Hillary Clinton met Bill Clinton.', ['person:hillary-clinton', 'person:bill-clinton']],
  ])('name variants of different people stay apart: %s', (_why, text, keys) => {
    expect(resolve(text).entities.filter((e) => e.type === 'Person').map((e) => e.key)).toEqual(keys);
  });

  it('the same organisation from two articles is one key', () => {
    const a = resolve('The North Atlantic Treaty Organization met.').entities.find((e) => e.type === 'Organization');
    const b = resolve('Leaders of NATO met.').entities.find((e) => e.type === 'Organization');
    expect(a?.key).toBe('org:nato');
    expect(b?.key).toBe('org:nato');
  });

  it('a city named as a location carries its country', () => {
    const { entities } = resolve('They met in Paris.');
    expect(entities.map((e) => e.key)).toEqual(['place:paris-fr']);
  });

  it.each([
    ['a town with namesakes is looked for in the country the article names', 'They toured Spain. Fans met in Valencia.', 'place:valencia-es'],
    ['a capital named as a location names its country too', 'The team trained in Madrid. Fans met in Valencia.', 'place:valencia-es'],
    ['the largest namesake when no country is named', 'Fans met in Valencia.', 'place:valencia-ve'],
  ])('%s', (_why, text, key) => {
    expect(resolve(text).entities.map((e) => e.key)).toContain(key);
  });

  it('a city name that is the surname of a person in the article is that person', () => {
    const { entities } = resolve('Sarah Paris left the ship. Paris said she was held.');
    expect(entities.map((e) => `${e.type}:${e.name}:${e.mentions.length}`)).toEqual(['Person:Sarah Paris:2']);
  });
});

describe('golden: a story written for these tests', () => {
  const text = readFileSync(join(__dirname, '../fixtures/entities/summit-story.txt'), 'utf8');
  const { entities, roles } = resolve(text);
  const names = entities.map((e) => `${e.type}:${e.name}`);

  it('finds the people, countries, organisations and outlets', () => {
    expect(names).toEqual(expect.arrayContaining([
      'Person:Olaf Scholz', 'Person:Volodymyr Zelensky', 'Person:Jens Stoltenberg', 'Person:Justin Trudeau',
      'Person:Anna Smith', 'Person:Peter Smith',
      'Country:Germany', 'Country:Ukraine', 'Country:Canada', 'Country:Russia',
      'Organization:NATO', 'MediaOutlet:Der Spiegel', 'MediaOutlet:Reuters', 'MediaOutlet:TASS', 'Place:Berlin',
    ]));
  });

  it('makes no entity of headline words, weekdays or the photo credit', () => {
    expect(names.join(' ')).not.toMatch(/Tuesday|Wednesday|JOHN|DOE|Leaders|Ceasefire|POOL/);
  });

  it('reads the roles', () => {
    expect(roles.map((r) => roleText(entities, r))).toEqual(expect.arrayContaining([
      'Olaf Scholz | Chancellor | Germany',
      'Volodymyr Zelensky | President | Ukraine',
      'Jens Stoltenberg | Secretary General | NATO',
      'Justin Trudeau | Prime Minister | Canada',
    ]));
  });

  it('attaches surnames and descriptions, and leaves the ambiguous "Smith" alone', () => {
    const mentions = (name: string) => byName(entities, name)?.mentions.map((m) => m.text) ?? [];
    expect(mentions('Olaf Scholz')).toEqual(expect.arrayContaining(['Scholz', 'German chancellor']));
    expect(mentions('Justin Trudeau')).toContain("Canada's prime minister");
    expect(mentions('Jens Stoltenberg')).toContain('Stoltenberg');
    expect(mentions('Anna Smith')).toEqual(['Anna Smith']);
  });
});

// The development story in ../shared, when it is there: every required entity and role.
const SHARED_STORY = join(__dirname, '../../../shared/corpus/ukraine-nato/grushko-ironclad-guarantees.clean.txt');
const SHARED_GOLD = join(__dirname, '../../../shared/gold/grushko-ironclad-guarantees.gold.json');
// Defined only when ../shared is present (the project must pass its tests without it).
if (existsSync(SHARED_STORY) && existsSync(SHARED_GOLD)) describe('golden: the development story in ../shared', () => {
  it('meets the gold entities and roles', () => {
    const gold = JSON.parse(readFileSync(SHARED_GOLD, 'utf8'));
    const { entities, roles } = resolve(readFileSync(SHARED_STORY, 'utf8'));
    for (const g of gold.entities.required) {
      const e = entities.find((x) => x.name === g.name || x.aliases.includes(g.name));
      expect(e).toBeDefined();
      if (g.mentionsAtLeast) expect(e!.mentions.length).toBeGreaterThanOrEqual(g.mentionsAtLeast);
    }
    for (const g of gold.roles.required) {
      expect(roles.map((r) => roleText(entities, r))).toContainEqual(expect.stringMatching(new RegExp(`^${g.person} \\| .*${g.title}.* \\| ${g.of}$`)));
    }
  });
});

describe('coreference: a shared surname and the article\'s central person', () => {
  it('joins the person named in full far more often', () => {
    const text = 'Ahmed Mohamed built a clock. Ahmed Mohamed was arrested. His father, Mohamed El-Hassan Mohamed, spoke. Later Mohamed was freed.';
    const { entities } = resolve(text);
    const ahmed = entities.find((e) => e.name === 'Ahmed Mohamed');
    expect(ahmed?.mentions.map((m) => m.text)).toEqual(['Ahmed Mohamed', 'Ahmed Mohamed', 'Mohamed']);
  });

  it('a person called only by title and surname is every lone mention of the surname', () => {
    const text = 'The vote concerned President Trump. Polls show that Trump is back, and Trump supporters cheered.';
    const trump = resolve(text).entities.find((e) => e.key === 'person:trump');
    expect(trump?.mentions.map((m) => m.text)).toEqual(['Trump', 'Trump', 'Trump']);
  });

  it.each([
    ['a one-word guess that starts a firm\'s name is that firm', 'Alden Capital owns papers. Publications owned by Alden have cut staff.', ['org:alden-capital']],
    ['not a body that is no firm', 'The Obama National Security Council met. Staff of Obama left.', ['org:obama-national-security-council', 'person:obama']],
  ])('%s', (_why, text, keys) => {
    expect(resolve(text).entities.map((e) => e.key).sort()).toEqual(keys);
  });

  it('a shared surname guessed as a company is no company', () => {
    const text = 'John Ford wrote books and Mike Ford edited them. Owing to Ford\'s obscurity, few read them.';
    expect(resolve(text).entities.map((e) => e.key)).toEqual(['person:john-ford', 'person:mike-ford']);
  });
});

describe('roles: lists are not appositions', () => {
  it('gives each titled name its own role', () => {
    const text = 'It was attended by energy minister Yuval Steinitz, Greek prime minister Kyriakos Mitsotakis and others.';
    const { entities, roles } = resolve(text);
    expect(roles.map((r) => roleText(entities, r)).sort()).toEqual([
      'Kyriakos Mitsotakis | Prime Minister | Greece',
      'Yuval Steinitz | Energy Minister | null',
    ]);
  });
});
