// Roles: Person HOLDS_ROLE title of Country/Organization, read from the words around a person's
// mention:
//   "<Demonym|Country|Country's> <title> <Name>"   Russian Deputy Foreign Minister Alexander Grushko
//   "<Name>, (the) <Demonym|Country's> <title>"    Alexander Grushko, Russia's deputy foreign minister
//   "<Name>, <title> of (the) <Org|Country>"       Jens Stoltenberg, Secretary General of NATO
import type { Role, Span } from '../../types';
import { titleAt, titleEndingAt, type TitleMatch } from '../../extract/entities/titles';

/** A mention already tied to its entity. */
export interface KeyedMention extends Span {
  text: string;
  key: string;
  type: string;
}

const HOLDER_TYPES = new Set(['Country', 'Organization', 'MediaOutlet']);
// Between an owner and the title: a space, or a possessive and a space.
const OWNER_GAP = /^(?:['’]s)?\s+$/;

export function findRoles(text: string, mentions: KeyedMention[]): Role[] {
  const holders = mentions.filter((m) => HOLDER_TYPES.has(m.type));
  const roles: Role[] = [];
  for (const person of mentions) {
    if (person.type !== 'Person') continue;
    const before = roleBefore(text, person, holders);
    if (before) roles.push(before);
    const after = roleAfter(text, person, holders);
    if (after) roles.push(after);
  }
  return dedupe(roles);
}

/** The holder whose mention ends just before `at` (possessive allowed). */
export function ownerEndingAt(text: string, at: number, holders: KeyedMention[]): KeyedMention | undefined {
  return holders.find((h) => h.end <= at && at - h.end <= 4 && OWNER_GAP.test(text.slice(h.end, at)));
}

function usable(t: TitleMatch | undefined): t is TitleMatch {
  return !!t && !t.honorific && !t.past;
}

function roleBefore(text: string, person: KeyedMention, holders: KeyedMention[]): Role | undefined {
  const title = titleEndingAt(text, person.start);
  if (!usable(title) || !/^\s+$/.test(text.slice(title.end, person.start))) return undefined;
  const owner = ownerEndingAt(text, title.start, holders);
  if (!owner && title.nonRole) return undefined;
  return {
    person: person.key,
    title: title.canonical,
    of: owner?.key ?? null,
    span: { start: owner?.start ?? title.start, end: person.end },
  };
}

function roleAfter(text: string, person: KeyedMention, holders: KeyedMention[]): Role | undefined {
  const lead = /^,\s+(?:(?:the|a|an|who is|now)\s+)?/i.exec(text.slice(person.end, person.end + 20));
  if (!lead) return undefined;
  let at = person.end + lead[0].length;
  // "Russia's deputy foreign minister", "the French president"
  const owner = holders.find((h) => h.start === at);
  if (owner) {
    const gap = /^(?:['’]s)?\s+/.exec(text.slice(owner.end, owner.end + 4));
    if (!gap) return undefined;
    at = owner.end + gap[0].length;
  }
  const title = titleAt(text, at);
  if (!usable(title)) return undefined;
  // "Yuval Steinitz, Greek prime minister Kyriakos Mitsotakis": a list of titled names, not an apposition.
  if (/^[ \t]+\p{Lu}/u.test(text.slice(title.end, title.end + 3)) && !/^[ \t]+(?:of|for|at)\b/i.test(text.slice(title.end, title.end + 6))) {
    return undefined;
  }
  let of = owner?.key ?? null;
  let end = title.end;
  // "... Secretary General of NATO", "... president of the European Commission"
  const ofMatch = /^\s+(?:of|at|for)\s+(?:the\s+)?/i.exec(text.slice(title.end, title.end + 12));
  if (!of && ofMatch) {
    const target = holders.find((h) => h.start === title.end + ofMatch[0].length);
    if (target) {
      of = target.key;
      end = target.end;
    }
  }
  if (!of && title.nonRole) return undefined;
  // A lower-case title with no holder after a comma is too weak ("Smith, a spokesman").
  if (!of && /^\p{Ll}/u.test(title.text)) return undefined;
  return { person: person.key, title: title.canonical, of, span: { start: person.start, end } };
}

/** One role per person, title and holder; a role without holder yields to the same title with one. */
function dedupe(roles: Role[]): Role[] {
  const seen = new Map<string, Role>();
  for (const r of roles) {
    const k = `${r.person}|${r.title.toLowerCase()}|${r.of ?? ''}`;
    if (!seen.has(k)) seen.set(k, r);
  }
  const all = [...seen.values()];
  return all.filter((r) => r.of !== null || !all.some((o) => o.person === r.person && o.of !== null && o.title.toLowerCase() === r.title.toLowerCase()));
}
