// Rule `capitalised-sequence`: runs of capitalised words ("Daughters of the American Revolution",
// "Nizhny Novgorod Stadium", "Irving Police Department") typed by what they contain or where they
// stand: an organisation, outlet or place head word, a known given name, a place preposition
// before them ("from Herat"), or an unknown acronym ("KPA"). Runs with no cue are left alone.
import type { EntityMention, EntityType } from '../../../types';
import type { EntityContext, EntityRule } from '../rule';
import { within } from '../rule';
import type { Token } from '../tokens';
import { headWords, isBodyHead, isNameHead, isStopWord, wordLists } from '../word-lists';
import { titleAt } from '../titles';
import { cityFor, entriesFor, isKnownPlace } from '../../../resolve/entities/gazetteer';
import { isGivenName } from '../person-names';
import { followsPersonNoun } from '../person-nouns';
import { PLACE_TAGS, isFirstName, isOrdinaryWord, lexiconTags } from '../lexicon';
import { lowerCaseWords, widgetStartsName } from '../context';
import { isOutletHead, outletTypeOf } from '../outlet-names';
import { loadEntityData, type NamePartsFile } from '../../../resolve/entities/data';

const MAX_WORDS = 10;

let societyPlurals: Set<string> | undefined;
let officeHolders: Set<string> | undefined;

/** name-parts.json societyPluralsBeforeOf: "Daughters", "Knights", "Sons". */
function societyPluralsBeforeOf(): Set<string> {
  societyPlurals ??= new Set(loadEntityData<NamePartsFile>('name-parts.json').societyPluralsBeforeOf);
  return societyPlurals;
}

/** name-parts.json officeHoldersBeforeOffice: "Attorney", "Prosecutor", "Coroner". */
function officeHoldersBeforeOffice(): Set<string> {
  officeHolders ??= new Set(loadEntityData<NamePartsFile>('name-parts.json').officeHoldersBeforeOffice);
  return officeHolders;
}

export const capitalisedSequenceRule: EntityRule = {
  id: 'capitalised-sequence',
  propose(ctx) {
    const out: EntityMention[] = [];
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (!startsName(tokens[i]) && !possessiveInName(ctx, i) && !widgetStartsName(ctx.text, tokens[i].start, tokens[i].text) && !stopWordInName(ctx, i)) continue;
      if (tokens[i + 1]?.text === 'of' && !isNameHead(tokens[i].text) && isRoleOrWordBeforeOf(ctx, i)) continue;
      const first = i;
      const runLast = withoutTrailingName(ctx, first, runEnd(ctx, i));
      const last = placeBeforeTitle(ctx, first, runLast);
      i = last;
      // The title after the place is skipped; the name after it starts a run of its own.
      if (last < runLast) i = lastTokenOfTitle(ctx, last + 1);
      const person = personBeforeOf(ctx, first, last);
      if (person) {
        // "Maria Novak of the Council of Europe": the person, then the body as a run of its own.
        if (person.mention) out.push(person.mention);
        i = person.bodyStart - 1;
        continue;
      }
      const words = tokens.slice(first, last + 1);
      const type = typeOf(ctx, words, first);
      if (!type) continue;
      const start = words[0].start;
      const end = words[words.length - 1].end;
      out.push({ start, end, text: ctx.text.slice(start, end), type, rule: `capitalised-sequence:${type.toLowerCase()}` });
    }
    return out;
  },
};

/**
 * A run "<name> of [the] <body>" where only the part after "of" holds a head word ("Council",
 * "University"): the part before is a person's name when it starts with a known given name and
 * holds no title ("Secretary General of the United Nations" stays whole). Returns that person (if
 * any) and where the body's own run starts, or undefined when the run is not split.
 */
