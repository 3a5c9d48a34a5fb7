// Lines -> paragraphs. Scraped text has one paragraph per line; text from e-mail, wire feeds or
// terminals is hard-wrapped at a fixed width, one paragraph spread over several lines with blank
// lines between paragraphs. Wrapped paragraphs are joined back; anything else keeps its lines.

/** Lines at least this long (except a paragraph's last) look like a fixed-width wrap. */
const WRAP_MIN_LINE = 40;
/** ... and no longer than this: a wrap width. */
const WRAP_MAX_LINE = 100;

/** Splits a normalised body into paragraphs (one string each). */
export function splitParagraphs(text: string): string[] {
  const chunks = text.split(/\n{2,}/);
  const out: string[] = [];
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    if (isHardWrapped(lines)) out.push(lines.join(' '));
    else out.push(...lines);
  }
  return out;
}

/**
 * A chunk is one wrapped paragraph when it has several lines, every line but the last is of wrap
 * length and does not end a sentence-like unit on its own that the next line starts afresh (the
 * next line starts in lower case, or the line does not end with terminal punctuation).
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i];
    if (line.length < WRAP_MIN_LINE || line.length > WRAP_MAX_LINE) return false;
    const endsSentence = /[.!?:"”’)]$/.test(line);
    const nextStartsLower = /^[\p{Ll}(,;]/u.test(lines[i + 1]);
    if (endsSentence && !nextStartsLower && line.length < WRAP_MAX_LINE - 25) return false;
  }
  return true;
}
