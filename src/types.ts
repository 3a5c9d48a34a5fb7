// The typed records that flow between pipeline stages (see src/pipeline.ts for the order).
// Offsets are always UTF-16 code-unit offsets into CleanArticle.text, end exclusive.

/** Stage `read`: one article as found in an input file, before any cleaning. */
export interface RawArticle {
  /** "corpus/x.txt", or "corpus/x.jsonl#3" for the 4th record of a JSON Lines file. */
  sourcePath: string;
  /** How the body was given: plain/scraped text, or an HTML page. */
  format: 'text' | 'html';
  /** The body: text, or the whole HTML page when format is 'html'. */
  body: string;
  id?: string;
  url?: string;
  title?: string;
  outlet?: string;
  /** ISO date or date-time as given by metadata. */
  publishedAt?: string;
  language?: string;
  author?: string;
}

/** A problem with one input: the file (and line) and the reason, in words. */
export interface ReadError {
  sourcePath: string;
  line?: number;
  reason: string;
}

export interface RemovedBlock {
  text: string;
  /** Why it left the body: related-links, listen-widget, share, newsletter, video-title, repeated-headline, photo-credit, ... */
  reason: string;
}

export interface Span {
  start: number;
  end: number;
}

export type ReferenceDateSource = 'metadata' | 'text' | 'ingest';

/** Stage `clean`: the body a reader sees, plus metadata. */
export interface CleanArticle {
  key: string;
  sourcePath: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** YYYY-MM-DD (or full ISO date-time when metadata gives one). */
  publishedAt: string | null;
  author: string | null;
  language: string;
  /** Cleaned body: no page chrome, mojibake repaired, NFC. */
  text: string;
  removed: RemovedBlock[];
  /** Photo captions kept in the body (they carry facts), as spans of `text`. */
  captions: Span[];
  /** Photo credits taken out of the body, e.g. "KIRAN RIDLEY/POOL/AFP via Getty Images". */
  credits: string[];
  /** Titles of embedded videos taken out of the body; they may still describe events. */
  videoTitles: string[];
  /** Which metadata fields were guessed from the text rather than given. */
  guessed: { title?: boolean; publishedAt?: boolean };
  /** sha256 of the normalised body (hex). */
  contentHash: string;
  wordCount: number;
}

export type EntityType = 'Person' | 'Country' | 'Organization' | 'MediaOutlet' | 'Place';

export interface Mention extends Span {
  text: string;
}

/** A candidate mention proposed by an entity rule, before resolution. */
export interface EntityMention extends Mention {
  type: EntityType;
  /** Canonical name proposed by the rule (e.g. "Russia" for "Russian"), when it knows one. */
  canonical?: string;
  /** Id of the rule that proposed it, for debugging and tests. */
  rule: string;
}

/** A resolved entity of one article: one node in the graph. */
export interface Entity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: Mention[];
  /** Country: ISO 3166-1 codes. */
  iso2?: string;
  iso3?: string;
  /** Organization kind (alliance, government, company, newspaper, agency, ...) or Place kind (city, region, building, ...). */
  kind?: string;
}

export interface Role {
  person: string;
  title: string;
  /** Key of the Country or Organization, or null when the text does not say. */
  of: string | null;
  span?: Span;
}

export type DateGrain = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year';

export interface DateMention extends Span {
  text: string;
  /** "2025-03-15", "2025-W11", "2025-03", "2025-Q1", "2025-SU", "2025". */
  value: string;
  startDate: string;
  endDate: string;
  grain: DateGrain;
  relative: boolean;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends Span {
  key: string;
  text: string;
  kind: QuoteKind;
  /** Entity key of the speaker, or null when it could not be resolved (never guessed). */
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
  givenTo: string | null;
  relayedBy: string[];
  about: string[];
}

export type ParticipantRole = 'organizer' | 'participant' | 'host' | 'mediator' | 'target' | 'speaker';

export interface EventRecord {
  key: string;
  type: string;
  label: string;
  dateStart: string | null;
  dateEnd: string | null;
  dateGrain: DateGrain | null;
  participants: { entity: string; role: ParticipantRole }[];
  /** Entity key of a Place or Country. */
  location: string | null;
  concerns: string[];
  reportedBy: string[];
  /** Keys of wider events this one is part of. */
  partOf: string[];
  mentions: Mention[];
  summary?: string;
}

export type Polarity = 'support' | 'oppose' | 'neutral';

export interface Stance {
  key: string;
  holder: string;
  target: string | null;
  topic: string;
  polarity: Polarity;
  confidence: number;
  evidence: Span;
  quote: string | null;
}

export interface SameStoryLink {
  key: string;
  similarity: number;
}

/** The `article` part of the extract --json record (spec/extract-json.md). */
export interface ArticleRecord {
  key: string;
  sourcePath: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
  referenceDate: string;
  referenceDateSource: ReferenceDateSource;
  language: string;
  text: string;
  removed: RemovedBlock[];
  sameStoryAs: SameStoryLink[];
  contentHash: string;
  wordCount: number;
  author: string | null;
  credits: string[];
}

/** One article after every stage up to the database: what `extract --json` prints. */
export interface Extraction {
  article: ArticleRecord;
  entities: Entity[];
  roles: Role[];
  dates: DateMention[];
  quotes: Quote[];
  events: EventRecord[];
  stances: Stance[];
  warnings: string[];
}
