// Photo credits leave the body and are kept as metadata; the caption they close stays in the body
// and is marked as a caption (captions carry facts, e.g. the date of an event in the photo).
//   "... in Paris on March 15, 2025. (KIRAN RIDLEY/POOL/AFP via Getty Images)"  credit after a caption
//   "Alex Wong | Getty Images", "© Aaron Schwartz"                               a credit on its own line
//   "... shortly after opening Friday. Image: Nick Moreau."                      a prefixed credit
import { escapeRegExp, loadCleanData } from '../data';
import { type Block, type ChromeDocument, type ChromeRule, keptBlocks, removeBlock, wordCount } from './document';

interface CreditWords {
  agencies: string[];
  prefixes: string[];
}

function buildPatterns() {
  const words = loadCleanData<CreditWords>('credits.json');
  const agency = new RegExp(String.raw`(?<![\p{L}])(?:${words.agencies.map(escapeRegExp).join('|')})(?![\p{L}])`, 'iu');
  const prefix = words.prefixes.map(escapeRegExp).join('|');
  return {
    agency,
    // A bracketed group closing the line.
    trailingGroup: /\s*[([]([^()[\]]{2,120})[)\]]\s*$/u,
    // "Image: Nick Moreau." after the end of a sentence, or a whole line "Photo: ...".
    trailingPrefixed: new RegExp(String.raw`(?:^|(?<=[.!?"”’]))\s*(?:${prefix})\s*(?:credit)?\s*:\s*([^.:]{2,80}?)\.?\s*$`, 'iu'),
    // "Alex Wong | Getty Images", "Reuters/Jane Doe" as a whole line.
    standalone: /^(?:©|\(c\)|copyright)\s*\S.{0,80}$|^[^.!?|]{2,60}(?:\s*[|/]\s*[^.!?|]{2,60})+$/iu,
    // "(File: Reuters)", "[Photo: Jane Doe]": a labelled credit needs no sentence end before it.
    labelled: new RegExp(String.raw`^(?:${prefix}|file(?: photo)?)\s*:`, 'iu'),
    // A line that is only an agency's name ("The Associated Press").
    agencyOnly: new RegExp(String.raw`^(?:the\s+)?(?:${words.agencies.map(escapeRegExp).join('|')})\.?$`, 'iu'),
  };
}

let patterns: ReturnType<typeof buildPatterns> | undefined;

export interface CreditSplit {
  /** The text left in the body (possibly empty). */
  rest: string;
  credit: string;
}

/** The photo credit of a line, if it has one. */
export function findCredit(line: string): CreditSplit | null {
  patterns ??= buildPatterns();
  const text = line.trim();
  const group = /[)\]]$/.test(text) ? patterns.trailingGroup.exec(text) : null;
  if (group) {
    const inner = group[1].trim();
    const before = text.slice(0, group.index).trim();
    const creditLike = patterns.agency.test(inner) && (/[/]|\bvia\b/i.test(inner) || wordCount(inner) <= 6);
    // The group must stand apart from the sentence: after its end, as the whole line, or labelled.
    if (creditLike && (before === '' || /[.!?"”’]$/.test(before) || patterns.labelled.test(inner))) return { rest: before, credit: inner };
  }
  const prefixed = patterns.trailingPrefixed.exec(text);
  if (prefixed && wordCount(prefixed[1]) <= 8) {
    return { rest: text.slice(0, prefixed.index).trim(), credit: text.slice(prefixed.index).trim().replace(/\.$/, '') };
  }
  if (patterns.agencyOnly.test(text)) return { rest: '', credit: text };
  if (wordCount(text) <= 8 && patterns.standalone.test(text) && (patterns.agency.test(text) || /^(?:©|\(c\)|copyright)/i.test(text))) {
    return { rest: '', credit: text };
  }
  return null;
}

function takeCredit(doc: ChromeDocument, block: Block, split: CreditSplit): void {
  doc.credits.push(split.credit.replace(/^(?:©|\(c\))\s*/i, '').trim());
  if (split.rest === '') {
    removeBlock(doc, block, 'photo-credit');
    return;
  }
  doc.removed.push({ text: split.credit, reason: 'photo-credit' });
  block.text = split.rest;
  block.caption = true;
}

export const photoCredits: ChromeRule = {
  id: 'photo-credits',
  apply(doc: ChromeDocument) {
    const kept = keptBlocks(doc);
    for (let i = 0; i < kept.length; i++) {
      const split = findCredit(kept[i].text);
      if (!split) continue;
      takeCredit(doc, kept[i], split);
      // A credit on its own line closes the caption just above it.
      if (split.rest === '' && i > 0 && !kept[i - 1].removedAs && wordCount(kept[i - 1].text) <= 60) {
        kept[i - 1].caption = kept[i - 1].caption || looksLikeCaption(kept[i - 1].text);
      }
    }
  },
};

/** Captions describe a picture in one or two sentences. */
function looksLikeCaption(text: string): boolean {
  return wordCount(text) <= 60 && !/[“”"]/.test(text);
}
