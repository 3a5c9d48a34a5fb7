// Stable node keys (spec/graph-model.md): the same thing gets the same key on every run and machine.
import { createHash } from 'node:crypto';

/** Lower-case ASCII slug: accents folded, runs of other characters become one hyphen. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Short content hash used inside keys (first 16 hex digits of sha256). */
export function shortHash(text: string): string {
  return sha256Hex(text).slice(0, 16);
}

/** Text normalised for hashing and comparison: NFKC, curly quotes straightened, spaces folded, lower case. */
export function normaliseForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export const personKey = (name: string) => `person:${slug(name)}`;
export const countryKey = (iso2: string) => `country:${iso2.toLowerCase()}`;
export const orgKey = (name: string) => `org:${slug(name)}`;
/** Cities carry their country: place:paris-fr. */
export const placeKey = (name: string, iso2?: string) => `place:${slug(name)}${iso2 ? `-${iso2.toLowerCase()}` : ''}`;
export const articleKey = (url: string | null, normalisedBody: string) =>
  `article:${url ?? shortHash(normalisedBody)}`;
export const quoteKey = (speakerKeyOrText: string, text: string) =>
  `quote:${shortHash(`${speakerKeyOrText}\n${normaliseForHash(text)}`)}`;
export const stanceKey = (holder: string, target: string | null, topic: string, polarity: string) =>
  `stance:${shortHash([holder, target ?? '', normaliseForHash(topic), polarity].join('\n'))}`;
/** event:<type>:<date or week>:<hash of sorted core participants and place>. */
export const eventKey = (type: string, when: string | null, core: string[]) =>
  `event:${slug(type)}:${when ?? 'undated'}:${shortHash([...new Set(core)].sort().join('\n'))}`;
