// One table per argument rule of the event extractor, on hand-built entity indexes.
import { extractEvents } from '../../../src/extract/events';
import type { EventRecord } from '../../../src/types';
import { inputs } from './fixtures';

function events(text: string, reference = '2025-06-05'): EventRecord[] {
  const x = inputs(text, reference);
  return extractEvents(x.article, x.layout, x.index, x.dates, []);
}

function one(text: string, reference?: string): EventRecord {
  const found = events(text, reference);
  expect(found).toHaveLength(1);
  return found[0];
}

const roleOf = (e: EventRecord, key: string) => e.participants.find((p) => p.entity === key)?.role;

describe('trigger words give the event type', () => {
  it.each([
    ['Olaf Scholz held a meeting with Donald Tusk.', 'Meeting'],
    ['Olaf Scholz hosted a summit with Donald Tusk.', 'Summit'],
    ['Antony Blinken held talks with Sergey Lavrov.', 'Talks'],
    ['Ukraine joined negotiations with Russia.', 'Negotiation'],
    ['Olaf Scholz gave an interview on Monday.', 'Interview'],
    ['Russia launched an attack on Ukraine on Monday.', 'Attack'],
    ['Poland held a referendum on Sunday.', 'Vote'],
    ['Donald Tusk made a visit to Ukraine on Monday.', 'Visit'],
    ['Germany signed an agreement with Poland on Monday.', 'Agreement'],
    ['Olaf Scholz met Donald Tusk on Monday.', 'Meeting'],
  ])('%s -> %s', (text, type) => {
    expect(one(text).type).toBe(type);
  });
});

describe('organizer', () => {
  it.each([
    ['Olaf Scholz held a virtual meeting on Tuesday.', 'person:olaf-scholz'],
    ['German Chancellor Olaf Scholz convened a summit on Tuesday.', 'person:olaf-scholz'],
    ['Donald Tusk joined a summit hosted by Olaf Scholz on Tuesday.', 'person:olaf-scholz'],
    ['The talks, organised by NATO, ended on Tuesday.', 'org:nato'],
  ])('%s', (text, key) => {
    expect(roleOf(one(text), key)).toBe('organizer');
  });

  it('a country that hosts is the host', () => {
    expect(roleOf(one('Qatar hosted talks with Russia on Tuesday.'), 'country:qa')).toBe('host');
  });

  it('a title description resolves through the roles of the article', () => {
    const text = 'Donald Tusk attends a summit held by Germany\u2019s chancellor on Tuesday. Olaf Scholz spoke first.';
    const x = inputs(text, '2025-06-05', {}, [{ person: 'person:olaf-scholz', title: 'Chancellor', of: 'country:de' }]);
    const [e] = extractEvents(x.article, x.layout, x.index, x.dates, []);
    expect(roleOf(e, 'person:olaf-scholz')).toBe('organizer');
    expect(roleOf(e, 'person:donald-tusk')).toBe('participant');
  });
});

describe('participants and mediators', () => {
  it.each([
    ['Donald Tusk attends a summit on Tuesday.', 'person:donald-tusk', 'participant'],
    ['Donald Tusk took part in a meeting on Tuesday.', 'person:donald-tusk', 'participant'],
    ['Poland joins a conference on Tuesday.', 'country:pl', 'participant'],
    ['The plan that Ukraine agreed to during talks in Geneva was published.', 'country:ua', 'participant'],
    ['Olaf Scholz attends a call as he takes part in a summit on Tuesday.', 'person:olaf-scholz', 'participant'],
    ['Russia held talks with Ukraine on Monday.', 'country:ua', 'participant'],
    ['Ukraine held talks with U.S. mediators in Saudi Arabia.', 'country:us', 'mediator'],
    ['Ukraine and Russia held talks mediated by Qatar on Monday.', 'country:qa', 'mediator'],
    ['The U.S.-Russian talks ended on Monday.', 'country:ru', 'participant'],
  ])('%s', (text, key, role) => {
    expect(roleOf(one(text), key)).toBe(role);
  });
});

describe('location, concerns, reporter, date', () => {
  it.each([
    ['Ukraine held talks with U.S. mediators in Saudi Arabia.', 'country:sa'],
    ['Olaf Scholz hosted a meeting at Warsaw on Monday.', 'place:warsaw-pl'],
  ])('location: %s', (text, key) => {
    expect(one(text).location).toBe(key);
  });

  it.each([
    ['Olaf Scholz held a summit focused on security in Ukraine on Monday.', 'country:ua'],
    ['Donald Tusk held a meeting about Ukraine on Monday.', 'country:ua'],
    ['NATO convened talks on Ukraine on Monday.', 'country:ua'],
  ])('concerns: %s', (text, key) => {
    const e = one(text);
    expect(e.concerns).toContain(key);
    expect(e.location).toBeNull();
  });

  it.each([
    ['Olaf Scholz held a meeting with Donald Tusk, Der Spiegel reported.', 'org:der-spiegel'],
    ['According to Reuters, Olaf Scholz held a meeting with Donald Tusk.', 'org:reuters'],
  ])('reportedBy: %s', (text, key) => {
    expect(one(text).reportedBy).toEqual([key]);
  });

  it.each([
    ['Olaf Scholz held a meeting on Tuesday with Donald Tusk.', '2025-06-05', '2025-06-03', 'day'],
    ['On Monday, Olaf Scholz held a meeting with Donald Tusk.', '2025-06-05', '2025-06-02', 'day'],
    ['Ukraine agreed during talks in Geneva last week.', '2025-06-05', '2025-05-26', 'week'],
    ['Olaf Scholz held a meeting with Donald Tusk.', '2025-06-05', null, null],
    // A date inside the phrase dates the mention, not the day of its sentence.
    ['Yesterday, Olaf Scholz named Donald Tusk his partner in the 2025 Polish presidential election.', '2025-06-05', '2025-01-01', 'year'],
    ['Olaf Scholz condemned the December 31 attack on Warsaw.', '2025-06-05', '2024-12-31', 'day'],
    // A long-running event does not take its sentence's day.
    ['At a debate held on Monday, Olaf Scholz was asked about the war in Ukraine.', '2025-06-05', null, null],
  ])('date: %s', (text, reference, start, grain) => {
    const e = one(text, reference);
    expect([e.dateStart, e.dateGrain]).toEqual([start, grain]);
  });
});

