// Entities of one article from its mentions: identity keys, in-article coreference (surnames and
// title-only descriptions join the right person; ambiguous ones join no one) and roles.
import type { CleanArticle, Entity, EntityMention, Mention, Role } from '../../types';
import type { TextLayout } from '../../extract/text';
import { capitalWithoutCountry, identify, type Identity } from './identity';
import { type AliasesFile, loadEntityData } from './data';
import { neverEntitySpans } from '../../extract/entities/context';
import { findRoles, type KeyedMention } from './roles';
import { descriptionMentions, namesInsideNames, nameVariantsAgree, personForFirstSurname, personForWord, type PersonName, surnameMentions, surnameOf, variantRank } from './coreference';
import { nameDefinitions, withDefinedAbbreviations } from './abbreviations';
import { withoutDefinedTerms } from './defined-terms';
import { isShortForm, withOwnOutletShortForm, withShortForms } from './short-forms';
import { hasOutletCue } from '../../extract/entities/outlet-names';
import { contestedCapitalOf, entriesFor } from './gazetteer';
import { headWords, wordLists } from '../../extract/entities/word-lists';

export function resolveEntities(
  article: CleanArticle,
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
  const written = fullNames.map((m) => identify(m));
  const variants = variantIdentities(written);
  for (const [n, m] of fullNames.entries()) {
    const id = variants.get(written[n].name)!;
    const known = personNames.find((p) => p.key === id.key);
    if (known) known.count++;
    else personNames.push({ key: id.key, name: id.name, count: 1 });
    remember(id);
    keyed.push({ start: m.start, end: m.end, text: m.text, key: id.key, type: 'Person' });
  }
  // People the article calls by one word after a title ("President Trump") and never names in full.
  const titledSurnames: PersonName[] = [];
  const firstSurnames: PersonName[] = [];
  for (const m of people) {
    if (fullNames.includes(m)) continue;
    // A surname two people share joins the article's central one if there is one (see
    // dominantPerson); otherwise it joins neither and makes no node of its own.
    const bySurname = personForWord(m.text.trim(), personNames, text.slice(m.end, m.end + 40));
    // "Rosselló said" of Ricardo Rosselló Nevares: his other uses of that word are mentions too.
    const byFirstSurname = bySurname ? undefined : personForFirstSurname(m.text.trim(), personNames);
    if (byFirstSurname && !firstSurnames.some((p) => p.name === m.text.trim())) firstSurnames.push({ key: byFirstSurname.key, name: m.text.trim(), count: 1 });
    const joined = bySurname ?? byFirstSurname;
    if (!joined && sharedSurname(m.text.trim(), personNames)) continue;
    const firm = joined ? undefined : firmStartingWith(m, mentions);
    if (firm) {
      const firmId = identify(firm);
      remember(firmId);
      keyed.push({ start: m.start, end: m.end, text: m.text, key: firmId.key, type: firmId.type });
      continue;
    }
    const id = joined ? identities.get(joined.key)! : identify(m);
    remember(id);
    keyed.push({ start: m.start, end: m.end, text: m.text, key: id.key, type: 'Person' });
    if (!joined && m.rule.startsWith('titled-name') && !titledSurnames.some((p) => p.key === id.key)) titledSurnames.push({ key: id.key, name: m.text.trim(), count: 1 });
  }
  // Towns named without their region are looked for first in the countries the article names,
  // directly or through their capital ("flew to London"). A capital that other towns' names share
  // ("Victoria") counts for its country only when the article names that country some other way
  // too (by name, demonym, another capital or a known place of it); else it is a place of no country.
  const placeCountries = mentions.filter((m) => m.type === 'Place').map((m) => entriesFor(m.text).find((e) => e.type === 'Place' && e.iso2)?.iso2);
  const countryIds = new Map(mentions.filter((m) => m.type === 'Country').map((m) => [m, identify(m)]));
  const countryNamed = (m: EntityMention) => countryIds.get(m)?.iso2
    ?? (m.rule === 'gazetteer:capital-place' ? entriesFor(m.text).find((e) => e.form === 'capital')?.iso2 : undefined);
  const namedOtherwise = new Set([...placeCountries, ...mentions.filter((m) => !contestedCapitalOf(m.text)).map(countryNamed)].filter((c): c is string => Boolean(c)));
  const ownPlaces = new Map(mentions.map((m) => [m, capitalWithoutCountry(m, namedOtherwise)] as const).filter((p): p is [EntityMention, Identity] => p[1] !== undefined));
  const countryCodes = mentions.filter((m) => !ownPlaces.has(m)).map(countryNamed).filter((c): c is string => Boolean(c));
  const countries = new Set(countryCodes);
  // How often the article names each country, its known states and towns included ("Nevada", "New York City").
  const countryCounts = new Map<string, number>();
  for (const c of [...countryCodes, ...placeCountries]) if (c) countryCounts.set(c, (countryCounts.get(c) ?? 0) + 1);
  for (const m of mentions) {
    if (m.type === 'Person') continue;
    // "Paris" in an article about Valeska Paris, used for her rather than for France or the city;
    // "Bloomberg won the caucus" in an article about Michael Bloomberg.
    const person = isCityWord(m) || isFirmWordWithoutOutletCue(m, text) ? personForWord(m.text, personNames) : undefined;
    if (person && surnameOf(person.name) === m.text) {
      keyed.push({ start: m.start, end: m.end, text: m.text, key: person.key, type: 'Person' });
      continue;
    }
    // A one-word body guess that is the surname of several people in the article ("Ford" beside
    // John M. Ford and Mike Ford) is one of them, not a company: like their surname, it joins no one.
    if (isBodyGuess(m) && sharedSurname(m.text, personNames)) continue;
    const id = ownPlaces.get(m) ?? countryIds.get(m) ?? identify(m, { countries, countryCounts });
    remember(id);
    keyed.push({ start: m.start, end: m.end, text: m.text, key: id.key, type: id.type });
  }

  // Abbreviations defined after a name ("North Atlantic Treaty Organization (NATO)") are found once:
  // their uses take the name's key, and they are never dropped as defined terms.
  const definitions = nameDefinitions(text, keyed);
  keyed = withoutDefinedTerms(text, withDefinedAbbreviations(text, keyed, definitions), definitions);
  // "the Church of Scientology ... the Church": capitalised short forms of the bodies named so far.
  const noEntities = neverEntitySpans(text);
  keyed = withShortForms(text, layout, keyed, noEntities);
  const own = withOwnOutletShortForm(article.outlet, keyed);
  if (own.identity) remember(own.identity);
  keyed = own.keyed;
  // Photo credits ("Image: Nicholas Moreau.") name people, but are no mentions of them.
  keyed.push(...surnameMentions(text, personNames, [...keyed, ...noEntities], [...titledSurnames, ...firstSurnames]));
  keyed.push(...namesInsideNames(keyed, personNames));
  keyed.sort((a, b) => a.start - b.start);
  const roles = findRoles(text, keyed);
  const holders = keyed.filter((k) => k.type !== 'Person' && k.type !== 'Place');
  keyed.push(...descriptionMentions(text, roles, holders, keyed.filter((k) => k.type === 'Person')));

  return { entities: buildEntities(identities, keyed), roles };
}

