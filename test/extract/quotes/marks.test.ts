import { findQuotedSpans } from '../../../src/extract/quotes/marks';
import { layoutText } from '../../../src/extract/text';

const quotedTexts = (text: string) =>
  findQuotedSpans(layoutText(text)).map((q) => q.segments.map((s) => text.slice(s.start, s.end)).join(' | '));

describe('findQuotedSpans', () => {
  it.each([
    ['curly double marks', 'She said: \u201cWe will win this.\u201d', ['We will win this.']],
    ['straight double marks', 'He said, "It is over," and left.', ['It is over,']],
    ['curly single marks', 'Russia wants \u2018ironclad\u2019 guarantees.', ['ironclad']],
    ['straight single marks', "Russia wants 'ironclad' guarantees.", ['ironclad']],
    ['low-high German marks', 'Sie sagte \u201eNein\u201c dazu.', ['Nein']],
    ['two quotes in a sentence', '"First part," she said, "second part."', ['First part,', 'second part.']],
    ['single marks nested in double ones stay inside', '"They called it \'madness\' today," he said.', ["They called it 'madness' today,"]],
  ])('%s', (_rule, text, expected) => {
    expect(quotedTexts(text)).toEqual(expected);
  });

  it('continues a quote into the next paragraph that opens with a mark', () => {
    const text = '"This is the first paragraph of a long statement.\n\n"And this is the second one," she said.';
    expect(quotedTexts(text)).toEqual(['This is the first paragraph of a long statement. | And this is the second one,']);
  });

  it('ends an unclosed quote at its paragraph when the next paragraph is narration', () => {
    const spans = findQuotedSpans(layoutText('He said "this never closes\n\nNarration goes on.'));
    expect(spans).toHaveLength(1);
    expect(spans[0].closed).toBe(false);
  });

  it.each([
    ['apostrophes', "It's the country's best year, isn't it?"],
    ['plural possessive', "The ministers' meeting ended."],
    ['inch marks after digits', 'A 32" screen.'],
    ['decade abbreviation', "Music of the '90s was loud."],
  ])('finds nothing in %s', (_case, text) => {
    expect(quotedTexts(text)).toEqual([]);
  });
});
