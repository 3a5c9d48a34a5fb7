// entity-timeline: What is the timeline of an entity?
// Dated events the entity took part in, was the place of, or that concerned it, and the quotes it
// said (dated by the earliest article reporting them), in date order.
// @param entity string  the entity's key (e.g. "person:keir-starmer") or its name or an alias, any case
MATCH (x)
WHERE (x:Person OR x:Country OR x:Organization OR x:Place)
  AND (x.key = $entity OR toLower(x.name) = toLower($entity)
       OR any(a IN coalesce(x.aliases, []) WHERE toLower(a) = toLower($entity)))
CALL {
  WITH x
  MATCH (x)-[p:PARTICIPATED_IN]->(e:Event)
  RETURN e.dateStart AS date, 'event' AS what, p.role AS role, e.type + ': ' + e.label AS detail
  UNION
  WITH x
  MATCH (e:Event)-[r:CONCERNS|LOCATED_IN]->(x)
  RETURN e.dateStart AS date, 'event' AS what, toLower(type(r)) AS role, e.type + ': ' + e.label AS detail
  UNION
  WITH x
  MATCH (x)-[:SAID]->(q:Quote)-[:REPORTED_IN]->(a:Article)
  WITH q, min(a.referenceDate) AS date
  RETURN date, 'quote' AS what, 'speaker' AS role, q.text AS detail
}
WITH x, date, what, role, detail
WHERE date IS NOT NULL
RETURN x.name AS entity, date, what, role, detail
ORDER BY date, what, detail
