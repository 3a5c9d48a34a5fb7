// The one place that reads the clock: the ingest date passed down to the pipeline.
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
