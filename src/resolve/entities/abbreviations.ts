// Abbreviations an article defines: "the Federal Security Service (FSB)", "the Sierra Nevada
// Corporation (SNC)". News writes a body's full name once with its abbreviation in brackets and
// the abbreviation alone afterwards; both name one entity. Without this the abbreviation becomes a
// body of its own (org:fsb beside org:federal-security-service) whenever the gazetteer lacks it.
import { entriesFor } from './gazetteer';
import { wordLists } from '../../extract/entities/word-lists';
import type { KeyedMention } from './roles';

/** Right after a name: " (FSB)", " (SNC)", " (DLR)", " (P&O)". */
/** An acronym: a capital, then capitals, digits, "&" or "-" ("NTSB", "AT&T", "COVID-19"). */
export const ACRONYM = String.raw`\p{Lu}[\p{Lu}\d&-]{1,7}`;
/** Initials with a dot after each letter: "(B.C.)" after "British Columbia", "(D.C.)". */
const DOTTED_INITIALS = String.raw`\p{Lu}\.(?:\p{Lu}\.){1,4}`;
const DEFINITION = new RegExp(String.raw`^[ \t]*\([ \t]*(${ACRONYM}|${DOTTED_INITIALS})[ \t]*\)`, 'u');
const DEFINING_TYPES = new Set(['Organization', 'MediaOutlet', 'Place', 'Country']);

/** Words inside names that an abbreviation may skip: the name connectors, and these. */
const ALSO_SKIPPED = new Set(['and', '&', 'in', 'at']);

/** A lower-case word an abbreviated name may hold, which gives a letter or none ("of", "and", "in"). */
export const isSkippableWord = (word: string) => wordLists().nameConnectors.has(word) || ALSO_SKIPPED.has(word);

/**
 * The letters of the abbreviation are the initials of the name's words, in order: every word gives
 * its first letter, or its first letters ("Caltech"-style syllables are not tried), and connectors
 * may give theirs or not: "OIC" = Organisation of Islamic Cooperation, "USCG" = United States
 * Coast Guard, "NHC" = National Hurricane Center. A name cut short by extraction ("Atmospheric
 * Administration (NOAA)") or a foreign-language abbreviation ("Federal Security Service (FSB)")
 * fails, and then nothing is joined: a wrong join is worse than two nodes.
 */
export function abbreviates(abbreviation: string, name: string): boolean {
  const letters = abbreviation.replace(/[&.-]/g, '').toLowerCase();
  const words = name.replace(/^the\s+/i, '').split(/[\s-]+/).filter(Boolean);
  const match = (l: number, w: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w].toLowerCase();
    const connector = isSkippableWord(word);
    if (connector && match(l, w + 1)) return true;
    // One or more leading letters of this word.
    for (let n = 1; n <= word.length && l + n <= letters.length && letters[l + n - 1] === word[n - 1]; n++) {
      if (match(l + n, w + 1)) return true;
    }
    return false;
  };
  return letters.length >= 2 && match(0, 0);
}

/** Each abbreviation the text defines right after a name, with the first mention of that name. */
export function nameDefinitions(text: string, keyed: KeyedMention[]): Map<string, KeyedMention> {
  const definitions = new Map<string, KeyedMention>();
  for (const m of keyed) {
    if (!DEFINING_TYPES.has(m.type) || !/\s/.test(m.text.trim())) continue;
    const abbreviation = DEFINITION.exec(text.slice(m.end, m.end + 16))?.[1];
    if (!abbreviation || definitions.has(abbreviation)) continue;
    if (entriesFor(abbreviation).some((e) => e.key !== m.key) || !abbreviates(abbreviation, m.text)) continue;
    definitions.set(abbreviation, m);
  }
  return definitions;
}

/**
 * The article's mentions with every use of a defined abbreviation keyed as the name it abbreviates:
 * mentions found on exactly its words take that key and type, uses no rule found are added, and
 * uses inside a longer mention are left alone. An abbreviation the gazetteer knows as another
 * entity ("(UK)" after a body's name says where it is) defines nothing.
 */
export function withDefinedAbbreviations(
  text: string,
  keyed: KeyedMention[],
  definitions: Map<string, KeyedMention> = nameDefinitions(text, keyed),
): KeyedMention[] {
  if (definitions.size === 0) return keyed;

  const out = [...keyed];
  for (const [abbreviation, full] of definitions) {
    // Letters, digits, "&", "-" and the dots of dotted initials only (DEFINITION).
    const use = new RegExp(`(?<![\\p{L}\\p{N}&.-])${abbreviation.replace(/\./g, '\\.')}(?![\\p{L}\\p{N}&-])`, 'gu');
    for (const found of text.matchAll(use)) {
      const span = { start: found.index ?? 0, end: (found.index ?? 0) + abbreviation.length };
      const same = out.findIndex((k) => k.start === span.start && k.end === span.end);
      if (same >= 0) {
        out[same] = { ...out[same], key: full.key, type: full.type };
        continue;
      }
      if (out.some((k) => k.start < span.end && span.start < k.end)) continue;
      out.push({ ...span, text: abbreviation, key: full.key, type: full.type });
    }
  }
  return out;
}
