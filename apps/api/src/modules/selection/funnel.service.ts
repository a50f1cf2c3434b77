import type { ApplicationStatus } from '@yingcai/domain/applications';
import { funnelOf, type StatusCount } from '@yingcai/domain/selection';
import type { Context } from '../../graphql/context.js';
import { loadCycle } from '../cycles/index.js';
import { requireMay } from '../../graphql/access.js';
import type { SelectionFunnelType } from './funnel.type.js';

interface CountRow {
  discipline_code: string | null;
  status: ApplicationStatus;
  count: number | string;
}

/** The selection funnel of a cycle per discipline and overall, from one grouped count (analytics.read). */
export async function selectionFunnel(ctx: Context, year: number): Promise<SelectionFunnelType> {
  requireMay(ctx, 'analytics.read', { kind: 'programme' });
  const cycle = await loadCycle(ctx.em, year);
  const rows: CountRow[] = await ctx.em.getConnection().execute(
    'select discipline_code, status, count(*) as count from application where cycle_id = ? group by discipline_code, status',
    [cycle.id],
  );
  const counts = rows.map((row) => ({ code: row.discipline_code, status: row.status, count: Number(row.count) }));
  const of = (code: string): StatusCount[] => counts.filter((row) => row.code === code);
  return {
    disciplines: cycle.disciplines.getItems().map((discipline) => ({
      disciplineCode: discipline.code,
      disciplineName: discipline.name,
      steps: funnelOf(of(discipline.code)),
    })),
    overall: funnelOf(counts),
    unfinishedDrafts: counts.filter((row) => row.status === 'draft').reduce((sum, row) => sum + row.count, 0),
  };
}
