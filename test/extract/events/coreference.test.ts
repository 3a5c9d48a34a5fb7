// In-article event coreference: a paragraph, a photo caption and a video title that describe
// one meeting become one EventRecord; PART_OF links between stated wider events.
import { extractEvents } from '../../../src/extract/events';
import { inputs } from './fixtures';

const PARAGRAPH = 'German Chancellor Olaf Scholz hosted a video conference on Tuesday with leaders of 12 countries, Der Spiegel reported.';
const CAPTION = 'Polish Prime Minister Donald Tusk joins a virtual meeting convened by Germany\u2019s chancellor and focused on Ukraine\u2019s energy security, in Warsaw on June 3, 2025.';
const OTHER = 'Separately, Russia launched an attack on Ukraine on Sunday.';
const TEXT = `${PARAGRAPH}\n${CAPTION}\n${OTHER}`;
const VIDEO_TITLE = 'Tusk on video call with Scholz about Ukraine';

function run(videoTitles: string[] = [VIDEO_TITLE]) {
  const captionStart = TEXT.indexOf(CAPTION);
  const x = inputs(TEXT, '2025-06-05', {
    captions: [{ start: captionStart, end: captionStart + CAPTION.length }],
    videoTitles,
  }, [{ person: 'person:olaf-scholz', title: 'Chancellor', of: 'country:de' }]);
  return extractEvents(x.article, x.layout, x.index, x.dates, []);
}

describe('one event from a paragraph, a caption and a video title', () => {
  const events = run();
  const meeting = events.find((e) => e.mentions.some((m) => m.text === 'a video conference'))!;

  it('merges the three descriptions and nothing else', () => {
    expect(meeting.mentions.map((m) => m.text)).toEqual(['a video conference', 'a virtual meeting', VIDEO_TITLE]);
    expect(events.filter((e) => e.type === 'Meeting')).toHaveLength(1);
    expect(events.find((e) => e.type === 'Attack')?.dateStart).toBe('2025-06-01');
  });

  it('records the video title without a span', () => {
    expect(meeting.mentions[2]).toEqual({ start: -1, end: -1, text: VIDEO_TITLE });
  });

  it('combines date, roles, concerns and reporter', () => {
    expect(meeting).toMatchObject({ type: 'Meeting', dateStart: '2025-06-03', dateEnd: '2025-06-03', dateGrain: 'day' });
    expect(meeting.participants).toEqual(expect.arrayContaining([
      { entity: 'person:olaf-scholz', role: 'organizer' },
      { entity: 'person:donald-tusk', role: 'participant' },
    ]));
    expect(meeting.participants).toHaveLength(2);
    expect(meeting.concerns).toEqual(['country:ua']);
    expect(meeting.reportedBy).toEqual(['org:der-spiegel']);
    expect(meeting.key).toMatch(/^event:meeting:2025-06-03:[0-9a-f]{16}$/);
  });

  it('keys do not depend on the video title being there', () => {
    expect(run([]).find((e) => e.type === 'Meeting')?.key).toBe(meeting.key);
  });
});

describe('events that must stay apart', () => {
  it('two meetings on different days are two events', () => {
    const text = 'Olaf Scholz held a meeting with Donald Tusk on Monday. Olaf Scholz held another meeting with Donald Tusk on Wednesday.';
    const x = inputs(text, '2025-06-06');
    const events = extractEvents(x.article, x.layout, x.index, x.dates, []);
    expect(events.map((e) => e.dateStart)).toEqual(['2025-06-02', '2025-06-04']);
  });

  it('a meeting and an attack on the same day are two events', () => {
    const text = 'Olaf Scholz held a meeting with Donald Tusk on Monday. Russia launched an attack on Ukraine on Monday.';
    const x = inputs(text, '2025-06-06');
    expect(extractEvents(x.article, x.layout, x.index, x.dates, []).map((e) => e.type)).toEqual(['Meeting', 'Attack']);
  });
});

describe('interviews of two speakers with one outlet', () => {
  it('are two events, not one with two speakers', () => {
    const text = 'Olaf Scholz told Der Spiegel that "talks must go on." Donald Tusk told Der Spiegel that "peace is near."';
    const x = inputs(text, '2025-06-06');
    const quote = (speaker: string, said: string) => {
      const start = text.indexOf(said);
      return {
        key: `quote:${speaker}`, text: said, start, end: start + said.length, kind: 'direct' as const, speaker,
        speakerText: speaker, cue: 'told', givenTo: 'org:der-spiegel', relayedBy: [], about: [],
      };
    };
    const quotes = [quote('person:olaf-scholz', 'talks must go on.'), quote('person:donald-tusk', 'peace is near.')];
    const interviews = extractEvents(x.article, x.layout, x.index, x.dates, quotes).filter((e) => e.type === 'Interview');
    expect(interviews.map((e) => e.participants.find((p) => p.role === 'speaker')?.entity))
      .toEqual(['person:olaf-scholz', 'person:donald-tusk']);
  });
});

describe('PART_OF', () => {
  it('talks stated to be part of negotiations link to them', () => {
    const text = 'The talks in Geneva, part of the negotiations led by Norway, ended on Friday.';
    const x = inputs(text, '2025-06-09');
    const events = extractEvents(x.article, x.layout, x.index, x.dates, []);
    const talks = events.find((e) => e.type === 'Talks')!;
    const negotiations = events.find((e) => e.type === 'Negotiation')!;
    expect(talks.location).toBe('place:geneva-ch');
    expect(negotiations.participants).toEqual([{ entity: 'country:no', role: 'organizer' }]);
    expect(talks.partOf).toEqual([negotiations.key]);
    expect(negotiations.partOf).toEqual([]);
  });
});
