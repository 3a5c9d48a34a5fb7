import type { EntityMention } from '../../../src/types';
import { notSpeakersRefiner } from '../../../src/extract/entities/refiners/not-speakers';
import { speakerNameRule } from '../../../src/extract/entities/rules/speaker-name-rule';
import { brief, contextOf, mentionsOf } from './helpers';

/** What the refiner leaves of the speaker-name rule's own guesses for `text`. */
const refineSpeakers = (text: string) => {
  const ctx = contextOf(text);
  return brief(notSpeakersRefiner.refine(speakerNameRule.propose(ctx), ctx));
};

describe('refiner not-speakers: words next to a speech verb that are not its speaker', () => {
  it.each<[string, string, string[]?]>([
    ['a pronoun at a sentence start', 'They never came. Nobody asked and nobody cares.'],
    ['a pronoun contracted with "have"', 'I don\'t think I\'ve said the name yet.'],
    ['a pronoun contracted with "am", curly apostrophe', 'Every year I’m asked by a different person.'],
    ['"you" contracted with "have"', 'Thanks. You\'ve said that you want to act on it.'],
    ['the hearer after "told"', 'It was real, Stamenković told National Geographic.', ['Person:Stamenković']],
    ['the hearer after "tells"', 'It is real, the author tells Acme Widgets.'],
    ['a passive participle', 'The rest is Territory claimed by the republic.'],
    ['the body a spokesperson stands for', 'A spokesperson for Stagecoach South said their thoughts were with them.'],
    ['the body an official comes from', 'An official from TfL stated: "We are working with them."'],
    ['a publication after "contributor to"', 'She is a contributor to Slate wrote that it was wrong.'],
    ['a modifier after a number', 'The conflict between the two Post-Soviet states centers on the region.'],
    ['a modifier after an ordinal', 'The 14th Amendment states: "all persons born here".'],
    ['a name after a capitalised article', 'Next, The Atlantic claimed that he had said so.'],
  ])('%s', (_why, text, expected: string[] = []) => {
    expect(refineSpeakers(text)).toEqual(expected);
  });

  it.each([
    ['a name before "said"', 'Later Amneh Jafari said she was glad.', ['Person:Amneh Jafari']],
    ['a name after "said"', '"It was fine," said Amneh Jafari.', ['Person:Amneh Jafari']],
    ['the speaker before "told"', 'It was real, Stamenković told reporters.', ['Person:Stamenković']],
    ['the speaker after a verb without a hearer', '"We are ready," added Jane Berg.', ['Person:Jane Berg']],
    ['the speaker after "asked"', '"Why now?" asked Jane Berg.', ['Person:Jane Berg']],
    ['"by" that does not follow the verb', 'Jane Berg said the work by others was fine.', ['Person:Jane Berg']],
    ['a role noun before the name', 'The company spokesperson Jane Berg said sales fell.', ['Person:Jane Berg']],
    ['a name after "and"', 'Anna Kowalska and Jane Berg said so.', ['Person:Jane Berg']],
    ['a title after a capitalised article stands for its holder', 'The President insists that the budget include it.', ['Person:President']],
    ['a name with an apostrophe that is no contraction', 'Later Dan O\'Brien said he was glad.', ['Person:Dan O\'Brien']],
  ])('keeps the speaker: %s', (_why, text, expected) => {
    expect(refineSpeakers(text)).toEqual(expected);
  });

  it('leaves guesses of other rules alone', () => {
    const text = 'A spokesperson for Jane Berg said so.';
    const start = text.indexOf('Jane Berg');
    const m: EntityMention = { start, end: start + 9, text: 'Jane Berg', type: 'Person', rule: 'compromise:person' };
    expect(brief(notSpeakersRefiner.refine([m], contextOf(text)))).toEqual(['Person:Jane Berg']);
  });

  it('leaves the speaker rule\'s city-surname guesses alone', () => {
    const text = 'A spokesperson for Valeska Paris said so.';
    const start = text.indexOf('Valeska Paris');
    const m: EntityMention = { start, end: start + 13, text: 'Valeska Paris', type: 'Person', rule: 'speaker-name:city-surname' };
    expect(brief(notSpeakersRefiner.refine([m], contextOf(text)))).toEqual(['Person:Valeska Paris']);
  });
});

describe('not-speakers through the pipeline', () => {
  const people = (text: string) => brief(mentionsOf(text)).filter((m) => m.startsWith('Person:'));

  it.each([
    ['Three children were hurt. A spokesperson for Stagecoach South said their thoughts were with the families.'],
    ['"I won\'t play for them and I\'ve told them that I won\'t," she said.'],
    ['Hospital staff were tired. Nobody asked and nobody wants to.'],
  ])('no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['A spokesperson for the firm, Jane Berg, said sales fell.', ['Person:Jane Berg']],
    ['"We are ready," said Amneh Jafari, who leads the team.', ['Person:Amneh Jafari']],
  ])('keeps the person in %s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
