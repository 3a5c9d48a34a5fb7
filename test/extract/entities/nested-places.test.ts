// Refiner nested-places: a town, state, country or nationality that is a word of a school's, firm's,
// party's, outlet's or team's name is no mention of that place; public bodies named after the place
// they serve keep it.
import type { EntityMention } from '../../../src/types';
import { nestedPlacesRefiner } from '../../../src/extract/entities/refiners/nested-places';
import { brief, contextOf, mentionsOf } from './helpers';

const placesIn = (text: string) => brief(mentionsOf(text)).filter((m) => /^(Place|Country):/.test(m));

/** A candidate covering `part` of `text` (its first occurrence). */
function candidate(text: string, part: string, type: EntityMention['type'], rule: string): EntityMention {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type, rule };
}

const refine = (text: string, candidates: [string, EntityMention['type'], string][]) =>
  brief(nestedPlacesRefiner.refine(candidates.map(([part, type, rule]) => candidate(text, part, type, rule)), contextOf(text)));

describe('refiner nested-places: a place that is a word of a longer name goes', () => {
  it.each([
    ['a state after "University of"', 'She is a professor at the University of Florida and co-author of the study.', 'Place:Florida'],
    ['a state before "University"', 'At 16, he went to Indiana University, where he ran.', 'Place:Indiana'],
    ['a town before "State University"', 'Ross Burkhart, a Boise State University political scientist, said so.', 'Place:Boise'],
    ['a city before a longer school name', 'He taught at the Boston University School of Public Health.', 'Place:Boston'],
    ['a nationality before a lobby', 'That is $19.5 billion, according to the American Farm Bureau Federation.', 'Country:American'],
    ['a country after "Party of"', 'At dissolution, there was one MP of the People\'s Party of Canada in the House.', 'Country:Canada'],
    ['a nationality before a federation', 'She decided not to play for the Iranian Chess Federation last year.', 'Country:Iranian'],
    ['a region inside a corporation', 'Blue Origin, Sierra Nevada Corporation and SpaceX are in the running.', 'Place:Nevada'],
    ['a country inside an airline', 'Two jets went to Biman Bangladesh Airlines this week.', 'Country:Bangladesh'],
    ['a nationality opening a railway company', 'The state-run Indian Railways launched the event.', 'Country:Indian'],
    ['a city opening an event named with an extra head', 'The deal was announced at the Dubai Air Show on Monday.', 'Place:Dubai'],
    ['a city opening a festival, its country named', 'The Amsterdam Light Festival opened. The Netherlands is cold.', 'Place:Amsterdam'],
    ['a demonym opening an awards show', 'She will play her old tracks at the American Music Awards on Sunday.', 'Country:American'],
    ['a city opening a marathon after a year', 'Brigid Kosgei of Kenya won the 2019 Chicago Marathon yesterday.', 'Place:Chicago'],
    ['a state opening a city name', 'He lives in Virginia Beach now.', 'Place:Virginia'],
    ['a city opening a county name', 'Yesterday a court in California\'s Riverside County ruled.', 'Place:Riverside'],
  ])('%s', (_why, text, gone) => {
    expect(placesIn(text)).not.toContain(gone);
  });

  it.each([
    ['an outlet', 'The Sacramento Bee reported it.',
      [['Sacramento Bee', 'MediaOutlet', 'capitalised-sequence:outlet'], ['Sacramento', 'Place', 'gazetteer:city']], ['MediaOutlet:Sacramento Bee']],
    ['a team named after its region', 'Eastern Michigan rolled past Northern Illinois, 45-17.',
      [['Eastern Michigan', 'Organization', 'place-teams'], ['Michigan', 'Place', 'gazetteer:name'], ['Northern Illinois', 'Organization', 'place-teams']],
      ['Organization:Eastern Michigan', 'Organization:Northern Illinois']],
    ['a known club (organizations.json, kind sport)', 'Real Madrid won.',
      [['Real Madrid', 'Organization', 'capitalised-sequence:organization'], ['Madrid', 'Place', 'gazetteer:capital-place']], ['Organization:Real Madrid']],
    ['a known club with a town of two words', 'Fans of the Oklahoma City Thunder cheered.',
      [['Oklahoma City Thunder', 'Organization', 'gazetteer:name'], ['Oklahoma', 'Place', 'gazetteer:name']], ['Organization:Oklahoma City Thunder']],
  ] as [string, string, [string, EntityMention['type'], string][], string[]][])('%s', (_why, text, candidates, expected) => {
    expect(refine(text, candidates)).toEqual(expected);
  });
});