describe('a date another mention holds is not borrowed', () => {
  it('dates the rally by the sentence-opening day, not by the election date in the aside', () => {
    const text = 'On Thursday, Donald Tusk, a candidate in the Polish election to be held on August 9, held a rally in Warsaw.';
    const rally = events(text, '2025-08-03').find((e) => e.type === 'Protest');
    expect(rally).toMatchObject({ dateStart: '2025-07-31', location: 'place:warsaw-pl' });
  });
});

describe('a statement made by its subject', () => {
  it.each([
    ['Olaf Scholz said in a statement that Donald Tusk was right.', 'person:olaf-scholz'],
    ['Donald Tusk said at a press conference that talks would go on.', 'person:donald-tusk'],
  ])('%s', (text, key) => {
    const statement = events(text).find((e) => e.type === 'Statement');
    expect(statement && roleOf(statement, key)).toBe('participant');
  });
});

describe('labels', () => {
  it.each([
    ['Ukraine held talks with U.S. mediators in Saudi Arabia.', 'talks in Saudi Arabia'],
    ['Olaf Scholz held a virtual meeting on Tuesday.', 'virtual meeting'],
    ['The U.S.-Russian talks ended on Monday.', 'U.S.-Russian talks'],
    ['Olaf Scholz condemned the December 31 attack on Warsaw.', 'December 31 attack'],
  ])('%s -> %s', (text, label) => {
    expect(one(text).label).toBe(label);
  });
});

describe('interviews from quotes given to an outlet', () => {
  it('makes the speaker and the outlet take part, the relaying outlet report it', () => {
    const text = 'Olaf Scholz told Der Spiegel, as noted by Reuters, that "talks must go on."';
    const x = inputs(text, '2025-06-05');
    const start = text.indexOf('talks must');
    const quote = {
      key: 'quote:1', text: 'talks must go on.', start, end: start + 17, kind: 'direct' as const, speaker: 'person:olaf-scholz',
      speakerText: 'Olaf Scholz', cue: 'told', givenTo: 'org:der-spiegel', relayedBy: ['org:reuters'], about: [],
    };
    const interviews = extractEvents(x.article, x.layout, x.index, x.dates, [quote]).filter((e) => e.type === 'Interview');
    expect(interviews).toHaveLength(1);
    expect(interviews[0]).toMatchObject({
      label: 'interview with Der Spiegel', reportedBy: ['org:reuters'],
      participants: [{ entity: 'person:olaf-scholz', role: 'speaker' }, { entity: 'org:der-spiegel', role: 'participant' }],
    });
    expect(extractEvents(x.article, x.layout, x.index, x.dates, []).filter((e) => e.type === 'Interview')).toEqual([]);
  });
});

describe('negative cases: no event', () => {
  it.each([
    'Then one of the root causes of the conflict will be eliminated, Olaf Scholz said.',
    'Any agreement must include guarantees, Russia said.',
    'There is no deal in sight for Ukraine.',
    'The meeting room in Warsaw was empty.',
    'A solution to the conflict could only be sustained by agreement.',
    'Officials called for calm.',
    // Verbs, not nouns.
    'Olaf Scholz should vote, whatever the polls say.',
    'Russia plans to attack Ukraine.',
    'Germany urged Poland to protest the results.',
    'Russia uses elections to legitimise its rule.',
    // A trigger that modifies another noun or a hyphenated compound.
    'A World War II-era bomber crashed in Warsaw on Monday.',
    'Donald Tusk criticised the election policy in Poland.',
    'Donald Tusk won ballot access in Poland.',
    // A politician who "attacked" another criticised them.
    'Donald Tusk attacked Olaf Scholz as a weak leader.',
    // A name, not an event.
    "The Catholic Bishops' Conference said on Monday that Olaf Scholz was right.",
    // Neither "after" nor "in" makes the subject take part.
    'Donald Tusk spoke to the press after the speech.',
    'Olaf Scholz warned of Russian interference in the election.',
    // Hypothetical ("to create", "some") and not dated by a date of its own.
    'Nothing is better for Russia than to create a conflict between Poland and Ukraine.',
    'From 1st of March to 10th of March we celebrate, then we organise some talks with Poland.',
  ])('%s', (text) => {
    expect(events(text)).toEqual([]);
  });
});
