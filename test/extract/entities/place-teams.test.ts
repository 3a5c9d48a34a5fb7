import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityMention } from '../../../src/types';
import { layoutText } from '../../../src/extract/text';
import { extractEntityMentions } from '../../../src/extract/entities';
import { resolveEntities } from '../../../src/resolve/entities';
import { articleOf, brief, mentionsOf } from './helpers';

// "Michigan" inside "Eastern Michigan" is left to the refiners of names inside names; compare whole names.
const isOutermost = (m: EntityMention, all: EntityMention[]) =>
  !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);

const placesAndTeams = (text: string) => {
  const mentions = mentionsOf(text);
  return brief(mentions.filter((m) => isOutermost(m, mentions))).filter((m) => /^(Organization|Country|Place):/.test(m));
};

const teamNames = (text: string) =>
  mentionsOf(text).filter((m) => m.rule === 'place-teams').map((m) => m.canonical);

describe('refiner place-teams', () => {
  it.each([
    ['a town before "d." on a result line', 'GIRLS SOCCER\n\nMelbourne d. Cocoa 8-0\n\nJessica Newton made 2 saves.',
      ['Organization:Melbourne']],
    ['a town before a win-loss record', 'BOYS SOCCER\n\nSpace Coast (0-1): Kairi Thomas-Brooks 18 points.',
      ['Organization:Space Coast']],
    ['a record with ties', 'Palm Bay (1-0-2): Noah Jackson 1 goal, 1 assist.', ['Organization:Palm Bay']],
    ['"d." between two town names, with no score', 'Merritt Island d. Titusville\n\nMerritt Island (3-2): Kyleigh Trout 1 goal.',
      ['Organization:Merritt Island', 'Organization:Merritt Island']],
    ['a result verb between two regions, with a score after a comma',
      'Mike Glass threw for three touchdowns and Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday night.',
      ['Organization:Eastern Michigan', 'Organization:Northern Illinois']],
    ['a result verb between two towns in a sentence about a game',
      'Connor Hellebuyck made 38 saves and Winnipeg defeated Nashville. Winnipeg has won three in a row.',
      ['Organization:Winnipeg', 'Organization:Nashville', 'Organization:Winnipeg']],
    ['a few words may lead up to the result verb',
      'Anthony Duclair had two goals, and Ottawa held on to beat Detroit.', ['Organization:Ottawa', 'Organization:Detroit']],
    ['the team is named again later in a sentence about the game; the venue stays a place',
      'Eastern Michigan rolled past Northern Illinois, 45-17.\n\nShaq Vann rushed for a touchdown for Eastern Michigan in the game at Northern Illinois.',
      ['Organization:Eastern Michigan', 'Organization:Northern Illinois', 'Organization:Eastern Michigan', 'Place:Northern Illinois']],
    ['the team of a country, but not the country in an unrelated paragraph',
      'Pakistan defeated India in a cricket match.\n\nSince then, Pakistan\'s laws have changed.',
      ['Organization:Pakistan', 'Organization:India', 'Country:Pakistan']],
    ['a town before a player\'s position and name', 'He was suspended for spitting on Anaheim defenseman Erik Gudbranson in a brawl.',
      ['Organization:Anaheim']],
    ['a town before a sport and "player"', 'Kosmos is a group co-founded by Barcelona soccer player Gerard Pique.', ['Organization:Barcelona']],
    ['a town after "to lead" in a game report', 'Brad Marchand added three assists to lead Boston. Tuukka Rask made 25 saves.',
      ['Organization:Boston']],
    ['a town after "scored for"', 'Blake Coleman scored for New Jersey, which was looking for its first win streak.',
      ['Organization:New Jersey']],
    ['a town before a record verb and a record', 'Semyon Varlamov stopped 27 shots as New York improved to 14-0-1 in its last 15 games.',
      ['Organization:New York']],
    ['a town after a result verb, the other side no known place', 'Pierre-Luc Dubois had two goals, and Columbus beat Montreal.',
      ['Organization:Montreal']],
    ['a town before a result verb, the other side no known place', 'Zach Parise scored twice and Minnesota beat Buffalo.',
      ['Organization:Minnesota']],
    ['"lead" one town "past" another', 'Oskar Sundqvist and David Perron scored to lead St. Louis past Tampa Bay.',
      ['Organization:St. Louis', 'Organization:Tampa Bay']],
    ['a native of a team\'s town is from the town', 'David Perron scored to lead St. Louis past Tampa Bay. Maroon, a St. Louis native, scored too.',
      ['Organization:St. Louis', 'Organization:Tampa Bay', 'Place:St. Louis']],
  ])('%s', (_why, text, expected) => {
    expect(placesAndTeams(text)).toEqual(expected);
  });

  it.each([
    ['a town keeps its own words, never a country', 'Melbourne d. Cocoa 8-0', ['Melbourne']],
    ['a capital standing for its country is the town\'s team', 'Anthony Duclair had two goals, and Ottawa held on to beat Detroit.',
      ['Ottawa', 'Detroit']],
    ['a country is its national team', 'Australia beat Colombia behind Nick Kyrgios’ 6-4, 6-4 win.',
      ['Australia national team', 'Colombia national team']],
  ])('team name: %s', (_why, text, expected) => {
    expect(teamNames(text)).toEqual(expected);
  });

  it.each([
    ['a war', 'Russia defeated France in 1812 and the army withdrew.'],
    ['a war against a person', 'Russia defeated Napoleon at Borodino.'],
    ['an election', 'Biden beat Trump in Pennsylvania by 80,000 votes.'],
    ['an economic ranking', 'Texas beat California in job growth last year.'],
    ['date ranges after towns', 'Talks are planned: Vienna 12-14 March, Geneva 3-5 April.'],
    ['a share after a state', 'Support for the plan: Ohio 52-48 percent.'],
    ['a player\'s country before a set score', 'The pair beat Ben McLachlan of Japan 6-7 (4), 6-4, 7-5.'],
    ['"d." of a date of death', 'John Smith (b. 1900, d. 1950) lived in London.'],
    ['"d." with no score and no team named', 'Smith d. London was listed.'],
    ['a country before a position is a nationality', 'The crash killed United States basketball player Kobe Bryant.'],
    ['a town before a word that is no position', 'An Ohio man named John Smith was arrested on Monday.'],
    ['a native of a town', 'New Jersey native Connor Clifton added a goal in the game.'],
    ['"lead" with no game in the sentence', 'She was chosen to lead Florida.'],
    ['a town followed by a capitalised word after "lead"', 'Smith scored and helped to lead Boston College to the title game.'],
  ])('no teams: %s', (_why, text) => {
    expect(mentionsOf(text).filter((m) => m.rule === 'place-teams')).toEqual([]);
  });
});

