// In-memory graph assembly (graphology): one typed graph per article, merged per batch.
export { buildArticleGraph, spanText, type BuildOptions } from './build';
export { createArticleGraph, mergeBatch, mergeEdge, mergeNode, type ArticleGraph } from './merge';
export * from './model';
