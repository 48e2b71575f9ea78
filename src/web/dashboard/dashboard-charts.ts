/// <reference lib="dom" />
import {
  ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { h } from '../shared/api-client';

// Only the parts the dashboard draws (tree-shaken into the page's bundle; no CDN).
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = "system-ui, 'WenQuanYi Zen Hei', 'Noto Sans CJK SC', sans-serif";
// drawn at once: the page is read, not watched; screenshots and tests see the finished picture
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

/** The page's charts by panel id, for scripted reading (the browser test reads their legends and labels). */
const charts = new Map<string, Chart>();
(window as unknown as { dashboardCharts: Map<string, Chart> }).dashboardCharts = charts;

export const colourOf = { green: '#2e7d32', yellow: '#f9a825', red: '#c62828' } as const;
export const agingColours = ['#457b9d', '#f4d35e', '#f28c28', '#c62828', '#6a040f'] as const;

export interface PanelText {
  title: string;
  chart: string;
  table: string;
}

/**
 * A panel that draws its figures as a chart, with the same figures as a table one click away
 * (图表 Chart / 表格 Table); the chart is shown first.
 */
export function chartPanel(id: string, text: PanelText, config: ChartConfiguration, table: HTMLElement): HTMLElement {
  charts.get(id)?.destroy();
  const canvas = h('canvas', { role: 'img', 'aria-label': text.title, 'data-testid': `canvas-${id}` });
  const chartBox = h('div', { class: 'chart-box', 'data-testid': `chart-${id}` }, canvas);
  const tableBox = h('div', { 'data-testid': `table-${id}`, hidden: true }, table);
  const chartButton = h('button', { type: 'button', 'aria-pressed': 'true', 'data-testid': `view-chart-${id}` }, text.chart);
  const tableButton = h('button', { type: 'button', 'aria-pressed': 'false', 'data-testid': `view-table-${id}` }, text.table);
  const show = (asChart: boolean) => {
    chartBox.hidden = !asChart;
    tableBox.hidden = asChart;
    chartButton.setAttribute('aria-pressed', String(asChart));
    tableButton.setAttribute('aria-pressed', String(!asChart));
  };
  chartButton.addEventListener('click', () => show(true));
  tableButton.addEventListener('click', () => show(false));
  const panel = h('div', { class: 'panel', 'data-testid': `panel-${id}` },
    h('div', { class: 'panel-head' }, h('h3', {}, text.title), h('span', { class: 'view-toggle', role: 'group' }, chartButton, tableButton)),
    chartBox, tableBox);
  // Chart.js measures its box: create the chart once the panel is in the document
  queueMicrotask(() => charts.set(id, new Chart(canvas, config)));
  return panel;
}
