// Person-name knowledge from data/entities/person-names.json: given names across cultures, and
// East Asian family names (written first: "Park Joo-ho"). compromise knows about 3,000 mostly
// English given names; the data file adds the rest, and teaches them to compromise as well, so
// that its people finder and every rule reading its lexicon ("Thibaut Courtois") see them too.
import nlp from 'compromise';
import { GIVEN_NAME_TAGS, isFirstName, lexiconTags } from './lexicon';
import { loadEntityData } from '../../resolve/entities/data';
import { entriesFor } from '../../resolve/entities/gazetteer';

interface PersonNamesFile {
  /** Given names grouped by language area (the grouping is for editors only). */
  givenNames: Record<string, string[]>;
  eastAsianFamilyNames: string[];
}

let names: { given: Set<string>; family: Set<string> } | undefined;

function personNames() {
  if (names) return names;
  const file = loadEntityData<PersonNamesFile>('person-names.json');
  const given = new Set<string>();
  const taught: Record<string, string> = {};
  for (const name of Object.values(file.givenNames).flat()) {
    const lower = name.toLowerCase();
    const known = lexiconTags(lower);
    // A word compromise knows as something else ("will", "art") stays that: such names are
    // recognised only where other evidence (a title, a speech verb) says it is a person.
    if (known.length > 0 && !known.some((t) => GIVEN_NAME_TAGS.has(t))) continue;
    given.add(lower);
    if (known.length === 0) taught[lower] = 'FirstName';
  }
  if (Object.keys(taught).length > 0) nlp.addWords(taught);
  names = { given, family: new Set(file.eastAsianFamilyNames) };
  return names;
}

/** Loads the data and teaches compromise the given names it lacked; rules call it once before tagging. */
export function loadPersonNames(): void {
  personNames();
}

/**
 * A given name, from compromise's lexicon or the data file, that is not also a known country or
 * place ("Georgia", "Victoria" name places more often than people in news).
 */
export function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  const known = personNames().given.has(lower) || isFirstName(lower);
  return known && entriesFor(word).length === 0;
}

/** A Chinese, Korean or Vietnamese family name ("Park", "Hau", "Nguyen"), as written in a name. */
export function isEastAsianFamilyName(word: string): boolean {
  return personNames().family.has(word);
}

// An Arabic article joined to a surname: "al-Amr", "el-Sisi", "Al-Maeena"; part of the name even
// when written in lower case.
const ARTICLE_SURNAME = /^(?:al|el|ad|ar|as|ash|at|az|ul|ud)-\p{Lu}/iu;

export function isArticleSurname(word: string): boolean {
  return ARTICLE_SURNAME.test(word);
}

/** Initials: "K.C.", "L.", "J.R.R.". */
export function isInitials(word: string): boolean {
  return /^(?:\p{Lu}\.)+$/u.test(word);
}
