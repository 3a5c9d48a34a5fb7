// Refiner `prefix-abbreviations`: short capitalised words from closed classes written before a name,
// which the capitals make look like a body's acronym. A title before a person ("GM Hikaru
// Nakamura", "[WGM] Nazí Paikidze", "HM the Queen") is part of how the person is addressed, not an
// organisation. A ship prefix ("the USS Ronald Reagan", "U.S.S. Grayback") starts a ship's name: the
// prefix is no body and the name after it is no person or body either, so both are dropped. Titles
// that double as a company's acronym ("GM" = General Motors) count as titles only where a person's
// name, "the" and a capitalised title, or the word "title" follows.
import type { EntityMention } from '../../../types';
import type { EntityRefiner } from '../rule';
import { loadEntityData, type PrefixAbbreviationsFile } from '../../../resolve/entities/data';

let lists: { titles: Set<string>; shipPrefixes: Set<string> } | undefined;

function prefixLists() {
  if (!lists) {
    const file = loadEntityData<PrefixAbbreviationsFile>('prefix-abbreviations.json');
    lists = { titles: new Set(file.titles), shipPrefixes: new Set(file.shipPrefixes) };
  }
  return lists;
}

/** Closing brackets and spaces between a prefix and the name it stands before: "[GM] Hikaru". */
const GAP_AFTER = /^[\])]*[ \t]+/u;
/** "HM the Queen", "HM [Her Majesty] the Queen", "(WGM) titles". */
const TITLE_PHRASE_AFTER = /^[\])]*(?:[ \t]+\[[^\]\n]{1,40}\])?[ \t]+(?:the[ \t]+\p{Lu}|titles?(?![\p{L}]))/u;
/** A capitalised word right after the prefix: a ship's name. */
const NAME_AFTER = /^[ \t]+\p{Lu}/u;

const BODY_TYPES = new Set(['Organization', 'MediaOutlet']);
const NAME_TYPES = new Set(['Person', 'Organization', 'MediaOutlet']);

export const prefixAbbreviationsRefiner: EntityRefiner = {
  id: 'prefix-abbreviations',
  refine(mentions, ctx) {
    const { titles, shipPrefixes } = prefixLists();
    const dropped = new Set<EntityMention>();
    for (const m of mentions) {
      const after = ctx.text.slice(m.end, m.end + 40);
      if (BODY_TYPES.has(m.type) && titles.has(m.text) && (TITLE_PHRASE_AFTER.test(after) || personAfter(m, after, mentions))) {
        dropped.add(m);
      }
      if (shipPrefixes.has(m.text) && NAME_AFTER.test(after)) {
        dropped.add(m);
        const nameStart = m.end + (GAP_AFTER.exec(after)?.[0].length ?? 0);
        for (const o of mentions) if (o.start === nameStart && NAME_TYPES.has(o.type)) dropped.add(o);
      }
      // "USS Ronald Reagan" proposed as one name.
      if (NAME_TYPES.has(m.type) && startsWithShipPrefix(m.text, shipPrefixes)) dropped.add(m);
    }
    return dropped.size === 0 ? mentions : mentions.filter((m) => !dropped.has(m));
  },
};

function personAfter(m: EntityMention, after: string, mentions: EntityMention[]): boolean {
  const gap = GAP_AFTER.exec(after)?.[0].length;
  if (gap === undefined) return false;
  return mentions.some((o) => o.type === 'Person' && o.start === m.end + gap);
}

function startsWithShipPrefix(text: string, shipPrefixes: Set<string>): boolean {
  const first = /^(\S+)[ \t]+\p{Lu}/u.exec(text)?.[1];
  return first !== undefined && shipPrefixes.has(first);
}
