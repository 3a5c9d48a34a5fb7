// The chrome rules in the order they run. Order matters: the dateline and headline are read before
// anything else touches the top; the related-links block is cut before line rules look at teasers;
// credits mark captions before the video-title rule, which must not take a caption for a title.
import type { ChromeDocument, ChromeRule } from './document';
import { repeatedHeadline } from './headline';
import { dateline } from './dateline';
import { relatedLinks } from './related-links';
import { linePatterns } from './line-patterns';
import { photoCredits } from './photo-credits';
import { videoTitles } from './video-titles';

export const CHROME_RULES: ChromeRule[] = [dateline, repeatedHeadline, relatedLinks, linePatterns, photoCredits, videoTitles];

export function removeChrome(doc: ChromeDocument, rules: ChromeRule[] = CHROME_RULES): ChromeDocument {
  for (const rule of rules) {
    if (rule.needsScrapedEvidence && !doc.scraped) continue;
    if (rule.only && rule.only !== doc.source) continue;
    rule.apply(doc);
  }
  return doc;
}

export type { Block, ChromeDocument, ChromeRule } from './document';
