import type { Entity } from '../../../src/types';
import { layoutText } from '../../../src/extract/text';
import { extractEntityMentions } from '../../../src/extract/entities';
import { resolveEntities } from '../../../src/resolve/entities';
import { nameVariantsAgree, personForFirstSurname, personForWord, surnameMentions, variantRank, type PersonName } from '../../../src/resolve/entities/coreference';
import { articleOf } from '../../extract/entities/helpers';

function people(text: string): Entity[] {
  const layout = layoutText(text);
  const article = articleOf(text);
  return resolveEntities(article, layout, extractEntityMentions(article, layout)).entities.filter((e) => e.type === 'Person');
}

const person = (name: string): PersonName => ({ key: `person:${name.toLowerCase().replace(/ /g, '-')}`, name, count: 1 });
const surnames = (text: string, names: string[]) => surnameMentions(text, names.map(person), []).map((m) => `${m.text}=>${m.key}`);

describe('coreference: surname mentions', () => {
  it.each([
    ['a plain surname', 'Later Warhol left.', ['Warhol=>person:andy-warhol']],
    ['after a sentence-start function word', 'The Trump campaign said so.', ['Trump=>person:donald-trump']],
    ['after an ordinary word', 'Former Trump adviser Smith spoke.', ['Trump=>person:donald-trump']],
    ['after a title', 'Professor Burrows agreed.', ['Burrows=>person:john-burrows']],
    ['after a particle', 'De Blasio joined the race.', ['Blasio=>person:bill-de-blasio']],
    ['the full name no rule proposed', '((Dorsa Derakhshani)) I think so.', ['Dorsa Derakhshani=>person:dorsa-derakhshani']],
  ])('%s', (_why, text, expected) => {
    const names = ['Andy Warhol', 'Donald Trump', 'John Burrows', 'Bill de Blasio', 'Dorsa Derakhshani'];
    expect(surnames(text, names)).toEqual(expected);
  });

  it.each([
    ['inside another name', 'They use Rocky Linux now.', ['Ada Linux']],
    ['before another capitalised word', 'The Warhol Foundation paid.', ['Andy Warhol']],
    ['after an unknown capitalised word', 'Valery Tsapkala spoke.', ['Veranika Tsapkala']],
  ])('no surname mention: %s', (_why, text, names) => {
    expect(surnames(text, names)).toEqual([]);
  });
});

describe('coreference: one word for one person', () => {
  const names = ['Jordan Munoz', 'Borna Derakhshani', 'Megan Cook'].map(person);
  it.each([
    ['a surname', 'Munoz', '', 'person:jordan-munoz'],
    ['a given name alone', 'Jordan', ' made 8 saves.', 'person:jordan-munoz'],
    ['a given name before the surname', 'Jordan', ' Munoz made 8 saves.', 'person:jordan-munoz'],
    ['a given name before a misspelt surname', 'Borna', ' Deraskhsani was banned.', 'person:borna-derakhshani'],
    ['a given name before a stop word', 'Megan', ' And the others left.', 'person:megan-cook'],
  ])('%s joins', (_why, word, after, key) => {
    expect(personForWord(word, names, after)?.key).toBe(key);
  });

  it.each([
    ['a given name before another surname', 'Jordan', ' Spira and Megan Cook 4 total.'],
    ['an unknown word', 'Spira', ''],
  ])('%s joins no one', (_why, word, after) => {
    expect(personForWord(word, names, after)).toBeUndefined();
  });
});

describe('coreference: the first of two family names', () => {
  const names = ['Ricardo Rosselló Nevares', 'Wanda Vázquez Garced', 'George W. Bush', 'Bill de Blasio', 'John Horton Conway', 'Mary Horton Smith'].map(person);
  it.each([
    ['a paternal surname', 'Rosselló', 'person:ricardo-rosselló-nevares'],
    ['another one', 'Vázquez', 'person:wanda-vázquez-garced'],
  ])('%s joins', (_why, word, key) => {
    expect(personForFirstSurname(word, names)?.key).toBe(key);
  });

  it.each([
    ['the last word', 'Nevares'],
    ['the given name', 'Ricardo'],
    ['an initial', 'W.'],
    ['a particle', 'de'],
    ['a middle word two people share', 'Horton'],
  ])('%s joins no one', (_why, word) => {
    expect(personForFirstSurname(word, names)).toBeUndefined();
  });
});

