// Same-story detection: copies of one story (a scraped page and its clean text, syndicated wire
// copies) are found with MinHash signatures over word shingles and LSH banding, so candidate pairs
// come from shared band buckets rather than comparing every pair of articles.
import type { CleanArticle, SameStoryLink } from '../types';
import { normaliseForHash } from '../keys';

/** What is kept of an article to find its same-story copies later (stored on the Article node). */
export interface StorySignature {
  key: string;
  signature: number[];
  /** Number of distinct shingles, to turn Jaccard estimates into containment (one copy inside another). */
  shingles?: number;
}

/** Words per shingle: long enough that unrelated articles share few, short enough to survive edits. */
export const SHINGLE_WORDS = 5;
/** Signature length = BANDS x ROWS. 64 bands of 2 rows make a pair a candidate with probability
 * 1-(1-J^2)^64: 0.998 at Jaccard 0.3 (a clean copy inside a page that kept much chrome), 0.47 at 0.1,
 * 0.006 at 0.01 (unrelated articles), so few candidates need checking and few copies are missed. */
export const BANDS = 64;
export const ROWS = 2;
export const SIGNATURE_LENGTH = BANDS * ROWS;
/** Similarity (see storySimilarity) from which two articles are the same story. Syndicated copies
 * with different headers and footers score 0.6-0.95; different stories on one topic stay under 0.3. */
export const SAME_STORY_THRESHOLD = 0.6;
/** Smallest article (in shingles, about its word count) judged by containment as well as Jaccard. */
export const MIN_SHINGLES_FOR_CONTAINMENT = 80;

// Fixed seeds: signatures must be comparable across runs and machines (they are stored in Neo4j).
const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finaliser: spreads the bits of a 32-bit value. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the article's word shingles (a set: repeated shingles count once). */
export function shingleHashes(text: string): Set<number> {
  const words = (normaliseForHash(text).match(/[\p{L}\p{N}]+/gu) ?? []).map(fnv1a);
  const out = new Set<number>();
  if (words.length === 0) return out;
  const n = Math.min(SHINGLE_WORDS, words.length);
  for (let i = 0; i + n <= words.length; i++) {
    // Order-sensitive combination of the word hashes of the shingle.
    let h = 0;
    for (let k = 0; k < n; k++) h = mix32(Math.imul(h, 31) ^ words[i + k]);
    out.add(h);
  }
  return out;
}

/** MinHash signature of a set of shingle hashes: for each seed, the least mixed hash. */
function minHash(shingles: Set<number>): number[] {
  const signature = new Array<number>(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const v = mix32(h ^ SEEDS[i]);
      if (v < signature[i]) signature[i] = v;
    }
  }
  return signature;
}

/** The signature to store with an article and pass back as a known story on later runs. */
export function storySignature(article: Pick<CleanArticle, 'key' | 'text'>): StorySignature {
  const shingles = shingleHashes(article.text);
  return { key: article.key, signature: minHash(shingles), shingles: shingles.size };
}

/** Share of equal positions: an estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: number[], b: number[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * Similarity of two stories: the Jaccard estimate, or, when both sizes are known, the share of the
 * shorter one found in the longer one (a clean copy inside a scraped page that kept its chrome, a
 * wire story inside a longer rewrite), whichever is higher. |A∩B| = J(|A|+|B|)/(1+J).
 */
export function storySimilarity(a: StorySignature, b: StorySignature): number {
  const jaccard = estimateJaccard(a.signature, b.signature);
  // Containment says little about a few sentences: a short brief is "contained" in every longer
  // article that quotes it. Below this size only Jaccard counts.
  if (!a.shingles || !b.shingles || Math.min(a.shingles, b.shingles) < MIN_SHINGLES_FOR_CONTAINMENT) return jaccard;
  const shared = (jaccard * (a.shingles + b.shingles)) / (1 + jaccard);
  return Math.max(jaccard, Math.min(1, shared / Math.min(a.shingles, b.shingles)));
}

/**
 * Links every article of the batch to the other articles (in the batch or already known) that
 * carry the same story. Keys of the map are article keys of the batch; links are sorted by
 * similarity, then key. Articles with the same key are one article and are not linked to themselves.
 * `signatures` holds precomputed signatures by article key (the first article of a key wins).
 */
export function linkSameStories(
  articles: CleanArticle[],
  known: StorySignature[],
  signatures: ReadonlyMap<string, StorySignature> = new Map(),
): Map<string, SameStoryLink[]> {
  const batch = new Map<string, StorySignature>();
  // Signatures the caller already computed (extractBatch keeps them for the loader) are reused.
  for (const a of articles) if (!batch.has(a.key)) batch.set(a.key, signatures.get(a.key) ?? storySignature(a));
  const all = new Map<string, StorySignature>(batch);
  for (const k of known) if (!all.has(k.key) && k.signature.length === SIGNATURE_LENGTH) all.set(k.key, k);

  // Buckets: articles whose signature rows agree in one band.
  const buckets = new Map<string, string[]>();
  for (const [key, { signature: sig }] of all) {
    for (let band = 0; band < BANDS; band++) {
      const id = `${band}:${sig.slice(band * ROWS, band * ROWS + ROWS).join(',')}`;
      const list = buckets.get(id);
      if (list) list.push(key);
      else buckets.set(id, [key]);
    }
  }
  const links = new Map<string, SameStoryLink[]>();
  const seen = new Set<string>();
  for (const keys of buckets.values()) {
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const [a, b] = keys[i] < keys[j] ? [keys[i], keys[j]] : [keys[j], keys[i]];
        const pair = `${a}\n${b}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        // Known-known pairs were linked when they were loaded.
        if (!batch.has(a) && !batch.has(b)) continue;
        const similarity = storySimilarity(all.get(a)!, all.get(b)!);
        if (similarity < SAME_STORY_THRESHOLD) continue;
        const rounded = Math.round(similarity * 1000) / 1000;
        if (batch.has(a)) push(links, a, { key: b, similarity: rounded });
        if (batch.has(b)) push(links, b, { key: a, similarity: rounded });
      }
    }
  }
  for (const list of links.values()) list.sort((x, y) => y.similarity - x.similarity || (x.key < y.key ? -1 : 1));
  return links;
}

function push(links: Map<string, SameStoryLink[]>, key: string, link: SameStoryLink): void {
  const list = links.get(key);
  if (list) list.push(link);
  else links.set(key, [link]);
}
