// Refiner `not-people`: person guesses that the words of the name or the slot it stands in show to
// be something else. compromise tags many two-word capitalised names as people, and the surnames
// refiner completes a one-word guess with the next word, so contests, prizes and firms come out as
// people:
//  - A name ending in the head of an event, prize, show, law or product ("Davis Cup Finals",
//    "George Pólya Prize", "The Bernie and Sid Show", "Logan Act", "Roth IRA") names no person, and
//    none of our entity types: the guess goes. So does a one-word guess written right before such
//    a head ("[Davis] Cup format") or made of one ("the ATP [Finals]").
//  - A one-word guess that the article writes elsewhere right after "Hurricane", "Storm",
//    "Operation" or another such prefix ("Hurricane Dorian ... Dorian strengthened") is the name of
//    that storm or operation: the guess goes.
//  - A name right after an occupation and "at" ("equity strategist at Miller Tabak", "a researcher
//    at Max Planck") is the employer: a firm or institution, so an organisation. A possessive
//    ("a fellow at Smith's lab") leaves the guess alone.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import type { Token } from '../tokens';
import { headWords, wordLists } from '../word-lists';
import { loadEntityData } from '../../../resolve/entities/data';

interface NotPeopleCuesFile {
  nonPersonNameEnds: string[];
  workplaceNouns: string[];
}

let cues: { nameEnds: Set<string>; workplaceNouns: Set<string> } | undefined;

function notPeopleCues() {
  if (!cues) {
    const file = loadEntityData<NotPeopleCuesFile>('name-cues.json');
    cues = { nameEnds: new Set(file.nonPersonNameEnds), workplaceNouns: new Set(file.workplaceNouns) };
  }
  return cues;
}

/** The last word of an event's, prize's, show's, law's or product's name ("Cup", "Prize", "Act"). */
export function isNonPersonNameEnd(word: string): boolean {
  return notPeopleCues().nameEnds.has(word) || headWords().eventHeads.has(word) || wordLists().documentHeads.has(word);
}

export const notPeopleRefiner: EntityRefiner = {
  id: 'not-people',
  refine(mentions, ctx) {
    const out: EntityMention[] = [];
    for (const m of mentions) {
      if (m.type !== 'Person') {
        out.push(m);
        continue;
      }
      const first = ctx.tokens.findIndex((t) => t.start === m.start);
      const last = ctx.tokens.findIndex((t) => t.end === m.end);
      if (first < 0 || last < 0) {
        out.push(m);
        continue;
      }
      if (namesNoPerson(ctx, last) || (first === last && thingNames(ctx).has(ctx.tokens[first].text))) continue;
      if (atWorkplace(ctx, first, last)) out.push({ ...m, type: 'Organization', rule: `${m.rule}+not-people:workplace` });
      else out.push(m);
    }
    return out;
  },
};

const spaces = (ctx: EntityContext, a: Token, b: Token) => /^[ \t]+$/.test(ctx.text.slice(a.end, b.start));

/** The guess over tokens `first`..`last` ends an event's or thing's name, or stands right before its head. */
function namesNoPerson(ctx: EntityContext, last: number): boolean {
  const { tokens } = ctx;
  const end = tokens[last];
  if (isNonPersonNameEnd(end.text)) return true;
  // "[Davis] Cup format": the name goes on with the head of an event.
  const next = tokens[last + 1];
  return !end.possessive && next !== undefined && next.capitalised && spaces(ctx, end, next) && isNonPersonNameEnd(next.text);
}

const thingNamesCache = new WeakMap<EntityContext, Set<string>>();

/** Words the article writes right after a prefix of a storm's or operation's name ("Hurricane [Dorian]"). */
function thingNames(ctx: EntityContext): Set<string> {
  let names = thingNamesCache.get(ctx);
  if (!names) {
    const { tokens } = ctx;
    const prefixes = wordLists().namedThingPrefixes;
    names = new Set(tokens.filter((t, k) => k > 0 && t.capitalised && prefixes.has(tokens[k - 1].text) && spaces(ctx, tokens[k - 1], t)).map((t) => t.text));
    thingNamesCache.set(ctx, names);
  }
  return names;
}

/** "strategist at [Miller Tabak]": the guess stands where an employer's name is written. */
function atWorkplace(ctx: EntityContext, first: number, last: number): boolean {
  const { tokens } = ctx;
  if (tokens[last].possessive) return false;
  const at = tokens[first - 1];
  const noun = tokens[first - 2];
  if (!at || !noun || at.text !== 'at' || !spaces(ctx, at, tokens[first]) || !spaces(ctx, noun, at)) return false;
  return notPeopleCues().workplaceNouns.has(noun.text);
}
