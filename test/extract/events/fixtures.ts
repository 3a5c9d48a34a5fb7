// Hand-built entity indexes and articles for the event tests: entities are found in the text
// by their surface forms, so tests do not depend on the entity extractor.
import type { CleanArticle, EntityType, Role } from '../../../src/types';
import type { EntityIndex } from '../../../src/resolve/entity-index';
import { entityIndexFor } from '../../fixtures/entity-index';
import { layoutText } from '../../../src/extract/text';
import { extractDates } from '../../../src/extract/dates';

export interface EntitySpec {
  key: string;
  type: EntityType;
  name: string;
  /** Surface forms to find in the text (the name is always one). */
  forms?: string[];
  kind?: string;
}

export const PEOPLE_AND_PLACES: EntitySpec[] = [
  { key: 'person:olaf-scholz', type: 'Person', name: 'Olaf Scholz', forms: ['Scholz'] },
  { key: 'person:donald-tusk', type: 'Person', name: 'Donald Tusk', forms: ['Tusk'] },
  { key: 'person:antony-blinken', type: 'Person', name: 'Antony Blinken', forms: ['Blinken'] },
  { key: 'person:sergey-lavrov', type: 'Person', name: 'Sergey Lavrov', forms: ['Lavrov'] },
  { key: 'country:de', type: 'Country', name: 'Germany', forms: ['German'] },
  { key: 'country:pl', type: 'Country', name: 'Poland', forms: ['Polish'] },
  { key: 'country:ua', type: 'Country', name: 'Ukraine' },
  { key: 'country:us', type: 'Country', name: 'United States', forms: ['U.S.'] },
  { key: 'country:ru', type: 'Country', name: 'Russia', forms: ['Russian'] },
  { key: 'country:qa', type: 'Country', name: 'Qatar' },
  { key: 'country:sa', type: 'Country', name: 'Saudi Arabia' },
  { key: 'country:no', type: 'Country', name: 'Norway' },
  { key: 'place:geneva-ch', type: 'Place', name: 'Geneva', kind: 'city' },
  { key: 'place:warsaw-pl', type: 'Place', name: 'Warsaw', kind: 'city' },
  { key: 'org:nato', type: 'Organization', name: 'NATO', kind: 'alliance' },
  { key: 'org:der-spiegel', type: 'MediaOutlet', name: 'Der Spiegel', kind: 'newspaper' },
  { key: 'org:reuters', type: 'MediaOutlet', name: 'Reuters', kind: 'agency' },
];

/** Entities found in the text by their name and surface forms (see test/fixtures/entity-index.ts). */
export function indexFor(text: string, specs: EntitySpec[] = PEOPLE_AND_PLACES, roles: Role[] = []): EntityIndex {
  return entityIndexFor(text, specs.map((s) => ({ ...s, aliases: s.forms })), roles);
}

export function article(text: string, extra: Partial<CleanArticle> = {}): CleanArticle {
  return {
    key: 'article:test', sourcePath: 'test', title: null, url: null, outlet: null, publishedAt: null, author: null,
    language: 'en', text, removed: [], captions: [], credits: [], videoTitles: [], guessed: {}, contentHash: '',
    wordCount: text.split(/\s+/).length, ...extra,
  };
}

/** Everything extractEvents needs for one article. */
export function inputs(text: string, reference: string, extra: Partial<CleanArticle> = {}, roles: Role[] = []) {
  const layout = layoutText(text);
  return {
    article: article(text, extra),
    layout,
    index: indexFor(text, PEOPLE_AND_PLACES, roles),
    dates: extractDates(text, layout, reference),
  };
}
