import { brief, mentionsOf } from './helpers';

const people = (text: string) => brief(mentionsOf(text)).filter((m) => m.startsWith('Person:'));

describe('surnames: a one-word person guess takes the surname the article shows after it', () => {
  it.each([
    ['an unknown surname', "Serbia's Novak Djokovic and Britain's Andy Murray will play on Wednesday.", ['Person:Novak Djokovic', 'Person:Andy Murray']],
    ['an ordinary word, the pair recurring', 'A row involving Taylor Swift has erupted. Fans of Taylor Swift were angry.', ['Person:Taylor Swift', 'Person:Taylor Swift']],
    ['an ordinary word, then a possessive', 'Taylor Swift\'s first albums were released on that label, the article said.', ['Person:Taylor Swift']],
    ['an unknown surname in a score line', 'Argentina won, with Diego Schwartzman defeating a rival in two sets.', ['Person:Diego Schwartzman']],
    ['a middle initial', 'Police later arrested Elizabeth A. Burton, 32, of Eighth Street.', ['Person:Elizabeth A. Burton']],
    ['the plural of an ordinary word that stands alone elsewhere', 'The judge sentenced James Alex Fields to life. Fields said nothing.', ['Person:James Alex Fields', 'Person:Fields']],
    ['a hyphenated given name', 'Staff were exposed, according to Sui-Lee Wee of the paper. Wee said more.', ['Person:Sui-Lee Wee', 'Person:Wee']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['an ordinary word with no evidence', 'A row involving Taylor Swift has erupted.', 'Person:Taylor Swift'],
    ['a head word after the guess', 'The Novak Foundation gave money to Novak Djokovic Foundation staff.', 'Person:Novak Djokovic Foundation'],
    ['an event after the guess', 'In the revamped Davis Cup format, teams play two singles.', 'Person:Davis Cup'],
    ['a run going on', 'Eve Door & Window brings automations to your home.', 'Person:Eve Door'],
    ['a word the article writes in lower case', 'The novel by Taylor Fiction sold well, though fiction rarely does.', 'Person:Taylor Fiction'],
    ['the plural of an ordinary word with no evidence (a brand)', 'It is full of iconic bikes and kit (though where are Lewis Leathers?!).', 'Person:Lewis Leathers'],
  ])('no whole name: %s', (_why, text, wrong) => {
    expect(people(text)).not.toContain(wrong);
  });

  it.each([
    ['an unknown word', 'The show of Andy Warhol opened. Later, Warhol Polaroids were sold.', 'Person:Warhol Polaroids'],
    ['a word standing alone elsewhere', 'The show of Andy Warhol opened. There are Warhol Polaroid exhibits too. They took a Polaroid home.', 'Person:Warhol Polaroid'],
  ])('a surname of someone named in full elsewhere is a modifier before %s', (_why, text, wrong) => {
    const found = people(text);
    expect(found).toContain('Person:Andy Warhol');
    expect(found).not.toContain(wrong);
  });
});

describe('surnames: a given name before the surname of a person named in full', () => {
  it.each([
    ['a relative', 'Peter Edward Baker died. The news came from his daughter Nettie Baker on Sunday. Baker was 80.', ['Person:Peter Edward Baker', 'Person:Nettie Baker']],
    ['an unknown given name that recurs', 'Peter Edward Baker was a drummer. As a drummer Ginger Baker was loud; fans loved Ginger Baker for it.',
      ['Person:Peter Edward Baker', 'Person:Ginger Baker', 'Person:Ginger Baker']],
  ])('%s', (_why, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    ['a particle', 'Officers named Louis De Zoysa. Police said De Zoysa had a gun.', 'Person:De Zoysa'],
    ['an ordinary word once', 'Robert Mugabe died. Officials said Bright Mugabe was at home.', 'Person:Bright Mugabe'],
    ['a sentence opener', 'Donald Trump spoke. Afterwards Trump visited California.', 'Person:Afterwards Trump'],
    ['the surname written in lower case too', 'Mary Prize won. The prize went to Nemmers Prize winners.', 'Person:Nemmers Prize'],
  ])('no person: %s', (_why, text, wrong) => {
    expect(people(text)).not.toContain(wrong);
  });
});
