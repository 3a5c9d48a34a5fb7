import { splitParagraphs } from '../../src/clean/paragraphs';

describe('splitParagraphs', () => {
  it.each([
    [
      'a paragraph hard-wrapped at 72 columns is joined',
      'The council approved the new bridge on Tuesday after a debate that ran\nlate into the evening, members said, and work will start in June.\n\nSecond paragraph.',
      [
        'The council approved the new bridge on Tuesday after a debate that ran late into the evening, members said, and work will start in June.',
        'Second paragraph.',
      ],
    ],
    ['one paragraph per line stays as it is', 'First paragraph.\nSecond paragraph.\nThird.', ['First paragraph.', 'Second paragraph.', 'Third.']],
    [
      'a heading over teaser lines is not a wrapped paragraph',
      'You May Also Like\nG7 summit opens in Canada with a focus on trade, wars - and not riling Trump',
      ['You May Also Like', 'G7 summit opens in Canada with a focus on trade, wars - and not riling Trump'],
    ],
    [
      'full sentences on lines of their own are kept apart',
      'Australian Prime Minister Anthony Albanese also said he would send troops.\nGrushko further argued that a solution could only be sustained.',
      ['Australian Prime Minister Anthony Albanese also said he would send troops.', 'Grushko further argued that a solution could only be sustained.'],
    ],
    ['blank lines and spaces collapse', '\n\n  One.  \n\n\n\nTwo.\n', ['One.', 'Two.']],
  ])('%s', (_name, input, expected) => {
    expect(splitParagraphs(input)).toEqual(expected);
  });
});
