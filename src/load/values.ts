// Driver values as plain JSON-friendly values: integers as numbers, temporal values as ISO
// strings, nodes and relationships as their properties.
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value as object) ||
    neo4j.isDateTime(value as object) ||
    neo4j.isLocalDateTime(value as object) ||
    neo4j.isTime(value as object) ||
    neo4j.isLocalTime(value as object) ||
    neo4j.isDuration(value as object)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value as object)) {
    const n = value as { labels: string[]; properties: Record<string, unknown> };
    return { labels: n.labels, ...plainObject(n.properties) };
  }
  if (neo4j.isRelationship(value as object)) {
    const r = value as { type: string; properties: Record<string, unknown> };
    return { type: r.type, ...plainObject(r.properties) };
  }
  if (neo4j.isPath(value as object)) {
    const p = value as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return p.segments.map((s) => [toPlain(s.start), toPlain(s.relationship), toPlain(s.end)]);
  }
  if (typeof value === 'object') return plainObject(value as Record<string, unknown>);
  return value;
}

function plainObject(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toPlain(v);
  return out;
}
