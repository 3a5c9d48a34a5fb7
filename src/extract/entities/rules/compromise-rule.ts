// Rule `compromise`: people, places and organisations found by the compromise NLP library. Its
// spans are raw candidates: titles, trailing verbs and junk are trimmed by the refiners, and
// gazetteer matches win where they overlap. It is the slowest rule by far (most of the time per
// article); the whole text is read in one call, which is faster than per sentence.
import nlp from 'compromise';
import type { EntityMention, EntityType } from '../../../types';
import type { EntityRule } from '../rule';

/** compromise's terms once offsets are computed (its `docs` are the matched term lists). */
interface Term {
  offset?: { start: number; length: number };
  tags?: Set<string>;
}
interface TermView {
  docs: Term[][];
}

export const compromiseRule: EntityRule = {
  id: 'compromise',
  propose(ctx) {
    const doc = nlp(ctx.text);
    // Offsets computed once and read from the terms: about twice as fast as .json({ offset }).
    doc.compute('offset');
    const out: EntityMention[] = [];
    let lowerWords: Set<string> | undefined;
    const take = (view: unknown, type: EntityType) => {
      for (const terms of (view as TermView).docs) {
        const first = terms[0]?.offset;
        const last = terms[terms.length - 1]?.offset;
        if (!first || !last) continue;
        const span = { start: first.start, end: last.start + last.length };
        if (span.end <= span.start) continue;
        const text = ctx.text.slice(span.start, span.end);
        if (type === 'Person' && !terms.some(isNameTerm)) {
          lowerWords ??= new Set(ctx.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
          if (onlyOrdinaryWords(text, lowerWords)) continue;
        }
        out.push({ ...span, text, type, rule: `compromise:${type.toLowerCase()}` });
      }
    };
    take(doc.people(), 'Person');
    take(doc.places(), 'Place');
    take(doc.organizations(), 'Organization');
    return out;
  },
};

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
const isNameTerm = (t: Term) => [...(t.tags ?? [])].some((tag) => NAME_TAGS.has(tag));

/**
 * "USI Art Collections": two or more words, none a known name, each written in lower case
 * elsewhere in the article ("art", "collections"): ordinary words, no person. (compromise's own
 * lexicon is no test here: "Bill", "Rich" are ordinary words and given names alike.)
 */
function onlyOrdinaryWords(text: string, lowerWords: Set<string>): boolean {
  const words = text.split(/\s+/).map((w) => w.replace(/['’]s?$/u, '').replace(/[^\p{L}'’-]+/gu, '')).filter(Boolean);
  return words.length > 1 && words.every((w) => lowerWords.has(w.toLowerCase()));
}
