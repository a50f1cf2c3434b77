import type { EntityManager, ObjectQuery, QueryOrderMap } from '@mikro-orm/core';
import { entityRows } from '../../orm/read-rows.js';
import { Application } from './application.entity.js';

/** An application as the staff lists read it: its own columns, and its cycle, school and applicant by key. */
export type ApplicationRow = Omit<Application, 'cycle' | 'school' | 'applicant'> & { cycle: number; school: string | null; applicant: string };

/** An application already loaded (a decision just made), in the shape the lists read. */
export const rowOf = (application: Application): ApplicationRow => ({
  ...application,
  cycle: application.cycle.id,
  school: application.school?.id ?? null,
  applicant: application.applicant.id,
});

/**
 * Issue 11, the model of a list: a page of rows, not entities, and the total counted from the
 * (cycle, status, …) index alone. `where` names a cycle looked up through the request's unit of work,
 * which already confines an office to its province, so the count leaves that filter's join out.
 */
export async function staffPage(
  em: EntityManager, where: ObjectQuery<Application>, orderBy: QueryOrderMap<Application>[], page: { limit: number; offset: number },
): Promise<{ rows: ApplicationRow[]; total: number }> {
  const rows = await entityRows<Application, ApplicationRow>(em, Application, where, { orderBy, ...page });
  const total = await em.count(Application, where, { filters: false });
  return { rows, total };
}
