// people-mentioned-together: Which people are mentioned in the same articles?
// Pairs of people mentioned together, with the number of articles; optionally only the pairs
// that include one person.
// @param person string = null  key or name of one person to centre on (leave out for all pairs)
// @param minArticles int = 1  least number of shared articles
MATCH (a:Article)-[:MENTIONS]->(p1:Person), (a)-[:MENTIONS]->(p2:Person)
WHERE p1.key < p2.key
  AND ($person IS NULL
       OR p1.key = $person OR toLower(p1.name) = toLower($person)
       OR p2.key = $person OR toLower(p2.name) = toLower($person))
WITH p1, p2, collect(DISTINCT a.title) AS articles
WHERE size(articles) >= $minArticles
RETURN p1.name AS person, p2.name AS mentionedWith, size(articles) AS articles, articles[..5] AS titles
ORDER BY articles DESC, person, mentionedWith
