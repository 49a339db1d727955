/** Bar charts with ECharts (tree-shaken: bar chart, grid, tooltip, legend, SVG renderer). */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, AriaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { h, reducedMotion } from './dom.ts';
import { onCleanup } from './cleanup.ts';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

/** Colours of PLOVER event types (others get the fallback palette). */
const TYPE_COLOURS: Readonly<Record<string, string>> = {
  CONSULT: '#3b6ea8', AGREE: '#4c9a6a', SUPPORT: '#8bb758', COOPERATE: '#2a9d8f', AID: '#6bb0c9',
  REQUEST: '#c9a227', DEMAND: '#d08c2e', ACCUSE: '#d46a4c', REJECT: '#b5474b', THREATEN: '#9c2f3f',
  PROTEST: '#a0522d', SANCTION: '#7a3b69', MOBILIZE: '#6d5a9c', COERCE: '#5b3e8a', ASSAULT: '#3d2b56',
  RETREAT: '#8f8f8f', CONCEDE: '#6f9fd8',
};
const FALLBACK = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc'];

/** The colour of an event type (also used for badges). */
export function typeColour(type: string, i = 0): string {
  return TYPE_COLOURS[type] ?? FALLBACK[i % FALLBACK.length]!;
}

/** One bar series. */
export interface Series { name: string; data: number[]; colour?: string; stack?: string }

/** Draws a bar chart of `series` over `categories` in a new element (disposed when the view changes). */
export function barChart(categories: readonly string[], series: readonly Series[], opts: { height?: number; testid?: string; label?: string } = {}): HTMLElement {
  const el = h('div', { class: 'chart', testid: opts.testid, attrs: { role: 'img', 'aria-label': opts.label ?? 'chart' } });
  el.style.height = `${opts.height ?? 260}px`;
  // ECharts needs the element in the page to measure it: draw on the next frame.
  requestAnimationFrame(() => {
    if (!el.isConnected) return;
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: !reducedMotion(),
      aria: { enabled: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: series.length > 1 ? { top: 0, type: 'scroll' } : undefined,
      grid: { left: 36, right: 12, top: series.length > 1 ? 34 : 12, bottom: 24, containLabel: true },
      xAxis: { type: 'category', data: [...categories] },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s, i) => ({
        type: 'bar', name: s.name, data: s.data, stack: s.stack, barMaxWidth: 38,
        itemStyle: { color: s.colour ?? typeColour(s.name, i) },
        emphasis: { focus: 'series' },
      })),
    });
    const onResize = (): void => chart.resize();
    window.addEventListener('resize', onResize);
    onCleanup(() => { window.removeEventListener('resize', onResize); chart.dispose(); });
  });
  return el;
}
