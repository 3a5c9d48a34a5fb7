// Refiner `place-teams`: sports reports write a team as its town, state or region ("Palm Bay d.
// Rockledge 70-44", "Eastern Michigan rolled past Northern Illinois, 45-17", "Space Coast (0-1):").
// Such a place name is the team, an Organization named with the same words and never resolved to a
// place or country (the gazetteer would otherwise take "Melbourne" in a Florida recap to Australia).
// The cues are strict, because countries also "defeat" each other in wars and candidates "beat"
// each other in states: a score or win-loss record right after the name; "d." beside it on a result
// line; or another place name across a result verb in a sentence with a score or a sports word.
// Other mentions of a team's name in the same article are the team too, except where they are
// written as locations ("a loss at Minnesota"). Runs after `national-teams`, which names countries'
// national teams in match reports; a country found here becomes its national team the same way.
// A town followed by a club's nickname in a sentence about a game ("the Pittsburgh Penguins 5-4",
// "the Utah Jazz won the game") is read first as one team name over both. A player's position or a
// coach's role between the name and a person's name ("Pittsburgh quarterback Mason Rudolph",
// "Barcelona soccer player Gerard Pique") writes the name as a team as well.
import type { EntityMention } from '../../../types';
import { type EntityContext, type EntityRefiner, isPlaceName } from '../rule';
import { spanAt } from '../../text';
import { loadEntityData, type NameCuesFile } from '../../../resolve/entities/data';
import { entriesFor, lookupCountry } from '../../../resolve/entities/gazetteer';
import { headWords, wordLists } from '../word-lists';

interface TeamCues {
  scoreAfter: RegExp;
  scoreBefore: RegExp;
  recordAfter: RegExp;
  abbreviationAfter: RegExp;
  abbreviationBefore: RegExp;
  abbreviationBetween: RegExp;
  verbBetween: RegExp;
  verbBeforeAfterName: RegExp;
  verbAfterBeforeName: RegExp;
  sportsWords: Set<string>;
  locations: Set<string>;
  placeRelatives: Set<string>;
  originWords: Set<string>;
  positionAfter: RegExp;
  objectWordBefore: RegExp;
  recordVerbAfter: RegExp;
}

/** Any score on a line or in a sentence ("70-44", "3 – 1"). */
const ANY_SCORE = /(?<![\d.,:/])\d{1,3}[ \t]*[–—-][ \t]*\d{1,3}(?![\d/])/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');

let cues: TeamCues | undefined;

/** "quarterback ", "soccer player ", "assistant coach ": up to two listed modifiers, then a position (head-words.json). */
function positionPattern(): RegExp {
  const file = loadEntityData<{ teamPositions: string[]; teamPositionModifiers: string[] }>('head-words.json');
  const modifiers = file.teamPositionModifiers.map(escape).join('|');
  const positions = file.teamPositions.map(escape).join('|');
  return new RegExp(`^[ \\t]+(?:(?:${modifiers})[ \\t]+){0,2}(?:${positions})[ \\t]+$`, 'u');
}

/**
 * "to lead [Boston].", "scored for [New Jersey], which": a game report's word before the team, the
 * team ending its clause or followed by a lower-case word; "[New York] improved to 14-0-1": a
 * record verb and a record after it (head-words.json, teamObjectWords and teamRecordVerbs).
 */
function gameReportPatterns(): { objectWordBefore: RegExp; recordVerbAfter: RegExp } {
  const file = loadEntityData<{ teamObjectWords: string[]; teamRecordVerbs: string[] }>('head-words.json');
  const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  return {
    objectWordBefore: new RegExp(`(?<![\\p{L}'’-])(?:${longestFirst(file.teamObjectWords)})[ \\t]+$`, 'u'),
    recordVerbAfter: new RegExp(`^[ \\t]+(?:${longestFirst(file.teamRecordVerbs)})[ \\t]+\\d{1,2}-\\d{1,2}(?:-\\d{1,2})?(?![\\d-])`, 'u'),
  };
}