function personBeforeOf(ctx: EntityContext, first: number, last: number): { mention?: EntityMention; bodyStart: number } | undefined {
  const { tokens } = ctx;
  const of = tokens.slice(first, last + 1).findIndex((t) => t.text === 'of') + first;
  if (of <= first) return undefined;
  let bodyStart = of + 1;
  if (bodyStart <= last && tokens[bodyStart].text === 'the') bodyStart++;
  if (bodyStart > last) return undefined;
  const name = tokens.slice(first, of);
  const body = tokens.slice(bodyStart, last + 1);
  const head = (t: Token) => isNameHead(t.text) || isOutletHead(t.text);
  // "Karsten Warholm of Norway": a known country or place after "of" is split off like a body, but
  // only from a person's name ("South Lawn of the White House" stays whole).
  const placeAfter = !body.some(head) && isKnownPlaceName(ctx, bodyStart, last);
  if (name.some(head) || !(body.some(head) || placeAfter)) return undefined;
  // "Daughters of the American Revolution Constitution Hall": the plural opens a society's name.
  if (name.length === 1 && societyPluralsBeforeOf().has(name[0].text)) return undefined;
  if (name.length > 4 || name.some((t) => t.allCaps || isStopWord(t.text) || t.possessive)) return undefined;
  // "Commissioner James Rovella of the Connecticut Department of ...": a title, then a person's
  // name; the titled-name rule finds the person, and the body is split off.
  const title = titleAt(ctx.text, name[0].start);
  const afterTitle = title ? name.findIndex((t) => t.start > title.end) : -1;
  if (afterTitle > 0 && name.length - afterTitle >= 2 && isFirstName(name[afterTitle].text) && !name.slice(afterTitle).some((t) => titleAt(ctx.text, t.start))) return { bodyStart };
  if (title || entriesFor(ctx.text.slice(name[0].start, name[name.length - 1].end)).length > 0) return undefined;
  // Only a known given name makes the part before "of" a person ("Montana Secretary of State",
  // "Sunni Members of Parliament" are not); otherwise ("Novak" of "Jan Novak", "Jan" being a month
  // too) it is left to the other rules, and the body is still split off.
  // Before a known country or town, an unknown given name still makes a person when every word is
  // a name no list knows ("Abderrahman Samba of Qatar"). The lexicon misses many plurals, so a last
  // word in consonant + "s" is taken for one ("Sunni Members of Iraq"), and a body's name is not
  // tried at all ("Sunni Members of Parliament").
  const unknownName = placeAfter && name.length >= 2 && name.length <= 3 && !/[^aeiousy]s$/.test(name[name.length - 1].text)
    && name.every((t) => isUnknownNameWord(ctx, t));
  if ((!isFirstName(name[0].text) && !unknownName) || name.some((t) => titleAt(ctx.text, t.start))) return placeAfter ? undefined : { bodyStart };
  const start = name[0].start;
  const end = name[name.length - 1].end;
  return { mention: { start, end, text: ctx.text.slice(start, end), type: 'Person', rule: 'capitalised-sequence:person-of-body' }, bodyStart };
}

/**
 * "United States Speaker of the House Nancy Pelosi", "French President Emmanuel Macron": a known
 * country or place, then a title, then words with no head word, make the run. The run ends with the
 * place; the title and the name after it are read on their own. Returns the new last token of the run.
 */
function placeBeforeTitle(ctx: EntityContext, first: number, last: number): number {
  for (let k = first; k < last && k <= first + 2; k++) {
    const title = titleAt(ctx.text, ctx.tokens[k + 1].start);
    if (!title || !isKnownPlaceName(ctx, first, k)) continue;
    // "Maryland General Assembly", "United States General Services Administration": a head word
    // after the "title" makes the whole run a body's name.
    const rest = ctx.tokens.slice(k + 1, last + 1).filter((t) => t.start >= title.end);
    if (rest.length > 0 && !rest.some((t) => isNameHead(t.text) || isOutletHead(t.text))) return k;
  }
  return last;
}

/** The last token inside the title that starts at token `at`. */
function lastTokenOfTitle(ctx: EntityContext, at: number): number {
  const title = titleAt(ctx.text, ctx.tokens[at].start);
  let j = at;
  while (title && j + 1 < ctx.tokens.length && ctx.tokens[j + 1].end <= title.end) j++;
  return j;
}

/** Tokens `first`..`last` are exactly a country, region or town the gazetteer knows ("Norway", "Kobe"). */
function isKnownPlaceName(ctx: EntityContext, first: number, last: number): boolean {
  if (first > last || last - first > 2) return false;
  const surface = ctx.text.slice(ctx.tokens[first].start, ctx.tokens[last].end);
  return cityFor(surface) !== undefined || entriesFor(surface).some((e) => (e.type === 'Country' || e.type === 'Place') && e.form !== 'demonym');
}

/**
 * "CEO of Massey Energy", "Shares of Massey Energy fell": a common acronym, a title, or an
 * ordinary word capitalised only because it starts the sentence, before "of" is no part of the
 * name after it.
 */
function isRoleOrWordBeforeOf(ctx: EntityContext, i: number): boolean {
  const word = ctx.tokens[i].text;
  // "Director of Mid Wales Tourism Partnership", "Mayor of New York City": a lone title too.
  const title = titleAt(ctx.text, ctx.tokens[i].start);
  if (title?.end === ctx.tokens[i].end) return true;
  return wordLists().nonNameAcronyms.has(word) || (ctx.sentenceStartTokens.has(i) && isOrdinaryWord(word));
}

/**
 * "University of Texas Arlington Amneh Jafari heard...": a body named after a place, run on into
 * the next name. When the words after the body's last known place are two or three capitalised
 * words with no head word, the body ends at that place and they are left to the other rules.
 */
function withoutTrailingName(ctx: EntityContext, first: number, last: number): number {
  const { tokens } = ctx;
  if (last - first < 3) return last;
  const headAt = tokens.slice(first, last + 1).findIndex((t) => isNameHead(t.text)) + first;
  if (headAt < first) return last;
  const personAfter = personAfterBody(ctx, first, last);
  if (personAfter !== undefined) return personAfter;
  for (let p = last - 2; p > headAt && p >= last - 3; p--) {
    if (!endsKnownPlace(ctx, p, headAt)) continue;
    const tail = tokens.slice(p + 1, last + 1);
    if (tail.every((t) => t.capitalised && !t.allCaps && !isNameHead(t.text) && !isStopWord(t.text) && entriesFor(t.text).length === 0)) return p;
    return last;
  }
  return last;
}

/**
 * "CEO of the Refugee Council Enver Solomon told...": a body's name run on into the name of the
 * person who speaks for it. When the run's last organisation head word is followed by two or
 * three words that start with a known given name and hold no head word or known name, the body
 * ends at that head word; returns its token, or undefined.
 */
