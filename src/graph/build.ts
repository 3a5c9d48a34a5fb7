// One article's extraction as a typed in-memory graph, keyed as in spec/graph-model.md.
//
// Provenance invariant the loader relies on: every node of an article's graph is tied to its
// Article by an evidence edge (MENTIONS, PUBLISHED_BY, CITES, REPORTED_IN or STATED_IN). Removing
// an article therefore starts from the Article node and reaches everything it contributed.
// References to an entity the article does not define are dropped with a warning instead of
// creating a nameless node.
import { orgKey } from '../keys';
import { storySignature, type StorySignature } from '../resolve/same-story';
import type { Entity, Extraction, Mention, Span } from '../types';
import { createArticleGraph, mergeEdge, mergeNode, type ArticleGraph } from './merge';
import type { NodeLabel, Properties, RelationshipType } from './model';
import { EXTRACTOR_VERSION } from '../version';

export interface BuildOptions {
  /** ISO date-time of ingestion, stored as Article.ingestedAt (passed in: no hidden clock). */
  ingestedAt?: string;
  /** The article's story signature when already computed (extractBatch's `signatures`); computed here otherwise. */
  story?: StorySignature;
  /** Every source holding the article (copies that clean to the same text share one key); default: its own. */
  sourcePaths?: string[];
}

const ENTITY_LABELS: Record<Entity['type'], NodeLabel[]> = {
  Person: ['Person'],
  Country: ['Country'],
  Organization: ['Organization'],
  MediaOutlet: ['Organization', 'MediaOutlet'],
  Place: ['Place'],
};

