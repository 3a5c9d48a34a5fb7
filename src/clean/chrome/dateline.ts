// A dateline near the top of the text ("Friday, July 21, 2017", "Published March 17, 2025 10:02am
// EDT"). It becomes publishedAt (marked guessed) unless metadata already gave one, and leaves the body.
import { escapeRegExp, loadCleanData } from '../data';
import { type ChromeDocument, type ChromeRule, keptBlocks, removeBlock } from './document';

interface DateWords {
  months: string[][];
  weekdays: string[];
  datelineCues: string[];
}

/** How many blocks from the top a dateline may appear in (after the headline, a byline, ...). */
const DATELINE_WINDOW = 3;

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

function buildDatePattern() {
  const words = loadCleanData<DateWords>('dates.json');
  const month = alternation(words.months.flat());
  const weekday = alternation(words.weekdays);
  const cue = alternation(words.datelineCues);
  const time = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?`;
  const date = String.raw`(?:(?<m1>${month})\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>\d{4})` +
    String.raw`|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>${month})\.?,?\s+(?<y2>\d{4})` +
    String.raw`|(?<y3>\d{4})-(?<m3>\d{2})-(?<d3>\d{2}))`;
  const head = String.raw`(?:(?<cue>${cue})\s*:?\s*)?(?:(?<weekday>${weekday})\.?,?\s+)?`;
  return {
    whole: new RegExp(String.raw`^${head}${date}${time}$`, 'iu'),
    // As the start of a paragraph only with a cue or a weekday, so "May 7, 2015 was ..." stays.
    prefix: new RegExp(String.raw`^${head}${date}${time}(?:\s*[-–—:]\s*|\s+)(?=[\p{Lu}"“‘'])`, 'iu'),
    monthIndex: (name: string) => words.months.findIndex((names) => names.includes(name.toLowerCase().replace(/\.$/, ''))),
  };
}

let pattern: ReturnType<typeof buildDatePattern> | undefined;

/** ISO date (YYYY-MM-DD) of a dateline, or null when the text is not one. */
export function parseDateline(text: string, mode: 'whole' | 'prefix' = 'whole'): { date: string; length: number } | null {
  pattern ??= buildDatePattern();
  const m = (mode === 'whole' ? pattern.whole : pattern.prefix).exec(text.trim());
  if (!m?.groups) return null;
  const g = m.groups;
  if (mode === 'prefix' && !g.cue && !g.weekday) return null;
  const year = Number(g.y1 ?? g.y2 ?? g.y3);
  const month = g.m3 ? Number(g.m3) : pattern.monthIndex(g.m1 ?? g.m2) + 1;
  const day = Number(g.d1 ?? g.d2 ?? g.d3);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { date: probe.toISOString().slice(0, 10), length: m[0].length };
}

export const dateline: ChromeRule = {
  id: 'dateline',
  apply(doc: ChromeDocument) {
    for (const block of keptBlocks(doc).slice(0, DATELINE_WINDOW)) {
      const whole = parseDateline(block.text, 'whole');
      const prefix = whole ? null : parseDateline(block.text, 'prefix');
      const found = whole ?? prefix;
      if (!found) continue;
      if (!doc.publishedAt) {
        doc.publishedAt = found.date;
        doc.guessed.publishedAt = true;
      }
      if (whole) removeBlock(doc, block, 'dateline');
      else {
        doc.removed.push({ text: block.text.slice(0, found.length).trim(), reason: 'dateline' });
        block.text = block.text.slice(found.length).trim();
      }
      return;
    }
  },
};
