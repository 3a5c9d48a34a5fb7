// Entity mentions of one article: rules propose candidates, refiners trim and filter them, in the
// order listed here. Each rule and refiner is a small module with one shared interface (rule.ts).
import type { CleanArticle, EntityMention } from '../../types';
import type { TextLayout } from '../text';
import { buildContext } from './context';
import type { EntityRefiner, EntityRule } from './rule';
import { gazetteerRule } from './rules/gazetteer-rule';
import { titledNameRule } from './rules/titled-name-rule';
import { capitalisedSequenceRule } from './rules/capitalised-sequence-rule';
import { compromiseRule } from './rules/compromise-rule';
import { speakerNameRule } from './rules/speaker-name-rule';
import { companyCueRule } from './rules/company-cue-rule';
import { resultNameRule } from './rules/result-name-rule';
import { datelinePlaceRule } from './rules/dateline-place-rule';
import { trimMentionRefiner } from './refiners/trim-mention';
import { kindAndTitleWordsRefiner } from './refiners/kind-and-title-words';
import { dropJunkRefiner } from './refiners/drop-junk';
import { thingsNotBodiesRefiner } from './refiners/things-not-bodies';
import { notSpeakersRefiner } from './refiners/not-speakers';
import { headlineCasingRefiner, sentenceStartRefiner } from './refiners/casing';
import { resolveOverlapsRefiner } from './refiners/overlaps';
import { journalsRefiner } from './refiners/journals';
import { personNeighboursRefiner } from './refiners/person-neighbours';
import { nationalTeamsRefiner } from './refiners/national-teams';
import { placeTeamsRefiner } from './refiners/place-teams';
import { wholeNamesRefiner } from './refiners/whole-names';
import { bracketedNamesRefiner } from './refiners/bracketed-names';
import { thingsNotPeopleRefiner } from './refiners/things-not-people';
import { nationalBranchesRefiner } from './refiners/national-branches';
import { notPeopleRefiner } from './refiners/not-people';
import { surnamesRefiner } from './refiners/surnames';
import { nestedPlacesRefiner } from './refiners/nested-places';
import { thingsNamedAfterPlacesRefiner } from './refiners/things-named-after-places';
import { acronymLongFormsRefiner } from './refiners/acronym-long-forms';
import { speakingPlacesRefiner } from './refiners/speaking-places';
import { townsNotPeopleRefiner } from './refiners/towns-not-people';
import { prefixAbbreviationsRefiner } from './refiners/prefix-abbreviations';
import { hyphenJoinedNamesRefiner } from './refiners/hyphen-joined-names';

export const ENTITY_RULES: EntityRule[] = [gazetteerRule, datelinePlaceRule, titledNameRule, companyCueRule, speakerNameRule, resultNameRule, capitalisedSequenceRule, compromiseRule];

export const ENTITY_REFINERS: EntityRefiner[] = [
  // Spans: titles, kinds of place and stray words off; junk, widget text and casing out.
  trimMentionRefiner,
  kindAndTitleWordsRefiner,
  dropJunkRefiner,
  notSpeakersRefiner,
  thingsNotBodiesRefiner,
  prefixAbbreviationsRefiner,
  headlineCasingRefiner,
  surnamesRefiner,
  sentenceStartRefiner,
  // People (neighbouring name parts, names completed in brackets; towns, things and events guessed as people); "British Red Cross".
  personNeighboursRefiner,
  townsNotPeopleRefiner,
  notPeopleRefiner,
  wholeNamesRefiner,
  bracketedNamesRefiner,
  thingsNotPeopleRefiner,
  nationalBranchesRefiner,
  // One mention per stretch of text, then what the words around a kept mention say it is.
  resolveOverlapsRefiner,
  journalsRefiner,
  nationalTeamsRefiner,
  placeTeamsRefiner,
  nestedPlacesRefiner,
  thingsNamedAfterPlacesRefiner,
  acronymLongFormsRefiner,
  speakingPlacesRefiner,
  hyphenJoinedNamesRefiner,
];

const LANGUAGE_INDEPENDENT_RULES = ['gazetteer'];

export interface ExtractEntityOptions {
  /** Run only these rules (by id); all by default. For tests and benchmarks. */
  rules?: string[];
}

export function extractEntityMentions(article: CleanArticle, layout: TextLayout, options: ExtractEntityOptions = {}): EntityMention[] {
  const ctx = buildContext(article, layout);
  // Known names (countries, bodies, outlets, places) read the same in any language; the other rules
  // read English capitalisation, titles and speech verbs, and find junk in other languages.
  const wanted = options.rules ?? (article.language === 'en' ? undefined : LANGUAGE_INDEPENDENT_RULES);
  const rules = wanted ? ENTITY_RULES.filter((r) => wanted.includes(r.id)) : ENTITY_RULES;
  let mentions = rules.flatMap((r) => r.propose(ctx));
  for (const refiner of ENTITY_REFINERS) mentions = refiner.refine(mentions, ctx);
  return mentions;
}

export type { EntityRule, EntityRefiner, EntityContext } from './rule';
