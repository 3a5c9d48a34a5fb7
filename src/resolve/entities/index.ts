// PLACEHOLDER (issue #4 replaces this).
import type { CleanArticle, Entity, EntityMention, Role } from '../../types';
import type { TextLayout } from '../../extract/text';

export function resolveEntities(_a: CleanArticle, _l: TextLayout, _m: EntityMention[]): { entities: Entity[]; roles: Role[] } {
  return { entities: [], roles: [] };
}
