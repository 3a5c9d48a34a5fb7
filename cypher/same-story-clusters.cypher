// same-story-clusters: Which articles tell the same story, and from how many independent sources?
// Groups of articles linked by SAME_STORY_AS (copies, syndicated versions), with the number of
// copies and of distinct publishers: syndicated copies of one outlet count as one source.
// @param minCopies int = 2  smallest cluster to list
MATCH (a:Article)
OPTIONAL MATCH (a)-[:SAME_STORY_AS*1..6]-(b:Article)
WITH a, collect(DISTINCT b) AS others
WITH a, reduce(first = a.key, x IN others | CASE WHEN x.key < first THEN x.key ELSE first END) AS cluster
WITH cluster, collect(a) AS members
WHERE size(members) >= $minCopies
UNWIND members AS m
OPTIONAL MATCH (m)-[:PUBLISHED_BY]->(publisher)
WITH cluster, members, collect(DISTINCT publisher.key) AS publishers, collect(DISTINCT publisher.name) AS publisherNames
RETURN cluster,
       size(members) AS copies,
       size(publishers) AS independentSources,
       publisherNames AS publishers,
       [m IN members | m.title] AS titles,
       [m IN members | m.sourcePath] AS sourcePaths
ORDER BY copies DESC, cluster
