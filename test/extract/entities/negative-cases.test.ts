import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brief, mentionsOf } from './helpers';

interface NegativeCase {
  why: string;
  text: string;
}

const { cases } = JSON.parse(readFileSync(join(__dirname, '../../fixtures/entities/negative-cases.json'), 'utf8')) as {
  cases: NegativeCase[];
};

describe('texts that must yield no entity', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThan(5);
  });

  it.each(cases.map((c) => [c.why, c.text]))('%s', (_why, text) => {
    expect(brief(mentionsOf(text))).toEqual([]);
  });
});

describe('odd input never throws', () => {
  it.each([
    ['empty text', ''],
    ['only punctuation', '... ,,, !!! ???'],
    ['control characters and mojibake', 'â€œ\u0000\u0007Ã©Â\ufffd'],
    ['one very long capitalised run', Array.from({ length: 2000 }, (_, i) => `Word${i}`).join(' ')],
    ['unbalanced brackets', '((( [[[ "unterminated'],
  ])('%s', (_why, text) => {
    expect(() => mentionsOf(text)).not.toThrow();
  });
});
