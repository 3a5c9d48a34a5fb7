// Character-level normalisation of a body: mojibake, odd spaces, line breaks, Unicode NFC.
import { repairMojibake } from './mojibake';

// Zero-width characters that carry nothing in running text. ZWJ and ZWNJ are kept: they matter in
// Persian, Indic scripts and emoji sequences. The soft hyphen is an invisible hyphenation hint.
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
// No-break and other fixed-width spaces become a plain space.
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;

export function normaliseText(text: string): string {
  let out = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  out = repairMojibake(out).text;
  out = out.replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
  // Remaining C0/C1 control characters (other than line feed) are noise from conversions.
  out = out.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
  out = out
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
  return out.normalize('NFC');
}

/** Short metadata strings (titles, names): the same repairs, on one line. */
export function normaliseInline(text: string): string {
  return normaliseText(text).replace(/\n+/g, ' ').trim();
}
