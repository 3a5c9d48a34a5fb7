// Refiner `whole-names`: compromise cuts some names short, before a head word it does not know as
// part of a name. Runs before resolve-overlaps, which would otherwise keep the short span.
// - "[Life Care] Solutions", "[Advanced Development] Programs at Blue Origin": a guessed body
//   followed directly by capitalised words that end in a body head word takes the whole name.
// - "Home [Depot]", "Watch [Tower Society]": a capitalised word right before a guessed body, inside
//   a sentence, is the start of its name.
// - "[Affordable Care] Act": when the next word is a law's head word, the whole is a law, no
//   entity of ours, and the guess goes. (Place guesses are left alone: "Dubai Air Show",
//   "Wichita West" name the place inside a longer name.)
// - "[Acme Chief] Financial Officer": a title inside or after a guessed body ends its name.
// - "[Taylor Swift]'s management team": a guessed body with the very words of a person's full name
//   found elsewhere in the article is that person.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import type { Token } from '../tokens';
import { headWords, isBodyHead, isStopWord, wordLists } from '../word-lists';
import { titleAt } from '../titles';
import { entriesFor } from '../../../resolve/entities/gazetteer';

/** At most this many capitalised words after a guess are read as the rest of its name. */
const MAX_REST = 3;

export const wholeNamesRefiner: EntityRefiner = {
  id: 'whole-names',
  refine(mentions, ctx) {
    const out: EntityMention[] = [];
    const people = new Set(mentions.filter((m) => m.type === 'Person' && /\s/.test(m.text)).map((m) => m.text));
    for (const m of mentions) {
      const guessed = /^compromise:organization/.test(m.rule) && entriesFor(m.text).length === 0;
      // "with Taylor Swift's management team": the full name of a person the article names.
      if (guessed && people.has(m.text)) {
        out.push({ ...m, type: 'Person', rule: `${m.rule}+whole-names:person` });
        continue;
      }
      const cut = guessed ? beforeTitle(m, ctx) : m;
      const whole = cut !== m ? cut : guessed ? wholeName(withNameBefore(m, mentions, ctx), ctx) : m;
      if (whole) out.push(whole);
    }
    return out;
  },
};

const clean = (w: string) => w.replace(/[.,]$/u, '');

/** A body's head word, also in the plural ("Programs", "Clinics"). */
function isHead(word: string): boolean {
  const w = clean(word);
  const heads = headWords();
  const one = (x: string) => isBodyHead(x) || heads.companyNameEnds.has(x);
  return one(w) || (/s$/u.test(w) && one(w.slice(0, -1)));
}

/**
 * The mention with the rest of its name, the mention itself when no head word follows it, or
 * undefined when the whole is a law.
 */
function wholeName(m: EntityMention, ctx: EntityContext): EntityMention | undefined {
  const tokens = ctx.tokens;
  const lastIndex = tokens.findIndex((t) => t.end === m.end);
  if (lastIndex < 0 || /[.,]$/u.test(tokens[lastIndex].text) || tokens[lastIndex].possessive) return m;
  const rest: Token[] = [];
  for (let i = lastIndex + 1; i < tokens.length && rest.length < MAX_REST; i++) {
    const t = tokens[i];
    const before = rest.length ? rest[rest.length - 1].end : m.end;
    if (ctx.text.slice(before, t.start) !== ' ' || !t.capitalised || t.allCaps || ctx.sentenceStartTokens.has(i)) break;
    // "Acme Chief Financial Officer Ngozi Okonjo": a title ends the body's name.
    if (titleAt(ctx.text, t.start) !== undefined) break;
    rest.push(t);
    if (/[.,]$/u.test(t.text) || t.possessive) break;
  }
  if (rest.length === 0) return m;
  const lists = wordLists();
  // "Affordable Care Act": a law, no entity of ours.
  if (lists.documentHeads.has(clean(rest[0].text))) return undefined;
  let head = -1;
  for (let k = rest.length - 1; k >= 0; k--) if (isHead(rest[k].text)) { head = k; break; }
  if (head >= 0) {
    const end = rest[head].end - (/[.,]$/u.test(rest[head].text) ? 1 : 0);
    return { ...m, end, text: ctx.text.slice(m.start, end), type: 'Organization' };
  }
  return m;
}


/**
 * "[Acme Chief] Financial Officer Ngozi Okonjo": a guessed body that runs into a title ends before
 * the title, which belongs to the person after it. Unchanged when the title opens the guess, ends
 * inside it ("Notre Dame"), or the words before it end in a function word ("Office of the Chief
 * Medical Officer").
 */
function beforeTitle(m: EntityMention, ctx: EntityContext): EntityMention {
  const tokens = ctx.tokens;
  const first = tokens.findIndex((t) => t.start === m.start);
  if (first < 0) return m;
  for (let i = first + 1; i < tokens.length && tokens[i].end <= m.end; i++) {
    // Only a title that runs on past the guess by a word: "Notre Dame." ends in "Dame" and stays whole.
    const title = titleAt(ctx.text, tokens[i].start);
    if (title === undefined || !/\p{L}/u.test(ctx.text.slice(m.end, title.end))) continue;
    const last = tokens[i - 1];
    if (!last.capitalised || isStopWord(last.text) || last.possessive || /[.,]$/u.test(last.text)) return m;
    return { ...m, end: last.end, text: ctx.text.slice(m.start, last.end) };
  }
  return m;
}

/**
 * The mention with the capitalised words written right before it ("Dow component Home [Depot]"):
 * words that are no sentence start, acronym, possessive, title, calendar or function word, nor an
 * adjective like "Virginia-based", and belong to no other mention.
 */
function withNameBefore(m: EntityMention, mentions: EntityMention[], ctx: EntityContext): EntityMention {
  const tokens = ctx.tokens;
  const first = tokens.findIndex((t) => t.start === m.start);
  if (first < 0 || ctx.sentenceStartTokens.has(first)) return m;
  let start = m.start;
  for (let i = first - 1; i >= 0 && first - i <= 2; i--) {
    const t = tokens[i];
    const nameWord = ctx.text.slice(t.end, start) === ' ' && t.capitalised && !t.allCaps && !t.possessive && !/[.,]$|-\p{Ll}/u.test(t.text)
      && !isStopWord(t.text) && titleAt(ctx.text, t.start) === undefined
      && !mentions.some((k) => k !== m && k.start <= t.start && k.end >= t.end);
    if (!nameWord) break;
    start = t.start;
    if (ctx.sentenceStartTokens.has(i)) return m;
  }
  return start === m.start ? m : { ...m, start, text: ctx.text.slice(start, m.end) };
}
