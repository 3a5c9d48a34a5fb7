import { brief, mentionsOf } from './helpers';

const people = (text: string) => mentionsOf(text).filter((m) => m.type === 'Person');

describe('refiner bracketed-names', () => {
  it.each([
    ['a bracketed surname after a found person', 'The data came from Valeria Gazzola and then Cindy [Pinhal] helped to analyse it.', 'Cindy [Pinhal]', 'Cindy Pinhal'],
    ['a surname after a bracketed given name', 'He was helped by the other two: [Augustine Triumph] Attah: who did part of the work.', '[Augustine Triumph] Attah', 'Augustine Triumph Attah'],
    ['a known given name before a bracketed surname', '"Jerry [O\'Connell] and I are talking to NBC at the moment," he said.', "Jerry [O'Connell]", "Jerry O'Connell"],
    ['a title inside the bracket stays out', "After listening to [Prime Minister Narendra] Modi's address, we left.", 'Narendra] Modi', 'Narendra Modi'],
  ])('%s', (_why, text, surface, canonical) => {
    const found = people(text).find((m) => m.rule === 'bracketed-names');
    expect(found?.text).toBe(surface);
    expect(found?.canonical).toBe(canonical);
    expect(text.slice(found!.start, found!.end)).toBe(surface);
  });

  it.each([
    ['an ordinary word in brackets', 'Indian [Railways] has been very open to women drivers.'],
    ['a known name in brackets', 'Then Maria Novak [Google] left the room early.'],
    ['no person on either side', 'They switched to Rocky [Linux] last year.'],
    ['the words run on into another name', 'He found it near [Russell] Quinton Street last week.'],
    ['an editorial letter', 'Sarah Connor said: "[T]he plan is good."'],
  ])('no bracketed name: %s', (_why, text) => {
    expect(people(text).filter((m) => m.rule === 'bracketed-names')).toEqual([]);
  });

  it('leaves the words around brackets alone when no name is completed', () => {
    expect(brief(people('Sarah Connor met [the minister] on Monday.'))).toEqual(['Person:Sarah Connor']);
  });
});
