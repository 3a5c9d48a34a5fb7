import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { buildArticleGraph } from '../../src/graph/build';
import { serializeGraph } from '../../src/graph/export';
import { fixtureExtraction } from './fixture';

describe('serializeGraph', () => {
  const g = buildArticleGraph(fixtureExtraction());

  it.each([
    ['graphml', (s: string) => parseGraphml(Graph, s)],
    ['gexf', (s: string) => parseGexf(Graph, s)],
  ] as const)('%s round-trips through its graphology parser', (format, parse) => {
    const back = parse(serializeGraph(g, format));
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    expect(back.getNodeAttribute('org:izvestia', 'labels')).toBe('Organization:MediaOutlet');
  });

  it('json is graphology’s serialisation', () => {
    const back = Graph.from(JSON.parse(serializeGraph(g, 'json')));
    expect(back.order).toBe(g.order);
    expect(back.getNodeAttributes('quote:ironclad')).toEqual(g.getNodeAttributes('quote:ironclad'));
  });
});
