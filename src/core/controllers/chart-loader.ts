import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;
let attempts = 0;

/**
 * Imports the module of chart.js's parts. The script-tag build rewrites this
 * body (rollup.config.mjs, chartRetry) so that a retry asks for the chunk's
 * URL with `?retry=N`: browsers remember a failed module fetch by URL.
 */
function importChart(_attempt: number): Promise<typeof import('./chart-parts.js')> {
  return import('./chart-parts.js');
}

/**
 * chart.js, imported on first use only: a page without charts never
 * downloads it. A failed import (a CDN copy without its chunks, a flaky
 * network) is not remembered: the next call tries again.
 */
export function loadChart(): Promise<typeof Chart> {
  loading ??= importChart(attempts++).then(
    (m) => m.Chart,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
