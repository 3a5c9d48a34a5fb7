// Refiner `drop-junk`: removes candidates that are never entities: weekdays and months, widget
// text ("NEWYou"), photo-credit text, function words capitalised at a sentence start, single
// letters, shouted all-capital "names" and people whose names hold digits or dates. Guessed people
// that name things go too: brands ("CentOS Linux"), storms, places with a prefix ("Masjid
// al-Haram"), works and animals after their noun ("the novel Angel Catbird") and names after an
// article ("the Doris Day Show"). Guessed people named like a firm ("Ernst & Young", "Alden
// Capital") become organisations.
import type { EntityMention } from '../../../types';
import type { EntityContext, EntityRefiner } from '../rule';
import { overlaps } from '../rule';
import { headWords, isNameHead, isStopWord, wordLists } from '../word-lists';
import { titleAt } from '../titles';
import { isGivenName, isInitials } from '../person-names';
import { isStateCodeAfterTown, opensOutletName } from '../rules/capitalised-sequence-rule';
import { isOrdinaryWord } from '../lexicon';
import { widgetStartsName } from '../context';

export const dropJunkRefiner: EntityRefiner = {
  id: 'drop-junk',
  refine(mentions, ctx) {
    const out: EntityMention[] = [];
    for (const m of mentions) {
      if (isJunk(m, ctx)) continue;
      if (m.type === 'Person' && (GUESSED_PERSON.test(m.rule) || m.rule.startsWith('speaker-name'))) out.push(...firmGuessedAsPerson(m, ctx));
      else out.push(m);
    }
    return out;
  },
};

/**
 * A guessed person whose name is a firm's, outlet's or band's, or two people's: as an organisation
 * when its name says so ("Ernst & Young", "Alden Capital", "Firefly Aerospace": a name joined by
 * "&", or ending in a word of head-words.json companyNameEnds); as one person per name when given
 * names alone are joined by "&" ("Wyatt & Zach": two people); dropped when the name is a
 * newspaper's ("Sacramento Bee said": the outlet rule reads it); else unchanged.
 */
export function firmGuessedAsPerson(m: EntityMention, ctx: EntityContext): EntityMention[] {
  const asFirm = (): EntityMention => ({ ...m, type: 'Organization', rule: `${m.rule.split(':')[0]}:firm-name` });
  if (m.text.includes('&')) {
    const names = [...m.text.matchAll(/[^&\s]+/gu)];
    if (names.length < 2 || !names.every((n) => isGivenName(n[0]))) return [asFirm()];
    return names.map((n) => ({ ...m, start: m.start + n.index!, end: m.start + n.index! + n[0].length, text: n[0] }));
  }
  const words = m.text.split(/\s+/);
  if (words.length >= 2 && headWords().companyNameEnds.has(words[words.length - 1])) return [asFirm()];
  const at = ctx.tokens.findIndex((t) => t.start === m.start);
  const last = ctx.tokens.findIndex((t) => t.end === m.end);
  if (words.length >= 2 && at >= 0 && last > at && opensOutletName(ctx, at, last)) return [];
  return [m];
}

/** Rules that guess a person from capital letters alone, with no title or speech verb. */
const GUESSED_PERSON = /^(?:compromise|capitalised-sequence|person-neighbours:list)/;

