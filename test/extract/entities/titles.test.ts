import { titleAt, titleEndingAt } from '../../../src/extract/entities/titles';

describe('titles', () => {
  it.each([
    ['Deputy Foreign Minister Alexander Grushko', 'Deputy Foreign Minister', 'Deputy Foreign Minister', false, false],
    ['prime minister Keir Starmer', 'prime minister', 'Prime Minister', false, false],
    ['Secretary of State Antony Blinken', 'Secretary of State', 'Secretary of State', false, false],
    ['former President Barack Obama', 'former President', 'President', true, false],
    ['Senators Kamala Harris and Cory Booker', 'Senators', 'Senator', false, false],
    ['Mr Key said', 'Mr', 'Mr', false, true],
  ] as const)('titleAt(%j)', (text, matched, canonical, past, honorific) => {
    expect(titleAt(text, 0)).toMatchObject({ text: matched, canonical, past, honorific });
  });

  it.each([
    ['Presidential race', 0],
    ['Generally speaking', 0],
    ['under Professor Smith', 0],
  ])('no title at the start of %j', (text, at) => {
    expect(titleAt(text, at)).toBeUndefined();
  });

  it('finds the whole title that ends before a name', () => {
    const text = 'Russian Deputy Foreign Minister Alexander Grushko';
    expect(titleEndingAt(text, text.indexOf('Alexander'))).toMatchObject({ text: 'Deputy Foreign Minister', start: 8 });
  });
});
