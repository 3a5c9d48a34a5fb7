// events-organised-by-country: Which events did a country, or its officials, organise or host?
// Events where the organiser or host is the country itself or a person holding a role for it.
// @param country string  the country's key (e.g. "country:gb"), ISO code, name or alias, any case
MATCH (c:Country)
WHERE c.key = $country OR toLower(c.iso2) = toLower($country) OR toLower(c.iso3) = toLower($country)
   OR toLower(c.name) = toLower($country)
   OR any(a IN coalesce(c.aliases, []) WHERE toLower(a) = toLower($country))
MATCH (organiser)-[p:PARTICIPATED_IN]->(e:Event)
WHERE p.role IN ['organizer', 'host']
  AND (organiser = c OR (organiser)-[:HOLDS_ROLE]->(c))
OPTIONAL MATCH (organiser)-[role:HOLDS_ROLE]->(c)
OPTIONAL MATCH (other)-[:PARTICIPATED_IN]->(e) WHERE other <> organiser
RETURN c.name AS country, e.dateStart AS date, e.type AS type, e.label AS event,
       organiser.name AS organiser, role.title AS organiserRole, p.role AS as,
       collect(DISTINCT other.name) AS otherParticipants
ORDER BY date, event
