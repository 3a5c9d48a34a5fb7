// stances-by-country: Who is for and against a topic, grouped by country?
// Stances whose topic or target matches, grouped by the holder's country: the holder itself when
// it is a Country, else the country a person holds a role for (HOLDS_ROLE), else "(unknown)".
// @param topic string  words of the topic (e.g. "NATO"), or the key or name of the target entity
MATCH (s:Stance)-[:HELD_BY]->(holder)
OPTIONAL MATCH (s)-[:TOWARD]->(target)
WITH s, holder, target
WHERE toLower(s.topic) CONTAINS toLower($topic)
   OR target.key = $topic OR toLower(target.name) = toLower($topic)
OPTIONAL MATCH (holder)-[:HOLDS_ROLE]->(roleCountry:Country)
WITH s, holder, CASE WHEN holder:Country THEN holder ELSE roleCountry END AS country
RETURN coalesce(country.name, '(unknown)') AS country,
       s.polarity AS polarity,
       collect(DISTINCT holder.name) AS holders,
       collect(DISTINCT s.topic) AS topics,
       count(DISTINCT s) AS stances
ORDER BY country, polarity
