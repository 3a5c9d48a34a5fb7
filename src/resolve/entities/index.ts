// Entities of one article from its mentions: identity keys, in-article coreference (surnames and
// title-only descriptions join the right person; ambiguous ones join no one) and roles.
import type { CleanArticle, Entity, EntityMention, Mention, Role } from '../../types';
import type { TextLayout } from '../../extract/text';
import { identify, type Identity } from './identity';
import { neverEntitySpans } from '../../extract/entities/context';
import { findRoles, type KeyedMention } from './roles';
import { descriptionMentions, namesInsideNames, personForWord, surnameMentions, surnameOf, type PersonName } from './coreference';
import { withDefinedAbbreviations } from './abbreviations';
import { withoutDefinedTerms } from './defined-terms';
import { entriesFor } from './gazetteer';

export function resolveEntities(
  _article: CleanArticle,
  layout: TextLayout,
  mentions: EntityMention[],
): { entities: Entity[]; roles: Role[] } {
  const text = layout.text;
  const identities = new Map<string, Identity>();
  let keyed: KeyedMention[] = [];
  const remember = (id: Identity) => {
    if (!identities.has(id.key)) identities.set(id.key, id);
  };

  // Full names first, so one-word names can join them.
  const people = mentions.filter((m) => m.type === 'Person');
  const fullNames = people.filter((m) => /\s/.test((m.canonical ?? m.text).trim()));
  const personNames: PersonName[] = [];
  for (const m of fullNames) {
    const id = mergeVariant(identify(m), personNames);
    remember(id);
    keyed.push({ start: m.start, end: m.end, text: m.text, key: id.key, type: 'Person' });
  }
  // People the article calls by one word after a title ("President Trump") and never names in full.
  const titledSurnames: PersonName[] = [];
  for (const m of people) {
    if (fullNames.includes(m)) continue;
    // A surname two people share joins the article's central one if there is one (see
    // dominantPerson); otherwise it joins neither and makes no node of its own.
    const joined = personForWord(m.text.trim(), personNames);
    if (!joined && sharedSurname(m.text.trim(), personNames)) continue;
    const id = joined ? identities.get(joined.key)! : identify(m);
    remember(id);
    keyed.push({ start: m.start, end: m.end, text: m.text, key: id.key, type: 'Person' });
    if (!joined && m.rule.startsWith('titled-name') && !titledSurnames.some((p) => p.key === id.key)) titledSurnames.push({ key: id.key, name: m.text.trim(), count: 1 });
  }
  // Towns named without their region are looked for first in the countries the article names,
  // directly or through their capital ("flew to London").
  const countryIds = new Map(mentions.filter((m) => m.type === 'Country').map((m) => [m, identify(m)]));
  const capitalCountries = mentions.filter((m) => m.rule === 'gazetteer:capital-place').map((m) => entriesFor(m.text).find((e) => e.form === 'capital')?.iso2);
  const countries = new Set([...[...countryIds.values()].map((id) => id.iso2), ...capitalCountries].filter((c): c is string => Boolean(c)));
  for (const m of mentions) {
    if (m.type === 'Person') continue;
    // "Paris" in an article about Valeska Paris, used for her rather than for France or the city.
    const person = isCityWord(m) ? personForWord(m.text, personNames) : undefined;
    if (person && surnameOf(person.name) === m.text) {
      keyed.push({ start: m.start, end: m.end, text: m.text, key: person.key, type: 'Person' });
      continue;
    }
    // A one-word body guess that is the surname of several people in the article ("Ford" beside
    // John M. Ford and Mike Ford) is one of them, not a company: like their surname, it joins no one.
    if (isBodyGuess(m) && sharedSurname(m.text, personNames)) continue;
    const id = countryIds.get(m) ?? identify(m, { countries });
    remember(id);
    keyed.push({ start: m.start, end: m.end, text: m.text, key: id.key, type: id.type });
  }

  keyed = withoutDefinedTerms(text, withDefinedAbbreviations(text, keyed));
  // Photo credits ("Image: Nicholas Moreau.") name people, but are no mentions of them.
  keyed.push(...surnameMentions(text, personNames, [...keyed, ...neverEntitySpans(text)], titledSurnames));
  keyed.push(...namesInsideNames(keyed, personNames));
  keyed.sort((a, b) => a.start - b.start);
  const roles = findRoles(text, keyed);
  const holders = keyed.filter((k) => k.type !== 'Person' && k.type !== 'Place');
  keyed.push(...descriptionMentions(text, roles, holders, keyed.filter((k) => k.type === 'Person')));

  return { entities: buildEntities(identities, keyed), roles };
}

/** A one-word organisation or outlet that no list knows and no company cue marks ("Ford"). */
function isBodyGuess(m: EntityMention): boolean {
  return (m.type === 'Organization' || m.type === 'MediaOutlet') && !/\s/.test(m.text)
    && !m.rule.startsWith('gazetteer') && !m.rule.startsWith('company-cue');
}

/** A one-word capital, city or guessed name that may also be a surname ("Paris", "Warhol"). */
function isCityWord(m: EntityMention): boolean {
  if (/\s/.test(m.text)) return false;
  if (m.rule === 'gazetteer:capital' || (m.type === 'Place' && m.rule.startsWith('gazetteer'))) return true;
  return !m.rule.startsWith('gazetteer');
}

const nameWordsOf = (name: string) => name.split(/\s+/);

function sharedSurname(word: string, people: PersonName[]): boolean {
  return people.filter((p) => nameWordsOf(p.name).length > 1 && surnameOf(p.name) === word).length > 1;
}

/** "Donald J. Trump" and "Donald Trump" are one person: same first and last word. */
function mergeVariant(id: Identity, known: PersonName[]): Identity {
  const words = id.name.split(' ');
  const same = known.find((p) => {
    const w = p.name.split(' ');
    return w[0] === words[0] && w[w.length - 1] === words[words.length - 1];
  });
  if (same) {
    same.count++;
    return { ...id, key: same.key, name: same.name };
  }
  known.push({ key: id.key, name: id.name, count: 1 });
  return id;
}

function buildEntities(identities: Map<string, Identity>, keyed: KeyedMention[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const k of [...keyed].sort((a, b) => a.start - b.start)) {
    const id = identities.get(k.key);
    let e = byKey.get(k.key);
    if (!e) {
      e = {
        key: k.key,
        type: id?.type ?? 'Person',
        name: id?.name ?? k.text,
        aliases: [],
        mentions: [],
        ...(id?.iso2 ? { iso2: id.iso2, iso3: id.iso3 } : {}),
        ...(id?.kind ? { kind: id.kind } : {}),
      };
      byKey.set(k.key, e);
    }
    if (e.mentions.some((m) => m.start === k.start && m.end === k.end)) continue;
    const mention: Mention = { start: k.start, end: k.end, text: k.text };
    e.mentions.push(mention);
    const alias = k.text.replace(/\s+/g, ' ').trim().replace(/^the\s+/i, '');
    if (alias !== e.name && !e.aliases.includes(alias) && !(e.type === 'Person' && /\p{Ll}/u.test(alias[0] ?? ''))) {
      // Descriptions ("Britain's prime minister") are mentions, not names.
      if (!(e.type === 'Person' && alias.split(' ').some((w) => /^\p{Ll}/u.test(w)))) e.aliases.push(alias);
    }
  }
  return [...byKey.values()];
}