describe('teams in a results roundup of our own (test/fixtures/entities/results-story.txt)', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/entities/results-story.txt'), 'utf8');
  const layout = layoutText(text);
  const article = articleOf(text);
  const entities = resolveEntities(article, layout, extractEntityMentions(article, layout)).entities;
  const mentioned = (key: string) => entities.find((e) => e.key === key)?.mentions.map((m) => m.text) ?? [];
  const typeOf = (word: string) => entities.filter((e) => e.mentions.some((m) => m.text === word)).map((e) => e.type).sort();

  it.each([
    ['a town on result lines and before its records', 'org:melbourne', ['Melbourne', 'Melbourne', 'Melbourne']],
    ['a town before "d." and its record', 'org:palm-bay', ['Palm Bay', 'Palm Bay']],
    ['a region on a result line and before its record', 'org:space-coast', ['Space Coast', 'Space Coast']],
    ['"d." with no score, named as a team below', 'org:merritt-island', ['Merritt Island', 'Merritt Island']],
    ['both sides of a result verb in a sentence about a game, named again in the paragraph', 'org:winnipeg', ['Winnipeg', 'Winnipeg']],
  ])('%s', (_why, key, texts) => {
    expect(mentioned(key)).toEqual(texts);
  });

  // A name on a result line ("Melbourne d. Cocoa 4-1", "Melbourne (4-0-1):") resolves to no town.
  const onResultLine = (m: { end: number }) => /^ (?:d\. |\(\d)/.test(text.slice(m.end, m.end + 4));
  it.each([
    ['a town abroad', 'place:melbourne-au'],
    ['a town of its own state', 'place:palm-bay-us'],
  ])('a team is never resolved to %s (%s)', (_why, key) => {
    expect(entities.filter((e) => e.key === key && e.mentions.some(onResultLine))).toEqual([]);
  });

  it.each([
    ['a town after "in" in the news paragraph', 'Melbourne', ['Organization', 'Place']],
    ['countries in a war', 'Russia', ['Country']],
    ['the other side of the war', 'France', ['Country']],
  ])('%s: %s keeps its place', (_why, word, types) => {
    expect(typeOf(word)).toEqual(types);
  });
});

describe('refiner place-teams: a town and its club\'s nickname are one team name', () => {
  const orgsAndPlaces = (text: string) => brief(mentionsOf(text)).filter((m) => /^(Organization|Country|Place):/.test(m));

  it.each([
    ['plural nicknames in a sentence with a score', 'The rally lifted the New York Islanders over the Pittsburgh Penguins 5-4 Tuesday night.',
      ['Organization:New York Islanders', 'Organization:Pittsburgh Penguins']],
    ['a singular nickname in a sentence with a sports word', 'The Utah Jazz won the game in overtime.', ['Organization:Utah Jazz']],
  ])('%s', (_why, text, expected) => {
    expect(orgsAndPlaces(text)).toEqual(expected);
  });

  it.each([
    ['no game in the sentence (a club that is not known by name)', 'The Hartford Whalers moved to a new arena.', 'Organization:Hartford Whalers'],
    ['a party\'s members are no club', 'Florida Republicans scored a win in the game of politics.', 'Organization:Florida Republicans'],
    ['a month after the town', 'Boston scored twice in the game in Chicago March 3.', 'Organization:Chicago March'],
    ['a singular word that is no nickname', 'Fans in Boston Common cheered the goal.', 'Organization:Boston Common'],
  ])('negative: %s', (_why, text, wrong) => {
    expect(orgsAndPlaces(text)).not.toContain(wrong);
  });
});
