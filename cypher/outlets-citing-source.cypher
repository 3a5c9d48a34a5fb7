// outlets-citing-source: Which outlets cite a given source?
// Articles that cite a media outlet (as the venue of a quote, a relay, or the reporter of an event),
// grouped by the outlet that published them.
// @param source string  the cited outlet's key (e.g. "org:reuters") or name, any case
MATCH (src:MediaOutlet)
WHERE src.key = $source OR toLower(src.name) = toLower($source)
   OR any(a IN coalesce(src.aliases, []) WHERE toLower(a) = toLower($source))
MATCH (a:Article)-[:CITES]->(src)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(publisher)
RETURN src.name AS source,
       coalesce(publisher.name, '(unknown)') AS citedBy,
       count(DISTINCT a) AS articles,
       collect(DISTINCT a.title)[..5] AS titles
ORDER BY articles DESC, citedBy
