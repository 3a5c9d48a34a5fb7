import type { EntityMention } from '../../../src/types';
import { typeNamedElsewhere } from '../../../src/extract/entities/refiners/hyphen-joined-names';
import { brief, mentionsOf } from './helpers';

const mention = (text: string, type: EntityMention['type']): EntityMention => ({ start: 0, end: text.length, text, type, rule: 'test' });

describe('refiner hyphen-joined-names: names joined by a hyphen', () => {
  it.each([
    ['both parts named elsewhere', 'Jo Jorgensen and Spike Cohen spoke. The Jorgensen-Cohen ticket has ballot access.',
      ['Person:Jo Jorgensen', 'Person:Spike Cohen', 'Person:Jorgensen', 'Person:Cohen']],
    ['the other part already a mention', 'Beauty company Coty is breaking out. The Coty-Kylie Jenner deal was big.',
      ['Organization:Coty', 'Organization:Coty', 'Person:Kylie Jenner']],
    ['two organisations', 'The PKK is banned. The YPG fought on. Officials spoke of the PKK-YPG threat.',
      ['Organization:PKK', 'Organization:YPG', 'Organization:PKK', 'Organization:YPG']],
  ])('%s', (_why, text, expected) => {
    expect(brief(mentionsOf(text))).toEqual(expected);
  });

  it.each([
    ['a part the article does not name', 'Jo Jorgensen spoke. The Russo-Jorgensen idea failed.', 'Russo'],
    ['countries and demonyms describe people', 'He is Korean-Canadian. Korea and Canada agreed.', 'Korean'],
    ['a title, though a surname elsewhere', 'Michael Bishop spoke. The Bishop-Emeritus retired.', 'Bishop'],
    ['a word inside a longer unknown name', 'Singer Sarah Cat spoke. Guests were Cat-Monk Shiro and others.', 'Cat'],
  ])('nothing new: %s', (_why, text, part) => {
    // Only whole names that were there before: none is the bare part.
    const parts = brief(mentionsOf(text)).filter((m) => m.endsWith(`:${part}`));
    expect(parts).toEqual([]);
  });

  it.each([
    ['the same words as a person', 'Jorgensen', [mention('Jorgensen', 'Person')], 'Person'],
    ['a person\'s surname', 'Trump', [mention('Donald Trump', 'Person')], 'Person'],
    ['an organisation', 'PKK', [mention('PKK', 'Organization')], 'Organization'],
    ['a country', 'Turkish', [mention('Turkish', 'Country')], undefined],
    ['two types', 'Jordan', [mention('Jordan', 'Person'), mention('Jordan', 'Organization')], undefined],
    ['a one-word person is no surname', 'Jorgensen', [mention('Jo', 'Person')], undefined],
  ] as const)('typeNamedElsewhere: %s', (_why, part, mentions, expected) => {
    expect(typeNamedElsewhere(part, [...mentions])).toBe(expected);
  });
});
