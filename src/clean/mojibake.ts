// Repair of mojibake: UTF-8 bytes that were decoded as Windows-1252 (or Latin-1) somewhere upstream,
// so that "’" shows as "â€™" and a no-break space as "Â ". Each suspicious run is turned back into
// the bytes it came from and decoded as UTF-8; it is replaced only when that decoding is valid.

const UTF8 = new TextDecoder('utf-8', { fatal: true });

// Windows-1252 bytes 0x80-0x9F (the encoding standard's table; Node's TextDecoder treats this label
// as Latin-1, so it cannot be used). Undefined bytes are left as the Latin-1 C1 control they show as.
const WINDOWS_1252_80_9F = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

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

export function repairMojibake(text: string): MojibakeResult {
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
