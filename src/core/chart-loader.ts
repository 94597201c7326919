import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

/**
 * chart.js, imported on first use only: a page without charts never
 * downloads it. Registers just the pieces the library draws with.
 */
export function loadChart(): Promise<typeof Chart> {
  loading ??= import('chart.js').then((m) => {
    m.Chart.register(m.BarController, m.BarElement, m.CategoryScale, m.LinearScale, m.DoughnutController, m.ArcElement, m.Tooltip);
    return m.Chart;
  });
  return loading;
}
