import { buildArticleGraph } from '../../src/graph/build';
import { EVIDENCE_TYPES, NODE_LABELS, RELATIONSHIPS } from '../../src/graph/model';
import { fixtureExtraction } from './fixture';

describe('buildArticleGraph', () => {
  const x = fixtureExtraction();
  const g = buildArticleGraph(x, { ingestedAt: '2025-03-18T10:00:00Z' });

  it.each([
    ['article:fixture-1', ['Article']],
    ['person:alexander-grushko', ['Person']],
    ['country:ru', ['Country']],
    ['org:nato', ['Organization']],
    ['org:izvestia', ['Organization', 'MediaOutlet']],
    ['org:fox-news', ['Organization', 'MediaOutlet']],
    ['quote:ironclad', ['Quote']],
    ['event:meeting:2025-03-15:abc', ['Event']],
    ['stance:grushko-nato', ['Stance']],
  ])('node %s has labels %j', (key, labels) => {
    expect(g.getNodeAttribute(key, 'labels')).toEqual(labels);
  });

  it('keeps the article properties the model names', () => {
    const a = g.getNodeAttributes('article:fixture-1').props;
    expect(a).toMatchObject({
      publishedAt: '2025-03-17',
      referenceDate: '2025-03-17',
      referenceDateSource: 'metadata',
      contentHash: 'hash-1',
      sourcePath: 'fixtures/story.txt',
      ingestedAt: '2025-03-18T10:00:00Z',
    });
    expect(a.text).toBe(x.article.text);
    // The MinHash signature of the story, for same-story links with later batches.
    expect(a.storySignature).toHaveLength(128);
    expect(typeof a.storyShingles).toBe('number');
  });

  it.each([
    ['MENTIONS', 'article:fixture-1', 'person:alexander-grushko'],
    ['PUBLISHED_BY', 'article:fixture-1', 'org:fox-news'],
    ['CITES', 'article:fixture-1', 'org:izvestia'],
    ['CITES', 'article:fixture-1', 'org:reuters'],
    ['HOLDS_ROLE', 'person:alexander-grushko', 'country:ru'],
    ['SAID', 'person:alexander-grushko', 'quote:ironclad'],
    ['REPORTED_IN', 'quote:ironclad', 'article:fixture-1'],
    ['GIVEN_TO', 'quote:ironclad', 'org:izvestia'],
    ['RELAYED_BY', 'quote:ironclad', 'org:reuters'],
    ['ABOUT', 'quote:ironclad', 'org:nato'],
    ['PARTICIPATED_IN', 'person:keir-starmer', 'event:meeting:2025-03-15:abc'],
    ['CONCERNS', 'event:meeting:2025-03-15:abc', 'country:ua'],
    ['REPORTED_IN', 'event:meeting:2025-03-15:abc', 'article:fixture-1'],
    ['HELD_BY', 'stance:grushko-nato', 'person:alexander-grushko'],
    ['TOWARD', 'stance:grushko-nato', 'org:nato'],
    ['STATED_IN', 'stance:grushko-nato', 'article:fixture-1'],
    ['EVIDENCED_BY', 'stance:grushko-nato', 'quote:ironclad'],
  ])('has %s %s -> %s', (type, from, to) => {
    const found = g.directedEdges(from, to).filter((e) => g.getEdgeAttribute(e, 'type') === type);
    expect(found).toHaveLength(1);
  });

  it('records spans as provenance', () => {
    const mention = g.directedEdges('article:fixture-1', 'person:alexander-grushko')[0];
    const spans = g.getEdgeAttribute(mention, 'props').spans as string[];
    expect(spans).toHaveLength(2);
    const [s, e] = spans[0].split('-').map(Number);
    expect(x.article.text.slice(s, e)).toBe('Alexander Grushko');
    const reported = g.directedEdges('quote:ironclad', 'article:fixture-1')[0];
    const { start, end } = g.getEdgeAttribute(reported, 'props') as { start: number; end: number };
    expect(x.article.text.slice(start, end)).toBe('We will demand ironclad guarantees.');
    const evidence = g.directedEdges('stance:grushko-nato', 'quote:ironclad')[0];
    expect(g.getEdgeAttribute(evidence, 'props').article).toBe('article:fixture-1');
  });

  it('lists the article on every shared fact', () => {
    g.forEachEdge((_e, attrs) => {
      if (RELATIONSHIPS[attrs.type].provenance === 'shared') expect(attrs.articles).toEqual(['article:fixture-1']);
      else expect(attrs.articles).toEqual([]);
    });
  });

  it('ties every node to its article by an evidence edge', () => {
    const evidence: readonly string[] = EVIDENCE_TYPES;
    g.forEachNode((key) => {
      if (key === 'article:fixture-1') return;
      const tied = g.edges(key, 'article:fixture-1').concat(g.edges('article:fixture-1', key));
      expect(tied.some((e) => evidence.includes(g.getEdgeAttribute(e, 'type')))).toBe(true);
    });
  });

  it('uses only labels and types from the fixed lists', () => {
    g.forEachNode((_k, a) => a.labels.forEach((l) => expect(NODE_LABELS).toContain(l)));
    g.forEachEdge((_k, a) => expect(Object.keys(RELATIONSHIPS)).toContain(a.type));
  });

  it('carries the role title and date on HOLDS_ROLE', () => {
    const e = g.directedEdges('person:alexander-grushko', 'country:ru')[0];
    expect(g.getEdgeAttribute(e, 'props')).toEqual({ title: 'Deputy Foreign Minister', asOf: '2025-03-17' });
  });
});

describe('buildArticleGraph: references it cannot place (negative cases)', () => {
  it.each([
    ['a quote speaker that is not an entity', (x: ReturnType<typeof fixtureExtraction>) => (x.quotes[0].speaker = 'person:nobody'), 'SAID'],
    ['an unresolved speaker', (x: ReturnType<typeof fixtureExtraction>) => (x.quotes[0].speaker = null), 'SAID'],
    ['a role of nothing', (x: ReturnType<typeof fixtureExtraction>) => (x.roles[0].of = null), 'HOLDS_ROLE'],
    ['an event located in a person', (x: ReturnType<typeof fixtureExtraction>) => (x.events[0].location = 'person:keir-starmer'), 'LOCATED_IN'],
    ['a quote given to a country', (x: ReturnType<typeof fixtureExtraction>) => (x.quotes[0].givenTo = 'country:ru'), 'GIVEN_TO'],
    ['stance evidence from an unknown quote', (x: ReturnType<typeof fixtureExtraction>) => (x.stances[0].quote = 'quote:missing'), 'EVIDENCED_BY'],
  ])('%s gives no edge', (_name, change, type) => {
    const x = fixtureExtraction();
    change(x);
    const g = buildArticleGraph(x);
    expect(g.filterEdges((_e, a) => a.type === type)).toHaveLength(0);
    g.forEachNode((key) => expect(key).not.toBe('person:nobody'));
  });

  it('reports dropped references as warnings', () => {
    const x = fixtureExtraction();
    x.quotes[0].about = ['org:unknown'];
    expect(buildArticleGraph(x).getAttribute('warnings')).toEqual([expect.stringContaining('org:unknown')]);
  });

  it('an article with nothing extracted is one Article node with its publisher', () => {
    const x = fixtureExtraction();
    Object.assign(x, { entities: [], roles: [], quotes: [], events: [], stances: [] });
    const g = buildArticleGraph(x);
    expect(g.nodes().sort()).toEqual(['article:fixture-1', 'org:fox-news']);
  });
});
