// Refiner `national-teams`: in a match report a country's (or home nation's) name stands for its national team
// ("Sweden defeated South Korea 1 – 0", "Group F — Sweden 1 – 0 Korea Republic"). The countries
// written next to a result are the teams; every other mention of those countries in the article
// becomes the team (an Organization, "Sweden national team"), except where it is a location
// ("in Sweden", "at the Sweden end"). Articles with no result next to a country are left alone.
import type { EntityMention } from '../../../types';
import type { EntityRefiner } from '../rule';
import { loadEntityData, type NameCuesFile } from '../../../resolve/entities/data';
import { entriesFor, lookupCountry } from '../../../resolve/entities/gazetteer';

let scores: { after: RegExp; before: RegExp; locations: Set<string> } | undefined;

function scorePatterns() {
  if (!scores) {
    const cues = loadEntityData<NameCuesFile>('name-cues.json');
    scores = {
      after: new RegExp(cues.matchScoreAfter, 'u'),
      before: new RegExp(cues.matchScoreBefore, 'u'),
      locations: new Set(cues.locationPrepositions),
    };
  }
  return scores;
}

/** The country (or home nation: "England", "Wales") a mention names, with its key and name. */
function countryOf(m: EntityMention): { key: string; name: string } | undefined {
  if (m.type === 'Country' && m.rule !== 'gazetteer:demonym') return lookupCountry(m.canonical ?? m.text);
  if (m.type !== 'Place' || m.rule !== 'gazetteer:name') return undefined;
  const region = entriesFor(m.text).find((e) => e.type === 'Place' && e.kind === 'region');
  return region ? { key: region.key, name: region.canonical } : undefined;
}

/**
 * "Korea" for the team of South Korea: a place name that is the last word of exactly one team's
 * country name, in a match report.
 */
function shortTeamName(m: EntityMention, teams: Map<string, string>): { key: string; name: string } | undefined {
  if ((m.type !== 'Place' && m.type !== 'Country') || /\s/.test(m.text)) return undefined;
  const matches = [...teams].filter(([, name]) => name.endsWith(` ${m.text}`));
  return matches.length === 1 ? { key: matches[0][0], name: matches[0][1] } : undefined;
}

export const nationalTeamsRefiner: EntityRefiner = {
  id: 'national-teams',
  refine(mentions, ctx) {
    const { after, before, locations } = scorePatterns();
    const { text } = ctx;
    const teams = new Map<string, string>();
    for (const m of mentions) {
      const country = countryOf(m);
      if (!country) continue;
      const line = (from: number, to: number) => text.slice(from, to).split('\n');
      if (after.test(line(m.end, m.end + 12)[0]) || before.test(line(m.start - 12, m.start).pop() ?? '')) teams.set(country.key, country.name);
    }
    if (teams.size < 2) return mentions;
    return mentions.map((m) => {
      const country = countryOf(m) ?? shortTeamName(m, teams);
      if (!country || !teams.has(country.key)) return m;
      const previousWord = /([\p{L}]+)[ \t]+(?:the[ \t]+)?$/u.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1];
      if (previousWord && locations.has(previousWord.toLowerCase())) return m;
      return { ...m, type: 'Organization' as const, canonical: `${country.name} national team`, rule: 'national-teams' };
    });
  },
};
