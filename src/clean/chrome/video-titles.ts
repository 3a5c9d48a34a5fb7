// Titles of embedded videos: on scraped pages a video player leaves its title as a line of its own
// between paragraphs ("Macron on virtual meeting with Starmer about Ukraine peacekeeping mission").
// The title often names an event, so it is kept in CleanArticle.videoTitles for the event extractor.
// Judged by shape alone, so it only runs on text already shown to be scraped: on clean text a
// headline-shaped line is a subheading or a gallery caption and stays.
import { isHeadlineShaped } from './headline';
import { type ChromeDocument, type ChromeRule, keptBlocks, removeBlock, wordCount } from './document';

const MIN_WORDS = 5;
const MAX_WORDS = 20;

export function isVideoTitleShaped(text: string): boolean {
  const words = wordCount(text);
  if (words < MIN_WORDS || !isHeadlineShaped(text, MAX_WORDS)) return false;
  // Subheadings set in capitals, questions and quoted lines are not video titles.
  if (text === text.toUpperCase() || /[?!"”’]$/.test(text)) return false;
  return true;
}

export const videoTitles: ChromeRule = {
  id: 'video-titles',
  needsScrapedEvidence: true,
  // In HTML such lines are subheadings or list items; a player's title is not part of the text.
  only: 'text',
  apply(doc: ChromeDocument) {
    const kept = keptBlocks(doc);
    // Only between paragraphs of the body: never the first or last line.
    for (let i = 1; i < kept.length - 1; i++) {
      const block = kept[i];
      if (block.caption || !isVideoTitleShaped(block.text)) continue;
      doc.videoTitles.push(block.text);
      removeBlock(doc, block, 'video-title');
    }
  },
};