export function buildArticleGraph(extraction: Extraction, options: BuildOptions = {}): ArticleGraph {
  const graph = createArticleGraph();
  const { article } = extraction;
  const a = article.key;
  const warnings: string[] = [];
  const entityTypes = new Map(extraction.entities.map((e) => [e.key, e.type]));

  // The story's MinHash signature, so later batches find their copies of it (pipeline knownStories).
  const story = options.story?.key === article.key ? options.story : storySignature(article);
  const sourcePaths = options.sourcePaths?.length ? options.sourcePaths : [article.sourcePath];
  mergeNode(graph, a, ['Article'], {
    title: article.title,
    url: article.url,
    publishedAt: article.publishedAt,
    referenceDate: article.referenceDate,
    referenceDateSource: article.referenceDateSource,
    language: article.language,
    wordCount: article.wordCount,
    contentHash: article.contentHash,
    extractorVersion: EXTRACTOR_VERSION,
    // The first source (sorted), so a reload and a fresh load agree on it; all of them in sourcePaths.
    sourcePath: sourcePaths[0],
    sourcePaths,
    author: article.author ?? null,
    // The text is kept so that every span in the graph can be read back with substring().
    text: article.text,
    ingestedAt: options.ingestedAt ?? null,
    storySignature: story.signature,
    storyShingles: story.shingles ?? null,
  });


  for (const e of extraction.entities) {
    mergeNode(graph, e.key, ENTITY_LABELS[e.type], entityProps(e));
    mergeEdge(graph, 'MENTIONS', a, e.key, { count: e.mentions.length, spans: e.mentions.map(spanText) });
  }

  if (article.outlet) {
    const outlet = orgKey(article.outlet);
    mergeNode(graph, outlet, ENTITY_LABELS.MediaOutlet, { name: article.outlet, aliases: [], kind: null });
    mergeEdge(graph, 'PUBLISHED_BY', a, outlet, {});
  }

  /** Adds a shared edge between two nodes of this article, or records why it cannot. */
  const fact = (type: RelationshipType, from: string, to: string | null, props: Properties = {}, allowed?: Entity['type'][]) => {
    if (!to) return;
    for (const end of [from, to]) {
      if (!graph.hasNode(end)) {
        warnings.push(`${type} ${from} -> ${to}: ${end} is not an entity of this article`);
        return;
      }
    }
    const targetType = entityTypes.get(to);
    if (allowed && targetType && !allowed.includes(targetType)) {
      warnings.push(`${type} ${from} -> ${to}: a ${targetType} cannot be the target`);
      return;
    }
    mergeEdge(graph, type, from, to, props, [a]);
  };

  for (const role of extraction.roles) {
    fact('HOLDS_ROLE', role.person, role.of, { title: role.title, asOf: article.referenceDate }, ['Country', 'Organization', 'MediaOutlet']);
  }

  const cited = new Set<string>();
  for (const q of extraction.quotes) {
    mergeNode(graph, q.key, ['Quote'], { text: q.text, kind: q.kind, cue: q.cue, speakerText: q.speakerText });
    mergeEdge(graph, 'REPORTED_IN', q.key, a, { start: q.start, end: q.end });
    if (q.speaker) fact('SAID', q.speaker, q.key);
    fact('GIVEN_TO', q.key, q.givenTo, {}, ['MediaOutlet']);
    for (const o of q.relayedBy) fact('RELAYED_BY', q.key, o, {}, ['MediaOutlet']);
    for (const x of q.about) fact('ABOUT', q.key, x);
    for (const o of [q.givenTo, ...q.relayedBy]) if (o) cited.add(o);
  }

  for (const ev of extraction.events) {
    mergeNode(graph, ev.key, ['Event'], {
      type: ev.type,
      label: ev.label,
      dateStart: ev.dateStart,
      dateEnd: ev.dateEnd,
      dateGrain: ev.dateGrain,
      summary: ev.summary ?? null,
    });
    mergeEdge(graph, 'REPORTED_IN', ev.key, a, { spans: ev.mentions.map(spanText) });
  }
  // Second pass: PART_OF may point at an event listed later.
  for (const ev of extraction.events) {
    for (const p of ev.participants) fact('PARTICIPATED_IN', p.entity, ev.key, { role: p.role });
    fact('LOCATED_IN', ev.key, ev.location, {}, ['Place', 'Country']);
    for (const x of ev.concerns) fact('CONCERNS', ev.key, x);
    for (const o of ev.reportedBy) {
      fact('REPORTED_BY', ev.key, o, {}, ['MediaOutlet']);
      cited.add(o);
    }
    for (const wider of ev.partOf ?? []) if (wider !== ev.key) fact('PART_OF', ev.key, wider);
  }

  for (const s of extraction.stances) {
    mergeNode(graph, s.key, ['Stance'], { polarity: s.polarity, topic: s.topic, confidence: s.confidence });
    mergeEdge(graph, 'STATED_IN', s.key, a, { start: s.evidence.start, end: s.evidence.end });
    fact('HELD_BY', s.key, s.holder);
    fact('TOWARD', s.key, s.target);
    if (s.quote) {
      if (graph.hasNode(s.quote)) {
        mergeEdge(graph, 'EVIDENCED_BY', s.key, s.quote, { article: a, start: s.evidence.start, end: s.evidence.end });
      } else warnings.push(`EVIDENCED_BY ${s.key} -> ${s.quote}: not a quote of this article`);
    }
  }

  // Outlets named as the source of a quote or event report are cited by the article.
  for (const outlet of cited) {
    if (entityTypes.get(outlet) !== 'MediaOutlet' || outlet === orgKey(article.outlet ?? '')) continue;
    const mentions = extraction.entities.find((e) => e.key === outlet)?.mentions ?? [];
    mergeEdge(graph, 'CITES', a, outlet, { spans: mentions.map(spanText) });
  }

  // SAME_STORY_AS links point at other articles, which may not be loaded yet: the loader writes
  // them from article.sameStoryAs after the articles themselves.
  graph.replaceAttributes({ articles: [a], warnings });
  return graph;
}

function entityProps(e: Entity): Properties {
  const props: Properties = { name: e.name, aliases: e.aliases.filter((x) => x !== e.name) };
  if (e.type === 'Country') {
    props.iso2 = e.iso2 ?? null;
    props.iso3 = e.iso3 ?? null;
  } else props.kind = e.kind ?? null;
  return props;
}

/** A span as stored on edges: "start-end" (end exclusive). */
export function spanText(span: Span | Mention): string {
  return `${span.start}-${span.end}`;
}
