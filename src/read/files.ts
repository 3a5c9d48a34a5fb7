// Which files a list of paths stands for, and how each is read.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type InputKind = 'text' | 'html' | 'json' | 'jsonl';

const KIND_BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Kind of input by file name; ".gz" is looked through. Null when the extension is not supported. */
export function inputKind(path: string): { kind: InputKind; gzipped: boolean } | null {
  const lower = path.toLowerCase();
  const gzipped = lower.endsWith('.gz');
  const name = gzipped ? lower.slice(0, -3) : lower;
  const dot = name.lastIndexOf('.');
  const kind = dot >= 0 ? KIND_BY_EXTENSION[name.slice(dot)] : undefined;
  return kind ? { kind, gzipped } : null;
}

/**
 * Files under a folder, recursively, in a stable order (code-unit order of names at each level,
 * so the result does not depend on the file system or the locale). Hidden entries and files of
 * unsupported kinds are skipped: folders often hold READMEs and licences next to articles.
 */
export function listFolder(folder: string, visited: Set<string> = new Set()): string[] {
  // Symbolic links can make a folder contain itself; each real folder is listed once.
  const real = realpathSync(folder);
  if (visited.has(real)) return [];
  visited.add(real);
  const out: string[] = [];
  const names = readdirSync(folder).filter((n) => !n.startsWith('.')).sort(compareNames);
  for (const name of names) {
    const path = join(folder, name);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      out.push(path); // reported as unreadable when read
      continue;
    }
    if (isDir) out.push(...listFolder(path, visited));
    else if (inputKind(name)) out.push(path);
  }
  return out;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