export function isJunk(m: EntityMention, ctx: EntityContext): boolean {
  const words = m.text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || (m.text.match(/\p{L}/gu) ?? []).length < 2) return true;
  const guessed = !m.rule.startsWith('gazetteer');
  // Guessed names start with a capital letter ("said" is not a person, whatever the tagger says).
  if (guessed && !/^[\p{Lu}\p{N}]/u.test(m.text)) return true;
  if (ctx.excluded.some((x) => overlaps(x, m))) return true;
  // Mojibake remnants ("Â", "â€") never sit inside a name.
  if (/[\u00c2\u00c3\u00e2\u20ac\ufffd]/.test(m.text) && !m.rule.startsWith('gazetteer')) return true;
  const lists = wordLists();
  // Words that are never names on their own. A known name made of them with a head word ("the
  // State Department", "Group of Seven") is still that name, unless it sits inside a longer run of
  // capitals ("Washington State Department of Health"); "The Sun" ("Sun" for Sunday) and "Getty" (a
  // photo credit) are not taken from such words.
  const knownWithHead = !guessed && words.some(isNameHead) && !insideCapitalisedRun(m, ctx);
  if (!knownWithHead && words.every((w) => isStopWord(w) || lists.nameConnectors.has(w))) return true;
  if (guessed && (lists.nonNameAcronyms.has(m.text) || lists.languages.has(m.text) || lists.religions.has(m.text))) return true;
  // "RTX 2060", "HR 6819": capitals followed by a number are a product line or a catalogue code;
  // "Denver, CO": a US state's postal code after its town.
  if (guessed && m.type === 'Organization' && /^\p{Lu}{2,}$/u.test(m.text)) {
    if (/^[ \t-]\d+(?![\p{L}\p{N}])/u.test(ctx.text.slice(m.end, m.end + 12))) return true;
    if (isStateCodeAfterTown(ctx.text, m)) return true;
  }
  // "US$ 20,000", "NZ $26 million", "HK$": a country's letters before a dollar sign name a currency.
  if (/^(?:\p{Lu}\.?){1,3}$/u.test(m.text) && /^[ \t]?\$/.test(ctx.text.slice(m.end, m.end + 2))) return true;
  // "Jupiter-like", "Trump-backed": adjectives made from names.
  if (words.some((w) => lists.adjectiveSuffixes.has(w.split('-').slice(1).pop() ?? ''))) return true;
  const dateWord = (w: string, i: number) => lists.calendar.has(w) && !(i > 0 && m.type === 'Person' && lists.monthsThatAreNames.has(w));
  const widget = (w: string, i: number) => lists.widget.has(w) && !(i === 0 && m.type !== 'Person' && widgetStartsName(ctx.text, m.start, w));
  if (words.some((w, i) => dateWord(w, i) || widget(w, i))) return guessed;
  if (m.type === 'Person') {
    if (/\d/.test(m.text)) return true;
    // A bare title ("President") is a description, handled by coreference, not a name.
    // So is an abbreviated one ("Sen" of "New Jersey Sen. Cory Booker", "Lt" of "said Lt. Matt
    // Harris"): the abbreviation's dot is outside the mention, so the title is read in the article.
    const title = titleAt(m.text, 0);
    if (title && title.end >= m.text.length) return true;
    const titleInText = titleAt(ctx.text, m.start);
    if (titleInText && titleInText.end >= m.end) return true;
    // "KIRAN RIDLEY": capitals-only people come from credits and shouting, not from prose.
    if (words.some((w) => w.length > 3 && w === w.toUpperCase() && !isInitials(w))) return true;
    // "registered for ART": a shorter capitals-only word that is an English word is no initials.
    if (words.length === 1 && /^\p{Lu}{2,3}$/u.test(m.text) && isOrdinaryWord(m.text)) return true;
    if (words.length > 5) return true;
    if (GUESSED_PERSON.test(m.rule) || m.rule.startsWith('speaker-name')) {
      // "CentOS Linux": a lower-case letter before two capitals marks a brand, never a name.
      if (words.some((w) => /\p{Ll}\p{Lu}{2}/u.test(w))) return true;
      // "Typhoon Phanfone", "Operation Barbarossa": a storm's or an operation's name.
      if (lists.namedThingPrefixes.has(words[0])) return true;
      // "Masjid al-Haram", "Mount Kenya", "Port Moresby": a place prefix starts a place's name.
      if (words.length > 1 && lists.placePrefixes.has(words[0])) return true;
    }
    if (GUESSED_PERSON.test(m.rule)) {
      const before = ctx.text.slice(Math.max(0, m.start - 20), m.start);
      // "her graphic novel Angel Catbird", "his dog Buddy": the name of a work or an animal.
      const noun = /(\p{Ll}+)[ \t]+$/u.exec(before)?.[1];
      if (noun && lists.workNouns.has(noun)) return true;
      // "the Campbell Soup cans", "the Doris Day Show", "a Beechcraft Sierra": a guessed name right
      // after an article names a thing, unless it is a plain full name used as a modifier ("the
      // James Cagney film"): a known given name and a surname, no head word.
      const plainFullName = words.length >= 2 && words.length <= 3 && isGivenName(words[0]) && !words.some(isNameHead);
      if (/(?:^|[^\p{L}])(?:the|a|an)[ \t]+$/iu.test(before) && !plainFullName) return true;
    }
    // "Richard J. Donovan Correctional Facility": a long name ending in a head word names a body or
    // place; but a known given name before a head that is also a surname ("Marc Lamont Hill",
    // "Anna Maria Hall") is a person's full name.
    const last = words[words.length - 1];
    const surnameHead = headWords().surnamePlaceHeads.has(last) && isGivenName(words[0]) && !words.slice(1, -1).some(isNameHead);
    if (words.length >= 3 && isNameHead(last) && !surnameHead) return true;
  }
  return false;
}

/** A capitalised word other than a stop word stands right before or after the mention, joined to it by a space. */
function insideCapitalisedRun(m: EntityMention, ctx: EntityContext): boolean {
  const { tokens, text } = ctx;
  const first = tokens.findIndex((t) => t.start === m.start);
  const last = tokens.findIndex((t) => t.end === m.end);
  const joined = (a: number, b: number) => tokens[a] !== undefined && tokens[b] !== undefined
    && /^[ \t]+$/.test(text.slice(tokens[a].end, tokens[b].start));
  // A function word ("The State Department") is no part of the run.
  const nameWord = (k: number) => tokens[k] !== undefined && tokens[k].capitalised && !isStopWord(tokens[k].text);
  return (first > 0 && nameWord(first - 1) && joined(first - 1, first)) || (last >= 0 && nameWord(last + 1) && joined(last, last + 1));
}