describe('refiner nested-places: negative cases, the place stays', () => {
  it.each([
    ['a police department serves its city', 'The Chicago Police Department responded.', 'Place:Chicago'],
    ['a state department', 'The Florida Department of Transportation closed the road.', 'Place:Florida'],
    ['a federal office', 'He was charged by the U.S. Attorney\'s Office for the district.', 'Country:U.S.'],
    ['a campus town after "at"', 'The museum at the University of North Carolina at Greensboro opened.', 'Place:Greensboro'],
    ['a campus town after its state', 'Sehar Memon studies at the University of Texas Arlington now.', 'Place:Arlington'],
    ['a school in a state', 'She teaches at a school in Florida.', 'Place:Florida'],
    ['a possessive before a title', 'Florida\'s governor spoke on Monday.', 'Place:Florida'],
    ['a town with its state', 'He grew up in Miami, Florida.', 'Place:Florida'],
    ['a place with no name head after it', 'The 2020 election in Michigan was close.', 'Place:Michigan'],
    ['an election is held in the place', 'He lost the 2019 Michigan Election to her.', 'Place:Michigan'],
    ['a possessive place before an event', 'Kenya\'s Marathon team won in Nairobi.', 'Country:Kenya'],
    ['a venue lies in its city', 'England beat Tunisia at the Volgograd Arena on Monday.', 'Place:Volgograd'],
    ['"State" after a state is the same state', 'The New York State Attorney General is investigating.', 'Place:New York'],
    ['a headline-cased line is no event name', 'Protests In Hong Kong Open A New Chapter\n\nThe protests went on in the city on Monday.', 'Country:Hong Kong'],
  ])('%s', (_why, text, kept) => {
    expect(placesIn(text)).toContain(kept);
  });

  it.each([
    ['a hyphenated pair is no name', 'The U.S.-Mexico Alliance met.',
      [['U.S.-Mexico Alliance', 'Organization', 'capitalised-sequence:organization'], ['U.S.', 'Country', 'gazetteer:alias'], ['Mexico', 'Country', 'gazetteer:name']],
      ['Organization:U.S.-Mexico Alliance', 'Country:U.S.', 'Country:Mexico']],
    ['a name read over a lower-case word', 'He ran for governor of New York for the Green Party.',
      [['New York for the Green Party', 'Organization', 'capitalised-sequence:organization'], ['New York', 'Place', 'gazetteer:name']],
      ['Organization:New York for the Green Party', 'Place:New York']],
    ['a body with no head word that says which kind it is', 'Dinamo Minsk won.',
      [['Dinamo Minsk', 'Organization', 'capitalised-sequence:organization'], ['Minsk', 'Place', 'gazetteer:capital-place']],
      ['Organization:Dinamo Minsk', 'Place:Minsk']],
    ['a public body whose last head is a jurisdiction head', 'The Hong Kong University Police Department said.',
      [['Hong Kong University Police Department', 'Organization', 'capitalised-sequence:organization'], ['Hong Kong', 'Country', 'gazetteer:name']],
      ['Organization:Hong Kong University Police Department', 'Country:Hong Kong']],
  ] as [string, string, [string, EntityMention['type'], string][], string[]][])('%s', (_why, text, candidates, expected) => {
    expect(refine(text, candidates)).toEqual(expected);
  });
});

describe('refiner nested-places: a country\'s one-word alias standing for a firm named with it', () => {
  /** The firm's name (first in the text) and a later standalone use of the country's word. */
  const refineLater = (text: string, firm: string, word: string, rule: string) => {
    const start = text.lastIndexOf(word);
    const later: EntityMention = { start, end: start + word.length, text: word, type: 'Country', rule };
    return nestedPlacesRefiner.refine([candidate(text, firm, 'Organization', 'capitalised-sequence:organization'), later], contextOf(text))
      .map((m) => `${m.type}:${m.text}=${m.canonical ?? ''}`);
  };

  it('"Emirates" after "Emirates Airline" is the airline', () => {
    expect(refineLater('Emirates Airline bought jets. Emirates had a fleet of 270.', 'Emirates Airline', 'Emirates', 'gazetteer:alias'))
      .toEqual(['Organization:Emirates Airline=', 'Organization:Emirates=Emirates Airline']);
  });

  it.each([
    ['a country\'s name', 'Qatar Airways bought jets. Qatar had a fleet of 200.', 'Qatar Airways', 'Qatar', 'gazetteer:name'],
    ['an abbreviation', 'US Airways bought jets. The US had a deal.', 'US Airways', 'US', 'gazetteer:alias'],
    ['an alias with no firm named after it', 'Emirates Palace opened. Emirates had a fleet of 270.', 'Emirates Palace', 'Emirates', 'gazetteer:alias'],
  ])('negative: %s stays the country', (_why, text, firm, word, rule) => {
    expect(refineLater(text, firm, word, rule)).toContain(`Country:${word}=`);
  });
});
