// Refiner `trim-mention`: cuts candidate spans from the statistical and capitalisation rules down
// to the name itself. "President Emmanuel Macron said.Â Then (KIRAN" -> "Emmanuel Macron":
// cut at the first hard boundary, drop titles and leading country adjectives from people, drop
// possessives, trailing lower-case words and leading function words.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { titleAt } from '../titles';
import { entriesFor } from '../../../resolve/entities/gazetteer';
import { isNameHead, isStopWord, wordLists } from '../word-lists';
import { isFirstName } from '../lexicon';
import { isArticleSurname } from '../person-names';
import { widgetStartsName } from '../context';

// Where a name certainly ends: sentence punctuation before a space, brackets, quotes, slashes,
// line breaks, colons, semicolons, commas.
const HARD_BOUNDARY = /[.!?](?=\s|$|\p{Lu})|[()[\]{}"“”«»/|\\;:,\n\u00c2]|\s[-–—]\s|['‘’](?=\s|$)/u;

// Connectors that can never start a name.
const LEADING_FUNCTION_CONNECTORS = new Set(['of', 'for', 'on']);

export const trimMentionRefiner: EntityRefiner = {
  id: 'trim-mention',
  refine(mentions, ctx) {
    const out: EntityMention[] = [];
    for (const m of mentions) {
      if (m.rule.startsWith('gazetteer')) {
        out.push(m);
        continue;
      }
      const trimmed = trim(m, ctx);
      if (trimmed) out.push(trimmed);
    }
    return out;
  },
};

/**
 * Offset of the first hard boundary in a piece of text; dots of initials ("J. R. Smith", "U.S.")
 * do not count, nor dots the tokenizer kept on a word ("St. Louis"); `dotKept` says which.
 */
function firstBoundary(piece: string, dotKept: (at: number) => boolean = () => false): number {
  let from = 0;
  for (;;) {
    const cut = HARD_BOUNDARY.exec(piece.slice(from));
    if (!cut) return piece.length;
    const at = from + cut.index;
    const initial = piece[at] === '.' && /(?:^|[\s.])\p{Lu}$/u.test(piece.slice(0, at));
    if (!initial && !dotKept(at)) return at;
    from = at + 1;
  }
}

const keptDotsByContext = new WeakMap<EntityContext, Set<number>>();

/** Offsets of the dots the tokenizer kept inside a name ("St. Louis", "Mt. Everest"). */
function keptDots(ctx: EntityContext): Set<number> {
  let dots = keptDotsByContext.get(ctx);
  if (!dots) {
    dots = new Set(ctx.tokens.filter((t) => t.text.length > 2 && t.text.endsWith('.')).map((t) => t.end - 1));
    keptDotsByContext.set(ctx, dots);
  }
  return dots;
}

export function trim(m: EntityMention, ctx: EntityContext): EntityMention | undefined {
  const { text } = ctx;
  let start = m.start;
  let end = m.end;
  // Leading punctuation and spaces.
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  const kept = keptDots(ctx);
  if (m.type === 'Person') {
    start = givenNameBeforeParticle(text, start);
    end = hyphenatedSurnameEnd(text, end);
  }
  end = start + firstBoundary(text.slice(start, end), (at) => kept.has(start + at));
  const lists = wordLists();
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const piece = text.slice(start, end);
    // Trailing possessive and trailing non-letters; a final dot stays only after an initial ("J.").
    const tail = /(?:['’]s?|[^\p{L}\p{N}.]|(?<=\p{L}{2})\.)+$/u.exec(piece);
    if (tail && tail.index > 0) {
      end = start + tail.index;
      changed = true;
      continue;
    }
    // Trailing lower-case words ("Macron said", "Grushko added"), but not an Arabic article
    // surname ("Suleiman al-Amr").
    const lower = /\s+\p{Ll}[\p{L}'’-]*$/u.exec(piece);
    if (lower && !(m.type === 'Person' && isArticleSurname(lower[0].trim()))) {
      end = start + lower.index;
      changed = true;
      continue;
    }
    const firstWord = /^[\p{L}\p{N}'’.&-]+/u.exec(piece)?.[0] ?? '';
    // Leading function words ("The", "According") and lower-case words. A head word that starts a
    // body's or place's name stays: "University of Essex", "Council of Europe".
    // Nor is a word stripped when only a bare head would remain: "Home Office", "Foreign Ministry".
    const rest = piece.slice(firstWord.length).trim();
    const keepsHead = m.type !== 'Person' && (isNameHead(firstWord) || (!/\s/.test(rest) && isNameHead(rest)));
    // A stop word opens a capitalised-sequence name only where that rule read it as a word of the
    // name ("Air Force Reserve", "All India Hindu Union"): it stays.
    const opensSequence = m.type !== 'Person' && start === m.start && m.rule.startsWith('capitalised-sequence');
    // Connectors stay unless they are plain function words ("of Yeoncheon" left of "town of
    // Yeoncheon"); name particles ("de Gaulle", "van Gogh") stay.
    const strippable = !lists.nameConnectors.has(firstWord) || LEADING_FUNCTION_CONNECTORS.has(firstWord);
    if (piece.includes(' ') && ((isStopWord(firstWord) && !keepsHead && !opensSequence && !(m.type !== 'Person' && widgetStartsName(text, start, firstWord))) || /^\p{Ll}/u.test(firstWord)) && strippable) {
      start += firstWord.length;
      while (start < end && /\s/.test(text[start])) start++;
      changed = true;
      continue;
    }
    // "spotted Webb's Ford sedan": a guessed body that opens with an owner's possessive is the name
    // after it; possessives inside names ("People's Liberation Army") are of possessiveNameWords.
    const owner = /^(\p{Lu}[\p{L}-]*)['’]s\s+(?=\p{Lu})/u.exec(piece);
    if (owner && m.rule === 'compromise:organization' && !lists.possessiveNameWords.has(owner[1])) {
      start += owner[0].length;
      changed = true;
      continue;
    }
    if (m.type === 'Person') {
      // "Patrick Crusius of Allen": what follows "of", "from" or "at" is where the person is from.
      const of = /\s(?:of|from|at|in)\s/.exec(piece);
      if (of) {
        end = start + of.index;
        changed = true;
        continue;
      }
      // Titles and the country adjectives before them never belong to a person's name.
      const title = titleAt(text, start);
      if (title && title.end < end) {
        start = title.end;
        while (start < end && /\s/.test(text[start])) start++;
        changed = true;
        continue;
      }
      // "Scientologist Tom Cruise": a descriptor before a given name is not part of the name. A
      // lower-case particle is no given name ("Arnel dela Vega").
      const rest = piece.slice(firstWord.length).trim().split(/\s+/);
      // "Democrat Rod Blagojevich", "Republican Smith": a party or faith word is a descriptor too.
      const descriptor = lists.personDescriptors.has(firstWord) && !isFirstName(firstWord) && rest.length >= 1 && /^\p{Lu}/u.test(rest[0] ?? '');
      if (descriptor || (rest.length >= 2 && /^\p{Lu}/u.test(rest[0]) && !isFirstName(firstWord) && isFirstName(rest[0]))) {
        start += firstWord.length;
        while (start < end && /\s/.test(text[start])) start++;
        changed = true;
        continue;
      }
      // "Russian Alexander Grushko": a country word before a name is no part of it. Not a country
      // name that is also a given name, before a surname ("Jordan Peterson", "Chad Smith").
      if (piece.includes(' ') && entriesFor(firstWord).some((e) => e.type === 'Country' && !e.ambiguous)) {
        start += firstWord.length;
        while (start < end && /\s/.test(text[start])) start++;
        changed = true;
        continue;
      }
    }
  }
  if (end <= start) return undefined;
  // "the New York State Attorney General's office" trimmed to "Attorney General": a bare title
  // names an office holder, not a body.
  if (m.type === 'Organization' && titleAt(text, start)?.end === end) return undefined;
  // "#CollectiveBias, Inc.", "Dräger, Inc., says": a corporate suffix after a comma belongs to the
  // name before it and names nothing alone.
  if (lists.corporateSuffixes.has(text.slice(start, end).replace(/\.$/, '')) && /,[ \t]*$/.test(text.slice(Math.max(0, start - 3), start))) return undefined;
  return { ...m, start, end, text: text.slice(start, end) };
}

/**
 * "Arnel dela Vega" proposed as "dela Vega": a person's name that opens with a lower-case particle
 * takes the capitalised word right before it, the given name. Not a stop word ("Then van Dijk").
 */
function givenNameBeforeParticle(text: string, start: number): number {
  const particle = /^\p{Ll}+(?=\s+\p{Lu})/u.exec(text.slice(start, start + 12))?.[0];
  if (!particle || !wordLists().personParticles.has(particle)) return start;
  const before = /(?<![\p{L}\p{N}'’.-])\p{Lu}\p{Ll}+[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!before || isStopWord(before[0].trim())) return start;
  return start - before[0].length;
}

/**
 * "Prayuth Chan-o-cha" proposed as "Prayuth Chan": a surname joined by hyphens through short
 * lower-case parts runs on to its last part. Not kinship words ("Smith-in-law").
 */
function hyphenatedSurnameEnd(text: string, end: number): number {
  if (!/\p{Lu}\p{Ll}*$/u.test(text.slice(Math.max(0, end - 20), end))) return end;
  const tail = /^(?:-\p{Ll}{1,2})+-\p{L}{2,}(?![\p{L}\p{N}-])/u.exec(text.slice(end, end + 30))?.[0];
  if (!tail || /-law$/.test(tail)) return end;
  return end + tail.length;
}
