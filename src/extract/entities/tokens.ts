// Word tokens with offsets, the unit every entity rule scans. Possessive endings are split off
// ("Kremlin’s" -> "Kremlin" + possessive) so that names never carry them.
import type { Span } from '../../types';
import { isStopWord, wordLists } from './word-lists';

export interface Token extends Span {
  text: string;
  /** Starts with an upper-case letter. */
  capitalised: boolean;
  /** Two or more letters, all upper case ("NATO", "KIRAN"). */
  allCaps: boolean;
  /** Followed directly by 's or ’s. */
  possessive: boolean;
}

// Initialisms with dots ("U.S.", "D.C."), then words that may hold inner hyphens, apostrophes and
// ampersands ("Jong-un", "O'Brien", "AT&T").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+)*\.?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index ?? 0;
    // Keep a final dot only on single-letter initials ("J. Smith") and on a place name's
    // abbreviation ("St. Louis"); elsewhere it ends a sentence.
    if (word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word) && !startsPlaceName(text, word, start, tokens)) word = word.slice(0, -1);
    let possessive = false;
    const poss = /^(.+?)['’]s$/u.exec(word);
    if (poss && !/^(?:\p{Lu}\.)+$/u.test(poss[1])) {
      word = poss[1];
      possessive = true;
    } else if (/['’]$/.test(text.slice(start + word.length, start + word.length + 1)) && /s$/.test(word)) {
      // Plural possessive ("the Smiths’ house"): the apostrophe is outside the match already.
      possessive = true;
    }
    if (!word) continue;
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      capitalised: /^\p{Lu}/u.test(word),
      allCaps: word.length > 1 && /\p{Lu}/u.test(word) && word === word.toUpperCase() && !/\d/.test(word),
      possessive,
    });
  }
  return tokens;
}

/**
 * "St. Louis", "Mt. Everest": an abbreviation of name-cues.json (nameAbbreviations) right before a
 * capitalised word keeps its dot, so the two make one name. Not after a capitalised word other
 * than a stop word ("on Main St. Louis said", unlike "In St. Louis"): there it shortens the head
 * of a street name, and the dot may end the sentence.
 */
function startsPlaceName(text: string, word: string, start: number, before: Token[]): boolean {
  if (!wordLists().nameAbbreviations.has(word.slice(0, -1))) return false;
  if (!/^[ \t\u00a0]\p{Lu}/u.test(text.slice(start + word.length, start + word.length + 2))) return false;
  const prev = before[before.length - 1];
  return !(prev && prev.capitalised && !isStopWord(prev.text) && onlySpaceBetween(text, prev.end, start));
}

/** True when only spaces (no newline, no punctuation) separate the two offsets. */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return to >= from && /^[ \t\u00a0]*$/.test(text.slice(from, to));
}
