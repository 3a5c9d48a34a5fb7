// Names an article itself marks as companies or other bodies: written right after a noun such as
// "company" or "airline" ("US-based software company Red Hat") or right before a corporate suffix
// ("Acme Widgets Inc."). Such a name names that body wherever the article repeats it, so a speech
// verb beside it ("Red Hat said") does not make it a person.
import type { EntityContext } from './rule';
import type { Token } from './tokens';
import { onlySpaceBetween } from './tokens';
import { isStopWord, wordLists } from './word-lists';
import { isGivenName } from './person-names';
import { titleAt } from './titles';
import { loadEntityData } from '../../resolve/entities/data';

const MAX_WORDS = 4;

const cache = new WeakMap<EntityContext, Set<string>>();

/** The company-like names of the article (exact surface text), computed once per article. */
export function companyNames(ctx: EntityContext): Set<string> {
  let names = cache.get(ctx);
  if (!names) {
    names = findCompanyNames(ctx);
    cache.set(ctx, names);
  }
  return names;
}

function findCompanyNames(ctx: EntityContext): Set<string> {
  const { tokens, text } = ctx;
  const lists = wordLists();
  const names = new Set<string>();
  const joined = (ws: Token[]) => (ws.length === 0 ? '' : text.slice(ws[0].start, ws[ws.length - 1].end));
  for (let i = 0; i < tokens.length; i++) {
    if (lists.companyNouns.has(tokens[i].text)) {
      const words: Token[] = [];
      for (let k = i + 1; k < tokens.length && words.length < MAX_WORDS; k++) {
        // "the newspaper Star of Mysore": "of" joins two capitalised parts of the name.
        const joinsName = words.length > 0 && tokens[k].text === 'of' && tokens[k + 1] !== undefined && nameWord(tokens[k + 1], true);
        if ((!nameWord(tokens[k], words.length > 0) && !joinsName) || !onlySpaceBetween(text, tokens[k - 1].end, tokens[k].start)) break;
        words.push(tokens[k]);
        if (tokens[k].possessive) break;
      }
      if (words.length > 0 && words[words.length - 1].text === 'of') words.pop();
      // "the company chairman John Smith" is caught by the lower-case word; "company President
      // John Smith" and "firm Anna Berg" (a given name first) are people, not the body.
      if (words.length > 0 && !isGivenName(words[0].text) && titleAt(text, words[0].start) === undefined) names.add(joined(words));
    }
    if (lists.corporateSuffixes.has(tokens[i].text) && tokens[i].capitalised) {
      const words: Token[] = [];
      for (let k = i - 1; k >= 0 && words.length < MAX_WORDS; k--) {
        // "Acme Widgets Inc.", "Acme Widgets, Inc.": a comma may stand before the suffix.
        const gap = text.slice(tokens[k].end, words.length === 0 ? tokens[i].start : words[0].start);
        if (!nameWord(tokens[k]) || tokens[k].possessive || !/^,?[ \t]+$/.test(gap) || (words.length > 0 && gap.includes(','))) break;
        words.unshift(tokens[k]);
      }
      if (words.length > 0) names.add(joined(words));
    }
  }
  return names;
}

/** A word of a company's name; after its first word also "Air", "Group" ("Mahan Air"). */
function nameWord(t: Token, inside = false): boolean {
  if (!t.capitalised || t.text.length < 2) return false;
  return !isStopWord(t.text) || (inside && (nameWords ??= new Set(loadEntityData<{ companyNameWords: string[] }>('name-cues.json').companyNameWords)).has(t.text));
}

let nameWords: Set<string> | undefined;
