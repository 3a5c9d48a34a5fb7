import { buildArticleGraph } from '../../src/graph/build';
import { createArticleGraph, mergeBatch, mergeEdge, mergeNode } from '../../src/graph/merge';
import { fixtureExtraction } from './fixture';

describe('mergeNode / mergeEdge', () => {
  it('merging the same node twice keeps one node and unions aliases and labels', () => {
    const g = createArticleGraph();
    mergeNode(g, 'org:izvestia', ['Organization'], { name: 'Izvestia', aliases: ['Izvestiya'], kind: null });
    mergeNode(g, 'org:izvestia', ['Organization', 'MediaOutlet'], { name: 'IZVESTIA', aliases: ['Izvestiya', 'Izv.'], kind: 'newspaper' });
    expect(g.order).toBe(1);
    expect(g.getNodeAttributes('org:izvestia')).toEqual({
      labels: ['Organization', 'MediaOutlet'],
      props: { name: 'Izvestia', aliases: ['Izvestiya', 'Izv.'], kind: 'newspaper' },
    });
  });

  it.each([
    ['same identity: one edge', { role: 'organizer' }, { role: 'organizer' }, 1],
    ['different role: two edges', { role: 'organizer' }, { role: 'participant' }, 2],
  ])('%s', (_name, p1, p2, expected) => {
    const g = createArticleGraph();
    mergeNode(g, 'person:a', ['Person'], { name: 'A' });
    mergeNode(g, 'event:e', ['Event'], { label: 'E' });
    mergeEdge(g, 'PARTICIPATED_IN', 'person:a', 'event:e', p1, ['article:1']);
    mergeEdge(g, 'PARTICIPATED_IN', 'person:a', 'event:e', p2, ['article:2']);
    expect(g.size).toBe(expected);
  });

  it('keeps the latest asOf of a role', () => {
    const g = createArticleGraph();
    mergeNode(g, 'person:a', ['Person'], {});
    mergeNode(g, 'country:fr', ['Country'], {});
    mergeEdge(g, 'HOLDS_ROLE', 'person:a', 'country:fr', { title: 'President', asOf: '2025-03-17' }, ['article:2']);
    const key = mergeEdge(g, 'HOLDS_ROLE', 'person:a', 'country:fr', { title: 'President', asOf: '2019-08-24' }, ['article:1']);
    expect(g.getEdgeAttributes(key)).toMatchObject({ props: { asOf: '2025-03-17' }, articles: ['article:2', 'article:1'] });
  });
});

describe('mergeBatch', () => {
  const one = fixtureExtraction({ key: 'article:one', sourcePath: 'a.txt' });
  const two = fixtureExtraction({ key: 'article:two', sourcePath: 'b.txt' });
  const batch = mergeBatch([buildArticleGraph(one), buildArticleGraph(two)]);

  it('makes shared things one node with evidence from both articles', () => {
    for (const key of ['quote:ironclad', 'event:meeting:2025-03-15:abc', 'person:alexander-grushko']) {
      expect(batch.hasNode(key)).toBe(true);
    }
    const reports = batch.inEdges('article:one').length + batch.inEdges('article:two').length;
    expect(reports).toBe(2 * buildArticleGraph(one).inEdges('article:one').length);
    const said = batch.filterEdges((_e, a) => a.type === 'SAID');
    expect(said).toHaveLength(1);
    expect(batch.getEdgeAttribute(said[0], 'articles')).toEqual(['article:one', 'article:two']);
  });

  it('keeps one EVIDENCED_BY per article', () => {
    const evidence = batch.filterEdges((_e, a) => a.type === 'EVIDENCED_BY');
    expect(evidence.map((e) => batch.getEdgeAttribute(e, 'props').article).sort()).toEqual(['article:one', 'article:two']);
  });

  it('is idempotent: merging a graph with itself changes nothing', () => {
    const g = buildArticleGraph(one);
    const twice = mergeBatch([g, g]);
    expect(twice.order).toBe(g.order);
    expect(twice.size).toBe(g.size);
    expect(twice.getAttribute('articles')).toEqual(['article:one', 'article:one']);
    twice.forEachEdge((e, a) => expect(a).toEqual(g.getEdgeAttributes(e)));
  });

  it('lists the articles of the batch', () => {
    expect(batch.getAttribute('articles')).toEqual(['article:one', 'article:two']);
  });
});
