// The extractors' version, stored on every Article node: a reload re-extracts an article written by
// another version even when its text is unchanged, so an upgrade of newsgraph takes effect without
// `--force`. It is the package version, so a release that changes what extraction yields bumps it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// From src/ (tests) and from dist/ (the build) alike, package.json is one folder up.
export const EXTRACTOR_VERSION: string = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;
