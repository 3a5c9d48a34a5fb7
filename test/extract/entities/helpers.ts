// Builds a CleanArticle around a piece of text, for entity tests.
import type { CleanArticle, EntityMention } from '../../../src/types';
import { layoutText } from '../../../src/extract/text';
import { extractEntityMentions } from '../../../src/extract/entities';
import { buildContext } from '../../../src/extract/entities/context';
import type { EntityContext } from '../../../src/extract/entities/rule';

export function articleOf(text: string): CleanArticle {
  return {
    key: 'article:test',
    sourcePath: 'test',
    title: null,
    url: null,
    outlet: null,
    publishedAt: null,
    author: null,
    language: 'en',
    text,
    removed: [],
    captions: [],
    credits: [],
    videoTitles: [],
    guessed: {},
    contentHash: '',
    wordCount: 0,
  };
}

export function contextOf(text: string): EntityContext {
  return buildContext(articleOf(text), layoutText(text));
}

export function mentionsOf(text: string): EntityMention[] {
  return extractEntityMentions(articleOf(text), layoutText(text));
}

/** "Type:text" per mention, in text order: compact to compare in tables. */
export function brief(mentions: EntityMention[]): string[] {
  return mentions.map((m) => `${m.type}:${m.text}`);
}