/**
 * "Alden Capital ... firms such as Alden": a one-word person guess (no title, no speech verb) that
 * starts the name of exactly one firm of the article (a name ending in a company word or a legal
 * form), and no person's, is that firm's short name.
 */
function firmStartingWith(m: EntityMention, mentions: EntityMention[]): EntityMention | undefined {
  const word = m.text.trim();
  if (/\s/.test(word) || !/^(?:compromise|capitalised-sequence|person-neighbours)/.test(m.rule)) return undefined;
  const isFirmName = (name: string) => {
    const last = name.split(/\s+/).pop()!.replace(/\.$/, '');
    return headWords().companyNameEnds.has(last) || wordLists().corporateSuffixes.has(last);
  };
  const firms = new Set(mentions.filter((o) => o.type === 'Organization' && o.text.startsWith(`${word} `) && isFirmName(o.text)).map((o) => o.text));
  if (firms.size !== 1) return undefined;
  return mentions.find((o) => firms.has(o.text));
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

/** A known one-word body or outlet ("Bloomberg", "Dell") with no word around it that says a news outlet is meant ("told Bloomberg", "Bloomberg reported"). */
function isFirmWordWithoutOutletCue(m: EntityMention, text: string): boolean {
  if (/\s/.test(m.text) || !m.rule.startsWith('gazetteer') || (m.type !== 'Organization' && m.type !== 'MediaOutlet')) return false;
  return !hasOutletCue(text, m.start, m.end);
}

const nameWordsOf = (name: string) => name.split(/\s+/);

function sharedSurname(word: string, people: PersonName[]): boolean {
  return people.filter((p) => nameWordsOf(p.name).length > 1 && surnameOf(p.name) === word).length > 1;
}

/**
 * One identity per person named in full, for each name written: "Donald J. Trump" and "Donald
 * Trump", "Pat Carlineo" and "Patrick W. Carlineo Jr" (nameVariantsAgree) are one person. The
 * canonical name is chosen by variantRank (the full given name, then the fewest words) whatever
 * the order of the mentions, so that the key does not depend on which variant comes first; a name
 * of the alias table's curated forms comes before all.
 * A variant that agrees with two different people ("Pat Carlineo" beside a Patrick and a Patricia
 * Carlineo) joins neither.
 */
function variantIdentities(ids: Identity[]): Map<string, Identity> {
  const distinct = [...new Map(ids.map((id) => [id.name, id])).values()];
  const curated = (id: Identity) => aliasTargets().has(id.name);
  // Canonical forms first (a stable sort: equal ranks keep the article's order).
  const ordered = [...distinct].sort((a, b) => Number(curated(b)) - Number(curated(a)) || variantRank(a.name) - variantRank(b.name));
  const groups: Identity[][] = [];
  const byName = new Map<string, Identity>();
  for (const id of ordered) {
    // A name joins the one group whose every name it agrees with; none or several: a group of its own.
    const matching = groups.filter((g) => g.every((member) => nameVariantsAgree(member.name, id.name)));
    const group = matching.length === 1 ? matching[0] : undefined;
    if (group) group.push(id);
    else groups.push([id]);
    byName.set(id.name, group ? { ...id, key: group[0].key, name: group[0].name } : id);
  }
  return byName;
}

let curatedNames: Set<string> | undefined;

/** The canonical names of the alias table ("Donald Trump" of "Donald J. Trump"). */
function aliasTargets(): Set<string> {
  curatedNames ??= new Set(Object.values(loadEntityData<AliasesFile>('aliases.json').persons));
  return curatedNames;
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
    if (alias !== e.name && !e.aliases.includes(alias) && !(e.type === 'Person' && /\p{Ll}/u.test(alias[0] ?? '')) && !isShortForm(k)) {
      // Descriptions ("Britain's prime minister") are mentions, not names.
      if (!(e.type === 'Person' && alias.split(' ').some((w) => /^\p{Ll}/u.test(w)))) e.aliases.push(alias);
    }
  }
  return [...byKey.values()];
}
