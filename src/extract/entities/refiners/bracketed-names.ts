// Refiner `bracketed-names`: interview transcripts complete a name the speaker said in part with an
// editor's brackets: "Cindy [Pinhal]", "[Augustine Triumph] Attah", "[Russell] Church". The
// bracket breaks the run of capitalised words, so the rules find one half at most. A person found
// on one side of the bracket takes the one to three capitalised words on the other side; the
// mention spans both, and its canonical name drops the brackets ("Cindy Pinhal"). A known given
// name before a bracketed surname ("Jerry [O'Connell]") is a person too. The words taken must be
// no ordinary word and no known place or body ("Indian [Railways]", "Rocky [Linux]" stay out).
import type { EntityMention } from '../../../types';
import type { EntityRefiner } from '../rule';
import { overlaps } from '../rule';
import { isOrdinaryWord } from '../lexicon';
import { isGivenName } from '../person-names';
import { isStopWord } from '../word-lists';
import { entriesFor } from '../../../resolve/entities/gazetteer';

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
const NAME_WORDS = String.raw`${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2}`;
/** After a name: "] Attah" (the name closes a bracket) or " [Pinhal]" (the rest is bracketed). */
const REST_AFTER = new RegExp(String.raw`^(?:\][ \t]+(${NAME_WORDS})|[ \t]+\[(${NAME_WORDS})\])`, 'u');
/** Before a name: "[Alireza] " (a bracketed given name). */
const REST_BEFORE = new RegExp(String.raw`\[(${NAME_WORDS})\][ \t]+$`, 'u');
/** A given name, then a bracketed surname: "Jerry [O'Connell]". */
const GIVEN_THEN_BRACKET = new RegExp(String.raw`(${NAME_WORD})[ \t]+\[(${NAME_WORDS})\]`, 'gu');

export const bracketedNamesRefiner: EntityRefiner = {
  id: 'bracketed-names',
  refine(mentions, ctx) {
    const { text } = ctx;
    const joined: EntityMention[] = [];
    for (const m of mentions) {
      if (m.type !== 'Person' || /[[\]]/.test(m.text)) continue;
      const after = REST_AFTER.exec(text.slice(m.end, m.end + 80));
      // "] Attah" only when the person's own bracket opened before it: "[Augustine Triumph] Attah";
      // the mention then starts at that bracket.
      // A title inside the bracket stays out: "[Prime Minister Narendra] Modi" is "Narendra] Modi".
      const open = after?.[1] !== undefined ? openBracketBefore(text, m.start) : m.start;
      const start = open >= 0 && /^\[?$/.test(text.slice(open, m.start)) ? open : m.start;
      const rest = after?.[1] ?? after?.[2];
      if (after && rest !== undefined && open >= 0 && isNamePart(rest) && !followedByName(text, m.end + after[0].length)) {
        // "Modi's": the possessive stays out.
        const possessive = after[1] !== undefined && /['’]s$/.test(rest) ? 2 : 0;
        joined.push(person(text, start, m.end + after[0].length - possessive));
        continue;
      }
      const before = /\s/.test(m.text) ? null : REST_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
      if (before && isNamePart(before[1])) joined.push(person(text, m.start - before[0].length, m.end));
    }
    for (const g of text.matchAll(GIVEN_THEN_BRACKET)) {
      if (!isGivenName(g[1]) || !isNamePart(g[2]) || followedByName(text, g.index + g[0].length)) continue;
      if (g.index > 0 && /[\p{L}\]]/u.test(text[g.index - 1])) continue;
      if (ctx.excluded.some((x) => overlaps(x, { start: g.index, end: g.index + g[0].length }))) continue;
      joined.push(person(text, g.index, g.index + g[0].length));
    }
    if (joined.length === 0) return mentions;
    const kept = mentions.filter((m) => !joined.some((j) => overlaps(j, m)));
    return [...kept, ...joined.filter((j, n) => !joined.slice(0, n).some((o) => overlaps(o, j)))].sort((a, b) => a.start - b.start);
  },
};

/** Where the bracket opens that the name at `start` sits in, or -1 when it sits in none. */
function openBracketBefore(text: string, start: number): number {
  const open = text.lastIndexOf('[', start);
  const inside = open >= 0 && open > text.lastIndexOf(']', start) && start - open < 60 && !text.slice(open, start).includes('\n');
  return inside ? open : -1;
}

/** Capitalised words that may complete a name: no stop word, ordinary word, or known name. */
function isNamePart(words: string): boolean {
  words = words.replace(/['’]s$/, '');
  return words.split(/[ \t]+/).every((w) => !isStopWord(w) && !isOrdinaryWord(w)) && entriesFor(words).length === 0
    && words.split(/[ \t]+/).every((w) => entriesFor(w).length === 0);
}

/** Another capitalised word follows at `at` ("[Russell] Church Street"): the words are some other name. */
function followedByName(text: string, at: number): boolean {
  return /^[ \t]+\p{Lu}/u.test(text.slice(at, at + 3));
}

function person(text: string, start: number, end: number): EntityMention {
  const surface = text.slice(start, end);
  const canonical = surface.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  return { start, end, text: surface, type: 'Person', canonical, rule: 'bracketed-names' };
}
