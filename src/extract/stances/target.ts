// The entity a stance is toward. Target rules are tried in order of how directly the words name
// the target; the first rule that finds an entity other than the holder wins:
//   1. decider       "it is not up to Russia to accept"            -> Russia
//   2. topic         "join NATO", "a deal with Russia"              -> the entity named in the topic
//   3. subject       "Ukraine must be barred from ..." (passive)   -> the passive subject
//   4. back-reference "allied forces on its territory"            -> the country named earlier in the clause
//   5. placement     "willing to send troops", "contingents are kept out": forces sent or kept out go
//                    somewhere; the place is the country of the sentence, else the country the
//                    article is mostly about. Never the holder's own country (a French president
//                    sending troops is not a stance toward France).
import type { Entity, Span } from '../../types';
import type { EntityIndex } from '../../resolve/entity-index';
import { spanAt, type TextLayout } from '../text';
import { readDataFile } from '../quotes/lexicon';
import type { StanceMatch } from './phrases';

interface TargetFile {
  placeReferences: string[];
  placementWords: string[];
  placeTypes: Entity['type'][];
  minStoryMentions: number;
  comparisonWords: string[];
}

export interface TargetCues {
  /** Single words and multi-word phrases, lower case. */
  placeReferences: string[];
  placementWords: string[];
  placeTypes: Entity['type'][];
  minStoryMentions: number;
  comparisonWords: Set<string>;
}

let cached: TargetCues | undefined;

export function targetCues(): TargetCues {
  if (cached) return cached;
  const file = readDataFile<TargetFile>('stances/targets.json');
  cached = {
    placeReferences: file.placeReferences.map((w) => w.toLowerCase()),
    placementWords: file.placementWords.map((w) => w.toLowerCase()),
    placeTypes: file.placeTypes,
    minStoryMentions: file.minStoryMentions,
    comparisonWords: new Set(file.comparisonWords.map((w) => w.toLowerCase())),
  };
  return cached;
}

/** What a target rule sees: the phrase match, who holds it, and the article around it. */
export interface TargetContext {
  match: StanceMatch;
  holder: string;
  text: string;
  layout: TextLayout;
  entities: EntityIndex;
  cues: TargetCues;
}

export interface TargetRule {
  id: string;
  find(ctx: TargetContext): string | null;
}

/** Keys the target may never be: the holder, and for a person also the countries and organisations they serve. */
function excluded(ctx: TargetContext): Set<string> {
  const keys = new Set([ctx.holder]);
  for (const r of ctx.entities.rolesOf(ctx.holder)) if (r.of) keys.add(r.of);
  return keys;
}

function firstEntityIn(span: Span | null, ctx: TargetContext, avoid: Set<string>): string | null {
  if (!span) return null;
  return ctx.entities.mentionsIn(span).find((h) => !avoid.has(h.entity.key) && !isComparison(h.mention.start, ctx))?.entity.key ?? null;
}

/** "drugs like Portugal": the entity is a point of comparison, not what the words are about. */
function isComparison(mentionStart: number, ctx: TargetContext): boolean {
  const before = /([A-Za-z]+)\W*$/.exec(ctx.text.slice(Math.max(0, mentionStart - 20), mentionStart));
  return !!before && ctx.cues.comparisonWords.has(before[1].toLowerCase());
}

/** Does the text hold one of the phrases as whole words ("kept out", "its territory")? */
function containsPhrase(text: string, phrases: string[]): boolean {
  const words = ` ${(text.toLowerCase().match(/[a-z]+/g) ?? []).join(' ')} `;
  return phrases.some((p) => words.includes(` ${p} `));
}

/** The place entity mentioned nearest before `at` inside `within` (else nearest after), by preferred type. */
function nearestPlace(within: Span, at: number, ctx: TargetContext, avoid: Set<string>): string | null {
  const places = ctx.entities.mentionsIn(within).filter((h) => ctx.cues.placeTypes.includes(h.entity.type) && !avoid.has(h.entity.key));
  for (const type of ctx.cues.placeTypes) {
    const ofType = places.filter((h) => h.entity.type === type);
    const before = ofType.filter((h) => h.mention.start < at);
    const pick = before.length ? before[before.length - 1] : ofType[0];
    if (pick) return pick.entity.key;
  }
  return null;
}

const decider: TargetRule = { id: 'decider', find: (ctx) => firstEntityIn(ctx.match.decider, ctx, new Set([ctx.holder])) };

const topicEntity: TargetRule = { id: 'topic', find: (ctx) => firstEntityIn(ctx.match.topicSpan, ctx, new Set([ctx.holder])) };

const passiveSubject: TargetRule = {
  id: 'subject',
  find: (ctx) => (ctx.match.phrase.active ? null : firstEntityIn(ctx.match.subject, ctx, new Set([ctx.holder]))),
};

const backReference: TargetRule = {
  id: 'back-reference',
  find: (ctx) => {
    if (!containsPhrase(ctx.text.slice(ctx.match.topicSpan.start, ctx.match.topicSpan.end), ctx.cues.placeReferences)) return null;
    const sentence = spanAt(ctx.layout.sentences, ctx.match.evidence.start);
    if (!sentence) return null;
    // Only what the clause said before the topic can be referred back to.
    return nearestPlace({ start: sentence.start, end: ctx.match.topicSpan.start }, ctx.match.topicSpan.start, ctx, excluded(ctx));
  },
};

const placement: TargetRule = {
  id: 'placement',
  find: (ctx) => {
    if (!containsPhrase(`${ctx.match.phrase.words.join(' ')} ${ctx.match.topic}`, ctx.cues.placementWords)) return null;
    const avoid = excluded(ctx);
    const sentence = spanAt(ctx.layout.sentences, ctx.match.evidence.start);
    const inSentence = sentence ? nearestPlace(sentence, ctx.match.evidence.start, ctx, avoid) : null;
    return inSentence ?? storyCountry(ctx, avoid);
  },
};

/** The country the article mentions most (ties: first mentioned), if it is mentioned often enough. */
function storyCountry(ctx: TargetContext, avoid: Set<string>): string | null {
  let best: Entity | undefined;
  for (const e of ctx.entities.entities) {
    if (e.type !== 'Country' || avoid.has(e.key) || e.mentions.length < ctx.cues.minStoryMentions) continue;
    const firstAt = (x: Entity) => Math.min(...x.mentions.map((m) => m.start));
    if (!best || e.mentions.length > best.mentions.length || (e.mentions.length === best.mentions.length && firstAt(e) < firstAt(best))) best = e;
  }
  return best?.key ?? null;
}

export const TARGET_RULES: TargetRule[] = [decider, topicEntity, passiveSubject, backReference, placement];

/** The target of a stance: the first rule's answer, or null when nothing in the text names one. */
export function findTarget(ctx: Omit<TargetContext, 'cues'>): { target: string | null; rule: string | null } {
  const full: TargetContext = { ...ctx, cues: targetCues() };
  for (const rule of TARGET_RULES) {
    const target = rule.find(full);
    if (target) return { target, rule: rule.id };
  }
  return { target: null, rule: null };
}
