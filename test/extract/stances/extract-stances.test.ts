import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gerund } from '../../../src/extract/stances/phrases';
import { PEOPLE, quotesAndStancesOf } from '../../fixtures/quotes/helpers';

const LOPEZ = 'person:maria-lopez';
const OKAFOR = 'person:john-okafor';

const stancesOf = (text: string) => quotesAndStancesOf(text, PEOPLE).stances;

describe('extractStances: phrases in quotes', () => {
  it.each([
    ['support with an object', '"We support the new treaty on water," Lopez said.', LOPEZ, 'support', 'new treaty on water', null],
    ['oppose with an object', '"We reject the proposal from the EU," Lopez said.', LOPEZ, 'oppose', 'proposal from the EU', 'org:european-union'],
    ['willing to + verb', 'Okafor also said he would be willing to send troops.', OKAFOR, 'support', 'sending troops', null],
    ['refuse to + verb', '"We refuse to sign any deal with Russia," Okafor said.', OKAFOR, 'oppose', 'signing any deal with Russia', 'country:ru'],
    ['negated permission', 'Lopez argued that Ukraine will not be allowed to join NATO.', LOPEZ, 'oppose', 'Ukraine joining NATO', 'org:nato'],
    ['passive bar', 'Okafor argued that Ukraine must be barred from NATO membership.', OKAFOR, 'oppose', 'NATO membership for Ukraine', 'org:nato'],
    ['kept out', 'Okafor argued that foreign troops are kept out of the region for good.', OKAFOR, 'oppose', 'region for good for foreign troops', null],
    ['demand that', '"We will demand that binding guarantees become part of the deal," Lopez said.', LOPEZ, 'support', 'binding guarantees', null],
    ['not up to someone', '"It is not up to Russia to decide that," Okafor said.', OKAFOR, 'oppose', 'Russia deciding whether to decide', 'country:ru'],
    ['negated support', '"We do not support the plan for new dams," Lopez said.', LOPEZ, 'oppose', 'plan for new dams', null],
    ['a possessive before the phrase is not a subject', '"My goal is to invent things that help farmers," Lopez said.', LOPEZ, 'support', 'inventing things', null],
    ['intention in a partial quote', 'Lopez told reporters that the intention is to "deploy a few hundred engineers along the river."', LOPEZ, 'support', 'deploying a few hundred engineers along the river', null],
  ])('%s', (_rule, text, holder, polarity, topic, target) => {
    const stances = stancesOf(text);
    expect(stances.map((s) => ({ holder: s.holder, polarity: s.polarity, topic: s.topic, target: s.target }))).toContainEqual({ holder, polarity, topic, target });
    const s = stances.find((x) => x.topic === topic)!;
    expect(s.key).toMatch(/^stance:[0-9a-f]{16}$/);
    expect(s.quote).toMatch(/^quote:/);
    expect(text.slice(s.evidence.start, s.evidence.end)).toContain(topic.split(' ').pop());
  });

  it('lowers the confidence of a stance inside a condition', () => {
    const plain = stancesOf('Lopez argued that Ukraine must be barred from NATO membership.')[0];
    const conditional = stancesOf('Lopez argued that peace can last only if Ukraine is barred from NATO membership.')[0];
    expect(conditional.polarity).toBe('oppose');
    expect(conditional.confidence).toBeLessThan(plain.confidence);
  });

  it('gives a stance stated of another named holder in a quote to that holder', () => {
    const stances = stancesOf('Okafor said that Ukraine rejected the latest offer.');
    expect(stances.map((s) => [s.holder, s.polarity, s.topic])).toEqual([['country:ua', 'oppose', 'latest offer']]);
  });
});

describe('extractStances: narration', () => {
  it.each([
    ['country agreed to', 'Ukraine agreed to the 30-day cease-fire proposal at the talks.', 'country:ua', 'support', '30-day cease-fire proposal'],
    ['relative clause', 'Nobody mentioned the 30-day cease-fire proposal that Ukraine agreed to during the talks.', 'country:ua', 'support', '30-day cease-fire proposal'],
    ['organisation rejected', 'The European Union rejected the new tariffs on steel.', 'org:european-union', 'oppose', 'new tariffs on steel'],
    ['person opposed', 'Okafor opposed the merger of the two ministries.', OKAFOR, 'oppose', 'merger of the two ministries'],
    ['backing away is not backing', 'Okafor backed away from the merger of the two ministries.', OKAFOR, 'oppose', 'merger of the two ministries'],
  ])('%s', (_rule, text, holder, polarity, topic) => {
    const stances = stancesOf(text);
    expect(stances.map((s) => ({ holder: s.holder, polarity: s.polarity, topic: s.topic }))).toEqual([{ holder, polarity, topic }]);
    expect(stances[0].quote).toBeNull();
  });
});

describe('extractStances: negative cases', () => {
  it.each([
    ['support used as a noun', '"We want to show our support over the long term," Lopez said.'],
    ['an infinitive whose subject is elsewhere', '"We need the refusal of other countries to accept it," Lopez said.'],
    ['an unresolved speaker', '"We reject the proposal," an official said.'],
    ['a common-noun holder in narration', 'Some farmers rejected the plan for new dams.'],
    ['a country adjective modifying the subject', 'Russian farmers rejected the plan for new dams.'],
    ['no stance phrase', '"The river rose by two metres overnight," Lopez said.'],
  ])('%s', (_case, text) => {
    expect(stancesOf(text).filter((s) => !s.topic.startsWith('showing'))).toEqual([]);
  });
});

describe('gerund', () => {
  it.each([
    ['send', 'sending'],
    ['deploy', 'deploying'],
    ['join', 'joining'],
    ['stop', 'stopping'],
    ['accept', 'accepting'],
    ['decide', 'deciding'],
    ['die', 'dying'],
    ['see', 'seeing'],
    ['issue', 'issuing'],
    ['keeping', 'keeping'],
    ['bring', 'bringing'],
    ['string', 'stringing'],
    ['being', 'being'],
  ])('%s -> %s', (verb, expected) => {
    expect(gerund(verb)).toBe(expected);
  });
});

describe('extractStances: golden fixture story', () => {
  it('finds every expected stance of the fixture story', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/quotes/story.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(__dirname, '../../fixtures/quotes/story.expected.json'), 'utf8'));
    const { stances } = quotesAndStancesOf(text, PEOPLE);
    for (const g of expected.stances as { holder: string; polarity: string; topicWord?: string; target?: string }[]) {
      const found = stances.some(
        (s) => s.holder === g.holder && s.polarity === g.polarity && (g.target ? s.target === g.target : s.topic.split(' ').includes(g.topicWord!)),
      );
      expect({ ...g, found }).toEqual({ ...g, found: true });
    }
  });
});
