// Windows-1252, the encoding most often mislabelled or mixed up with Latin-1. Node's TextDecoder
// decodes this label as Latin-1 (bytes 0x80-0x9F become C1 control characters), so the 0x80-0x9F
// row of the encoding standard's table is kept here. Undefined bytes stay as the C1 control.
export const WINDOWS_1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? WINDOWS_1252_80_9F[b - 0x80] : String.fromCharCode(b);
  return out;
}
