// Refiner `journals`: a scholarly journal named where findings were published ("published on
// Wednesday in PLoS One", "the journal Science", "Nature's Scientific Reports journal") is a
// publication cited as a source, a MediaOutlet (kind journal), whatever the rules took it for: a
// place ("Science Advances"), a cut name ("PLoS"), an organisation ("National Academy of Sciences"
// inside "Proceedings of the National Academy of Sciences"), or nothing at all. Journals named by
// an ordinary word ("Nature", "Science", "Cell") are journals only in such a context, so
// "Science is ...", "the Nature Conservancy" and "the Science Museum" stay what they were.
// The cue words and journal words live in data/entities/journals.json; journals whose names are
// unambiguous are known to the gazetteer (outlets.json, kind journal).
import type { EntityMention } from '../../../types';
import { loadEntityData, type JournalsFile } from '../../../resolve/entities/data';
import { entriesFor, lookupOutlet } from '../../../resolve/entities/gazetteer';
import type { EntityContext, EntityRefiner } from '../rule';
import { overlaps, within } from '../rule';
import { isStopWord, wordLists } from '../word-lists';

/** What says that a name is published matter, read from the words around it. */
type JournalCue =
  /** "the journal Science", "in journal Nature Astronomy": the name is a journal's, whatever it is. */
  | 'noun'
  /** "Nature's Scientific Reports journal": a name of two words or more, or a journal's own; one word may name the publisher ("a Harvard journal"). */
  | 'noun-after'
  /** "published (on <date>) in": a known journal, a family name, a title word or a field of research. */
  | 'published'
  /** "a paper in", "writing in", "reported in": a known journal, a family name or a title word only. */
  | 'citing';

/** A run of name words: token indexes `from`..`to`, both included. */
interface NameRun {
  from: number;
  to: number;
}

export const journalsRefiner: EntityRefiner = {
  id: 'journals',
  refine(mentions, ctx) {
    // The cues are English words.
    if (ctx.article.language !== 'en') return mentions;
    const journals = findJournalNames(ctx);
    if (journals.length === 0) return mentions;
    const others = mentions.filter((m) => !journals.some((j) => overlaps(j, m)));
    return [...others, ...journals].sort((a, b) => a.start - b.start || b.end - a.end);
  },
};

/** Every journal the text names in a publication context, as MediaOutlet mentions (rule `journal:<cue>`). */
export function findJournalNames(ctx: EntityContext): EntityMention[] {
  const { tokens, text } = ctx;
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(ctx, i) || ctx.excluded.some((s) => within(tokens[i], s))) continue;
    const run = nameRunAt(ctx, i);
    const cue = cueBefore(ctx, i) ?? (journalNounAfter(ctx, run) ? 'noun-after' : undefined);
    if (cue) {
      for (const part of journalsOf(ctx, run, cue)) {
        const start = tokens[part.from].start;
        // "Proceedings of the Royal Society B.": the dot of a final initial ends the sentence.
        const end = tokens[part.to].end - (tokens[part.to].text.endsWith('.') ? 1 : 0);
        out.push({ start, end, text: text.slice(start, end), type: 'MediaOutlet', rule: `journal:${cue}` });
      }
    }
    i = run.to;
  }
  return out;
}

/**
 * The journals a name run after a cue names: the run itself, or each part of "Science and Nature"
 * when every part is a journal's name on its own ("Environmental Science and Technology" is one).
 * None when the run is no journal for this cue.
 */
function journalsOf(ctx: EntityContext, run: NameRun, cue: JournalCue): NameRun[] {
  const parts = coordinatedParts(ctx, run);
  if (parts.length > 1 && parts.every((p) => namesJournalItself(ctx, p))) return parts;
  return isJournal(ctx, run, cue) ? [run] : [];
}

/**
 * The run names a journal after this cue. Any cue: a known journal, a cue-only name, a family name
 * ("Nature Astronomy"). After "the journal": any name but a place, people or language. Before
 * "journal": a name of two words or more. After "published in" and the citing words: a name with a
 * title word ("Journal of ...", "Biochemical Society Transactions"); after "published in" only, a
 * name with a field of research ("Current Biology").
 */