function personAfterBody(ctx: EntityContext, first: number, last: number): number | undefined {
  const { tokens } = ctx;
  let headAt = -1;
  for (let p = last; p >= first; p--) if (isBodyHead(tokens[p].text)) { headAt = p; break; }
  const tail = tokens.slice(headAt + 1, last + 1);
  if (headAt < first || tail.length < 2 || tail.length > 3 || !isGivenName(tail[0].text)) return undefined;
  const plainName = (t: Token) => t.capitalised && !t.allCaps && !isNameHead(t.text) && !isStopWord(t.text) && entriesFor(t.text).length === 0;
  return tail.every(plainName) ? headAt : undefined;
}

/** Token `p` ends a known country, region or town that starts after token `after`. */
function endsKnownPlace(ctx: EntityContext, p: number, after: number): boolean {
  for (let n = 1; n <= 3 && p - n + 1 > after; n++) {
    const surface = ctx.text.slice(ctx.tokens[p - n + 1].start, ctx.tokens[p].end);
    if ((cityFor(surface) && !isNameHead(ctx.tokens[p].text)) || entriesFor(surface).some((e) => (e.type === 'Country' || e.type === 'Place') && e.form !== 'demonym')) return true;
  }
  return false;
}

function startsName(t: Token): boolean {
  return t.capitalised && t.text.length > 1 && (!isStopWord(t.text) || isNameHead(t.text));
}

