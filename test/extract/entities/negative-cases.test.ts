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

describe('capitals-only words and title abbreviations that must yield no entity', () => {
  it.each([
    ['an ordinary word written in capitals', 'Setting it up is SUPER easy.'],
    ['a product line before its model number', 'It is faster than the GTX 1060 in games.'],
    ['a common technical acronym', 'Buy a larger SSD and a VPN.'],
    ['times of day written in capitals', 'It opens at 9 A.M. and shuts at 5 P.M. daily.'],
    ['a bare title abbreviation', 'The letter was signed by the Sen. and the Rep. of the district.'],
  ])('%s', (_why, text) => {
    expect(brief(mentionsOf(text))).toEqual([]);
  });
});
