// events-in-date-range: What happened between two dates, and who took part?
// Events whose dates overlap the range, with their participants (name and role), place, and how
// many articles report them. Undated events are left out.
// @param from date  first day of the range, YYYY-MM-DD
// @param to date  last day of the range, YYYY-MM-DD
MATCH (e:Event)
WHERE e.dateStart IS NOT NULL AND e.dateStart <= $to AND coalesce(e.dateEnd, e.dateStart) >= $from
OPTIONAL MATCH (who)-[p:PARTICIPATED_IN]->(e)
WITH e, collect(DISTINCT who.name + ' (' + p.role + ')') AS participants
OPTIONAL MATCH (e)-[:LOCATED_IN]->(place)
OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
RETURN e.dateStart AS dateStart, e.dateEnd AS dateEnd, e.type AS type, e.label AS event,
       participants, place.name AS place, count(DISTINCT a) AS articles, e.key AS key
ORDER BY dateStart, type, event