/** A team in a game report, known by the words around it in a sentence about a game. */
function inGameReport(m: EntityMention, ctx: EntityContext, c: TeamCues): boolean {
  const after = lineAfter(ctx.text, m);
  if (c.recordVerbAfter.test(after)) return true;
  const endsClause = /^(?:[.,;:!?]|[ \t]+\p{Ll})/u.test(after) || after === '';
  const before = lineBefore(ctx.text, m);
  const reported = (endsClause && (c.objectWordBefore.test(before) || c.verbBeforeAfterName.test(before))) || c.verbAfterBeforeName.test(after);
  return reported && isAboutAGame(ctx, m.start, c);
}

/** A person's name right after the place and a position word: "Pittsburgh center [Maurkice Pouncey]". */
function positionBeforePerson(m: EntityMention, mentions: EntityMention[], text: string, c: TeamCues): boolean {
  const person = mentions.find((o) => o.type === 'Person' && o.start > m.end && o.start - m.end < 40);
  return person !== undefined && c.positionAfter.test(text.slice(m.end, person.start));
}

function teamCues(): TeamCues {
  if (!cues) {
    const data = loadEntityData<NameCuesFile>('name-cues.json');
    const abbreviations = data.resultAbbreviations.map(escape).join('|');
    // Longest verbs first, so that "edged out" is read whole rather than as "edged".
    const verbs = [...data.resultVerbs].sort((a, b) => b.length - a.length).map(escape).join('|');
    cues = {
      scoreAfter: new RegExp(data.teamScoreAfter, 'u'),
      scoreBefore: new RegExp(data.matchScoreBefore, 'u'),
      recordAfter: new RegExp(data.teamRecordAfter, 'u'),
      abbreviationAfter: new RegExp(`^[ \\t]+(?:${abbreviations})[ \\t]+\\p{Lu}`, 'u'),
      abbreviationBefore: new RegExp(`\\p{L}[ \\t]+(?:${abbreviations})[ \\t]+$`, 'u'),
      abbreviationBetween: new RegExp(`^[ \\t]+(?:${abbreviations})[ \\t]+$`, 'u'),
      // "Ottawa held on to beat Detroit": a few lower-case words may lead up to the verb.
      verbBetween: new RegExp(`^[ \\t]+(?:\\p{Ll}+[ \\t]+){0,3}(?:${verbs})[ \\t]+(?:the[ \\t]+)?$`, 'u'),
      // "Columbus beat Montreal", "Minnesota beat Buffalo": the other side a capitalised word the
      // rules did not read as a place.
      verbBeforeAfterName: new RegExp(`\\p{Lu}[\\p{L}.]*[ \\t]+(?:\\p{Ll}+[ \\t]+){0,3}(?:${verbs})[ \\t]+(?:the[ \\t]+)?$`, 'u'),
      verbAfterBeforeName: new RegExp(`^[ \\t]+(?:\\p{Ll}+[ \\t]+){0,3}(?:${verbs})[ \\t]+(?:the[ \\t]+)?\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?(?:[.,;:!?]|[ \\t]+\\p{Ll}|$)`, 'u'),
      sportsWords: new Set(data.sportsWords),
      locations: new Set(data.locationPrepositions),
      placeRelatives: new Set(data.placeRelatives),
      originWords: new Set(loadEntityData<{ originWordsAfterPlace: string[] }>('head-words.json').originWordsAfterPlace),
      positionAfter: positionPattern(),
      ...gameReportPatterns(),
    };
  }
  return cues;
}


/** "Michigan" inside "Eastern Michigan": a name within a longer mention is read as part of that one. */
const isNested = (m: EntityMention, mentions: EntityMention[]) =>
  mentions.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start);

/**
 * "in", "at" before a place name, or "where" after it: the name is where something happens, not
 * who plays ("a loss at Minnesota", "Palm Bay, where the tournament is held"); "native" after it:
 * where someone comes from ("a St. Louis native").
 */
function isWrittenAsLocation(text: string, m: EntityMention, c: TeamCues): boolean {
  const previousWord = /([\p{L}]+)[ \t]+(?:the[ \t]+)?$/u.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1];
  const nextWord = /^,?[ \t]+(\p{L}+)/u.exec(text.slice(m.end, m.end + 20))?.[1];
  const origin = /^(?:[ \t]+|-)(\p{L}+)/u.exec(text.slice(m.end, m.end + 20))?.[1];
  return (!!previousWord && c.locations.has(previousWord.toLowerCase())) || (!!nextWord && c.placeRelatives.has(nextWord))
    || (!!origin && c.originWords.has(origin));
}

