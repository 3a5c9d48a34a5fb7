// Golden tests for news outlets and the names mistaken for them, over whole texts: a fixture of our
// own (always), and Wikinews articles when ../shared is present.
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

describe('outlets in a story about a newspaper chain', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/entities/outlets-story.txt'), 'utf8');
  const entities = entitiesOf(text);
  const typeOf = (key: string) => entities.find((e) => e.key === key)?.type;

  it.each([
    ['a newspaper named after its county', 'org:orange-county-register', 'MediaOutlet'],
    ['a newspaper named after its town', 'org:kansas-city-star', 'MediaOutlet'],
    ['"Bee" after a town', 'org:sacramento-bee', 'MediaOutlet'],
    ['"Courant" after a town', 'org:hartford-courant', 'MediaOutlet'],
    ['a hyphenated head', 'org:pittsburgh-post-gazette', 'MediaOutlet'],
    ['another hyphenated head', 'org:las-vegas-review-journal', 'MediaOutlet'],
    ['a known outlet written with its article', 'org:the-hill', 'MediaOutlet'],
    ['a network\'s sports channel', 'org:cbs-sports', 'MediaOutlet'],
    ['a network\'s local station', 'org:cbs-dfw', 'MediaOutlet'],
    ['"Review" with an outlet cue', 'org:baltimore-review', 'MediaOutlet'],
    ['a restaurant chain', 'org:pizza-express', 'Organization'],
    ['a space firm', 'org:moon-express', 'Organization'],
    ['a fund', 'org:alden-capital', 'Organization'],
    ['a firm joined by "&"', 'org:ernst-and-young', 'Organization'],
    ['a broker', 'org:kotak-institutional-equities', 'Organization'],
    ['a given name and a surname that is a place head', 'person:fiona-hill', 'Person'],
    ['a venue after "at"', 'place:heinz-field', 'Place'],
  ])('%s', (_why, key, type) => {
    expect(typeOf(key)).toBe(type);
  });

  it.each([
    ['the news division, for a network unit', 'org:cbs-news'],
    ['the town inside a newspaper name', 'place:kansas-us'],
    ['the town inside a newspaper name', 'place:sacramento-us'],
    ['a firm as a person', 'person:alden-capital'],
    ['a firm as a person', 'person:ernst-and-young'],
    ['a person as a place', 'place:fiona-hill'],
  ])('not %s: %s', (_why, key) => {
    expect(entities.map((e) => e.key)).not.toContain(key);
  });
});

const WIKINEWS = join(__dirname, '../../../../shared/corpus/wikinews/wikinews-2019-2021.jsonl');

describe('outlets in Wikinews articles', () => {
  const articles = existsSync(WIKINEWS)
    ? readFileSync(WIKINEWS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { url?: string; text: string })
    : [];
  const article = (urlPart: string) => articles.find((a) => (a.url ?? '').includes(urlPart));

  it.each([
    ['a hyphenated newspaper head', 'Bernie_Sanders_wins_2020_Nevada_caucuses', 'org:las-vegas-review-journal', 'MediaOutlet'],
    ['a network\'s radio arm', 'Radio_host_Don_Imus_dies_aged_79', 'org:cbs-radio', 'MediaOutlet'],
    ['a firm ending in "Partners"', 'Slippery_business', 'org:ben-franklin-technology-partners', 'Organization'],
  ])('%s', (_why, urlPart, key, type) => {
    if (articles.length === 0) return; // ../shared absent: the fixture above still runs.
    const found = article(urlPart);
    expect(found).toBeDefined();
    expect(entitiesOf(found!.text).find((e) => e.key === key)?.type).toBe(type);
  });
});