function isJournal(ctx: EntityContext, run: NameRun, cue: JournalCue): boolean {
  const words = wordsOf(ctx, run);
  // "The journal's editor", "A Chinese journal": a sentence's first word is no name.
  if (words.length === 1 ? isStopWord(words[0]) : words[0] !== 'The' && isStopWord(words[0])) return false;
  const name = words.join(' ');
  const known = entriesFor(name);
  // "a Chinese journal", "an English journal", "the journal Russia": a country, people, language or
  // place names where the journal is from, or what it is about.
  if (known.some((e) => e.type === 'Country' || e.type === 'Place') || (words.length === 1 && wordLists().languages.has(name))) return false;
  if (namesJournalItself(ctx, run)) return true;
  // "a NATO journal", "published in The Washington Post": a known body publishes the journal, and
  // a known outlet is the newspaper or magazine the gazetteer says it is.
  if (known.length > 0) return false;
  if (cue === 'noun') return true;
  if (cue === 'noun-after') return run.to > run.from;
  const lists = journalWords();
  // "Journal of the American Chemical Society", "Proceedings of the Royal Society": a title word
  // first makes a journal whatever body's name follows.
  const bare = words[0] === 'The' ? words.slice(1) : words;
  if (lists.titleWords.has(bare[0])) return true;
  if (endsLikeBody(words)) return false;
  if (words.some((w) => lists.titleWords.has(w))) return true;
  return cue === 'published' && words.some((w) => lists.disciplineWords.has(w));
}

/** A journal by its name alone (after any cue): a known journal, a cue-only name, or a family name ("Nature Astronomy"). */
function namesJournalItself(ctx: EntityContext, run: NameRun): boolean {
  const words = wordsOf(ctx, run);
  const name = words.join(' ');
  if (lookupOutlet(name)?.kind === 'journal') return true;
  const lists = journalWords();
  const bare = words[0] === 'The' ? words.slice(1) : words;
  if (bare.length === 0) return false;
  if (bare.length === 1 && lists.cueOnlyNames.has(bare[0])) return true;
  // "Nature Conservancy", "Science Museum": a body or place named like a journal family.
  return lists.familyHeads.has(bare[0]) && !endsLikeBody(bare) && !entriesFor(name).some((e) => e.type !== 'MediaOutlet');
}

/** The last word is that of a body's or a place's name ("Museum", "Conservancy", "Committee"), not of a journal's. */
function endsLikeBody(words: string[]): boolean {
  const last = words[words.length - 1];
  const lists = journalWords();
  if (lists.titleWords.has(last)) return false;
  return lists.nonJournalEnds.has(last) || wordLists().organizationHeads.has(last) || wordLists().placeHeads.has(last);
}

/** A capitalised word that may be part of a name: no weekday or month. */
function isNameWord(ctx: EntityContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.capitalised && !wordLists().calendar.has(t.text);
}

// Lower-case words inside a journal's name ("Proceedings of the National Academy of Sciences").
const JOINERS = new Set(['of', 'the', 'and', 'for']);

/**
 * The name starting at token `from`: capitalised words with "of", "the", "and", "for" or "&"
 * between them ("Proceedings of the National Academy of Sciences", "Astronomy & Astrophysics"), on
 * one line, up to a possessive ("Nature's").
 */
function nameRunAt(ctx: EntityContext, from: number): NameRun {
  const { tokens } = ctx;
  let to = from;
  while (!tokens[to].possessive && to + 1 < tokens.length) {
    let k = to + 1;
    if (/^[ \t]+&[ \t]+$/.test(gapBefore(ctx, k)) && isNameWord(ctx, k)) {
      to = k;
      continue;
    }
    while (k < tokens.length && k - to <= 2 && JOINERS.has(tokens[k].text) && /^[ \t]+$/.test(gapBefore(ctx, k))) k++;
    if (k >= tokens.length || !isNameWord(ctx, k) || !/^[ \t]+$/.test(gapBefore(ctx, k))) break;
    to = k;
  }
  return { from, to };
}

/** The text between token `k - 1` and token `k`. */
const gapBefore = (ctx: EntityContext, k: number) => ctx.text.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start);