/** The text from the end of a mention to the end of its line, and from the start of its line to the mention. */
const lineAfter = (text: string, m: EntityMention) => text.slice(m.end, m.end + 60).split('\n')[0];
const lineBefore = (text: string, m: EntityMention) => text.slice(Math.max(0, m.start - 60), m.start).split('\n').pop() ?? '';
const wholeLine = (text: string, m: EntityMention) => lineBefore(text, m) + m.text + lineAfter(text, m);

function isAboutAGame(ctx: EntityContext, offset: number, c: TeamCues): boolean {
  const sentence = spanAt(ctx.layout.sentences, offset);
  if (!sentence) return false;
  const words = ctx.text.slice(sentence.start, sentence.end);
  return ANY_SCORE.test(words) || (words.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => c.sportsWords.has(w));
}

/** Indexes (into `mentions`) of the place names that the text around them writes as teams. */
function writtenAsTeams(mentions: EntityMention[], ctx: EntityContext, c: TeamCues): Set<number> {
  const { text } = ctx;
  const places = mentions
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => isPlaceName(m) && !isNested(m, mentions))
    .sort((a, b) => a.m.start - b.m.start);
  const teams = new Set<number>();
  const beforeOrAfterAbbreviation = new Set<number>();
  places.forEach(({ m, i }, p) => {
    const after = lineAfter(text, m);
    const before = lineBefore(text, m);
    // "Uchiyama of Japan 6-7 (4), 6-4": a player's country before a set score is no team.
    const nextToResult = !isWrittenAsLocation(text, m, c) &&
      (c.scoreAfter.test(after) || c.scoreBefore.test(before) || c.recordAfter.test(after));
    // Only a town or region: before a position a country is the player's nationality ("United States
    // basketball player Kobe Bryant").
    if (nextToResult || (m.type === 'Place' && (positionBeforePerson(m, mentions, text, c) || inGameReport(m, ctx, c)))) teams.add(i);
    // "Palm Bay d. Rockledge": a result line, known by its score, by a place name on the other side,
    // or (below) by the name being a team elsewhere in the article.
    const next = places[p + 1]?.m;
    const previous = places[p - 1]?.m;
    const placeAcross = (a: EntityMention | undefined, b: EntityMention | undefined) =>
      !!a && !!b && c.abbreviationBetween.test(text.slice(a.end, b.start));
    if (c.abbreviationAfter.test(after) || c.abbreviationBefore.test(before)) {
      if (ANY_SCORE.test(wholeLine(text, m)) || placeAcross(m, next) || placeAcross(previous, m)) teams.add(i);
      else beforeOrAfterAbbreviation.add(i);
    }
  });
  const teamNames = new Set([...teams].map((i) => mentions[i].text));
  for (const i of beforeOrAfterAbbreviation) if (teamNames.has(mentions[i].text)) teams.add(i);
  // "Winnipeg defeated Nashville": both sides of a result verb, in a sentence about a game or with a
  // side already written as a team above.
  places.forEach(({ m, i }, p) => {
    const next = places[p + 1];
    if (!next || !c.verbBetween.test(text.slice(m.end, next.m.start))) return;
    if (!isAboutAGame(ctx, m.start, c) && !teamNames.has(m.text) && !teamNames.has(next.m.text)) return;
    teams.add(i);
    teams.add(next.i);
  });
  return teams;
}

function asTeam(m: EntityMention): EntityMention {
  // A country keeps its national team's name; a town's or a capital's team is named as written.
  const country = m.type === 'Country' ? lookupCountry(m.text) : undefined;
  const nation = country && !country.capitals.includes(m.text) ? country : undefined;
  return { ...m, type: 'Organization', canonical: nation ? `${nation.name} national team` : m.text, rule: 'place-teams' };
}

/**
 * Other mentions of a team's name are the team where the article is about the game: in a paragraph
 * where the name is written as a team, or in a sentence with a score or a sports word. ("Pakistan
 * defeated India in a cricket match" names teams; "Pakistan's laws" later in the article does not.)
 */
