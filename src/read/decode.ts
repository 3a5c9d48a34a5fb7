// Bytes of one input file -> text, or the reason the bytes are not usable text.
import { gunzipSync } from 'node:zlib';
import { decodeWindows1252 } from './windows-1252';

export type Decoded = { text: string } | { reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Gunzips, refusing output larger than maxBytes (a small .gz can hide a huge file). */
export function gunzipLimited(bytes: Buffer, maxBytes: number): Buffer | { reason: string } {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { reason: `over the size limit of ${maxBytes} bytes once decompressed` };
    return { reason: `not a valid gzip file (${(err as Error).message})` };
  }
}

/**
 * Text files are UTF-8 (a UTF-8 byte-order mark is dropped; UTF-16 with a byte-order mark is
 * accepted too). Binary content is recognised by NUL bytes or many control characters near the start.
 */
export function decodeText(bytes: Buffer): Decoded {
  if (bytes.length === 0) return { reason: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return nonEmpty(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return nonEmpty(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  if (looksBinary(bytes)) return { reason: 'binary file, not text' };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return nonEmpty(UTF8.decode(bytes.subarray(start)));
  } catch {
    return { reason: `invalid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes, start)})` };
  }
}

/**
 * HTML pages may declare another encoding (<meta charset="windows-1252">). Such a page is decoded
 * with it when it is not valid UTF-8; a page that declares nothing (or UTF-8) must be UTF-8.
 */
export function decodeHtml(bytes: Buffer): Decoded {
  const asUtf8 = decodeText(bytes);
  if (!('reason' in asUtf8) || !asUtf8.reason.startsWith('invalid UTF-8')) return asUtf8;
  const label = declaredCharset(bytes);
  if (!label) return asUtf8;
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii'].includes(label)) return nonEmpty(decodeWindows1252(bytes));
  try {
    return nonEmpty(new TextDecoder(label).decode(bytes));
  } catch {
    return { reason: `${asUtf8.reason}; the declared encoding "${label}" is not supported` };
  }
}

function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  const label = m?.[1].toLowerCase() ?? null;
  return label === 'utf-8' || label === 'utf8' ? null : label;
}

function nonEmpty(text: string): Decoded {
  return text.trim() === '' ? { reason: 'empty file (only white space)' } : { text };
}

// Control characters other than tab, line feed, form feed and carriage return.
function isControl(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (isControl(b)) control++;
  }
  return control > sample.length * 0.05;
}

/** Byte offset of the first malformed UTF-8 sequence, for the error message. */
export function firstInvalidUtf8(bytes: Buffer, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
