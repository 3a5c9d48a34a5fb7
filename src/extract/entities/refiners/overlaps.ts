// Refiner `resolve-overlaps`: one mention per stretch of text. Rules are ranked by how much they
// know (gazetteer > titled-name > company-cue, speaker-name > capitalised-sequence > compromise); among equals the longer
// span wins. A country or place inside a longer organisation or place name is kept as well
// ("United States" in "United States Navy", "Texas" in "Irving, Texas"), because both are real mentions;
// `nested-places` later drops those that are mere words of the longer name ("University of Florida").
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { overlaps, within } from '../rule';
import { titleAt } from '../titles';
import { isFirstName, isOrdinaryWord } from '../lexicon';
import { asLocation } from '../rules/gazetteer-cities';

const RANK: [RegExp, number][] = [
  [/^gazetteer/, 0],
  [/^titled-name/, 1],
  [/^company-cue/, 2],
  [/^speaker-name/, 2],
  [/^result-name/, 2],
  [/^capitalised-sequence/, 3],
  [/^person-neighbours/, 3],
  [/^compromise/, 4],
];

const rank = (m: EntityMention) => RANK.find(([re]) => re.test(m.rule))?.[1] ?? 9;

export const resolveOverlapsRefiner: EntityRefiner = {
  id: 'resolve-overlaps',
  refine(mentions, ctx) {
    const ordered = [...mentions].sort(
      (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
    const kept: EntityMention[] = [];
    for (const m of ordered) {
      const clash = kept.filter((k) => overlaps(k, m));
      if (clash.length === 0) {
        kept.push(m);
        continue;
      }
      const isBody = m.type === 'Organization' || m.type === 'Place' || m.type === 'MediaOutlet';
      // A longer guessed organisation/place may wrap known countries and places:
      // "University of Texas" around "Texas". The outer one then joins as well.
      const nestedPlace = (k: EntityMention) => within(k, m) && (k.type === 'Country' || k.type === 'Place') && k.end - k.start < m.end - m.start;
      if (isBody && clash.every(nestedPlace)) {
        // A capital inside a body's name is the city, not the state speaking ("Real Madrid",
        // "London School of Economics"): a location, as after "in".
        for (const k of clash) kept[kept.indexOf(k)] = asLocation(k);
        kept.push(m);
        continue;
      }
      // "National Security Council" is not the known "Security Council": a guessed organisation
      // that ends with a known one and adds name words before it is another (or a more exact)
      // name, and replaces it; countries inside it stay.
      const modifiedBody = (k: EntityMention) => m.type === 'Organization' && k.type === 'Organization' && /^capitalised-sequence/.test(m.rule)
        && within(k, m) && k.end === m.end && k.start > m.start && isModifier(m, k, clash, ctx);
      if (clash.some(modifiedBody) && clash.every((k) => modifiedBody(k) || nestedPlace(k))) {
        for (const k of clash.filter(modifiedBody)) kept.splice(kept.indexOf(k), 1);
        kept.push(m);
        continue;
      }
      // "Texas" in "Irving, Texas": the region is named in its own right as well.
      if (clash.every((k) => k.rule === 'gazetteer:city-region' && within(m, k) && m.start > k.start)) {
        kept.push(m);
        continue;
      }
      // "Valeska Paris", "Paris Hilton": a full name wraps a city name; the person wins.
      const cityInName = m.type === 'Person' && /\s/.test(m.text)
        && clash.every((k) => within(k, m) && !/\s/.test(k.text) && /^gazetteer:(capital|name|city)/.test(k.rule) && (k.type === 'Place' || k.rule === 'gazetteer:capital' || k.rule === 'gazetteer:capital-place'));
      // "Michael Bloomberg", "Michael Dell": a given name and a known one-word body or outlet after
      // it are a person named like the firm, not the firm.
      const bodyAsSurname = m.type === 'Person' && isFirstName(m.text.split(/\s+/)[0]) && /^\S+\s+\S+$/.test(m.text)
        && clash.every((k) => within(k, m) && k.end === m.end && !/\s/.test(k.text) && /^gazetteer/.test(k.rule) && (k.type === 'Organization' || k.type === 'MediaOutlet'));
      if (cityInName || bodyAsSurname) {
        for (const k of clash) kept.splice(kept.indexOf(k), 1);
        kept.push(m);
      }
    }
    return kept.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};

/**
 * The words of `outer` before the known body `inner` are a modifier of it: country names, or
 * capitalised words that are no title, given name or connector ("United States National"), the
 * first not a sentence-start capital of an ordinary word ("Former"). Runs that swallowed a person
 * or a clause ("Brett Kavanaugh Supreme Court", "Ferraro the Democratic Party") are not.
 */
function isModifier(outer: EntityMention, inner: EntityMention, clash: EntityMention[], ctx: EntityContext): boolean {
  const countries = clash.filter((k) => k !== inner && (k.type === 'Country' || k.type === 'Place'));
  const words = ctx.tokens.filter((t) => t.start >= outer.start && t.end <= inner.start && !countries.some((k) => within(t, k)));
  if (words.length === 0 || words.length > 3) return false;
  const first = ctx.tokens.findIndex((t) => t.start === outer.start);
  if (ctx.sentenceStartTokens.has(first) && isOrdinaryWord(ctx.tokens[first].text)) return false;
  return words.every((w) => w.capitalised && !w.allCaps && !w.possessive && !isFirstName(w.text) && titleAt(ctx.text, w.start) === undefined);
}