describe('coreference: name variants', () => {
  it.each([
    ['Donald J. Trump', 'Donald Trump'],
    ['Patrick Carlineo Jr', 'Patrick W. Carlineo'],
    ['Pat Carlineo', 'Patrick Carlineo Jr.'],
    ['Bill Clinton', 'William Jefferson Clinton'],
    ['Mike Pence', 'Michael R. Pence'],
    ['John F. Kennedy', 'John Fitzgerald Kennedy'],
    ['Mitch Stoltz', 'Mitchell Stoltz'],
  ])('%s and %s agree', (a, b) => {
    expect(nameVariantsAgree(a, b)).toBe(true);
    expect(nameVariantsAgree(b, a)).toBe(true);
  });

  it.each([
    ['Hillary Clinton', 'Bill Clinton', 'another given name'],
    ['Ken Griffey Sr.', 'Ken Griffey Jr.', 'two generational suffixes'],
    ['Jeong Jae Jin', 'Jeong Hye Jin', 'two middle names'],
    ['John A. Smith', 'John B. Smith', 'two middle initials'],
    ['Pat Smith', 'Pam Smith', 'no short form of each other'],
    ['Park Joo-ho', 'Park Ji-sung', 'East Asian given names'],
    ['Donald Trump', 'Donald', 'a one-word name'],
  ])('%s and %s differ: %s', (a, b) => {
    expect(nameVariantsAgree(a, b)).toBe(false);
  });

  it('ranks the full given name, then the shortest form, first', () => {
    const names = ['Pat Carlineo', 'Patrick W. Carlineo', 'Patrick Carlineo'];
    expect([...names].sort((a, b) => variantRank(a) - variantRank(b))).toEqual(['Patrick Carlineo', 'Patrick W. Carlineo', 'Pat Carlineo']);
  });
});

describe('coreference: whole articles', () => {
  it('joins surnames and initials-led names to one person', () => {
    const text = 'The church was founded by L. Ron Hubbard in 1954. Hubbard died in 1986.';
    const hubbard = people(text).find((e) => e.name === 'L. Ron Hubbard');
    expect(hubbard?.mentions.map((m) => m.text)).toEqual(['L. Ron Hubbard', 'Hubbard']);
  });

  it('finds no mention of a person in a photo credit line', () => {
    const text = 'Nicholas Moreau took the pictures.\n\nImage: Nicholas Moreau.\n\nMoreau said he liked the show.';
    const moreau = people(text).find((e) => e.name === 'Nicholas Moreau');
    expect(moreau?.mentions.map((m) => m.text)).toEqual(['Nicholas Moreau', 'Moreau']);
  });

  it('joins every use of the first family name once a rule found it alone', () => {
    const text = 'Ricardo Rosselló Nevares resigned on Wednesday. Rosselló said he would leave. Protesters had called for Rosselló\'s resignation.';
    const rossello = people(text).find((e) => e.name === 'Ricardo Rosselló Nevares');
    expect(rossello?.mentions.map((m) => m.text)).toEqual(['Ricardo Rosselló Nevares', 'Rosselló', 'Rosselló']);
  });

  it('makes no mention of a middle name no rule found alone', () => {
    const text = 'John Horton Conway died on Saturday. Fans met on Horton Street.';
    expect(people(text).flatMap((e) => e.mentions.map((m) => m.text))).toEqual(['John Horton Conway']);
  });

  it('keeps a surname two people share unattached', () => {
    const text = 'Veranika Tsapkala and Valery Tsapkala left Minsk. Tsapkala said they were safe.';
    const names = people(text).map((e) => e.name).sort();
    expect(names).toEqual(['Valery Tsapkala', 'Veranika Tsapkala']);
    expect(people(text).flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('Tsapkala');
  });
});
