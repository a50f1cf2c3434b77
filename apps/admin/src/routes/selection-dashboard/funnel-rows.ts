import type { AdminSelectionFunnelQuery } from '@yingcai/schema';

export type SelectionFunnel = AdminSelectionFunnelQuery['selectionFunnel'];
export type FunnelStep = SelectionFunnel['overall'][number];

/** One line of the funnel: a discipline, or the whole cycle (key `overall`). */
export interface FunnelRow {
  key: string;
  label: string;
  steps: readonly FunnelStep[];
}

/** The disciplines in the cycle's order, then the overall line under `overallLabel`. */
export function funnelRows(funnel: SelectionFunnel, overallLabel: string): FunnelRow[] {
  return [
    ...funnel.disciplines.map((d) => ({ key: d.disciplineCode, label: d.disciplineName, steps: d.steps })),
    { key: 'overall', label: overallLabel, steps: funnel.overall },
  ];
}

/** A ratio as a whole percentage, e.g. 0.333 → "33%"; none as "—". */
export const percent = (ratio: number | null): string => (ratio === null ? '—' : `${Math.round(ratio * 100)}%`);
