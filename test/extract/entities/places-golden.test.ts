// Golden tests for places and organisations over whole texts: a fixture of our own (always), and
// the GUM news documents when ../shared is present.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleOf } from './helpers';
import { layoutText } from '../../../src/extract/text';
import { extractEntityMentions } from '../../../src/extract/entities';
import { resolveEntities } from '../../../src/resolve/entities';

function entitiesOf(text: string) {
  const layout = layoutText(text);
  const article = articleOf(text);
  return resolveEntities(article, layout, extractEntityMentions(article, layout)).entities;
}

describe('places and organisations in a story about towns', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/entities/towns-story.txt'), 'utf8');
  const entities = entitiesOf(text);
  const keys = new Set(entities.map((e) => e.key));
  const mentioned = (key: string) => entities.find((e) => e.key === key)?.mentions.map((m) => m.text) ?? [];

  it.each([
    ['a town with its state, named again alone', 'place:greensboro-us', ['Greensboro, North Carolina', 'Greensboro']],
    ['a town after "city of"', 'place:durham-us', ['Durham']],
    ['a town with its state, then inside a body named after it', 'place:irving-us', ['Irving, Texas', 'Irving']],
    ['a campus town after its state', 'place:arlington-us', ['Arlington']],
    ['a town inside a venue named after it', 'place:volgograd-ru', ['Volgograd']],
    ['towns after "from"', 'place:sochi-ru', ['Sochi']],
    ['a town written without its diacritics', 'place:herat-af', ['Herat']],
    ['a capital with its country', 'place:kabul-af', ['Kabul, Afghanistan']],
  ])('%s', (_why, key, texts) => {
    expect(mentioned(key)).toEqual(texts);
  });

  it.each([
    ['a body named after a town', 'org:irving-police-department'],
    ['a university named after a state and a town', 'org:university-of-texas-arlington'],
    ['a venue named after a town', 'place:volgograd-arena'],
    ['a stadium', 'place:fort-worth-stadium'],
  ])('finds %s', (_why, key) => {
    expect(keys).toContain(key);
  });

  it.each([
    ['a gerund at a sentence start', 'Reading'],
    ['an adjective at a sentence start', 'Mobile'],
    ['a word after "in"', 'God'],
    ['a given name before a surname', 'Tyler'],
  ])('no place for %s (%s)', (_why, word) => {
    expect(entities.filter((e) => (e.type === 'Place' || e.type === 'Country') && e.mentions.some((m) => m.text === word))).toEqual([]);
  });
});

const GUM = join(__dirname, '../../../../shared/gold/gum-news/gum-news-dev.jsonl');

describe('towns of the GUM news documents (when ../shared is present)', () => {
  const docs: { id: string; text: string }[] = existsSync(GUM)
    ? readFileSync(GUM, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
    : [];
  const placesIn = (id: string) => {
    const doc = docs.find((d) => d.id === id);
    return doc ? entitiesOf(doc.text).filter((e) => e.type === 'Place').flatMap((e) => e.mentions.map((m) => m.text)) : undefined;
  };

  it.each([
    ['GUM_news_afghan', ['Herat']],
    ['GUM_news_soccer', ['Volgograd', 'Sochi', 'Nizhny Novgorod']],
    ['GUM_news_clock', ['Irving, Texas', 'Mountain View, California']],
    ['GUM_news_warhol', ['Greensboro', 'Chapel Hill', 'Evanston, Illinois', 'Durham, North Carolina']],
  ])('%s', (id, expected) => {
    const places = placesIn(id);
    if (places === undefined) return; // ../shared is absent: the fixture above still ran.
    expect(places).toEqual(expect.arrayContaining(expected));
  });
});
