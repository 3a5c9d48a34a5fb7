// Hand-built entity indexes and articles for the event tests: entities are found in the text
// by their surface forms, so tests do not depend on the entity extractor.
import type { CleanArticle, Entity, EntityType, Role, Span } from '../../../src/types';
import { EntityIndex } from '../../../src/resolve/entity-index';
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function indexFor(text: string, specs: EntitySpec[] = PEOPLE_AND_PLACES, roles: Role[] = []): EntityIndex {
  const taken: Span[] = [];
  const entities: Entity[] = [];
  // Longest forms first, so "Olaf Scholz" is one mention, not "Scholz" inside it.
  const forms = specs.flatMap((s) => [s.name, ...(s.forms ?? [])].map((form) => ({ s, form })))
    .sort((a, b) => b.form.length - a.form.length);
  const byKey = new Map<string, Entity>();
  for (const { s, form } of forms) {
    const re = new RegExp(`(?<![\\w])${escape(form)}(?![\\w])`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span = { start: m.index, end: m.index + form.length };
      if (taken.some((t) => t.start < span.end && span.start < t.end)) continue;
      taken.push(span);
      let e = byKey.get(s.key);
      if (!e) {
        e = { key: s.key, type: s.type, name: s.name, aliases: s.forms ?? [], mentions: [], kind: s.kind };
        byKey.set(s.key, e);
        entities.push(e);
      }
      e.mentions.push({ ...span, text: form });
    }
  }
  return new EntityIndex(entities, roles);
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
