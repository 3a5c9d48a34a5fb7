// Short forms of organisation names: "the Church of Scientology ... the Church says", "the
// University of Southern Indiana ... the University", "the European Commission ... the
// Commission", "Apple Inc. ... the Company". News names a body once in full and afterwards by its
// capitalised head noun after "the"; the capital is what tells the short form ("the Church") from
// the common noun ("the church"). The extract stage finds no such mention (a lone common word is
// no name), so the spans are looked for here, in the text, once the article's bodies are known.
//
// A short form joins the one body named in full earlier in the article whose head it is; when two
// bodies share the head ("the Department" after two departments) it joins neither. Headlines (whose
// capitals are casing) and stretches that never hold entities (photo credits) are skipped.
import type { Span } from '../../types';
import type { TextLayout } from '../../extract/text';
import { isBodyHead, isStopWord, wordLists } from '../../extract/entities/word-lists';
import { loadEntityData } from './data';
import type { KeyedMention } from './roles';
import type { Identity } from './identity';
import { orgKey } from '../../keys';

/** The part of head-words.json this module reads. */
interface ShortFormWordsFile {
  notShortFormHeads: string[];
  shortFormHeadsBeforeOf: string[];
}

const BODY_TYPES = new Set(['Organization', 'MediaOutlet']);
/** A name's head stands before its first "of", "for" or "on": "Church of Scientology", "Committee on Foreign Relations". */
const HEAD_BEFORE = /^(.+?)[ \t]+(?:of|for|on)[ \t]/u;
/** The head word a firm's name ending in a legal form ("Apple Inc.") is called by. */
const FIRM_HEAD = 'Company';
/**
 * "the Church", "The University's": "the", one capitalised word (group 2), and neither another
 * letter, digit nor hyphen after it ("the Church-run school" is no mention of the Church).
 */
