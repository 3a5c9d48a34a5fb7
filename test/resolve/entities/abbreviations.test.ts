import { layoutText } from '../../../src/extract/text';
import { extractEntityMentions } from '../../../src/extract/entities';
import { resolveEntities } from '../../../src/resolve/entities';
import { abbreviates, nameDefinitions, withDefinedAbbreviations } from '../../../src/resolve/entities/abbreviations';
import { articleOf } from '../../extract/entities/helpers';

describe('abbreviations: the letters are the name\'s initials', () => {
  it.each([
    ['one letter a word', 'NTSB', 'National Transportation Safety Board', true],
    ['a connector skipped', 'OIC', 'Organisation of Islamic Cooperation', true],
    ['a leading article ignored', 'ECJ', 'the European Court of Justice', true],
    ['two letters of one word', 'USCG', 'United States Coast Guard', true],
    ['an ampersand', 'P&O', 'Peninsular and Oriental', true],
    ['dotted initials', 'B.C.', 'British Columbia', true],
    ['a name cut short', 'NOAA', 'Atmospheric Administration', false],
    ['a foreign-language abbreviation', 'FSB', 'Federal Security Service', false],
    ['other letters', 'NSW', 'Parliament of New South Wales', false],
  ])('%s', (_why, abbreviation, name, expected) => {
    expect(abbreviates(abbreviation, name)).toBe(expected);
  });
});

describe('abbreviations defined in brackets name the same entity', () => {
  const entitiesOf = (text: string) => {
    const layout = layoutText(text);
    const article = articleOf(text);
    return resolveEntities(article, layout, extractEntityMentions(article, layout)).entities
      .filter((e) => e.type !== 'Person')
      .map((e) => `${e.key}: ${e.mentions.map((m) => m.text).join(', ')}`);
  };

  it('joins the bracketed abbreviation and its later uses to the full name', () => {
    expect(entitiesOf('The National Transportation Safety Board (NTSB) will investigate. The NTSB sent a team.'))
      .toEqual(['org:national-transportation-safety-board: National Transportation Safety Board, NTSB, NTSB']);
  });

  it('adds uses no rule found, and leaves uses inside longer names alone', () => {
    const keyed = [{ start: 4, end: 35, text: 'Organisation of Islamic Cooperation', key: 'org:oic-full', type: 'Organization' }];
    const text = 'The Organisation of Islamic Cooperation (OIC) met. OIC members and the OIC-Asia office agreed.';
    keyed[0].start = text.indexOf('Organisation');
    keyed[0].end = keyed[0].start + keyed[0].text.length;
    const out = withDefinedAbbreviations(text, keyed);
    expect(out.map((k) => `${k.text}@${k.start}=>${k.key}`)).toEqual([
      `Organisation of Islamic Cooperation@${keyed[0].start}=>org:oic-full`,
      `OIC@${text.indexOf('(OIC)') + 1}=>org:oic-full`,
      `OIC@${text.indexOf('OIC members')}=>org:oic-full`,
    ]);
  });

  it('joins dotted initials and their later uses to the place they abbreviate', () => {
    const text = 'A mother in Kamloops, British Columbia (B.C.), called police. In B.C., overdoses rose.';
    const start = text.indexOf('British Columbia');
    const keyed = [{ start, end: start + 'British Columbia'.length, text: 'British Columbia', key: 'place:bc', type: 'Place' }];
    expect(withDefinedAbbreviations(text, keyed).map((k) => `${k.text}@${k.start}=>${k.type}`)).toEqual([
      `British Columbia@${start}=>Place`,
      `B.C.@${text.indexOf('(B.C.)') + 1}=>Place`,
      `B.C.@${text.indexOf('B.C.,')}=>Place`,
    ]);
  });

  it.each([
    ['a country in brackets says where the body is', 'The Cancer Research Institute (UK) said so.', 'UK'],
    ['letters that are not the initials', 'The Federal Security Service (FSB) said so. The FSB agreed.', 'FSB'],
  ])('defines nothing: %s', (_why, text, abbreviation) => {
    const keyed = [{ start: 4, end: text.indexOf(' (') , text: text.slice(4, text.indexOf(' (')), key: 'org:full', type: 'Organization' }];
    expect(withDefinedAbbreviations(text, keyed).filter((k) => k.text === abbreviation)).toEqual([]);
  });
});

describe('abbreviations: which names define one', () => {
  const nameBefore = (text: string, type = 'Organization', key = 'org:named') => {
    const name = text.slice(0, text.indexOf(' ('));
    const start = name.startsWith('the ') ? 4 : 0;
    return [{ start, end: name.length, text: name.slice(start), key, type }];
  };

  it.each([
    ['the Federal Aviation Administration (FAA) said.', 'FAA', 'org:named'],
    ['National Transportation Safety Board (NTSB) staff arrived.', 'NTSB', 'org:named'],
    // The gazetteer knows WHO as this very body.
    ['the World Health Organization (WHO) said.', 'WHO', 'org:world-health-organization'],
  ])('%s defines %s', (text, abbreviation, key) => {
    expect([...nameDefinitions(text, nameBefore(text, 'Organization', key)).keys()]).toEqual([abbreviation]);
  });

  it.each([
    ['a person', 'Federal Aviation Administrator (FAA) said.', 'Person'],
    ['a one-word name', 'Boeing (BA) said.', 'Organization'],
    ['a known abbreviation of another body', 'the World Hockey Organization (WHO) said.', 'Organization'],
    ['letters that are not the initials', 'the Federal Security Service (FSB) said.', 'Organization'],
    ['dotted letters that are not the initials', 'the Federal Security Service (F.B.I.) said.', 'Organization'],
  ])('defines nothing: %s', (_why, text, type) => {
    expect(nameDefinitions(text, nameBefore(text, type)).size).toBe(0);
  });
});
