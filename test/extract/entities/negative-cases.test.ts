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
