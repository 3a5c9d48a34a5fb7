import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../../src/types';
import { layoutText } from '../../../src/extract/text';
import { extractEntityMentions } from '../../../src/extract/entities';
import { resolveEntities } from '../../../src/resolve/entities';
import { isShortForm, shortFormHead, withOwnOutletShortForm, withShortForms } from '../../../src/resolve/entities/short-forms';
import type { KeyedMention } from '../../../src/resolve/entities/roles';
import { articleOf } from '../../extract/entities/helpers';

function bodies(text: string): Entity[] {
  const layout = layoutText(text);
  const article = articleOf(text);
  return resolveEntities(article, layout, extractEntityMentions(article, layout)).entities
    .filter((e) => e.type === 'Organization' || e.type === 'MediaOutlet');
}

/** "<key>: mention, mention" for every body of the text. */
const mentionsOf = (text: string) => bodies(text).map((e) => `${e.key}: ${e.mentions.map((m) => m.text).join(', ')}`);

/** A keyed body mention on the first occurrence of `name` in `text`. */
function body(text: string, name: string, key: string, type = 'Organization'): KeyedMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, key, type };
}

/** The short forms withShortForms adds or re-keys, as "<text>@<start>=><key>". */
function shortForms(text: string, keyed: KeyedMention[]): string[] {
  return withShortForms(text, layoutText(text), keyed).filter(isShortForm).map((k) => `${k.text}@${k.start}=>${k.key}`);
}

describe('short forms: the head a body\'s name is shortened to', () => {
  it.each([
    ['the word before "of"', 'Church of Scientology', 'Church'],
    ['a leading article ignored', 'the University of Southern Indiana', 'University'],
    ['the word before "on"', 'Committee on Foreign Relations', 'Committee'],
    ['the last word', 'European Commission', 'Commission'],
    ['an outlet\'s head', 'New York Post', 'Post'],
    ['a firm with its legal form', 'Microsoft Corp.', 'Company'],
    ['a head of names only before "of"', 'House of Commons', 'House'],
  ])('%s: %s -> %s', (_why, name, head) => {
    expect(shortFormHead(name)).toBe(head);
  });

  it.each([
    ['one word', 'Commission'],
    ['a last word that heads no body', 'Southern Indiana'],
    ['a head news does not write alone', 'Discovery Channel'],
    ['a head of names only before "of"', 'White House'],
    ['a legal form alone', 'Inc.'],
  ])('none: %s (%s)', (_why, name) => {
    expect(shortFormHead(name)).toBeUndefined();
  });
});

describe('short forms: "the <Head>" joins the one body named earlier', () => {
  it.each([
    ['in the middle of a sentence', 'The Church of Scientology denied it. Lawyers said the Church had her passport.', 'Church of Scientology', 'Church'],
    ['possessive', 'The Church of Scientology denied it. Lawyers read the Church\'s records.', 'Church of Scientology', 'Church'],
    ['opening a sentence', 'Hackers attacked the Church of Scientology. The Church\'s website is down.', 'Church of Scientology', 'Church'],
    ['an outlet', 'The New York Post ran the story. According to the Post, the laptop was left at a shop.', 'New York Post', 'Post'],
  ])('%s', (_why, text, name, head) => {
    const keyed = [body(text, name, 'org:named')];
    const at = text.indexOf(head, keyed[0].end);
    expect(shortForms(text, keyed)).toEqual([`${head}@${at}=>org:named`]);
  });

  it('re-keys a mention some rule made on the bare head', () => {
    const text = 'The Philippine Senate met on Monday. The Senate voted against the bill.';
    const start = text.lastIndexOf('Senate');
    const senate = { start, end: start + 'Senate'.length, text: 'Senate', key: 'org:us-senate', type: 'Organization' };
    const keyed = [body(text, 'Philippine Senate', 'org:philippine-senate'), senate];
    expect(shortForms(text, keyed)).toEqual([`Senate@${senate.start}=>org:philippine-senate`]);
  });

  it('calls a firm named with its legal form "the Company"', () => {
    const text = 'Apple Inc. reported higher revenue. The Company said its sales rose.';
    expect(shortForms(text, [body(text, 'Apple', 'org:apple')])).toEqual([`Company@${text.indexOf('Company')}=>org:apple`]);
  });
});

