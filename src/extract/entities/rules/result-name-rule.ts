// Rule `result-name`: players named in match results. Sports reports name a player once, in a
// result: "Yoshihito Nishioka defeated Gael Monfils 7-5, 6-2", "Vasek Pospisil edged Reilly Opelka
// 7-6 (5)". Two or three unknown capitalised words right before a result verb (name-cues.json
// resultVerbs) that a score follows, or right after one and right before the score, are a person.
// The words must be no English word, known name, head, title or stop word, and never written in
// lower case in the article: team names ("Palm Bay Magnet", "the Saints", "Eastern Michigan")
// hold a place, a determiner or an ordinary word and fail.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRule } from '../rule';
import type { Token } from '../tokens';
import { isNameHead, isStopWord, wordLists } from '../word-lists';
import { titleAt } from '../titles';
import { cityFor, entriesFor } from '../../../resolve/entities/gazetteer';
import { loadEntityData, type NameCuesFile } from '../../../resolve/entities/data';
import { isOrdinaryWord } from '../lexicon';
import { lowerCaseWords } from '../context';
import { isGivenName } from '../person-names';

const MIN_WORDS = 2;
const MAX_WORDS = 3;
/** How far after a result verb the score may stand, in characters ("defeated Gael Monfils 7-5"). */
const SCORE_REACH = 60;

let patterns: { verbAfter: RegExp; verbBefore: RegExp; score: RegExp } | undefined;

function resultPatterns() {
  if (!patterns) {
    const cues = loadEntityData<NameCuesFile>('name-cues.json');
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const verbs = [...cues.resultVerbs].sort((a, b) => b.length - a.length).map((v) => escape(v).replace(/ /g, '[ \\t]+')).join('|');
    patterns = {
      verbAfter: new RegExp(`^[ \\t]+(?:${verbs})[ \\t]+`),
      verbBefore: new RegExp(`(?:^|[^\\p{L}])(?:${verbs})[ \\t]+$`, 'u'),
      score: new RegExp(cues.matchScoreAfter),
    };
  }
  return patterns;
}

export const resultNameRule: EntityRule = {
  id: 'result-name',
  propose(ctx) {
    const { tokens, text } = ctx;
    const out: EntityMention[] = [];
    const { verbAfter, verbBefore, score } = resultPatterns();
    for (let i = 0; i < tokens.length; i++) {
      const last = runEnd(ctx, i);
      if (last - i + 1 < MIN_WORDS || last - i + 1 > MAX_WORDS) {
        i = Math.max(i, last);
        continue;
      }
      const words = tokens.slice(i, last + 1);
      const before = text.slice(Math.max(0, words[0].start - 30), words[0].start);
      const after = text.slice(words[words.length - 1].end, words[words.length - 1].end + SCORE_REACH);
      // "edged Reilly Opelka 7-6": a verb before, the score after; "Nishioka defeated Gael Monfils
      // 7-5": the verb after, and a score after the opponent's name.
      const verbThenScore = verbBefore.test(before) && score.test(after);
      const verb = verbAfter.exec(after);
      const scoreLater = verb !== null && /^[\p{Lu}][\p{L}'’-]*(?:[ \t]+[\p{Lu}][\p{L}'’-]*){0,2}[ \t]+\d{1,2}[ \t]*[–—-][ \t]*\d{1,2}(?!\d)/u.test(after.slice(verb[0].length));
      if ((verbThenScore || scoreLater) && words.every((w) => nameWord(ctx, w)) && entriesFor(text.slice(words[0].start, words[words.length - 1].end)).length === 0) {
        const start = words[0].start;
        const end = words[words.length - 1].end;
        out.push({ start, end, text: text.slice(start, end), type: 'Person', rule: 'result-name:person' });
      }
      i = last;
    }
    return out;
  },
};

/** The last token of the run of capitalised words (joined by spaces) that starts at `i`; `i - 1` when none starts there. */
function runEnd(ctx: EntityContext, i: number): number {
  const { tokens, text } = ctx;
  const joined = (a: Token, b: Token) => /^[ \t]+$/.test(text.slice(a.end, b.start));
  if (!tokens[i].capitalised || isStopWord(tokens[i].text)) return i - 1;
  // A run starts here only: "Palm Bay Magnet" is one run, not "Bay Magnet" ("Then Kei Nishikori"
  // starts at "Kei").
  const prev = tokens[i - 1];
  if (prev && prev.capitalised && !prev.possessive && !isStopWord(prev.text) && joined(prev, tokens[i])) return i - 1;
  let last = i;
  while (last + 1 < tokens.length && !tokens[last].possessive && tokens[last + 1].capitalised && joined(tokens[last], tokens[last + 1])) last++;
  return last;
}

/** A word of an unknown person's name: a given name, or no English word, known name, head, title or stop word. */
function nameWord(ctx: EntityContext, t: Token): boolean {
  if (t.allCaps || t.possessive || t.text.length < 2 || /\d|-\p{Ll}/u.test(t.text) || isStopWord(t.text) || isNameHead(t.text)) return false;
  if (entriesFor(t.text).length > 0 || cityFor(t.text) !== undefined || titleAt(ctx.text, t.start) !== undefined) return false;
  if (wordLists().personDescriptors.has(t.text) || lowerCaseWords(ctx).has(t.text.toLowerCase())) return false;
  // "Warriors", "Saints": the plural of an ordinary word names a team.
  const singular = t.text.replace(/s$/, '');
  if (singular !== t.text && isOrdinaryWord(singular)) return false;
  return isGivenName(t.text) || !isOrdinaryWord(t.text);
}
