import { layoutText } from '../../../src/extract/text';
import { extractEntityMentions } from '../../../src/extract/entities';
import { resolveEntities } from '../../../src/resolve/entities';
import { articleOf } from '../../extract/entities/helpers';

/** "key: mention, mention" for each non-person entity of the text. */
function entitiesOf(text: string): string[] {
  const layout = layoutText(text);
  const article = articleOf(text);
  return resolveEntities(article, layout, extractEntityMentions(article, layout)).entities
    .filter((e) => e.type !== 'Person')
    .map((e) => `${e.key}: ${e.mentions.map((m) => m.text).join(', ')}`);
}

describe('a contested capital stands for its country only where the article names it', () => {
  it.each([
    ['the Australian state in a story that names Australia but never the Seychelles',
      'How many residents of Melbourne and Victoria are aboriginals? Victoria is low among the states of Australia.', 'place:victoria-au: Victoria, Victoria'],
    ['a place in no known country in a story that names neither the Seychelles nor Australia',
      'Floods hit Victoria on Sunday. Victoria said the roads were closed.', 'place:victoria: Victoria, Victoria'],
    ['the capital where the article names its country',
      'Seychelles held a vote on Sunday. Victoria said the count was fair.', 'country:sc: Seychelles, Victoria'],
  ])('%s', (_why, text, expected) => {
    expect(entitiesOf(text)).toContain(expected);
  });

  it.each([
    ['an uncontested capital keeps its country', 'London said the talks had failed.', 'country:gb'],
  ])('%s', (_why, text, key) => {
    expect(entitiesOf(text).some((e) => e.startsWith(`${key}:`))).toBe(true);
  });
});
