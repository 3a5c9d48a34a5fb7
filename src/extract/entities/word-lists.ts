// The word lists of data/entities/stop-words.json, name-cues.json and head-words.json as sets, loaded once.
import { loadEntityData, type NameCuesFile, type StopWordsFile } from '../../resolve/entities/data';

export interface WordLists {
  /** Weekdays and months: dates, never names. */
  calendar: Set<string>;
  widget: Set<string>;
  functionWords: Set<string>;
  nameConnectors: Set<string>;
  personParticles: Set<string>;
  organizationHeads: Set<string>;
  /** "University", "College": may be followed by "at <campus>" inside the name. */
  campusHeads: Set<string>;
  /** "the", "next", "their": words after which a name is a description, not a person. */
  determiners: Set<string>;
  outletHeads: Set<string>;
  placeHeads: Set<string>;
  placePrefixes: Set<string>;
  nonNameAcronyms: Set<string>;
  languages: Set<string>;
  religions: Set<string>;
  adjectiveSuffixes: Set<string>;
  monthsThatAreNames: Set<string>;
  speechVerbs: Set<string>;
  /** "scored", "died": past-tense verbs whose subject is a person. */
  humanSubjectVerbs: Set<string>;
  placeCuePrepositions: Set<string>;
  /** "written", "coded": "written in Python" names a language, not a place. */
  writingVerbsBeforeIn: Set<string>;
  /** "Democrat", "Scientologist": words that describe a person written before the name, never part of it. */
  personDescriptors: Set<string>;
  /** "novel", "dog", "typhoon": a name right after one of these is a title or a name of no person. */
  workNouns: Set<string>;
  /** "Hurricane", "Operation": a capitalised name starting with one of these names no person. */
  namedThingPrefixes: Set<string>;
  /** "company", "airline": a capitalised name right after one of these names a body. */
  companyNouns: Set<string>;
  /** "Inc", "Ltd": written right after a company's name. */
  corporateSuffixes: Set<string>;
  /** "People", "Children": possessives inside names ("People's Liberation Army"). */
  possessiveNameWords: Set<string>;
  /** "St", "Mt": abbreviations that start a place name ("St. Louis"). */
  nameAbbreviations: Set<string>;
  /** "Agreement", "Treaty": heads of the names of documents. */
  documentHeads: Set<string>;
  /** "Arena", "Station": heads of venues named after their town. */
  venueHeads: Set<string>;
  /** US postal codes of states and territories. */
  usStateCodes: Set<string>;
}

let lists: WordLists | undefined;

export function wordLists(): WordLists {
  if (lists) return lists;
  const stop = loadEntityData<StopWordsFile>('stop-words.json');
  const cues = loadEntityData<NameCuesFile>('name-cues.json');
  lists = {
    calendar: new Set([...stop.weekdays, ...stop.months]),
    widget: new Set(stop.widget),
    functionWords: new Set(stop.functionWords),
    nameConnectors: new Set(stop.nameConnectors),
    personParticles: new Set(stop.personParticles),
    organizationHeads: new Set(cues.organizationHeads),
    campusHeads: new Set(cues.campusHeads),
    determiners: new Set(cues.determiners),
    outletHeads: new Set(cues.outletHeads),
    placeHeads: new Set(cues.placeHeads),
    placePrefixes: new Set(cues.placePrefixes),
    nonNameAcronyms: new Set(stop.nonNameAcronyms),
    possessiveNameWords: new Set(cues.possessiveNameWords),
    nameAbbreviations: new Set(cues.nameAbbreviations),
    documentHeads: new Set(cues.documentHeads),
    venueHeads: new Set(cues.venueHeads),
    usStateCodes: new Set(stop.usStateCodes),
    languages: new Set(stop.languages),
    religions: new Set(stop.religions),
    adjectiveSuffixes: new Set(stop.adjectiveSuffixes),
    monthsThatAreNames: new Set(stop.monthsThatAreNames),
    speechVerbs: new Set(cues.speechVerbs),
    humanSubjectVerbs: new Set(cues.humanSubjectVerbs),
    placeCuePrepositions: new Set(cues.placeCuePrepositions),
    writingVerbsBeforeIn: new Set(cues.writingVerbsBeforeIn),
    personDescriptors: new Set(cues.personDescriptors),
    workNouns: new Set(cues.workNouns),
    namedThingPrefixes: new Set(cues.namedThingPrefixes),
    companyNouns: new Set(cues.companyNouns),
    corporateSuffixes: new Set(cues.corporateSuffixes),
  };
  return lists;
}

/** A word that names a kind of body or place ("University", "Navy", "Street"): it may sit inside a name. */
export function isNameHead(word: string): boolean {
  const l = wordLists();
  return l.organizationHeads.has(word) || l.placeHeads.has(word) || l.outletHeads.has(word);
}

/** A capitalised word that cannot be (part of) a name on its own. */
export function isStopWord(word: string): boolean {
  const l = wordLists();
  return l.calendar.has(word) || l.widget.has(word) || l.functionWords.has(word);
}

/** The lists of head-words.json read through headWords(); other modules read their own lists of that file. */
interface HeadWordsFile {
  facilityHeads: string[];
  bodyHeads: string[];
  surnamePlaceHeads: string[];
  eventHeads: string[];
  numberedEventHeads: string[];
  newspaperHeads: string[];
  outletLeads: string[];
  weakOutletHeads: string[];
  outletCuesBefore: string[];
  outletCuesAfter: string[];
  companyNameEnds: string[];
  placeWordsBeforeSurnameHead: string[];
}

let headWordSets: { [K in keyof HeadWordsFile]: Set<string> } | undefined;

/** The head-word lists of data/entities/head-words.json. */
export function headWords() {
  if (!headWordSets) {
    const file = loadEntityData<HeadWordsFile>('head-words.json');
    headWordSets = {
      facilityHeads: new Set(file.facilityHeads),
      bodyHeads: new Set(file.bodyHeads),
      surnamePlaceHeads: new Set(file.surnamePlaceHeads),
      eventHeads: new Set(file.eventHeads),
      numberedEventHeads: new Set(file.numberedEventHeads),
      newspaperHeads: new Set(file.newspaperHeads),
      outletLeads: new Set(file.outletLeads),
      weakOutletHeads: new Set(file.weakOutletHeads),
      outletCuesBefore: new Set(file.outletCuesBefore),
      outletCuesAfter: new Set(file.outletCuesAfter),
      companyNameEnds: new Set(file.companyNameEnds),
      placeWordsBeforeSurnameHead: new Set(file.placeWordsBeforeSurnameHead),
    };
  }
  return headWordSets;
}

/** "Council", "Times", "Brigade": a word that heads the name of a body or outlet, never of a person. */
export function isBodyHead(word: string): boolean {
  const lists = wordLists();
  return lists.organizationHeads.has(word) || lists.outletHeads.has(word) || headWords().bodyHeads.has(word);
}
