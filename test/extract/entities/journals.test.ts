// Refiner journals: a scholarly journal named where findings were published is a MediaOutlet
// (kind journal), never a place, a person or a cut name; journals named by ordinary words
// ("Nature", "Science") only count after a publication cue.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityMention } from '../../../src/types';
import { layoutText } from '../../../src/extract/text';
import { extractEntityMentions } from '../../../src/extract/entities';
import { findJournalNames, journalsRefiner } from '../../../src/extract/entities/refiners/journals';
import { resolveEntities } from '../../../src/resolve/entities';
import { articleOf, brief, contextOf, mentionsOf } from './helpers';

const outletsIn = (text: string) => brief(mentionsOf(text)).filter((m) => m.startsWith('MediaOutlet:'));

describe('refiner journals: journals after a publication cue', () => {
  it.each([
    ['a known journal after "published on <weekday> in"', 'In findings published on Wednesday in Science Advances, researchers said so.', ['MediaOutlet:Science Advances']],
    ['a family name goes on ("PLoS One", not "PLoS")', 'In findings published on Wednesday in PLoS One, scientists from Bristol said so.', ['MediaOutlet:PLoS One']],
    ['a family name the data does not list', 'In findings published on Monday in Nature Sustainability, researchers said so.', ['MediaOutlet:Nature Sustainability']],
    ['a longer family name', 'In findings published on Thursday in PLoS Computational Biology, scientists said so.', ['MediaOutlet:PLoS Computational Biology']],
    ['a cue-only name after "published in"', 'The model was published in Nature on October 22.', ['MediaOutlet:Nature']],
    ['a cue-only name after "the journal"', 'On Thursday, the journal Science published a report.', ['MediaOutlet:Science']],
    ['any name after "the journal"', 'In findings published last month in the journal Current Biology, neuroscientists said so.', ['MediaOutlet:Current Biology']],
    ['a name with "&" after "journal"', 'A study published in journal Astronomy & Astrophysics last month said so.', ['MediaOutlet:Astronomy & Astrophysics']],
    ['a name before "journal"', "The research was published on May 8 in Nature's Scientific Reports journal.", ['MediaOutlet:Nature', 'MediaOutlet:Scientific Reports']],
    ['a date in brackets between cue and name', 'The paper was published online today (Nov. 18) in the journal Nature Astronomy.', ['MediaOutlet:Nature Astronomy']],
    ['a title word after "published in"', 'It was published in the Journal of the American Chemical Society last year.', ['MediaOutlet:Journal of the American Chemical Society']],
    ['a title word with a body\'s name in it', 'The survey will be published in Proceedings of the National Academy of Sciences.', ['MediaOutlet:Proceedings of the National Academy of Sciences']],
    ['a title word last', 'She showed in a paper published in Biochemical Society Transactions that it works.', ['MediaOutlet:Biochemical Society Transactions']],
    ['a field of research after "published in"', 'In findings published Wednesday in Environmental Science and Technology, researchers said so.', ['MediaOutlet:Environmental Science and Technology']],
    ['the whole name of a known journal\'s sibling', 'In findings published Tuesday in The Lancet Infectious Diseases, researchers said so.', ['MediaOutlet:The Lancet Infectious Diseases']],
    ['two journals joined by "and"', 'The papers were featured in Science and Nature, respectively.', ['MediaOutlet:Science', 'MediaOutlet:Nature']],
    ['"a paper in" and a cue-only name', 'Her paper in Cell on Monday showed this.', ['MediaOutlet:Cell']],
    ['"Writing in" opening a sentence', 'Writing in The Lancet Planetary Health, two authors disagreed.', ['MediaOutlet:The Lancet Planetary Health']],
    ['a final initial keeps no sentence dot', 'The findings were published in the Proceedings of the Royal Society B.', ['MediaOutlet:Proceedings of the Royal Society B']],
  ])('%s', (_why, text, expected) => {
    expect(outletsIn(text)).toEqual(expected);
    expect(brief(mentionsOf(text)).filter((m) => /^(Place|Person):/.test(m) && expected.some((e) => e.endsWith(m.split(':')[1])))).toEqual([]);
  });

  it('replaces what the rules took the journal for', () => {
    const text = 'In findings published Wednesday in Science Advances, researchers said so.';
    const start = text.indexOf('Science Advances');
    const place: EntityMention = { start, end: start + 16, text: 'Science Advances', type: 'Place', rule: 'capitalised-sequence:place' };
    expect(brief(journalsRefiner.refine([place], contextOf(text)))).toEqual(['MediaOutlet:Science Advances']);
  });

  it('names the cue in the rule id', () => {
    expect(findJournalNames(contextOf('The model was published in Nature on October 22.')).map((m) => m.rule)).toEqual(['journal:published']);
    expect(findJournalNames(contextOf('On Thursday, the journal Science published a report.')).map((m) => m.rule)).toEqual(['journal:noun']);
  });
});

