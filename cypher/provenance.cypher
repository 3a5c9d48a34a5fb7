// provenance: Where does this node come from?
// The articles that give evidence for a node (mentions, reports, statements, citations), with the
// character spans and the text they cover; for a fact between two nodes see its `articles` list.
// @param key string  the node's key (e.g. "quote:1a2b3c4d5e6f7a8b" or "event:meeting:2025-03-15:...")
MATCH (n) WHERE n.key = $key
CALL {
  WITH n
  MATCH (a:Article)-[r:MENTIONS|CITES|PUBLISHED_BY]->(n)
  RETURN a, type(r) AS via, coalesce(r.spans, []) AS spans
  UNION
  WITH n
  MATCH (n)-[r:REPORTED_IN|STATED_IN]->(a:Article)
  RETURN a, type(r) AS via,
         CASE WHEN r.spans IS NOT NULL THEN r.spans ELSE [toString(r.start) + '-' + toString(r.end)] END AS spans
}
WITH n, a, via, spans,
     [s IN spans | [toInteger(split(s, '-')[0]), toInteger(split(s, '-')[1])]] AS offsets
RETURN a.key AS article, a.title AS title, a.sourcePath AS sourcePath, via, spans,
       [o IN offsets | substring(a.text, o[0], o[1] - o[0])] AS excerpts
ORDER BY sourcePath, via