describe('short forms: negative cases (no short form is attached)', () => {
  it.each([
    ['lower case: the common noun', 'The Church of Scientology denied it. Lawyers said the church was closed.', [['Church of Scientology', 'org:a']]],
    ['before the full name', 'The Church denied it. The Church of Scientology said so on Monday.', [['Church of Scientology', 'org:a']]],
    ['two bodies share the head', 'The Department of Justice and the Department of State met. Later the Department said nothing.', [['Department of Justice', 'org:a'], ['Department of State', 'org:b']]],
    ['another body of that head that no rule found', 'The Department of Home Affairs and the Department of Trade met. Later the Department said nothing.', [['Department of Trade', 'org:b']]],
    ['a fuller name goes on', 'The University of Sydney said so. The University Hospital treated her.', [['University of Sydney', 'org:a']]],
    ['"of" follows: another body', 'The University of Sydney said so. She moved to the University of Melbourne.', [['University of Sydney', 'org:a']]],
    ['"The" inside a sentence: a title', 'The Los Angeles Times reported it, as did The Times of London.', [['Los Angeles Times', 'org:a']]],
    ['a head news does not write alone', 'The Discovery Channel filmed the swim across the Channel.', [['Discovery Channel', 'org:a']]],
    ['a head of names only before "of"', 'The White House objected. The House passed the bill anyway.', [['White House', 'org:a']]],
    ['a hyphenated word', 'The Church of Scientology denied it. Lawyers visited a Church-run centre and the Church-owned ship.', [['Church of Scientology', 'org:a']]],
    ['a headline', 'The European Commission met.\n\nTech Giants Fined Again by the Commission\n\nIt said so.', [['European Commission', 'org:a']]],
  ])('%s', (_why, text, names) => {
    const keyed = (names as string[][]).map(([name, key]) => body(text, name, key));
    expect(shortForms(text, keyed)).toEqual([]);
  });
});

describe('golden: a story that shortens several names (test/fixtures/entities/short-forms-story.txt)', () => {
  const text = readFileSync(join(__dirname, '../../fixtures/entities/short-forms-story.txt'), 'utf8');
  const found = bodies(text);
  const mentions = (key: string) => found.find((e) => e.key === key)?.mentions.map((m) => m.text);

  it('joins every capitalised short form to its body, and not the headline nor the common noun', () => {
    expect(mentions('org:church-of-scientology')).toEqual(['Church of Scientology', 'Church', 'Church', 'Church']);
    expect(mentions('org:european-commission')).toEqual(['European Commission', 'Commission', 'Commission']);
    expect(mentions('org:university-of-sydney')).toEqual(['University of Sydney', 'University']);
  });

  it('leaves "the Department" unattached after two departments', () => {
    expect(found.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('Department');
  });

  it('adds no short form as an alias', () => {
    expect(found.flatMap((e) => e.aliases)).not.toEqual(expect.arrayContaining(['Church', 'Commission', 'University']));
  });
});

describe('short forms through resolveEntities', () => {
  it.each([
    ['the Commission', 'The European Commission proposed rules. The Commission said they apply from 2025.', ['org:european-commission: European Commission, Commission']],
    ['the Court', 'The Supreme Court ruled on Monday. Justice Roberts wrote for the Court.', ['org:us-supreme-court: Supreme Court, Court']],
    ['the House', 'The House of Commons sat late. The House voted at midnight.', ['org:house-of-commons: House of Commons, House']],
  ])('%s', (_why, text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

// GUM's Scientology report, when ../shared is present: "the Church" is a named mention there.
const GUM = join(__dirname, '../../../../shared/gold/gum-news/gum-news-dev.jsonl');

describe('golden: GUM news "imprisoned", when ../shared is present', () => {
  const docs = existsSync(GUM)
    ? readFileSync(GUM, 'utf8').split('\n').filter((l) => l.includes('"GUM_news_imprisoned"')).map((l) => JSON.parse(l) as { text: string })
    : [];

  // Without ../shared there is nothing to check here; the fixture above covers the same rule.
  it('joins "the Church" to the Church of Scientology', () => {
    for (const doc of docs) {
      const church = bodies(doc.text).find((e) => e.key === 'org:church-of-scientology');
      expect(church?.mentions.filter((m) => m.text === 'Church')).toHaveLength(4);
    }
  });
});

describe('short forms: a paper calling itself by its head word', () => {
  const times: KeyedMention = { start: 30, end: 39, text: 'The Times', key: 'org:the-times', type: 'MediaOutlet' };
  const post: KeyedMention = { start: 50, end: 54, text: 'Post', key: 'org:post', type: 'Organization' };
  const person: KeyedMention = { start: 60, end: 65, text: 'Times', key: 'person:times', type: 'Person' };
  it.each([
    ['the head word of the article\'s own outlet', 'Los Angeles Times', [times], ['org:los-angeles-times']],
    ['another paper\'s head word stays', 'The Washington Post', [times], ['org:the-times']],
    ['the own paper\'s head word, guessed as a body', 'The Washington Post', [post], ['org:the-washington-post']],
    ['a one-word outlet has no shorter form', 'Reuters', [times], ['org:the-times']],
    ['no outlet', null, [times], ['org:the-times']],
    ['a person is left alone', 'Los Angeles Times', [person], ['person:times']],
  ])('%s', (_why, outlet, keyed, keys) => {
    expect(withOwnOutletShortForm(outlet, keyed).keyed.map((k) => k.key)).toEqual(keys);
  });

  it('gives the outlet an identity only when a mention was re-keyed', () => {
    expect(withOwnOutletShortForm('Los Angeles Times', [times]).identity).toEqual({ key: 'org:los-angeles-times', type: 'MediaOutlet', name: 'Los Angeles Times' });
    expect(withOwnOutletShortForm('Los Angeles Times', [post]).identity).toBeUndefined();
  });
});