/** "Science and Nature" -> "Science", "Nature": the parts of a run split at "and" and "&". */
function coordinatedParts(ctx: EntityContext, run: NameRun): NameRun[] {
  const parts: NameRun[] = [];
  let from = run.from;
  for (let k = run.from + 1; k <= run.to; k++) {
    if (ctx.tokens[k].text === 'and') {
      parts.push({ from, to: k - 1 });
      from = k + 1;
    } else if (gapBefore(ctx, k).includes('&')) {
      parts.push({ from, to: k - 1 });
      from = k;
    }
  }
  parts.push({ from, to: run.to });
  return parts;
}

/**
 * The cue right before the name at token `i`: "journal" ("the journal Science", "in journal
 * Nature Astronomy"), or "<verb or noun> (<date>) in (the)" ("published on Wednesday in", "a paper
 * in", "published online today (Nov. 18) in the journal").
 */
function cueBefore(ctx: EntityContext, i: number): JournalCue | undefined {
  const { tokens } = ctx;
  const lists = journalWords();
  let j = i - 1;
  if (j >= 0 && tokens[j].text === 'the' && sameClause(ctx, j)) j--;
  if (j < 0 || !sameClause(ctx, j)) return undefined;
  if (lists.journalNouns.has(tokens[j].text)) return 'noun';
  if (tokens[j].text !== 'in') return undefined;
  // Back over a date or manner: "on Wednesday", "online today (Nov. 18)", "last month".
  j--;
  for (let steps = 0; j >= 0 && steps < 5 && isDateWord(tokens[j].text) && sameClause(ctx, j); steps++) j--;
  if (j < 0 || !sameClause(ctx, j)) return undefined;
  // "Writing in The Lancet" opens a sentence.
  const word = tokens[j].text.toLowerCase();
  if (lists.publishingVerbs.has(word)) return 'published';
  return lists.citingWords.has(word) ? 'citing' : undefined;
}

/** "Nature's Scientific Reports journal": the word right after the run is a journal noun. */
function journalNounAfter(ctx: EntityContext, run: NameRun): boolean {
  const next = ctx.tokens[run.to + 1];
  return next !== undefined && !ctx.tokens[run.to].possessive && journalWords().journalNouns.has(next.text) && sameClause(ctx, run.to);
}

/**
 * Nothing but spaces, commas and brackets between token `a` and the next one: one clause. A dot
 * ends the sentence, except after an abbreviated month ("Nov. 18").
 */
function sameClause(ctx: EntityContext, a: number): boolean {
  const gap = gapBefore(ctx, a + 1);
  if (gap.includes('\n') || !/^[ \t,().]*$/.test(gap)) return false;
  return !gap.includes('.') || (journalWords().dateWords.has(ctx.tokens[a].text) && /^\p{Lu}/u.test(ctx.tokens[a].text));
}

function isDateWord(word: string): boolean {
  return journalWords().dateWords.has(word) || wordLists().calendar.has(word) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(word);
}

function wordsOf(ctx: EntityContext, run: NameRun): string[] {
  return ctx.tokens.slice(run.from, run.to + 1).map((t) => t.text);
}

interface JournalWords {
  cueOnlyNames: Set<string>;
  familyHeads: Set<string>;
  titleWords: Set<string>;
  disciplineWords: Set<string>;
  nonJournalEnds: Set<string>;
  journalNouns: Set<string>;
  publishingVerbs: Set<string>;
  citingWords: Set<string>;
  dateWords: Set<string>;
}

let lists: JournalWords | undefined;

function journalWords(): JournalWords {
  if (!lists) {
    const data = loadEntityData<JournalsFile>('journals.json');
    lists = {
      cueOnlyNames: new Set(data.cueOnlyNames),
      familyHeads: new Set(data.familyHeads),
      titleWords: new Set(data.titleWords),
      disciplineWords: new Set(data.disciplineWords),
      nonJournalEnds: new Set(data.nonJournalEnds),
      journalNouns: new Set(data.journalNouns),
      publishingVerbs: new Set(data.publishingVerbs),
      citingWords: new Set(data.citingWords),
      dateWords: new Set(data.dateWords),
    };
  }
  return lists;
}
