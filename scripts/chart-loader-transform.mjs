// The script-tag builds' rewrite of src/core/controllers/chart-loader.ts
// (rollup.config.mjs): the one line that imports chart.js's parts becomes
//  - in the loader and the all-in-one bundle, an import of the emitted
//    chart chunk's URL, with `?retry=N` after a failed fetch (a browser
//    remembers a failed module fetch by its URL and would fail again at once);
//  - in a one-element file (dist/cdn/<tag>.js), a static import, so that
//    chart.js comes in the same file as the element.
// Kept apart from the config so that tests/build/ can run it on any code.

/** The line of chart-loader.ts that the builds rewrite. */
export const CHART_IMPORT = "return import('./chart-parts.js');";

/** The file this rewrite applies to. */
export const CHART_LOADER = /[\\/]src[\\/]core[\\/]controllers[\\/]chart-loader\.ts$/;

/**
 * `code` with its chart import going to the chunk `ref` (an emitted chunk's
 * reference, `import.meta.ROLLUP_FILE_URL_<ref>`), or null when the line is
 * missing. The reference is a hash that may hold `$` (`C9RX$$DR`): it is
 * inserted by a replacer function, never as a replacement pattern.
 */
export function retryImport(code, ref) {
  if (!code.includes(CHART_IMPORT)) return null;
  const url = `import.meta.ROLLUP_FILE_URL_${ref}`;
  const line = `return import(_attempt ? \`\${${url}}?retry=\${_attempt}\` : ${url});`;
  return code.replace(CHART_IMPORT, () => line);
}

/** `code` with chart.js's parts imported statically (a one-element file), or null when the line is missing. */
export function staticImport(code) {
  if (!code.includes(CHART_IMPORT)) return null;
  const line = 'return Promise.resolve(__hwChartParts);';
  return `import * as __hwChartParts from './chart-parts.js';\n${code.replace(CHART_IMPORT, () => line)}`;
}