/** The last token of the run starting at `i`: capitalised words, joined by single spaces or connectors. */
function runEnd(ctx: EntityContext, i: number): number {
  const { tokens, text } = ctx;
  const lists = wordLists();
  let last = i;
  let limited = false;
  for (let j = i + 1; j < tokens.length; j++) {
    if (j - i >= MAX_WORDS) {
      limited = true;
      break;
    }
    if (tokens[j - 1].possessive && !possessiveInName(ctx, j - 1) && !titleBeforeOffice(ctx, j - 1)) break;
    // After a possessive kept inside the name, its "'s" is part of the gap.
    const gap = text.slice(tokens[j - 1].end, tokens[j].start).replace(tokens[j - 1].possessive ? /^['’]s?/ : /^$/, '');
    if (!/^[ \t]+$/.test(gap) && !/^[ \t]*&[ \t]*$/.test(gap)) break;
    const t = tokens[j];
    if (t.capitalised && (!isStopWord(t.text) || isNameHead(t.text) || possessiveInName(ctx, j) || nounBeforeHead(ctx, j) || stopWordInName(ctx, j))) {
      last = j;
      continue;
    }
    // "Securities and Exchange Commission", "Rock and Roll Hall of Fame": "and" between two
    // capitalised parts of one body's or building's name. Not when the part before has a head word
    // of its own: "University of Washington and Stanford University", "Davao City and Gaisano
    // Mall" are two names (which loses "Department of Health and Human Services"). A head word
    // of a body alone is no name of its own: "Command and Control Centre of the Coast Guard" ("Bank
    // Street and Gladstone Avenue" are two streets even when "Bank" is left out).
    const ownHead = tokens.slice(i, j).some(isHeadWord) && !(j - i === 1 && isBodyHead(tokens[i].text));
    if (t.text === 'and' && tokens[j - 1].capitalised && !ownHead && !endsKnownName(ctx, i, j - 1)
      && headAfterAnd(ctx, j) - i < MAX_WORDS && !namesEitherSideOfAnd(ctx, i, j)) continue;
    if (t.text === 'and' && tokens[j - 1].capitalised && portfolioAfterAnd(ctx, i, j)) continue;
    if (t.text === 'to' && purposeAfterTo(ctx, i, j)) continue;
    // "of", "the", "and" may sit inside a name, never at its end; so may "at" after "University".
    const campus = t.text === 'at' && tokens.slice(i, j).some((w) => lists.campusHeads.has(w.text));
    if (!lists.nameConnectors.has(t.text) && !campus) break;
    // "Marc Lamont Hill on Twitter": a known name after "on" or "for", with no organisation head
    // before it, is a name of its own ("Council on Foreign Relations" stays whole).
    const bodyBefore = tokens.slice(i, j).some((w) => isBodyHead(w.text));
    if ((t.text === 'on' || t.text === 'for') && !bodyBefore && startsKnownEntry(ctx, j + 1)) break;
    // "De La Fuente for the Reform Party", "Writing for the Court": "for the" after words with no
    // head word opens a phrase of its own ("Campaign for the Protection of ..." has its head).
    if (t.text === 'for' && tokens[j + 1]?.text === 'the' && !tokens.slice(i, j).some(isHeadWord)) break;
  }
  return limited ? beforeLastConnector(ctx, i, last) : last;
}

/** Lexicon tags of the verbs and common nouns that follow "to" in a body's name ("Protect", "Children"). */
const PURPOSE_TAGS = new Set(['Infinitive', 'Verb', 'Singular', 'Plural', 'Uncountable', 'Actor']);

/**
 * "Committee to Protect Journalists", "Global Coalition to Defeat ISIS", "National Society for the
 * Prevention of Cruelty to Children": "to" between a run that holds a body's head word and a
 * capitalised ordinary word (a verb or a common noun) is inside the body's name. Not when the words
 * after "to" name something of their own (a known name, a given name, a body, place or building
 * head: "the Department of Justice to Congress", "from the Foreign Office to Downing Street"), nor in
 * headline-cased text ("Ministry to Buy New Jets").
 */
function purposeAfterTo(ctx: EntityContext, first: number, to: number): boolean {
  const { tokens, text } = ctx;
  const next = tokens[to + 1];
  const joined = (a: Token, b: Token | undefined) => b !== undefined && /^[ \t]+$/.test(text.slice(a.end, b.start));
  if (!joined(tokens[to - 1], tokens[to]) || !joined(tokens[to], next) || !next.capitalised || next.allCaps) return false;
  if (!tokens.slice(first, to).some((w) => isBodyHead(w.text)) || ctx.headlineCased.some((p) => within(tokens[to], p))) return false;
  const ordinary = (w: string) => isOrdinaryWord(w, PURPOSE_TAGS) || (/s$/.test(w) && isOrdinaryWord(w.slice(0, -1), PURPOSE_TAGS));
  if (!ordinary(next.text) || isGivenName(next.text) || startsKnownEntry(ctx, to + 1)) return false;
  let k = to + 1;
  for (; k < tokens.length && tokens[k].capitalised && (k === to + 1 || joined(tokens[k - 1], tokens[k])); k++) {
    if (isHeadWord(tokens[k]) || isNameHead(tokens[k].text)) return false;
    if (tokens[k].possessive) return true;
  }
  // "to Children of Peace": a connector and more capitalised words after them start another name.
  const after = tokens[k];
  return !(after && joined(tokens[k - 1], after) && wordLists().nameConnectors.has(after.text) && tokens[k + 1]?.capitalised);
}

/**
 * A run cut by the word limit ends mid-name ("Director Anthony Fauci of the United States National
 * Institute" of "... Institute of Allergy and Infectious Diseases"; "... Southern District of New"):
 * it ends instead before its last connector, and the words after it start a run of their own.
 * Unchanged when the run holds no connector, or the words after it are no name.
 */
function beforeLastConnector(ctx: EntityContext, first: number, last: number): number {
  const { tokens, text } = ctx;
  const next = tokens[last + 1];
  if (!next || !/^[ \t]+$/.test(text.slice(tokens[last].end, next.start)) || !(next.capitalised || wordLists().nameConnectors.has(next.text) || next.text === 'and')) return last;
  for (let k = last; k > first; k--) {
    if (tokens[k].capitalised) continue;
    let end = k - 1;
    while (end > first && !tokens[end].capitalised) end--;
    return end;
  }
  return last;
}

/**
 * "Bartholomew County Sheriff's Department", "Governor's Office", "U.S. Attorney's Office": a
 * title's or office holder's possessive right before an organisation head word is inside the
 * body's name.
 */
function titleBeforeOffice(ctx: EntityContext, at: number): boolean {
  const t = ctx.tokens[at];
  const next = ctx.tokens[at + 1];
  return t.possessive && next !== undefined && wordLists().organizationHeads.has(next.text)
    && /^['’]s[ \t]+$/.test(ctx.text.slice(t.end, next.start))
    && (titleAt(ctx.text, t.start)?.end === t.end || officeHoldersBeforeOffice().has(t.text));
}

/** Lexicon tags of nouns: "Media", "News", "Air". */
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable']);

/**
 * "New Media Investment Group": a capitalised noun of the stop-word list ("Media", "News") inside a
 * run, followed by one to three capitalised words that end in the head word of a body, outlet or
 * building, is part of that name.
 */
function nounBeforeHead(ctx: EntityContext, at: number): boolean {
  const { tokens, text } = ctx;
  if (wordLists().calendar.has(tokens[at].text) || wordLists().widget.has(tokens[at].text) || !lexiconTags(tokens[at].text).some((t) => NOUN_TAGS.has(t))) return false;
  for (let k = at + 1; k < tokens.length && k - at <= 3; k++) {
    if (!/^[ \t]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) || !tokens[k].capitalised || tokens[k - 1].possessive) return false;
    if (isHeadWord(tokens[k])) return true;
    if (isStopWord(tokens[k].text)) return false;
  }
  return false;
}

/** Lexicon tags of words that never open or sit inside a name, even capitalised in mid-sentence. */
const FUNCTION_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Modal', 'Copula', 'Auxiliary', 'Date', 'Honorific', 'Cardinal', 'TextValue', 'Ordinal', 'Adverb']);

/**
 * "Doctor Who Society of Canada", "Air Force Reserve", "All India Hindu Union": a word of the
 * stop-word list ("Who", "Air", "All") capitalised in mid-sentence, with one to three capitalised
 * words after it that end in the head word of a body or building, is a word of that name. Not at a
 * sentence start or in a headline, not a function word ("In", "The", "Two"), a date or a widget word.
 */
function stopWordInName(ctx: EntityContext, at: number): boolean {
  const { tokens, text } = ctx;
  const t = tokens[at];
  if (!t.capitalised || t.allCaps || t.possessive || t.text.length < 2 || !isStopWord(t.text) || ctx.sentenceStartTokens.has(at)) return false;
  if (wordLists().calendar.has(t.text) || wordLists().widget.has(t.text) || lexiconTags(t.text).some((tag) => FUNCTION_TAGS.has(tag))) return false;
  if (ctx.headlineCased.some((p) => within(t, p))) return false;
  for (let k = at + 1; k < tokens.length && k - at <= 3; k++) {
    if (!/^[ \t]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) || !tokens[k].capitalised || tokens[k].allCaps || tokens[k - 1].possessive) return false;
    if (isHeadWord(tokens[k])) return true;
    if (isStopWord(tokens[k].text)) return false;
  }
  return false;
}

/**
 * Where the capitalised words right after the "and" at `and` (connectors between them allowed)
 * reach the head word of a body, outlet or building, the "and" being inside that name; Infinity
 * when they do not.
 */
function headAfterAnd(ctx: EntityContext, and: number): number {
  const { tokens, text } = ctx;
  // "the Coast Guard and the National Police": "and the" joins two names.
  if (!tokens[and + 1]?.capitalised) return Infinity;
  for (let k = and + 1; k < tokens.length && k - and <= 4; k++) {
    if (!/^[ \t]+$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return Infinity;
    if (!tokens[k].capitalised) {
      if (wordLists().nameConnectors.has(tokens[k].text)) continue;
      return Infinity;
    }
    if (isHeadWord(tokens[k])) return k;
    if (tokens[k].possessive) return Infinity;
  }
  return Infinity;
}

/**
 * The "and" at `and`, after the one-word run starting at `first`, joins two names: "SBI and ICICI
 * Bank" (an acronym before it), "McClatchy and Tribune" (a lone word, then a lone head word of a
 * body or outlet). "Procter and Gamble", "Rock and Roll Hall of Fame" stay whole.
 */
function namesEitherSideOfAnd(ctx: EntityContext, first: number, and: number): boolean {
  const { tokens } = ctx;
  if (and - first !== 1) return false;
  if (tokens[first].allCaps && tokens[first].text.length > 1) return true;
  return headAfterAnd(ctx, and) === and + 1 && isBodyHead(tokens[and + 1].text);
}

/**
 * "Department of Health and Human Services", "Ministry of Science and Technology": after "<head>
 * of <words>", an "and" and one to three capitalised words that end the name are the rest of the
 * body's portfolio. Not when those words repeat the head ("University of Washington and Stanford
 * University", "Ministry of Health and Ministry of Finance"), start a known name ("Department of
 * Justice and FBI") or a person's, or run on into another name.
 */
function portfolioAfterAnd(ctx: EntityContext, first: number, and: number): boolean {
  const { tokens, text } = ctx;
  // "Institute for Health Metrics and Evaluation", "Center for Disease Control and Prevention":
  // "for" after the head works like "of"; so does "on" ("Committee on Ways and Means").
  const of = tokens.slice(first, and).findIndex((w) => w.text === 'of' || w.text === 'for' || w.text === 'on') + first;
  // "National Institute of Allergy and Infectious Diseases": a body head of head-words.json counts too.
  // "Center for" is a head of name-cues.json only with its "for".
  const head = tokens[of - 1]?.text;
  if (of <= first || !(wordLists().organizationHeads.has(head) || headWords().bodyHeads.has(head)
    || (tokens[of].text === 'for' && wordLists().organizationHeads.has(`${head} for`)))) return false;
  let k = and + 1;
  const joined = (a: Token, b: Token | undefined) => b !== undefined && /^[ \t]+$/.test(text.slice(a.end, b.start));
  while (k < tokens.length && k - and <= 3 && tokens[k].capitalised && !tokens[k].allCaps && joined(tokens[k - 1], tokens[k])) {
    if (tokens[k].text === head) return false;
    k++;
    // "Infectious Disease's director": a possessive ends the name.
    if (tokens[k - 1].possessive) break;
  }
  if (k === and + 1) return false;
  // The name ends there: no capitalised word and no connector before one follows ("University of
  // Washington and Center for Ecosystem Sentinels", "University of Miami and Chris Fallows of Apex"
  // are two names; "... Diseases for years" is not), and the words are no person's ("and Chris Fallows").
  const next = tokens[k];
  if (!tokens[k - 1].possessive && joined(tokens[k - 1], next)
    && (next.capitalised || (wordLists().nameConnectors.has(next.text) && joined(next, tokens[k + 1]) && tokens[k + 1].capitalised))) return false;
  return !startsKnownEntry(ctx, and + 1) && !isGivenName(tokens[and + 1].text);
}

/** Tokens `first`..`last` are, or end with, a name the gazetteer knows ("New Orleans and Jefferson Parish"). */
function endsKnownName(ctx: EntityContext, first: number, last: number): boolean {
  for (let p = first; p <= last; p++) {
    if (entriesFor(ctx.text.slice(ctx.tokens[p].start, ctx.tokens[last].end)).length > 0 || cityFor(ctx.text.slice(ctx.tokens[p].start, ctx.tokens[last].end))) return true;
  }
  return false;
}

/** The head word of a body's, outlet's or building's name ("Commission", "Times", "Hall"). */
function isHeadWord(t: Token): boolean {
  return isBodyHead(t.text) || headWords().facilityHeads.has(t.text) || wordLists().placeHeads.has(t.text);
}

/** "People's Liberation Army", "Children's Hospital": a possessive word of stop-words.json possessiveNameWords before a capitalised word. */
function possessiveInName(ctx: EntityContext, at: number): boolean {
  const t = ctx.tokens[at];
  const next = ctx.tokens[at + 1];
  return t.possessive && wordLists().possessiveNameWords.has(t.text) && next !== undefined && next.capitalised
    && /^['’]s?[ \t]+$/.test(ctx.text.slice(t.end, next.start));
}

/** Tokens from `at` (one to three of them, joined by spaces) are a name the gazetteer knows. */
function startsKnownEntry(ctx: EntityContext, at: number): boolean {
  const { tokens, text } = ctx;
  for (let n = 1; n <= 3 && at + n - 1 < tokens.length; n++) {
    if (n > 1 && !/^[ \t]+$/.test(text.slice(tokens[at + n - 2].end, tokens[at + n - 1].start))) break;
    if (entriesFor(text.slice(tokens[at].start, tokens[at + n - 1].end)).length > 0) return true;
  }
  return false;
}

/** The token after `last` is ", " and a known country or region name. */
function followedByRegion(ctx: EntityContext, last: number): boolean {
  const t = ctx.tokens[last];
  const next = ctx.tokens[last + 1];
  if (!next || !/^,[ \t]+$/.test(ctx.text.slice(t.end, next.start))) return false;
  for (let n = 3; n >= 1; n--) {
    const end = ctx.tokens[last + n];
    if (!end) continue;
    const entries = entriesFor(ctx.text.slice(next.start, end.end));
    if (entries.some((e) => e.form === 'name' && (e.type === 'Country' || (e.type === 'Place' && e.kind !== 'city' && e.kind !== 'continent')))) return true;
  }
  return false;
}

function typeOf(ctx: EntityContext, words: Token[], first: number): EntityType | undefined {
  const lists = wordLists();
  const texts = words.map((w) => w.text);
  const lastWord = texts[texts.length - 1];
  const heads = headWords();
  // "FIFA World Cup", "Festival of Lights": an event, which is none of our types ("Board of
  // Elections" is a body: before "of", the head is the word before it).
  const of = texts.indexOf('of');
  if (heads.eventHeads.has(of > 0 ? texts[of - 1] : lastWord)) return undefined;
  // "World War II", "World War Two": a head that names an event before a numeral.
  if (texts.length >= 2 && heads.numberedEventHeads.has(texts[texts.length - 2]) && isNumeral(lastWord)) return undefined;
  const after = ctx.tokens[first + words.length];
  if (heads.numberedEventHeads.has(lastWord) && after && /^[ \t]+$/.test(ctx.text.slice(words[words.length - 1].end, after.start))
    && isNumeral(after.text)) return undefined;
  if (words.length >= 2) {
    // "Marc Lamont Hill": a given name, a middle name and a surname that is also a place head.
    if (words.length === 3 && heads.surnamePlaceHeads.has(lastWord) && isFirstName(texts[0]) && !isNameHead(texts[1])
      && !isOrdinaryWord(texts[1]) && words.every((w) => !w.allCaps) && !titleAt(ctx.text, words[0].start)) return 'Person';
    // "Fiona Hill", "Tyra Banks": a known given name and a surname that is also a place head is a
    // person, unless a word before it says a place is meant ("at Heinz Field", "on George Street")
    // or the gazetteer knows the place ("Beverly Hills").
    if (words.length === 2 && heads.surnamePlaceHeads.has(lastWord) && isFirstName(texts[0]) && isGivenName(texts[0])
      && words.every((w) => !w.allCaps) && !titleAt(ctx.text, words[0].start) && !isKnownPlace(`${texts[0]} ${lastWord}`)) {
      return afterPlaceWord(ctx, first) ? 'Place' : 'Person';
    }
    // "Alden Capital", "Firefly Aerospace": a word that ends only the names of firms.
    if (heads.companyNameEnds.has(lastWord)) return 'Organization';
    const outlet = outletTypeOf(ctx.text, words);
    if (outlet) return outlet;
    // The last word is the head of an English compound: "NTU Hospital Station" is a station.
    if (heads.facilityHeads.has(lastWord)) return 'Place';
    if (texts.some((w) => lists.organizationHeads.has(w) || heads.bodyHeads.has(w))) return 'Organization';
    // "Hall of Fame", "Palace of Westminster", "Gulf of Mexico": a place head before "of".
    if (of > 0 && (heads.facilityHeads.has(texts[of - 1]) || lists.placeHeads.has(texts[of - 1]))) return 'Place';
    // "Center for Biological Diversity", "Centre for Policy Studies": a place head word that a
    // purpose follows heads a body.
    if (texts.some((w, n) => lists.placeHeads.has(w) && texts[n + 1] === 'for')) return 'Organization';
    // A place prefix starts a place's name ("Punta Tombo"), unless it starts a known name that the
    // run goes on from ("Puerto Rico Center for Investigative Journalism").
    const prefixOfKnown = words.length > 2 && entriesFor(`${texts[0]} ${texts[1]}`).length > 0;
    if (lists.placeHeads.has(lastWord) || (lists.placePrefixes.has(texts[0]) && !prefixOfKnown)) return 'Place';
    // A given name first, and no place head or title after it: "Bartholomew County Sheriff" is none.
    if (words.length <= 4 && isFirstName(texts[0]) && words.every((w) => !w.allCaps && !titleAt(ctx.text, w.start))
      && !texts.slice(1).some((w) => lists.placeHeads.has(w))) return 'Person';
  }
  if (words.some((w) => isStopWord(w.text) || lists.languages.has(w.text))) return undefined;
  // "Irving, Texas", "Evansville, Indiana": a name followed by its state or country is a town.
  if (followedByRegion(ctx, first + words.length - 1)) return 'Place';
  if (ctx.sentenceStartTokens.has(first) || ctx.headlineCased.some((p) => within(words[0], p))) return undefined;
  // "in Counter-Strike: Global Offensive", "in Batman: Arkham VR": the title of a work, not a place.
  if (beforeSubtitle(ctx, first + words.length - 1)) return undefined;
  // "from Herat", "in Irving": an unknown name where a place is expected.
  const before = ctx.tokens[first - 1];
  // Not for words the lexicon knows as something else: "in God", "on Mars", "on Earth"; nor for an
  // unknown acronym ("near KPA posts"), which names a body far more often (see below).
  const acronym = words.length === 1 && words[0].allCaps;
  if (before && !acronym && lists.placeCuePrepositions.has(before.text) && /^[ \t]+$/.test(ctx.text.slice(before.end, words[0].start))
    && !words.every((w) => isOrdinaryWord(w.text, undefined, PLACE_TAGS)) && !modifiesNounAfter(ctx, first + words.length - 1)
    && !writtenIn(ctx, first - 1)) return 'Place';
  // "KPA", "NTSB": an unknown acronym in running text names a body, unless it is a common one,
  // an ordinary word in capitals, a product code or a state code (isAcronymOfNoBody).
  const roman = /^[IVXLC]+$/.test(words[0].text);
  if (words.length === 1 && words[0].allCaps && words[0].text.length <= 6 && !roman && !lists.nonNameAcronyms.has(words[0].text)) {
    const prev = ctx.tokens[first - 1];
    const next = ctx.tokens[first + 1];
    const shouting = (prev && prev.allCaps) || (next && next.allCaps);
    if (!shouting && !isAcronymOfNoBody(ctx, first)) return 'Organization';
  }
  if (looksLikeUnknownPerson(ctx, words)) return 'Person';
  return undefined;
}

/** "a script written in Python": the preposition at `prep` is an "in" after a verb of writing, so a language follows. */
function writtenIn(ctx: EntityContext, prep: number): boolean {
  const verb = ctx.tokens[prep - 1];
  return ctx.tokens[prep].text === 'in' && verb !== undefined && wordLists().writingVerbsBeforeIn.has(verb.text.toLowerCase())
    && /^[ \t]+$/.test(ctx.text.slice(verb.end, ctx.tokens[prep].start));
}

/**
 * "in Al-Qaeda videos", "from Pentagon documents": the name qualifies the plural noun after it, and
 * that noun is what the preposition governs, so the preposition says nothing about the name.
 */
function modifiesNounAfter(ctx: EntityContext, last: number): boolean {
  const next = ctx.tokens[last + 1];
  if (next === undefined || !/^[ \t]+$/.test(ctx.text.slice(ctx.tokens[last].end, next.start)) || !/^\p{Ll}[\p{Ll}-]*[^s]s$/u.test(next.text)) return false;
  // The lexicon holds few plurals ("videos" is unknown): an unknown word in -s counts, a verb does not.
  const tags = lexiconTags(next.text);
  return tags.includes('Plural') || tags.length === 0;
}


/**
 * The word before token `at` says a place is meant: a place preposition of name-cues.json, or a
 * word of head-words.json placeWordsBeforeSurnameHead ("at", "on", an article: "the Fiona Hill" is
 * no way to write a person).
 */
function afterPlaceWord(ctx: EntityContext, at: number): boolean {
  const before = /(\p{L}+)[ \t]+$/u.exec(ctx.text.slice(Math.max(0, ctx.tokens[at].start - 20), ctx.tokens[at].start))?.[1].toLowerCase();
  if (before === undefined) return false;
  return wordLists().placeCuePrepositions.has(before) || headWords().placeWordsBeforeSurnameHead.has(before);
}

/** Lexicon tags that leave a capitals-only word a possible name ("NBA": Organization; "UT": Abbreviation). */
const ACRONYM_NAME_TAGS = new Set(['Organization', 'Abbreviation', 'Acronym', 'Person', 'ProperNoun', 'Place', 'City', 'Country', 'Region']);

/**
 * An unknown capitals-only word that is still no body's name: an ordinary English word written in
 * capitals for emphasis ("it is SUPER easy", "a solid ZERO"); a product line or catalogue code
 * followed by its model number ("RTX 2060", "HR 6819"); a US state's postal code after its town
 * ("West Palm Beach, FL").
 */
function isAcronymOfNoBody(ctx: EntityContext, at: number): boolean {
  const { tokens, text } = ctx;
  const word = tokens[at].text;
  if (isOrdinaryWord(word.replace(/\./g, ''), undefined, ACRONYM_NAME_TAGS)) return true;
  const next = tokens[at + 1];
  if (next && /^\d+$/.test(next.text) && /^[ \t-]$/.test(text.slice(tokens[at].end, next.start))) return true;
  return isStateCodeAfterTown(text, tokens[at]);
}

/** "West Palm Beach, FL": `code` is a US state's postal code right after a capitalised word and ", ". */
export function isStateCodeAfterTown(text: string, code: { start: number; text: string }): boolean {
  if (!wordLists().usStateCodes.has(code.text)) return false;
  const town = /(\p{Lu}[\p{L}.'’-]*),[ \t]+$/u.exec(text.slice(Math.max(0, code.start - 40), code.start));
  return town !== null && town[1] !== town[1].toUpperCase();
}

/** The token at `last` is followed by a colon and a capitalised word, in mid-sentence. */
function beforeSubtitle(ctx: EntityContext, last: number): boolean {
  const next = ctx.tokens[last + 1];
  return next !== undefined && next.capitalised && /^:[ \t]+$/.test(ctx.text.slice(ctx.tokens[last].end, next.start));
}

/**
 * The capitalised words from token `at` (up to `last` at most, connectors such as "of" ending
 * them) are a news outlet's name ("Kansas City Star" from "Kansas"): a place it opens is part of
 * that name, not a mention of its own; a person guessed there is none.
 */
export function opensOutletName(ctx: EntityContext, at: number, last = runEnd(ctx, at)): boolean {
  let end = at;
  while (end < last && ctx.tokens[end + 1].capitalised) end++;
  return end > at && outletTypeOf(ctx.text, ctx.tokens.slice(at, end + 1)) === 'MediaOutlet';
}

/**
 * "as Nacer Chadli replaced Axel Witsel": two or three capitalised words in mid-sentence that no
 * list knows, none of them an ordinary English word (compromise's lexicon, or written in lower case
 * in the same article), with no capital, digit or hyphenated capital around them, are a person's
 * name. Bodies, places and works without a head word ("Sea Org", "Counter-Strike") mostly contain
 * an ordinary word and fail the test.
 */
function looksLikeUnknownPerson(ctx: EntityContext, words: Token[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  for (const w of words) {
    if (w.possessive && w !== words[words.length - 1] || !isUnknownNameWord(ctx, w)) return false;
  }
  const last = words[words.length - 1];
  const at = ctx.tokens.indexOf(last);
  const next = ctx.tokens[at + 1];
  if (next && /^[ \t]+$/.test(ctx.text.slice(last.end, next.start)) && (next.capitalised || /^\d/.test(next.text))) return false;
  if (titleAt(ctx.text, words[0].start)) return false;
  // Evidence that it is a person: an aside about them ("Khairi Saadallah, 25,", ", who"), or the
  // surname standing alone elsewhere in the article ("Saadallah was arrested").
  if (/^,[ \t]+(?:who|whose|aged|\d{1,3}[,)])/u.test(ctx.text.slice(last.end, last.end + 12))) return true;
  // Or the subject of a verb that only a person does ("and Ferjani Sassi scored from the spot").
  if (next && /^[ \t]+$/.test(ctx.text.slice(last.end, next.start)) && wordLists().humanSubjectVerbs.has(next.text)) return true;
  // Or described by a noun of a person right before it ("astronaut Christer Fuglesang").
  if (followsPersonNoun(ctx, ctx.tokens.indexOf(words[0]))) return true;
  return ctx.tokens.some((t, i) => t.text === last.text && i !== at && aloneAt(ctx, i));
}

/**
 * A capitalised word that may be part of an unknown person's name: no acronym, digit, hyphenated
 * capital or single letter, no word of the gazetteer, the head-word lists or the lexicon, no word
 * written in lower case elsewhere in the article, no word that describes a person's faith or side
 * ("The Atheist Muslim", a book).
 */
function isUnknownNameWord(ctx: EntityContext, w: Token): boolean {
  if (w.allCaps || /\d|-\p{L}/u.test(w.text) || w.text.length < 2) return false;
  if (entriesFor(w.text).length > 0 || isNameHead(w.text) || isOrdinaryWord(w.text)) return false;
  if (wordLists().personDescriptors.has(w.text)) return false;
  return !lowerCaseWords(ctx).has(w.text.toLowerCase());
}

/** The token at `i` is not part of a longer capitalised run. */
function aloneAt(ctx: EntityContext, i: number): boolean {
  const { tokens, text } = ctx;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const joined = (a: Token | undefined, b: Token | undefined) => a && b && /^[ \t]+$/.test(text.slice(a.end, b.start));
  if (prev && prev.capitalised && !prev.possessive && joined(prev, tokens[i]) && !ctx.sentenceStartTokens.has(i - 1)) return false;
  return !(next && next.capitalised && !tokens[i].possessive && joined(tokens[i], next));
}

/** "II", "2", "Two": a Roman numeral, digits or a cardinal number word. */
function isNumeral(word: string): boolean {
  return /^(?:[IVX]+|\d+)$/.test(word) || lexiconTags(word).includes('Cardinal');
}
