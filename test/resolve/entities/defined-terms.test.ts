import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutText } from '../../../src/extract/text';
import { extractEntityMentions } from '../../../src/extract/entities';
import { resolveEntities } from '../../../src/resolve/entities';
import { definedTerms, longFormBefore, withoutDefinedTerms } from '../../../src/resolve/entities/defined-terms';
import { articleOf } from '../../extract/entities/helpers';

const entitiesOf = (text: string) => {
  const layout = layoutText(text);
  const article = articleOf(text);
  return resolveEntities(article, layout, extractEntityMentions(article, layout)).entities;
};
const mentionTexts = (text: string) => entitiesOf(text).flatMap((e) => e.mentions.map((m) => m.text));

describe('defined terms: the long form right before the acronym', () => {
  it.each([
    ['the shortest run of words that spells it', 'ACC', 'the importance of the anterior cingulate cortex', ['anterior', 'cingulate', 'cortex']],
    ['hyphenated words give a letter each', 'LESS', 'called a liquid-entrenched smooth surface', ['liquid-entrenched', 'smooth', 'surface']],
    ['a skipped connector inside', 'MP', 'a bill.\n\nMember of parliament', ['Member', 'of', 'parliament']],
  ])('%s', (_why, acronym, before, words) => {
    expect(longFormBefore(acronym, before)?.words).toEqual(words);
  });

  it.each([
    ['one word never spells an acronym', 'ACC', 'signed the accord'],
    ['other initials', 'FAA', 'under the new safety rules'],
    ['a run broken by a full stop', 'GT', 'the game. Then'],
  ])('finds none: %s', (_why, acronym, before) => {
    expect(longFormBefore(acronym, before)).toBeUndefined();
  });
});

describe('defined terms: acronyms an article defines as terms or tickers', () => {
  it.each([
    ['a lower-case long form', 'Scans showed the anterior cingulate cortex (ACC) at work.', 'ACC'],
    ['a long form starting the text', 'Binge eating disorder (BED) is common.', 'BED'],
    ['a long form starting a sentence', 'It was found. Ebola virus disease (EVD) spreads by contact.', 'EVD'],
    ['"<long form>, or <acronym>"', 'Tests confirmed hypersensitivity pneumonitis, or HP, in both.', 'HP'],
    ['a number inside the acronym', 'It raises glucagon-like peptide 1 (GLP-1) levels.', 'GLP-1'],
    ['a stock index', "South Korea's Kospi Index (KOSPI) fell 0.5%.", 'KOSPI'],
    ['a composite index', "China's Shanghai Composite (SHCOMP) rose.", 'SHCOMP'],
    ['a share class', 'Ascom registered shares (ASCN) closed higher.', 'ASCN'],
    ['a plural long form with a plural acronym', 'Proteins called G protein-coupled receptors (GPCRs) bind it.', 'GPCR'],
    ['a law named in capitals', 'They sued over the Ballot Interference Prevention Act (BIPA) today.', 'BIPA'],
    ['an agreement named in capitals', 'Deals like the North American Free Trade Agreement (NAFTA) hurt.', 'NAFTA'],
  ])('%s', (_why, text, acronym) => {
    expect([...definedTerms(text, [])]).toEqual([acronym]);
  });

  it.each([
    ['a body named in capitals', 'The Federal Aviation Administration (FAA) said so.'],
    ['a body named in capitals at the start', 'National Transportation Safety Board (NTSB) staff arrived.'],
    ['a known body named in capitals', 'the World Health Organization (WHO) said.'],
    ['a capitalised name mid-sentence', 'Officials of the Sierra Nevada Corporation (SNC) agreed.'],
    ['a capitalised first word mid-sentence', 'patients with Ebola virus disease (EVD) recovered.'],
    ['a known body named in lower case', 'a letter from the world health organization (WHO) said.'],
    ['lower-case words with other initials', 'They follow the new safety rules (FAA) now.'],
    ['a ticker the gazetteer knows as a company', 'IBM shares (IBM) rose.'],
    ['no long form at all', 'A spokesperson (NASA) declined.'],
    ['a body whose name ends in a law word\'s look-alike', 'The Democratic National Committee (DNC) said so.'],
    ['a capitalised word before lower-case words', 'patients with Ebola virus diseases (EVDs) recovered.'],
  ])('defines none: %s', (_why, text) => {
    expect([...definedTerms(text, [])]).toEqual([]);
  });

  it('leaves an acronym the article also defines by a capitalised name to that name', () => {
    const text = 'The Sierra Nevada Corporation (SNC) built a space nuclear capsule (SNC) too.';
    const name = { start: 4, end: 4 + 'Sierra Nevada Corporation'.length, text: 'Sierra Nevada Corporation', key: 'org:snc', type: 'Organization' };
    expect([...definedTerms(text, [name])]).toEqual([]);
    expect([...definedTerms(text, [])]).toEqual(['SNC']);
  });

  it('drops every mention of a term, with or without "the", and nothing else', () => {
    const text = 'Binge eating disorder (BED) is common. The BED clinic in Leeds and BED-related care grew.';
    const at = (s: string) => text.indexOf(s);
    const keyed = [
      { start: at('BED)'), end: at('BED)') + 3, text: 'BED', key: 'org:bed', type: 'Organization' },
      { start: at('The BED'), end: at('The BED') + 7, text: 'The BED', key: 'org:bed', type: 'Organization' },
      { start: at('Leeds'), end: at('Leeds') + 5, text: 'Leeds', key: 'place:leeds', type: 'Place' },
      { start: at('BED-related'), end: at('BED-related') + 11, text: 'BED-related', key: 'org:bed-related', type: 'Organization' },
    ];
    expect(withoutDefinedTerms(text, keyed).map((k) => k.text)).toEqual(['Leeds', 'BED-related']);
  });
});

