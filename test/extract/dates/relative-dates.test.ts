// The shared table of relative and absolute date expressions (../shared/gold/relative-dates.tsv),
// copied to test/fixtures/dates so that it runs without ../shared. Every row must pass.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDates } from '../../../src/extract/dates';
import { layoutText } from '../../../src/extract/text';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'dates', 'relative-dates.tsv');
const SHARED = join(__dirname, '..', '..', '..', '..', 'shared', 'gold', 'relative-dates.tsv');

interface Row {
  reference: string;
  sentence: string;
  expression: string;
  start: string;
  end: string;
  grain: string;
}

function readTable(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [reference, sentence, expression, start, end, grain] = line.split('\t');
      return { reference, sentence, expression, start, end, grain };
    });
}

const rows = readTable(FIXTURE);
const dated = rows.filter((r) => r.expression !== '-');
const undated = rows.filter((r) => r.expression === '-');

describe('relative-dates.tsv', () => {
  it('has the rows of the shared table', () => {
    expect(rows.length).toBe(25);
    if (existsSync(SHARED)) expect(readTable(SHARED)).toEqual(rows);
  });

  it.each(dated.map((r) => [r.sentence, r] as const))('%s', (_sentence, r) => {
    const dates = extractDates(r.sentence, layoutText(r.sentence), r.reference);
    expect(dates).toHaveLength(1);
    const [d] = dates;
    // The mention is the expression, with or without its preposition ("on Saturday" / "Saturday").
    expect(r.expression.includes(d.text) || d.text.includes(r.expression)).toBe(true);
    expect(r.sentence.slice(d.start, d.end)).toBe(d.text);
    expect({ start: d.startDate, end: d.endDate, grain: d.grain }).toEqual({ start: r.start, end: r.end, grain: r.grain });
  });

  it.each(undated.map((r) => [r.sentence, r] as const))('no date in: %s', (_sentence, r) => {
    expect(extractDates(r.sentence, layoutText(r.sentence), r.reference)).toEqual([]);
  });
});
