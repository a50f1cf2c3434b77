import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { FunnelRow } from './funnel-rows';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Bars per stage, one series per discipline: where each discipline loses its applicants. */
export function funnelChartOption(rows: readonly FunnelRow[], stageNames: readonly string[]) {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: stageNames },
    yAxis: { type: 'value', minInterval: 1 },
    series: rows.map((row) => ({ type: 'bar', name: row.label, data: row.steps.map((step) => step.count) })),
  };
}

export function FunnelChart({ rows, stageNames }: { rows: readonly FunnelRow[]; stageNames: readonly string[] }) {
  return <ReactEChartsCore echarts={echarts} option={funnelChartOption(rows, stageNames)} opts={{ renderer: 'svg' }} style={{ height: 320 }} notMerge />;
}
