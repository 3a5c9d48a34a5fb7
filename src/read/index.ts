// Stage `read`: files, folders, .gz, JSON, JSON Lines and HTML -> RawArticle. A bad input yields
// a ReadError naming the file (and line) and the reason, and reading goes on with the rest.
import { readFileSync, statSync } from 'node:fs';
import type { RawArticle, ReadError } from '../types';
import { decodeHtml, decodeText, gunzipLimited } from './decode';
import { inputKind, listFolder, type InputKind } from './files';
import { recordToArticle } from './records';

export interface ReadOptions {
  /** Largest input file accepted, in bytes (also applied to the decompressed size of .gz files). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<RawArticle | ReadError> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (err) {
      yield { sourcePath: path, reason: `cannot read: ${describeFsError(err)}` };
      continue;
    }
    const files = isFolder ? safeList(path) : [path];
    if ('reason' in files) {
      yield files;
      continue;
    }
    for (const file of files) yield* readFile(file, maxBytes);
  }
}

function safeList(folder: string): string[] | ReadError {
  try {
    return listFolder(folder);
  } catch (err) {
    return { sourcePath: folder, reason: `cannot list folder: ${describeFsError(err)}` };
  }
}

/** Every article of one file (several for JSON arrays and JSON Lines). */
export function* readFile(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Generator<RawArticle | ReadError> {
  const kind = inputKind(path);
  if (!kind) {
    yield { sourcePath: path, reason: 'unsupported file type (expected .txt, .html, .htm, .json, .jsonl, or .gz of them)' };
    return;
  }
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      yield { sourcePath: path, reason: `over the size limit (${size} bytes > ${maxBytes})` };
      return;
    }
    bytes = readFileSync(path);
  } catch (err) {
    yield { sourcePath: path, reason: `cannot read: ${describeFsError(err)}` };
    return;
  }
  if (kind.gzipped) {
    const unzipped = gunzipLimited(bytes, maxBytes);
    if ('reason' in unzipped) {
      yield { sourcePath: path, reason: unzipped.reason };
      return;
    }
    bytes = unzipped;
  }
  const decoded = kind.kind === 'html' ? decodeHtml(bytes) : decodeText(bytes);
  if ('reason' in decoded) {
    yield { sourcePath: path, reason: decoded.reason };
    return;
  }
  yield* parseText(path, kind.kind, decoded.text);
}

/** Articles of already-decoded file content. */
export function* parseText(path: string, kind: InputKind, text: string): Generator<RawArticle | ReadError> {
  switch (kind) {
    case 'text':
      // Scraped "text" files are sometimes whole pages saved under .txt.
      yield { sourcePath: path, format: looksLikeHtml(text) ? 'html' : 'text', body: text };
      return;
    case 'html':
      yield { sourcePath: path, format: 'html', body: text };
      return;
    case 'json':
      yield* parseJson(path, text);
      return;
    case 'jsonl':
      yield* parseJsonLines(path, text);
      return;
  }
}

function* parseJson(path: string, text: string): Generator<RawArticle | ReadError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    yield { sourcePath: path, reason: `malformed JSON: ${(err as Error).message}` };
    return;
  }
  const records = Array.isArray(value) ? value : [value];
  for (let i = 0; i < records.length; i++) {
    const sourcePath = Array.isArray(value) ? `${path}#${i}` : path;
    const article = recordToArticle(records[i], sourcePath);
    yield 'reason' in article ? { sourcePath, reason: article.reason } : article;
  }
}

/** One record per non-blank line; "file.jsonl#N" with N the 0-based record index. */
function* parseJsonLines(path: string, text: string): Generator<RawArticle | ReadError> {
  const lines = text.split('\n');
  let index = 0;
  for (let lineNo = 1; lineNo <= lines.length; lineNo++) {
    const line = lines[lineNo - 1].trim();
    if (line === '') continue;
    const sourcePath = `${path}#${index++}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { sourcePath: path, line: lineNo, reason: `malformed JSON line: ${(err as Error).message}` };
      continue;
    }
    const article = recordToArticle(value, sourcePath);
    yield 'reason' in article ? { sourcePath: path, line: lineNo, reason: article.reason } : article;
  }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 1024));
}

function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return e.message;
  }
}
