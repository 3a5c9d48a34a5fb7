// who-said-what-about: Who said what about X?
// Every quote about an entity (an ABOUT link, or the entity's name or an alias in the quoted
// text), with its speaker and the articles that report it, most widely reported first.
// @param entity string  the entity's key (e.g. "org:nato") or its name or an alias, any case
MATCH (x)
WHERE (x:Person OR x:Country OR x:Organization OR x:Place)
  AND (x.key = $entity OR toLower(x.name) = toLower($entity)
       OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($entity)))
MATCH (q:Quote)
WHERE (q)-[:ABOUT]->(x)
   OR any(n IN [x.name] + coalesce(x.aliases, []) WHERE size(n) > 2 AND toLower(q.text) CONTAINS toLower(n))
OPTIONAL MATCH (speaker)-[:SAID]->(q)
MATCH (q)-[:REPORTED_IN]->(a:Article)
WITH x, q, speaker, collect(DISTINCT a.title) AS articles
RETURN x.name AS about,
       coalesce(speaker.name, q.speakerText, '(unattributed)') AS speaker,
       q.kind AS kind,
       q.text AS quote,
       size(articles) AS reports,
       articles
ORDER BY reports DESC, speaker, quote
