// person-quotes-with-sources: What did this person say, and through which chain of sources?
// Each quote of a person with the outlet it was given to (GIVEN_TO), the outlets that relayed it
// (RELAYED_BY), and the articles that report it with their publishers.
// @param person string  the person's key (e.g. "person:alexander-grushko") or name or alias, any case
MATCH (p:Person)
WHERE p.key = $person OR toLower(p.name) = toLower($person)
   OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) = toLower($person))
MATCH (p)-[:SAID]->(q:Quote)
OPTIONAL MATCH (q)-[:GIVEN_TO]->(venue)
OPTIONAL MATCH (q)-[:RELAYED_BY]->(relay)
WITH p, q, collect(DISTINCT venue.name) AS givenTo, collect(DISTINCT relay.name) AS relayedBy
MATCH (q)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(publisher)
WITH p, q, givenTo, relayedBy, collect(DISTINCT a.title) AS reportedIn, collect(DISTINCT publisher.name) AS publishers
RETURN p.name AS speaker, q.kind AS kind, q.text AS quote,
       givenTo, relayedBy, publishers, reportedIn
ORDER BY size(reportedIn) DESC, quote
