// The order of the stages, in one place. Every stage is a pure function from one typed record to
// the next; only src/load talks to Neo4j.
//
//   read  -> RawArticle           (files, folders, .gz, JSON Lines, HTML)
//   clean -> CleanArticle         (chrome out, mojibake repaired, main text from HTML)
//   extract + resolve, per article:
//     entity mentions -> resolved entities and roles (coreference, identity keys)
//     dates (normalised against the reference date)
//     quotes with speakers and sources   (need the entities)
//     events, merged within the article  (need entities, dates, quotes)
//     stances                            (need entities and quotes)
//   resolve, per batch: same-story links, events merged across articles
//   graph -> load (src/graph, src/load)
import type { CleanArticle, Extraction, RawArticle, ReadError } from './types';
import { readInputs, type ReadOptions } from './read';
import { cleanArticle } from './clean';
import { layoutText } from './extract/text';
import { extractEntityMentions } from './extract/entities';
import { resolveEntities } from './resolve/entities';
import { EntityIndex } from './resolve/entity-index';
import { chooseReferenceDate } from './resolve/reference-date';
import { extractDates } from './extract/dates';
import { extractQuotes } from './extract/quotes';
import { extractEvents } from './extract/events';
import { extractStances } from './extract/stances';
import { linkSameStories, storySignature, type StorySignature } from './resolve/same-story';
import { mergeEventsAcrossArticles } from './resolve/events-across';

export interface ExtractOptions {
  /** Date of ingestion (YYYY-MM-DD), the last fallback for the reference date. No hidden clock. */
  ingestDate: string;
}

/** Every per-article stage after cleaning. */
export function extractArticle(article: CleanArticle, options: ExtractOptions): Extraction {
  const layout = layoutText(article.text);
  const reference = chooseReferenceDate(article, options.ingestDate);
  const { entities, roles } = resolveEntities(article, layout, extractEntityMentions(article, layout));
  const index = new EntityIndex(entities, roles);
  const dates = extractDates(article.text, layout, reference.date, { referenceIsLowerBound: reference.lowerBound });
  const quotes = extractQuotes(article, layout, index);
  const events = extractEvents(article, layout, index, dates, quotes);
  const stances = extractStances(article, layout, index, quotes);
  return {
    article: {
      key: article.key,
      sourcePath: article.sourcePath,
      title: article.title,
      url: article.url,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      referenceDate: reference.date,
      referenceDateSource: reference.source,
      language: article.language,
      text: article.text,
      removed: article.removed,
      sameStoryAs: [],
      contentHash: article.contentHash,
      wordCount: article.wordCount,
      author: article.author,
      credits: article.credits,
    },
    entities,
    roles,
    dates,
    quotes,
    events,
    stances,
    warnings: [],
  };
}

export interface BatchResult {
  extractions: Extraction[];
  errors: ReadError[];
  /** Articles not extracted because `isUnchanged` said they are already loaded as they are. */
  unchanged: Pick<CleanArticle, 'key' | 'contentHash' | 'sourcePath'>[];
  /** Story signatures of the extracted articles by key, computed once for same-story links and stored on each Article by the loader. */
  signatures: Map<string, StorySignature>;
}

export interface BatchOptions extends ExtractOptions, ReadOptions {
  /** Signatures of articles already in the graph, for same-story links against them. */
  knownStories?: StorySignature[];
  /** Called after each input article, for progress display. */
  onArticle?: (done: number) => void;
  /** True for a cleaned article already in the graph with the same content: its extraction is skipped (reload). */
  isUnchanged?: (article: CleanArticle) => boolean;
}

/** Reads, cleans and extracts every input, then runs the batch-level resolution. */
export async function extractBatch(paths: string[], options: BatchOptions): Promise<BatchResult> {
  const errors: ReadError[] = [];
  const perArticle: Extraction[] = [];
  const cleaned: CleanArticle[] = [];
  const unchanged: BatchResult['unchanged'] = [];
  for await (const item of readInputs(paths, options)) {
    if (isReadError(item)) {
      errors.push(item);
      continue;
    }
    try {
      const article = cleanArticle(item);
      cleaned.push(article);
      if (options.isUnchanged?.(article)) unchanged.push({ key: article.key, contentHash: article.contentHash, sourcePath: article.sourcePath });
      else perArticle.push(extractArticle(article, options));
    } catch (err) {
      errors.push({ sourcePath: item.sourcePath, reason: (err as Error).message });
    }
    options.onArticle?.(perArticle.length + unchanged.length + errors.length);
  }
  const signatures = new Map<string, StorySignature>();
  // Same-story links are made when an article is written; a batch of articles all found unchanged
  // (a reload with nothing to do) writes nothing, and its signatures would cost more than reading
  // and cleaning it did.
  if (perArticle.length === 0) return { extractions: [], errors, unchanged, signatures };
  for (const a of cleaned) if (!signatures.has(a.key)) signatures.set(a.key, storySignature(a));
  const links = linkSameStories(cleaned, options.knownStories ?? [], signatures);
  for (const x of perArticle) x.article.sameStoryAs = links.get(x.article.key) ?? [];
  return { extractions: mergeEventsAcrossArticles(perArticle), errors, unchanged, signatures };
}

export function isReadError(item: RawArticle | ReadError): item is ReadError {
  return 'reason' in item;
}
