// Refiner `things-named-after-places`: a town or region name that is a word of the name of a thing
// is no mention of the place. Four signs, each read from one word next to the name:
// - a kind of food or breed named after a town: a product noun right after it ("1 Fresno chile",
//   "Brussels sprouts", "Toulouse sausage"); "London hospitals" or "Texas schools" stay places,
//   because only nouns of place-named kinds are listed;
// - the title of a work: a work noun right before it ("its albums Toulouse Street", "the reality
//   show Terrace House");
// - a colour name guessed as a place because of its capitals ("a launch edition in Plasma Blue");
// - "DC" after an electrical unit: direct current ("150 kW DC fast charging");
// - a city before the head of a document's name ("the Paris Agreement", "the Minsk Protocol"; the
//   heads are name-cues.json documentHeads);
// - a country or place right after a title or honorific: a character or a pageant ("Captain
//   America", "Miss Venezuela"), since no title is written before a place.
// An airline named with "Air" before its country or town ("Air Astana", "Air India Express")
// becomes one Organization over "Air" and the longest name after it.
// The lists are in head-words.json (productNounsAfterPlace, colourWords, electricalUnits,
// airlinePrefixes); the work nouns are name-cues.json workNouns, as for people's names. Demonyms are left alone ("Swiss cheese" says the cheese is Swiss).
import type { EntityMention } from '../../../types';
import { type EntityContext, type EntityRefiner, isPlaceName } from '../rule';
import { loadEntityData } from '../../../resolve/entities/data';
import { entriesFor, isKnownPlace } from '../../../resolve/entities/gazetteer';
import { wordLists } from '../word-lists';
import { titleAt } from '../titles';

interface ThingWordsFile {
  productNounsAfterPlace: string[];
  colourWords: string[];
  electricalUnits: string[];
  airlinePrefixes: string[];
}

interface ThingWords {
  productNouns: Set<string>;
  colours: Set<string>;
  units: Set<string>;
  airlinePrefixes: Set<string>;
}

let words: ThingWords | undefined;

function thingWords(): ThingWords {
  if (!words) {
    const file = loadEntityData<ThingWordsFile>('head-words.json');
    words = {
      productNouns: new Set(file.productNounsAfterPlace),
      colours: new Set(file.colourWords),
      units: new Set(file.electricalUnits),
      airlinePrefixes: new Set(file.airlinePrefixes),
    };
  }
  return words;
}


/** The word right after the mention, spaces only between ("chile" in "Fresno chile or chili flakes"). */
const wordAfter = (m: EntityMention, ctx: EntityContext) => /^[ \t]+(\p{Ll}+)(?![\p{L}'’-])/u.exec(ctx.text.slice(m.end, m.end + 30))?.[1];

/** The word right before the mention, spaces only between. */
const wordBefore = (m: EntityMention, ctx: EntityContext) => /(?<![\p{L}'’-])(\p{L}+)[ \t]+$/u.exec(ctx.text.slice(Math.max(0, m.start - 30), m.start))?.[1];

/** "Plasma Blue": a place guessed from capitals alone (not a known name) whose last word is a colour. */
function isColourName(m: EntityMention, w: ThingWords): boolean {
  const parts = m.text.split(/\s+/);
  return m.type === 'Place' && parts.length > 1 && !(m.rule ?? '').startsWith('gazetteer') && w.colours.has(parts[parts.length - 1]);
}

/** "150 kW DC": direct current after a number and an electrical unit. */
function isCurrent(m: EntityMention, ctx: EntityContext, w: ThingWords): boolean {
  if (m.text !== 'DC') return false;
  const unit = /\d[ \t]*(\p{L}+)[ \t]+$/u.exec(ctx.text.slice(Math.max(0, m.start - 16), m.start))?.[1];
  return unit !== undefined && w.units.has(unit);
}

/** "Paris Agreement": a document head, capitalised, right after the mention. */
function beforeDocumentHead(m: EntityMention, ctx: EntityContext): boolean {
  // The head ends the name: "the Mesquite Convention Center" is a building in the town.
  const head = /^[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}'’-]|[ \t]+\p{Lu})/u.exec(ctx.text.slice(m.end, m.end + 30))?.[1];
  return head !== undefined && wordLists().documentHeads.has(head);
}

/** "Captain America": a capitalised title or honorific, spaces only, right before the mention. */
function afterTitle(m: EntityMention, ctx: EntityContext): boolean {
  // Only a place the gazetteer knows: "Judge Durham Hall" is a person guessed as a place.
  if (!isKnownPlace(m.text)) return false;
  const before = /(?<![\p{L}'’-])(\p{Lu}\p{L}*\.?)[ \t]+$/u.exec(ctx.text.slice(Math.max(0, m.start - 20), m.start));
  if (!before) return false;
  const start = m.start - before[0].length;
  return titleAt(ctx.text, start)?.end === start + before[1].length;
}

function namesAThing(m: EntityMention, ctx: EntityContext): boolean {
  const w = thingWords();
  const after = wordAfter(m, ctx);
  const before = wordBefore(m, ctx);
  return (after !== undefined && w.productNouns.has(after)) || (before !== undefined && wordLists().workNouns.has(before))
    || isColourName(m, w) || isCurrent(m, ctx, w) || beforeDocumentHead(m, ctx) || afterTitle(m, ctx);
}

/** "India Express": an organisation guessed over a country or place name and more words. */
const opensWithPlace = (m: EntityMention) =>
  m.type === 'Organization' && /\s/.test(m.text) && entriesFor(m.text.split(/\s+/)[0]).some((e) => e.type === 'Country' || e.type === 'Place');

/**
 * "Kazakhstan's Air Astana", "an Air India Express flight": airlines written as "Air" and a place.
 * Each becomes one Organization over "Air" and the longest mention starting at the place ("India
 * Express"); the mentions it covers go.
 */
function withAirlines(mentions: EntityMention[], ctx: EntityContext): EntityMention[] {
  const { airlinePrefixes } = thingWords();
  const airlines: EntityMention[] = [];
  for (const m of mentions) {
    if (!(isPlaceName(m) || opensWithPlace(m)) || airlines.some((a) => a.end > m.start)) continue;
    const prefix = /(?<![\p{L}'’-])(\p{Lu}\p{L}*)[ \t]+$/u.exec(ctx.text.slice(Math.max(0, m.start - 12), m.start));
    if (!prefix || !airlinePrefixes.has(prefix[1])) continue;
    const end = Math.max(...mentions.filter((o) => o.start === m.start).map((o) => o.end));
    const start = m.start - prefix[0].length;
    const text = ctx.text.slice(start, end);
    airlines.push({ start, end, text, type: 'Organization', canonical: text.replace(/\s+/g, ' '), rule: 'things-named-after-places' });
  }
  if (airlines.length === 0) return mentions;
  const kept = mentions.filter((m) => !airlines.some((a) => m.start < a.end && a.start < m.end));
  return [...kept, ...airlines].sort((a, b) => a.start - b.start || b.end - a.end);
}

export const thingsNamedAfterPlacesRefiner: EntityRefiner = {
  id: 'things-named-after-places',
  refine(mentions, ctx) {
    return withAirlines(mentions.filter((m) => !isPlaceName(m) || !namesAThing(m, ctx)), ctx);
  },
};
