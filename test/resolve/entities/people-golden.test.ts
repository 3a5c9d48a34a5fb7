import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../../src/types';
import { layoutText } from '../../../src/extract/text';
import { extractEntityMentions } from '../../../src/extract/entities';
import { resolveEntities } from '../../../src/resolve/entities';
import { articleOf } from '../../extract/entities/helpers';

function people(text: string): Entity[] {
  const layout = layoutText(text);
  const article = articleOf(text);
  return resolveEntities(article, layout, extractEntityMentions(article, layout)).entities.filter((e) => e.type === 'Person');
}

const mentionsByName = (entities: Entity[]) =>
  Object.fromEntries(entities.map((e) => [e.name, e.mentions.map((m) => m.text)]));

describe('golden: the people of a match report (test/fixtures/entities/people-story.txt)', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/entities/people-story.txt'), 'utf8');
  const found = mentionsByName(people(text));

  it('finds every person, family name first or given name unknown to English lists, with surname mentions', () => {
    expect(found).toEqual({
      'Park Joo-Ho': ['Park Joo-Ho', 'Park'],
      'Hwang Hee-Chan': ['Hwang Hee-Chan'],
      'Nacer Chadli': ['Nacer Chadli'],
      'Axel Witsel': ['Axel Witsel'],
      'Thibaut Courtois': ['Thibaut Courtois'],
      'Hernan Dario Gomez': ['Hernan Dario Gomez', 'Panama coach', 'Gomez'],
      'K.C. Maurer': ['K.C. Maurer', 'Maurer'],
      'L. Ron Hubbard': ['L. Ron Hubbard'],
    });
  });
});

// GUM's soccer report, when ../shared is present: the misses named in issue 4.
const GUM = join(__dirname, '../../../../shared/gold/gum-news/gum-news-dev.jsonl');

describe('golden: GUM news soccer report, when ../shared is present', () => {
  const docs = existsSync(GUM)
    ? readFileSync(GUM, 'utf8').split('\n').filter((l) => l.includes('"GUM_news_soccer"')).map((l) => JSON.parse(l) as { text: string })
    : [];

  // Without ../shared there is nothing to check here; the fixture above covers the same rules.
  it('finds the players GUM names', () => {
    for (const doc of docs) {
      const names = people(doc.text).map((e) => e.name);
      expect(names).toEqual(expect.arrayContaining(['Park Joo-Ho', 'Hwang Hee-Chan', 'Thibaut Courtois', 'Nacer Chadli', 'Axel Witsel', 'Hernan Dario Gomez']));
    }
  });
});