describe('refiner journals: negative cases, no journal', () => {
  it.each([
    ['"Science" opening a sentence', 'Science is a slow business, she said.', []],
    ['a body named like a journal family', 'She joined the Nature Conservancy in 2010.', []],
    ['a museum after a citing cue', 'He was featured in the Science Museum exhibits.', []],
    ['a place after "reported in"', 'Cases were reported in Thailand and Vietnam.', []],
    ['a town after "published in"', 'The report was published in New York.', []],
    ['a month after "published in"', 'The study was published in October 2018 by the agency.', []],
    ['a language after "published in"', 'Research was published in English and French.', []],
    ['a subject after "a degree in"', 'She has a degree in Computer Science from Yale.', []],
    ['a field of research after a citing noun only', 'A study in Computer Science found nothing.', []],
    ['a demonym before "journal"', 'A Chinese journal published the paper.', []],
    ['a known body before "journal"', 'She wrote for a NATO journal last year.', []],
    ['one unknown word before "journal" may be its publisher', 'She wrote for a Harvard journal last year.', []],
    ['a sentence start before "journal"', "The journal's editor quit on Monday.", []],
    ['a body after "published in"', 'The Science and Technology Committee report was published in March.', []],
    ['a court after "appeared in"', 'He appeared in Christchurch District Court yesterday.', []],
  ])('%s', (_why, text, expected) => {
    expect(findJournalNames(contextOf(text))).toEqual(expected);
  });

  it.each([
    ['a newspaper after "published in" stays a newspaper', 'The letters were published in The Washington Post.', 'MediaOutlet:The Washington Post'],
    ['a town after "reported in" stays a country', 'Cases were reported in Thailand.', 'Country:Thailand'],
  ])('%s', (_why, text, kept) => {
    expect(brief(mentionsOf(text))).toContain(kept);
    expect(findJournalNames(contextOf(text))).toEqual([]);
  });

  it('leaves articles in other languages alone', () => {
    const text = 'Die Studie wurde in Nature veröffentlicht, published in Nature.';
    const article = { ...articleOf(text), language: 'de' };
    expect(journalsRefiner.refine([], { ...contextOf(text), article })).toEqual([]);
  });
});

function entitiesOf(text: string) {
  const layout = layoutText(text);
  const article = articleOf(text);
  return resolveEntities(article, layout, extractEntityMentions(article, layout)).entities;
}

describe('journals in a science story', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/entities/journals-story.txt'), 'utf8');
  const entities = entitiesOf(text);
  const find = (key: string) => entities.find((e) => e.key === key);

  it.each([
    ['a known journal', 'org:science-advances'],
    ['a family name after "the journal"', 'org:nature-ecology'],
    ['a known journal found by the gazetteer', 'org:plos-one'],
    ['a cue-only name in a pair', 'org:science'],
    ['the other of the pair', 'org:nature'],
    ['a family name after "Writing in"', 'org:lancet-planetary-health'],
  ])('%s is a journal', (_why, key) => {
    expect(find(key)).toMatchObject({ type: 'MediaOutlet', kind: 'journal' });
  });

  it.each([
    ['a museum named like a journal', 'Science Museum'],
    ['a town after "published in"', 'Honolulu'],
    ['a country after "reported in"', 'Thailand'],
  ])('%s is no journal', (_why, name) => {
    const entity = entities.find((e) => e.name === name);
    expect(entity).toBeDefined();
    expect(entity?.kind).not.toBe('journal');
  });
});

const WIKINEWS = join(__dirname, '../../../../shared/corpus/wikinews/wikinews-2019-2021.jsonl');

describe('journals in Wikinews articles (when ../shared is present)', () => {
  const articles: { text: string }[] = existsSync(WIKINEWS)
    ? readFileSync(WIKINEWS, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
    : [];
  const published = articles.filter((a) => /published (?:\S+ ){0,3}in (?:the journal )?(?:Nature|Science|PLoS|PLOS)\b/.test(a.text));

  it('finds the journals after "published in", never as places or people', () => {
    if (articles.length > 0) expect(published.length).toBeGreaterThan(5);
    for (const a of published) {
      const m = /published (?:\S+ ){0,3}in (?:the journal )?((?:Nature|Science|PLoS|PLOS)\b)/.exec(a.text)!;
      const at = m.index + m[0].length - m[1].length;
      const there = mentionsOf(a.text).filter((x) => x.start === at);
      expect(there.map((x) => x.type)).toEqual(['MediaOutlet']);
    }
  });
});
