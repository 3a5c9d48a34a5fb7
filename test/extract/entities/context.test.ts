import { widgetStartsName } from '../../../src/extract/entities/context';

/** Whether the widget word at the first occurrence of `word` in `text` starts a name. */
const startsName = (text: string, word: string) => widgetStartsName(text, text.indexOf(word), word);
const elsewhere = 'Dow component Home Depot reported earnings.';

describe('widgetStartsName: page-widget words that start a name', () => {
  it.each([
    ['between a lower-case word and a capitalised one', 'Dow component Home Depot reported.', 'Home', true],
    ['at a line start: page chrome', 'Home\nNews\nSport', 'Home', false],
    ['at a sentence start with nothing else to go on', 'Looking ahead, Home Depot sees growth.', 'Home', false],
    ['at a sentence start when the article writes the name mid-sentence too', `Looking ahead, Home Depot sees growth. ${elsewhere}`, 'Home', true],
    ['after another capitalised word, the name written elsewhere', `Our One Home Depot investments. ${elsewhere}`, 'Home', true],
    ['a different name after the same widget word', `Looking ahead, Home Office staff left. ${elsewhere}`, 'Home', false],
    ['no widget word', 'the Daily Mail said', 'Daily', false],
  ])('%s', (_why, text, word, expected) => {
    expect(startsName(text, word)).toBe(expected);
  });
});
