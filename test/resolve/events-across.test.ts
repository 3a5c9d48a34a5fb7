// Two outlets' differently written reports of one meeting become one Event (one key); a
// different meeting keeps its own.
import { extractEvents } from '../../src/extract/events';
import { mergeEventsAcrossArticles, sameEvent } from '../../src/resolve/events-across';
import { keyParts } from '../../src/resolve/events';
import { eventKey } from '../../src/keys';
import type { EventRecord, Extraction } from '../../src/types';
import { inputs } from '../extract/events/fixtures';

function extraction(text: string, reference: string): Extraction {
  const x = inputs(text, reference);
  return {
    article: { key: `article:${reference}:${text.length}` } as Extraction['article'],
    entities: x.index.entities, roles: [], dates: x.dates, quotes: [], stances: [], warnings: [],
    events: extractEvents(x.article, x.layout, x.index, x.dates, []),
  };
}

const REPORT_A = 'Antony Blinken held talks with Sergey Lavrov in Geneva on Thursday, Reuters reported.';
const REPORT_B = 'Russian Foreign Minister Sergey Lavrov took part in negotiations with Antony Blinken in Geneva on January 23.';
const OTHER = 'Antony Blinken held talks with Sergey Lavrov in Geneva on Monday.';

describe('mergeEventsAcrossArticles', () => {
  it('gives two reports of one meeting the same key', () => {
    const [a, b] = mergeEventsAcrossArticles([extraction(REPORT_A, '2025-01-24'), extraction(REPORT_B, '2025-01-25')]);
    expect(a.events).toHaveLength(1);
    expect(b.events).toHaveLength(1);
    expect(a.events[0].type).toBe('Talks');
    expect(a.events[0].key).toBe(b.events[0].key);
    expect(b.events[0].type).toBe(a.events[0].type);
    expect(a.events[0].dateStart).toBe('2025-01-23');
    // Each article keeps its own evidence.
    expect(a.events[0].reportedBy).toEqual(['org:reuters']);
    expect(b.events[0].reportedBy).toEqual([]);
  });

  it('keeps a meeting on another day apart', () => {
    const [a, , c] = mergeEventsAcrossArticles([
      extraction(REPORT_A, '2025-01-24'), extraction(REPORT_B, '2025-01-25'), extraction(OTHER, '2025-01-24'),
    ]);
    expect(c.events[0].dateStart).toBe('2025-01-20');
    expect(c.events[0].key).not.toBe(a.events[0].key);
  });

  it('leaves a batch of one article unchanged', () => {
    const x = extraction(REPORT_A, '2025-01-24');
    const key = x.events[0].key;
    expect(mergeEventsAcrossArticles([x])[0].events[0].key).toBe(key);
  });
});

describe('sameEvent', () => {
  const base: EventRecord = {
    key: 'event:x', type: 'Meeting', label: 'meeting', dateStart: '2025-03-15', dateEnd: '2025-03-15', dateGrain: 'day',
    participants: [{ entity: 'person:a', role: 'organizer' }, { entity: 'person:b', role: 'participant' }],
    location: null, concerns: [], reportedBy: [], partOf: [], mentions: [],
  };
  it.each<[string, Partial<EventRecord>, boolean]>([
    ['same day, shared participant, summit vs meeting', { type: 'Summit', participants: [{ entity: 'person:b', role: 'participant' }] }, true],
    ['week containing the day', { dateStart: '2025-03-10', dateEnd: '2025-03-16', dateGrain: 'week' }, true],
    ['another day', { dateStart: '2025-03-16', dateEnd: '2025-03-16' }, false],
    ['incompatible type', { type: 'Attack' }, false],
    ['no shared participant or place', { participants: [{ entity: 'person:c', role: 'participant' }] }, false],
    ['only a shared mediator', { participants: [{ entity: 'person:a', role: 'mediator' }], location: null }, false],
    ['one dated, one not', { dateStart: null, dateEnd: null, dateGrain: null }, false],
  ])('%s', (_what, change, same) => {
    expect(sameEvent(base, { ...base, ...change })).toBe(same);
  });
});

describe('keyParts: what an event key is made of', () => {
  const undated = { participants: [{ entity: 'org:eu', role: 'participant' as const }], location: null, dateStart: null };
  const key = (e: Parameters<typeof keyParts>[0]) => eventKey('Agreement', null, keyParts(e));
  it.each<[string, Parameters<typeof keyParts>[0], Parameters<typeof keyParts>[0], boolean]>([
    ['undated, one participant, other labels: two events', { ...undated, label: 'EU treaty' }, { ...undated, label: 'pact' }, false],
    ['undated, one participant, same label: one event', { ...undated, label: 'EU treaty' }, { ...undated, label: 'EU  Treaty' }, true],
    ['undated, two participants: the label does not count',
      { ...undated, participants: [...undated.participants, { entity: 'org:mercosur', role: 'participant' }], label: 'pact' },
      { ...undated, participants: [...undated.participants, { entity: 'org:mercosur', role: 'participant' }], label: 'trade deal' }, true],
    ['dated: the label does not count', { ...undated, dateStart: '2025-03-15', label: 'summit' }, { ...undated, dateStart: '2025-03-15', label: 'talks' }, true],
  ])('%s', (_why, a, b, same) => {
    expect(key(a) === key(b)).toBe(same);
  });
});