function isSameTeam(m: EntityMention, found: EntityMention[], ctx: EntityContext, c: TeamCues): boolean {
  if (isWrittenAsLocation(ctx.text, m, c)) return false;
  const paragraph = spanAt(ctx.layout.paragraphs, m.start);
  const sameParagraph = found.some((t) => t.text === m.text && paragraph && t.start >= paragraph.start && t.end <= paragraph.end);
  return sameParagraph || isAboutAGame(ctx, m.start, c);
}

let nicknameWords: { singular: Set<string>; notNicknames: (w: string) => boolean } | undefined;

function nicknames() {
  if (!nicknameWords) {
    const lists = wordLists();
    const heads = headWords();
    const notNickname = new Set([...lists.organizationHeads, ...lists.placeHeads, ...lists.outletHeads, ...heads.eventHeads,
      ...heads.bodyHeads, ...heads.companyNameEnds, ...lists.personDescriptors, ...lists.possessiveNameWords]);
    nicknameWords = {
      singular: new Set(loadEntityData<{ teamNicknames: string[] }>('head-words.json').teamNicknames),
      notNicknames: (w) => notNickname.has(w) || lists.calendar.has(w) || entriesFor(w).length > 0,
    };
  }
  return nicknameWords;
}

/**
 * "the New York Islanders", "the Utah Jazz": a town, state or country followed by a club's
 * nickname (one or two capitalised words, the last a plural or a known singular nickname, none a
 * head word, a month or a known name) in a sentence about a game is one team name. Returns the
 * end of the nickname, or undefined.
 */
function nicknameEnd(m: EntityMention, ctx: EntityContext, c: TeamCues): number | undefined {
  if (!isPlaceName(m)) return undefined;
  const run = /^[ \t]+(\p{Lu}[\p{Ll}]+)(?:[ \t]+(\p{Lu}[\p{Ll}]+))?(?![\p{L}'’-])/u.exec(ctx.text.slice(m.end, m.end + 40));
  if (!run) return undefined;
  const { singular, notNicknames } = nicknames();
  const words = [run[1], run[2]].filter((w): w is string => w !== undefined);
  const last = words[words.length - 1];
  const isNickname = singular.has(last) || (/[^s]s$/u.test(last) && !/(?:ss|us|is)$/u.test(last));
  if (!isNickname || words.some(notNicknames) || !isAboutAGame(ctx, m.start, c)) return undefined;
  return m.end + run[0].length;
}

/** Place names with a club's nickname after them become the club, an Organization over both. */
function withNicknames(mentions: EntityMention[], ctx: EntityContext, c: TeamCues): EntityMention[] {
  const clubs: EntityMention[] = [];
  for (const m of mentions) {
    const end = nicknameEnd(m, ctx, c);
    // "Utah Jazz" may already be a guessed organisation around "Utah"; a longer name ("University
    // of Florida Gators") is left as it is.
    const reachesOut = (o: EntityMention) => o !== m && o.start < (end ?? m.end) && m.start < o.end && (o.start < m.start || o.end > (end ?? m.end));
    if (end === undefined || mentions.some(reachesOut)) continue;
    const text = ctx.text.slice(m.start, end);
    clubs.push({ start: m.start, end, text, type: 'Organization', canonical: text.replace(/\s+/g, ' '), rule: 'place-teams' });
  }
  if (clubs.length === 0) return mentions;
  const kept = mentions.filter((m) => !clubs.some((club) => m.start < club.end && club.start < m.end));
  return [...kept, ...clubs].sort((a, b) => a.start - b.start || b.end - a.end);
}

export const placeTeamsRefiner: EntityRefiner = {
  id: 'place-teams',
  refine(proposed, ctx) {
    const c = teamCues();
    const mentions = withNicknames(proposed, ctx, c);
    const teams = writtenAsTeams(mentions, ctx, c);
    if (teams.size === 0) return mentions;
    const found = [...teams].map((i) => mentions[i]);
    const teamNames = new Set(found.map((m) => m.text));
    return mentions.map((m, i) => {
      if (teams.has(i)) return asTeam(m);
      if (!isPlaceName(m) || !teamNames.has(m.text) || isNested(m, mentions)) return m;
      return isSameTeam(m, found, ctx, c) ? asTeam(m) : m;
    });
  },
};
