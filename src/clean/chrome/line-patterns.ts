// Single lines of page chrome recognised by their wording: "listen to this article" widgets,
// share and follow buttons, newsletter sign-ups, advert labels, "read more" links, cookie notices.
import { compilePatterns, loadCleanData } from '../data';
import { type ChromeDocument, type ChromeRule, keptBlocks, removeBlock, wordCount } from './document';

interface LineRuleData {
  id: string;
  reason: string;
  maxWords: number;
  prefix?: boolean;
  patterns: string[];
}

interface LineRule extends Omit<LineRuleData, 'patterns'> {
  patterns: RegExp[];
}

let rules: LineRule[] | undefined;

function lineRules(): LineRule[] {
  rules ??= loadCleanData<{ lineRules: LineRuleData[] }>('chrome-lines.json').lineRules.map((r) => ({
    ...r,
    patterns: compilePatterns(r.patterns),
  }));
  return rules;
}

/** What a line of chrome is, and how much of it: the whole line, or a widget prefix before real text. */
export function matchChromeLine(text: string): { reason: string; length: number } | null {
  const line = text.trim();
  const words = wordCount(line);
  for (const rule of lineRules()) {
    for (const re of rule.patterns) {
      const m = re.exec(line);
      if (!m) continue;
      if (m[0].length === line.length) return { reason: rule.reason, length: line.length };
      // A widget glued to the start of a real paragraph: only the widget goes.
      if (rule.prefix) return { reason: rule.reason, length: m[0].length };
      // Otherwise the pattern names the start of a short line of chrome.
      if (words <= rule.maxWords) return { reason: rule.reason, length: line.length };
    }
  }
  return null;
}

export const linePatterns: ChromeRule = {
  id: 'line-patterns',
  apply(doc: ChromeDocument) {
    for (const block of keptBlocks(doc)) {
      const found = matchChromeLine(block.text);
      if (!found) continue;
      doc.scraped = true;
      if (found.length >= block.text.length) removeBlock(doc, block, found.reason);
      else {
        doc.removed.push({ text: block.text.slice(0, found.length).trim(), reason: found.reason });
        block.text = block.text.slice(found.length).trim();
      }
    }
  },
};