describe('defined terms in resolved articles', () => {
  it.each([
    ['a term defined in lower case', 'Scans showed the anterior cingulate cortex (ACC) at work. The ACC lit up again.', 'ACC'],
    ['a term defined with ", or"', 'Lab tests later confirmed hypersensitivity pneumonitis, or HP. Doctors say HP is caused by breathing in dust.', 'HP'],
  ])('no mention of %s is an entity', (_why, text, acronym) => {
    expect(mentionTexts(text)).not.toContain(acronym);
  });

  it.each([
    ['The Federal Aviation Administration (FAA) will investigate. The FAA sent a team.', 'FAA'],
    ['The National Transportation Safety Board (NTSB) will investigate. The NTSB sent a team.', 'NTSB'],
    ['Officials at the World Health Organization (WHO) agreed. The WHO said so on Monday.', 'WHO'],
  ])('a body defined by its name keeps its acronym: %s', (text, acronym) => {
    const holder = entitiesOf(text).find((e) => e.mentions.some((m) => m.text === acronym));
    expect(holder?.type).toBe('Organization');
  });

  it('reads the story fixture: the terms are no entities, the agency is', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/entities/defined-terms-story.txt'), 'utf8');
    const entities = entitiesOf(text);
    const texts = entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts).not.toContain('ACC');
    expect(texts).not.toContain('BED');
    const faa = entities.find((e) => e.mentions.some((m) => m.text === 'FAA'));
    expect(faa?.mentions.filter((m) => m.text === 'FAA')).toHaveLength(2);
  });

  const wikinews = join(__dirname, '../../../../shared/corpus/wikinews/wikinews-2019-2021.jsonl');
  it.each([
    ['wikinews:Neuroscientists_tell_Wikinews', 'ACC'],
    ['wikinews:Cairo_summit_denounces', 'EEZ'],
  ])('reads the Wikinews article %s (when ../shared is present): %s is no entity', (idStart, acronym) => {
    if (!existsSync(wikinews)) return;
    const record = readFileSync(wikinews, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string })
      .find((r) => r.id.startsWith(idStart));
    expect(record).toBeDefined();
    expect(record!.text).toContain(`(${acronym})`);
    expect(mentionTexts(record!.text)).not.toContain(acronym);
  });
});
