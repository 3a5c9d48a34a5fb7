// Repair of mojibake: UTF-8 bytes that were decoded as Windows-1252 (or Latin-1) somewhere upstream,
// so that "’" shows as "â€™" and a no-break space as "Â ". Each suspicious run is turned back into
// the bytes it came from and decoded as UTF-8; it is replaced only when that decoding is valid.

import { WINDOWS_1252_80_9F } from '../read/windows-1252';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Character -> the byte that displays as it in Windows-1252 or in Latin-1. */
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) {
  BYTE_OF.set(String.fromCharCode(b), b);
  if (b <= 0x9f) BYTE_OF.set(WINDOWS_1252_80_9F[b - 0x80], b);
}

// Characters that stand for a continuation byte (0x80-0xBF) in either decoding.
const CONTINUATION = [...BYTE_OF].filter(([, b]) => b >= 0x80 && b <= 0xbf).map(([c]) => c);
const CONT_CLASS = `[${CONTINUATION.map(escapeForClass).join('')}]`;
// A lead byte of a 2-, 3- or 4-byte sequence (0xC2-0xF4) is always a Latin-1 letter in both decodings.
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${CONT_CLASS}|[\\u00e0-\\u00ef]${CONT_CLASS}{2}|[\\u00f0-\\u00f4]${CONT_CLASS}{3}`, 'g');
// "Â" left alone before a space or line end: the lead byte of a no-break space (C2 A0) whose second
// byte was turned into a plain space or dropped. "Â" is not a word of any language on its own.
const STRAY_A_CIRCUMFLEX = /(?<=\S)\u00c2(?=[ \t\u00a0]|$)|^\u00c2(?=[ \t\u00a0])/gm;

export interface MojibakeResult {
  text: string;
  /** How many sequences were repaired. */
  repairs: number;
}

// Every mojibake run starts with one of these; most texts have none and are returned at once.
const MAY_HAVE_MOJIBAKE = /[\u00c2-\u00f4]/;

export function repairMojibake(text: string): MojibakeResult {
  if (!MAY_HAVE_MOJIBAKE.test(text)) return { text, repairs: 0 };
  let repairs = 0;
  let out = text.replace(SEQUENCE, (run) => {
    const bytes = Uint8Array.from([...run].map((c) => BYTE_OF.get(c) ?? 0));
    try {
      const decoded = UTF8.decode(bytes);
      repairs++;
      return decoded;
    } catch {
      return run;
    }
  });
  out = out.replace(STRAY_A_CIRCUMFLEX, () => {
    repairs++;
    return '';
  });
  return { text: out, repairs };
}

function escapeForClass(c: string): string {
  return /[\\\]^-]/.test(c) ? `\\${c}` : c;
}
