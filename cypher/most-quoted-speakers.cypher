// most-quoted-speakers: Who is quoted most?
// Speakers (people, countries, organisations) by number of distinct quotes, with the number of
// articles reporting them.
// @param limit int = 10  how many speakers to list
MATCH (speaker)-[:SAID]->(q:Quote)-[:REPORTED_IN]->(a:Article)
RETURN speaker.name AS speaker,
       labels(speaker)[0] AS kind,
       count(DISTINCT q) AS quotes,
       count(DISTINCT a) AS articles
ORDER BY quotes DESC, articles DESC, speaker
LIMIT $limit
