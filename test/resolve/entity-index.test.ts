import { EntityIndex } from '../../src/resolve/entity-index';
import type { Entity } from '../../src/types';

const person = (key: string, name: string, spans: [number, number][]): Entity => ({
  key, type: 'Person', name, aliases: [], mentions: spans.map(([start, end]) => ({ start, end, text: name.slice(0, end - start) })),
});

// "Alexander Grushko said ... Grushko added ... Macron ..."
const index = new EntityIndex([
  person('person:alexander-grushko', 'Alexander Grushko', [[0, 17], [40, 47]]),
  person('person:emmanuel-macron', 'Emmanuel Macron', [[60, 66]]),
]);

describe('EntityIndex', () => {
  it.each([
    ['inside a long mention', { start: 10, end: 12 }, ['person:alexander-grushko']],
    ['covering two mentions', { start: 35, end: 70 }, ['person:alexander-grushko', 'person:emmanuel-macron']],
    ['touching the end only (end exclusive)', { start: 17, end: 20 }, []],
    ['between mentions', { start: 48, end: 59 }, []],
  ])('mentionsIn: %s', (_label, span, keys) => {
    expect(index.mentionsIn(span).map((h) => h.entity.key)).toEqual(keys);
  });

  it('at() prefers the longest overlapping mention', () => {
    const nested = new EntityIndex([
      person('person:keir-starmer', 'Keir Starmer', [[0, 12]]),
      { ...person('country:gb', 'United Kingdom', [[5, 12]]), type: 'Country' },
    ]);
    expect(nested.at({ start: 6, end: 8 })?.key).toBe('person:keir-starmer');
    expect(nested.at({ start: 20, end: 30 })).toBeUndefined();
  });

  it('byKey and rolesOf', () => {
    const withRoles = new EntityIndex(index.entities, [{ person: 'person:emmanuel-macron', title: 'President', of: 'country:fr' }]);
    expect(withRoles.byKey('person:emmanuel-macron')?.name).toBe('Emmanuel Macron');
    expect(withRoles.rolesOf('person:emmanuel-macron')).toHaveLength(1);
    expect(withRoles.rolesOf('person:alexander-grushko')).toEqual([]);
  });
});
