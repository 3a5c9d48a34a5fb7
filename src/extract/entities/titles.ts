// Titles and offices ("Deputy Foreign Minister", "Prime Minister", "Mr"): found before names, in
// appositions and in title-only descriptions ("Britain's prime minister"). Titles never become
// part of a person's name.
import { loadEntityData, type TitlesFile } from '../../resolve/entities/data';

export interface TitleMatch {
  start: number;
  end: number;
  text: string;
  /** Title Case without temporal modifiers: "deputy foreign minister" -> "Deputy Foreign Minister". */
  canonical: string;
  /** "former", "then-": the person no longer holds it. */
  past: boolean;
  /** Mr, Dr, Sir...: stripped from names but no office. */
  honorific: boolean;
  /** An office that needs no country or organisation to be meaningful, e.g. Professor. */
  nonRole: boolean;
}

interface TitlePatterns {
  /** Matches a title at a position (sticky). */
  at: RegExp;
  /** Matches a title that ends the string (before optional spaces). */
  ending: RegExp;
  honorifics: Set<string>;
  nonRole: Set<string>;
  past: Set<string>;
}

let patterns: TitlePatterns | undefined;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLengthDesc = (a: string, b: string) => b.length - a.length;

function titlePatterns(): TitlePatterns {
  if (patterns) return patterns;
  const t = loadEntityData<TitlesFile>('titles.json');
  const heads = [...t.heads, ...t.portfolios.flatMap((p) => t.portfolioHeads.map((h) => `${p} ${h}`))]
    .sort(byLengthDesc)
    .map(escape);
  const modifiers = t.modifiers
    .sort(byLengthDesc)
    .map((m) => (m.endsWith('-') ? `${escape(m)}` : `${escape(m)}\\s+`));
  const honorifics = t.honorifics.sort(byLengthDesc).map((h) => (h.endsWith('.') ? escape(h) : `${escape(h)}\\.?`));
  // Heads may be plural ("Senators Kamala Harris and Cory Booker").
  const title = `(?:(?:${modifiers.join('|')})*(?:${heads.join('|')})s?|(?:${honorifics.join('|')}))`;
  // A title is a whole word: no letter before it or after it.
  patterns = {
    at: new RegExp(`(?<![\\p{L}\\p{N}])${title}(?![\\p{L}\\p{N}-])`, 'iuy'),
    ending: new RegExp(`(?<![\\p{L}\\p{N}])${title}(?![\\p{L}\\p{N}-])\\s*$`, 'iu'),
    honorifics: new Set(t.honorifics.map((h) => h.toLowerCase().replace(/\.$/, ''))),
    nonRole: new Set(t.nonRoleHeads.map((h) => h.toLowerCase())),
    past: new Set(['former', 'then-', 'ex-', 'late']),
  };
  return patterns;
}

// "deputy foreign minister" -> "Deputy Foreign Minister"; small words stay lower case; "CEO" stays.
function titleCase(word: string): string {
  if (/^(of|for|the|and|in|on)$/i.test(word)) return word.toLowerCase();
  const w = word.length > 3 && word === word.toUpperCase() ? word.toLowerCase() : word;
  return w.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

let singularHeads: Set<string> | undefined;

/** "Senators" -> "Senator": a plural title names the office of each person. */
function singular(words: string[]): string[] {
  const last = words[words.length - 1] ?? '';
  if (!/[^s]s$/.test(last)) return words;
  const one = last.slice(0, -1);
  singularHeads ??= new Set(loadEntityData<TitlesFile>('titles.json').heads.map((h) => h.split(' ').pop() ?? h));
  return singularHeads.has(one) ? [...words.slice(0, -1), one] : words;
}

function describe(text: string, start: number): TitleMatch {
  const p = titlePatterns();
  const words = text.trim().split(/\s+/);
  const past = words.some((w) => p.past.has(w.toLowerCase()) || w.toLowerCase().startsWith('then-'));
  const kept = words
    .map((w) => w.replace(/^then-/i, ''))
    .filter((w) => w && !p.past.has(w.toLowerCase()));
  const canonical = singular(kept.map(titleCase)).join(' ');
  const lower = canonical.toLowerCase().replace(/\.$/, '');
  return {
    start,
    end: start + text.trimEnd().length,
    text: text.trimEnd(),
    canonical,
    past,
    honorific: p.honorifics.has(lower),
    nonRole: p.nonRole.has(lower),
  };
}

/** The longest title starting exactly at `start`, if any. */
export function titleAt(text: string, start: number): TitleMatch | undefined {
  const re = titlePatterns().at;
  re.lastIndex = start;
  const m = re.exec(text);
  return m ? describe(m[0], start) : undefined;
}

/** The title that ends at `end` (spaces allowed before `end`), looking back at most 80 characters. */
export function titleEndingAt(text: string, end: number): TitleMatch | undefined {
  const from = Math.max(0, end - 80);
  const window = text.slice(from, end);
  const m = titlePatterns().ending.exec(window);
  if (!m || m.index === undefined) return undefined;
  // The regex may start mid-title ("Minister" of "Prime Minister"): take the longest start.
  let best = describe(m[0], from + m.index);
  for (let i = m.index - 1; i >= 0 && i >= m.index - 40; i--) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(window[i - 1])) continue;
    const r = titlePatterns().at;
    r.lastIndex = i;
    const again = r.exec(window);
    if (again && i + again[0].trimEnd().length === m.index + m[0].trimEnd().length) best = describe(again[0], from + i);
  }
  return best;
}

/** Every title in a piece of text, left to right, non-overlapping. */
export function titlesIn(text: string): TitleMatch[] {
  const out: TitleMatch[] = [];
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1])) continue;
    const t = titleAt(text, i);
    if (t) {
      out.push(t);
      i = t.end - 1;
    }
  }
  return out;
}
