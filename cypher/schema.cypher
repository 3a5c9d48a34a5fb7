// Constraints and indexes of the newsgraph model (shared spec: graph-model.md).
// Applied by `newsgraph schema apply`, one statement at a time; every statement says
// IF NOT EXISTS, so applying the file again changes nothing.
//
// Every label has a unique `key`: the loader writes with MERGE on it, and the uniqueness
// constraint both keeps MERGE from creating duplicates under concurrent writes and gives
// MERGE the index it needs to stay fast as the graph grows.

// ---- One unique key per label ----------------------------------------------------------
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT country_key IF NOT EXISTS FOR (n:Country) REQUIRE n.key IS UNIQUE;
// MediaOutlet nodes are also Organization nodes and share this key.
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT quote_key IF NOT EXISTS FOR (n:Quote) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT stance_key IF NOT EXISTS FOR (n:Stance) REQUIRE n.key IS UNIQUE;

// ---- Lookups the loader makes ----------------------------------------------------------
// Is this article already stored, unchanged or moved? (ingest and reload)
CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash);
CREATE INDEX article_source_path IF NOT EXISTS FOR (n:Article) ON (n.sourcePath);
// Queries that start from a media outlet without going through Organization.
CREATE INDEX media_outlet_key IF NOT EXISTS FOR (n:MediaOutlet) ON (n.key);

// ---- Lookups analysts make -------------------------------------------------------------
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX event_type_date IF NOT EXISTS FOR (n:Event) ON (n.type, n.dateStart);
CREATE INDEX event_date_start IF NOT EXISTS FOR (n:Event) ON (n.dateStart);
CREATE INDEX stance_topic IF NOT EXISTS FOR (n:Stance) ON (n.topic);
