import type { EntityManager } from '@mikro-orm/core';
import { Cycle } from './cycle.entity.js';

/**
 * Issue 11: staff bound to a province reach only its cycles and every row that hangs on one. A MikroORM
 * filter on the cycle does it for the whole request: a cycle of another province is not there, by id or by
 * year, and an application, student or slot pointing at one is not found either (autoJoinRefsForFilters
 * joins the cycle into their queries). Lists that read rows by SQL start from a cycle looked up through this
 * same unit of work. `provinces` comes from graphql/province-reach.ts; null confines nothing.
 */
export function confineToProvinces(em: EntityManager, provinces: readonly string[] | null): void {
  if (provinces) em.addFilter('province', { province: { $in: [...provinces] } }, Cycle);
}
