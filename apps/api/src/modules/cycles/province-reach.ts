import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '@yingcai/domain/access';
import { boundIds } from '../../graphql/access.js';
import { Cycle } from './cycle.entity.js';

/**
 * Issue 11: a province's office reaches only its province's cycles and every row that hangs on one.
 * A MikroORM filter on the cycle does it for the whole request: a cycle of another province is not
 * there, by id or by year, and an application, student or slot pointing at one is not found either
 * (autoJoinRefsForFilters joins the cycle into their queries). Lists that read rows by SQL start from
 * a cycle looked up through this same unit of work.
 */
export function confineToProvince(em: EntityManager, actor: Actor | null): void {
  const provinces = officeProvinces(actor);
  if (provinces) em.addFilter('province', { province: { $in: [...provinces] } }, Cycle);
}

/** The provinces an office account runs, or null for an account no province confines. */
export function officeProvinces(actor: Actor | null): readonly string[] | null {
  const provinces = actor ? boundIds(actor, 'office_staff') : [];
  return provinces.length > 0 ? provinces : null;
}