const SHORT_FORM = /(?<![\p{L}\p{N}'’-])(the|The)[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}-])/gu;
/** After the head: a fuller name goes on ("the University of Texas", "the Church Council"). */
const NAME_GOES_ON = /^(?:['’]s)?[ \t]+(?:(?:of|for|on)\b|\p{Lu})/u;

let shortFormWords: { excluded: Set<string>; beforeOf: Set<string> } | undefined;

function shortFormLists(): { excluded: Set<string>; beforeOf: Set<string> } {
  if (!shortFormWords) {
    const file = loadEntityData<ShortFormWordsFile>('head-words.json');
    shortFormWords = { excluded: new Set(file.notShortFormHeads), beforeOf: new Set(file.shortFormHeadsBeforeOf) };
  }
  return shortFormWords;
}

/** Heads of body names that are never written alone for the body ("Channel", "Press", "Energy"). */
function isExcludedHead(word: string): boolean {
  return shortFormLists().excluded.has(word);
}

/** A word that may be a short form: a body head, or a head of "<word> of ..." names ("House"). */
function mayBeShortForm(word: string): boolean {
  return (isBodyHead(word) || shortFormLists().beforeOf.has(word)) && !isExcludedHead(word);
}

/**
 * The capitalised noun a body's full name may be shortened to, or undefined: the word before its
 * first "of" ("Church" of "Church of Scientology"), else its last word ("Commission" of "European
 * Commission"), when that is a head of body names, or a word of head-words.json
 * shortFormHeadsBeforeOf before "of" ("House" of "House of Representatives"); "Company" for a firm
 * named with its legal form ("Apple Inc."). A one-word name has no shorter form.
 */
export function shortFormHead(name: string): string | undefined {
  const bare = name.replace(/\s+/g, ' ').trim().replace(/^the /i, '');
  if (!bare.includes(' ')) return undefined;
  const beforeOf = HEAD_BEFORE.exec(bare)?.[1];
  const head = (beforeOf ?? bare).split(' ');
  const last = head[head.length - 1].replace(/\.$/, '');
  if (wordLists().corporateSuffixes.has(last)) return head.length >= 2 ? FIRM_HEAD : undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || isExcludedHead(last)) return undefined;
  // "House of Commons" has its short form, "White House" or "Opera House" none.
  return isBodyHead(last) || (beforeOf !== undefined && shortFormLists().beforeOf.has(last)) ? last : undefined;
}

/** "Apple Inc.", "Tesla, Inc.": a mention whose name the text follows with a legal form, which the mention leaves out. */
function isFirmWithLegalForm(text: string, mention: KeyedMention): boolean {
  const suffix = /^,?[ \t]+(\p{L}+)/u.exec(text.slice(mention.end, mention.end + 12))?.[1];
  return suffix !== undefined && wordLists().corporateSuffixes.has(suffix);
}

/**
 * The text names, before the short form, some other body with the same head that no rule found:
 * "the Department of Home Affairs and the Department of Foreign Affairs" with only the second
 * extracted. Such a name is the head after another capitalised word ("Catholic Church") or before
 * "of", "for" or "on" and a capitalised word ("Department of Home Affairs"), outside the mentions
 * of `bodyKey`, of people and of places, and outside headlines.
 */
function namesAnotherBody(text: string, layout: TextLayout, keyed: KeyedMention[], shortForm: Candidate, bodyKey: string): boolean {
  // The head is one capitalised word of letters (SHORT_FORM): nothing to escape.
  const named = new RegExp(String.raw`(?:(\p{Lu}[\p{L}\p{N}.'’&-]*)[ \t]+)?(?<![\p{L}\p{N}-])${shortForm.head}(?![\p{L}\p{N}-])([ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?\p{Lu})?`, 'gu');
  for (const found of text.slice(0, shortForm.start).matchAll(named)) {
    // "A Department spokesman": a function word before the head names nothing.
    if (!(found[1] && !isStopWord(found[1])) && !found[2]) continue;
    const at = (found.index ?? 0) + (found[1] ? found[0].indexOf(shortForm.head, found[1].length) : 0);
    const inside = keyed.find((k) => k.start <= at && at < k.end);
    if (inside) {
      if (inside.key !== bodyKey && BODY_TYPES.has(inside.type)) return true;
      continue;
    }
    // Words of the body's own name that no rule found here ("CentOS Governing Board").
    const written = found[0].replace(/\s+/g, ' ');
    if (keyed.some((k) => k.key === bodyKey && k.text.replace(/\s+/g, ' ').includes(written))) continue;
    if (!inHeadline(text, layout, at)) return true;
  }
  return false;
}

/** A mention of a body by its short form. */
type ShortFormMention = KeyedMention & { shortForm: true };

interface Candidate extends Span {
  head: string;
}

/** Every capitalised "the <word>" in the text whose word could be a body's short form. */
function candidates(text: string, layout: TextLayout): Candidate[] {
  const out: Candidate[] = [];
  for (const found of text.matchAll(SHORT_FORM)) {
    const head = found[2];
    if (!mayBeShortForm(head)) continue;
    const start = (found.index ?? 0) + found[0].length - head.length;
    const end = start + head.length;
    if (NAME_GOES_ON.test(text.slice(end, end + 6))) continue;
    // "The" inside a sentence starts a title of its own ("in The Times"), not a short form.
    if (found[1] === 'The' && !isSentenceStart(text, layout, found.index ?? 0)) continue;
    out.push({ start, end, head });
  }
  return out;
}

/** Only opening quotes or brackets stand between the sentence's start and `at`. */
function isSentenceStart(text: string, layout: TextLayout, at: number): boolean {
  const sentence = layout.sentences.find((s) => s.start <= at && at < s.end);
  return sentence !== undefined && /^[\s"'“‘(\[«-]*$/u.test(text.slice(sentence.start, at));
}

/**
 * A headline-cased line: one line without a sentence break, most of whose words are capitalised
 * ("Church Says Former Member Lied"). Its capitals are casing, not names.
 */
function inHeadline(text: string, layout: TextLayout, at: number): boolean {
  const p = layout.paragraphs.find((s) => s.start <= at && at < s.end);
  if (!p) return false;
  const line = text.slice(p.start, p.end);
  if (/[.!?]["'”’)]?\s+\S/u.test(line) || /[.!?]["'”’)]?$/u.test(line)) return false;
  const words = line.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  return content.length >= 3 && content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.8;
}

/**
 * The article's mentions with the short forms of its bodies' names: each capitalised "the <Head>"
 * after the one body named earlier whose head it is becomes a mention of that body (of the word
 * alone, as names are kept without their article). A mention some rule proposed on exactly that
 * word ("Senate", taken by the gazetteer for the US Senate) takes the body's key; one that
 * overlaps it otherwise is left alone. "The <Head>" opening a sentence counts as well: the head is
 * the sentence's second word, so its capital is the writer's, not the sentence's ("The Church's
 * website is unreachable" in GUM; on Wikinews every such case was a short form). `never` holds
 * stretches that hold no entities (photo credits).
 */
export function withShortForms(text: string, layout: TextLayout, keyed: KeyedMention[], never: Span[] = []): KeyedMention[] {
  const bodies = keyed
    .filter((k) => BODY_TYPES.has(k.type))
    .map((k) => ({ mention: k, head: isFirmWithLegalForm(text, k) ? FIRM_HEAD : shortFormHead(k.text) }))
    .filter((b): b is { mention: KeyedMention; head: string } => b.head !== undefined);
  if (bodies.length === 0) return keyed;

  const found = candidates(text, layout).filter((c) => bodies.some((b) => b.head === c.head));
  const out = [...keyed];
  for (const c of found) {
    if (never.some((s) => s.start < c.end && c.start < s.end) || inHeadline(text, layout, c.start)) continue;
    const named = new Set(bodies.filter((b) => b.head === c.head && b.mention.end <= c.start).map((b) => b.mention.key));
    if (named.size !== 1) continue;
    const body = bodies.find((b) => b.mention.key === [...named][0])!.mention;
    if (namesAnotherBody(text, layout, keyed, c, body.key)) continue;
    const same = out.findIndex((k) => k.start <= c.start && c.end <= k.end && k.text.replace(/^the\s+/i, '') === c.head);
    if (same >= 0) {
      out[same] = { ...out[same], key: body.key, type: body.type, shortForm: true } as ShortFormMention;
      continue;
    }
    if (out.some((k) => k.start < c.end && c.start < k.end)) continue;
    const mention: ShortFormMention = { start: c.start, end: c.end, text: c.head, key: body.key, type: body.type, shortForm: true };
    out.push(mention);
  }
  return out;
}

/** A mention withShortForms made: "Church" is a mention of the Church of Scientology, but no name of it (no alias). */
export function isShortForm(mention: KeyedMention): boolean {
  return (mention as Partial<ShortFormMention>).shortForm === true;
}

/**
 * "the former owner of The Times" in a Los Angeles Times story: a paper calls itself by its head
 * word alone ("The Times", "the Post"), and a reader of its own pages knows which one is meant, even
 * where another paper of that name exists (the London Times). Mentions of an outlet or body whose
 * name is exactly the head word of the article's own outlet (its last word, for a name of two words
 * or more) are keyed as that outlet, with the key the graph gives the article's publisher. Returns
 * the re-keyed mentions and the outlet's identity (undefined when nothing changed).
 */
export function withOwnOutletShortForm(outlet: string | null, keyed: KeyedMention[]): { keyed: KeyedMention[]; identity?: Identity } {
  const name = outlet?.replace(/\s+/g, ' ').trim() ?? '';
  const words = name.replace(/^the /i, '').split(' ');
  const head = words[words.length - 1];
  if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(head)) return { keyed };
  const key = orgKey(name);
  let changed = false;
  const out = keyed.map((k) => {
    if (!BODY_TYPES.has(k.type) || k.key === key || k.text.replace(/\s+/g, ' ').trim().replace(/^the /i, '') !== head) return k;
    changed = true;
    return { ...k, key, type: 'MediaOutlet', shortForm: true } as ShortFormMention;
  });
  return changed ? { keyed: out, identity: { key, type: 'MediaOutlet', name } } : { keyed };
}
