// Lone capitals-only words: an unknown acronym names a body, unless it is an ordinary word written
// in capitals, a product or catalogue code before its number, a US state's postal code after its
// town, or a common technical acronym (data/entities/stop-words.json, nonNameAcronyms).
import { brief, mentionsOf } from './helpers';

const organizations = (text: string) => brief(mentionsOf(text)).filter((m) => m.startsWith('Organization:'));

describe('unknown acronyms that name a body', () => {
  it.each([
    ['a safety board quoted', 'A spokesman said the NTSB said the engine failed.', ['Organization:NTSB']],
    ['a sports body under whose rules', 'He ran under IAAF rules last year.', ['Organization:IAAF']],
    ['an election regulator', 'The complaint was filed with the FEC on Monday.', ['Organization:FEC']],
    ['a press-freedom group', 'Journalists were jailed, RSF reported.', ['Organization:RSF']],
    ['a company before a model code that is not a plain number', 'The deal was 45% off a 65" LG 65UM7300 television.', ['Organization:LG']],
    ['a state code not after a town', 'Students said the UT had raised fees.', ['Organization:UT']],
  ])('%s', (_why, text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });
});

describe('capitals-only words that name no body', () => {
  it.each([
    ['an ordinary word in capitals for emphasis', 'Setting it up is SUPER easy for anyone.'],
    ['an ordinary noun in capitals', 'Police said a HUNTER who killed the bear was fined.'],
    ['a number word in capitals', 'The plan got a solid ZERO from critics.'],
    ['a graphics card line before its model number', 'It is very similar to the RTX 2060 in raw performance.'],
    ['a catalogue code before its number', 'The stars of the HR 6819 system are close.'],
    ['a state postal code after its town', 'The show moves to West Palm Beach, FL, next week.'],
    ['a two-word town and its state code', 'The company is based in Clarkston, MI and ships widely.'],
    ['a storage acronym', 'The laptop has a fast SSD and plenty of memory.'],
    ['a network acronym', 'The bundle includes a secure VPN for a year.'],
    ['a drive-train acronym', 'The car comes with AWD or RWD in most markets.'],
    ['a building-services acronym', 'The HVAC system failed in the heat.'],
    ['a time of day', 'The attack began at 4 A.M. local time.'],
    ['an unidentified flying object', 'Witnesses said they saw a UFO over the lake.'],
    ['a disease abbreviation', 'Cases of EVD rose in the province.'],
  ])('%s', (_why, text) => {
    expect(organizations(text)).toEqual([]);
  });
});

describe('title abbreviations are no person', () => {
  it.each([
    ['a senator before a name', 'New Jersey Sen. Cory Booker spoke on Monday.', ['Person:Cory Booker']],
    ['a lieutenant before a name', 'The fire started at noon, said Lt. Matt Harris of the fire department.', ['Person:Matt Harris']],
    ['a representative before a name', 'Rep. Ilhan Omar voted against the bill.', ['Person:Ilhan Omar']],
    ['a governor before a name', 'Gov. Ron DeSantis signed the order.', ['Person:Ron DeSantis']],
  ])('%s', (_why, text, expected) => {
    expect(brief(mentionsOf(text)).filter((m) => m.startsWith('Person:'))).toEqual(expected);
  });
});
