// Two builds from src/:
//  1. dist/cdn/hohhot-widgets.js: the <script type="module"> bundle. Everything
//     (lit, valibot, our code) in one minified ES module; chart.js goes to its
//     own chunk under dist/cdn/chunks/ and is reached only through import(), so
//     a page without charts never downloads it (widget contract §6).
//  2. dist/**: the npm build. Every src/**/*.ts except tests, one output module
//     per source module, dependencies left as bare imports, not minified.
//     Types come from `tsc -p tsconfig.build.json` (see the "build" script).
import fs from 'node:fs';
import path from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const SRC = 'src';
const DIST = 'dist';
const CDN_ENTRY = `${SRC}/cdn.ts`;
const CDN_DIR = `${DIST}/cdn`;
const TARGET = 'es2021'; // same as tsconfig.json

/** Packages that the npm build leaves as bare imports (with their subpaths). */
const EXTERNAL = /^(?:lit|chart\.js|valibot|@lit\/[^/]+|@kurkle\/color)(?:\/.*)?$/;
/** chart.js and its only dependency: must stay out of the CDN entry chunk. */
const CHART_MODULE = /[\\/]node_modules[\\/](?:chart\.js|@kurkle[\\/]color)[\\/]/;

// Clean dist/ once, before either build starts (tsc writes the .d.ts files after rollup).
fs.rmSync(DIST, { recursive: true, force: true });

/** esbuild for TypeScript: reads tsconfig.json (experimentalDecorators, useDefineForClassFields: false). */
const typescript = () =>
  esbuild({
    tsconfig: 'tsconfig.json',
    target: TARGET,
    sourceMap: false,
    loaders: { '.json': 'json' },
  });

/** Every .ts module under src/, except tests and declaration files. */
function sourceModules() {
  if (!fs.existsSync(SRC)) return [];
  return fs
    .readdirSync(SRC, { recursive: true })
    .map((file) => path.join(SRC, String(file)).split(path.sep).join('/'))
    .filter((file) => /\.ts$/.test(file) && !/\.(?:test|spec)\.ts$|\.d\.ts$/.test(file))
    .filter((file) => !file.split('/').includes('__tests__'))
    .sort();
}

/** Fail the build on warnings that mean a broken output (unresolved imports, circular-chunk issues). */
function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT') {
    throw new Error(
      `${warning.message}\n  Add the package to "dependencies" (and to EXTERNAL in rollup.config.mjs) or fix the path.`,
    );
  }
  warn(warning);
}

/**
 * Guard for widget contract §6: after the CDN bundle is generated, make sure no
 * chart.js module is statically reachable from the entry file. Fails the build
 * otherwise (for example if a component imports `Chart` as a value instead of
 * with `await import('chart.js/auto')` or `import type`).
 */
function chartStaysLazy() {
  return {
    name: 'hohhot-chart-stays-lazy',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
        const seen = new Set();
        const queue = [entry.fileName];
        while (queue.length) {
          const name = queue.shift();
          if (seen.has(name)) continue;
          seen.add(name);
          const chunk = byName.get(name);
          if (!chunk) continue;
          const offenders = Object.keys(chunk.modules).filter((id) => CHART_MODULE.test(id));
          if (offenders.length) {
            this.error(
              `chart.js is loaded statically by ${entry.fileName} (through ${chunk.fileName}, e.g. ${offenders[0]}). ` +
                `Chart code must be reached only with a dynamic import('chart.js/auto'); use \`import type\` for types.`,
            );
          }
          queue.push(...chunk.imports);
        }
      }
    },
  };
}

/** The iframe embed page (src/embed/) goes beside the script-tag bundle, as is. */
function copyEmbedPage() {
  return {
    name: 'hohhot-embed-page',
    generateBundle() {
      for (const file of fs.readdirSync(`${SRC}/embed`)) {
        this.emitFile({ type: 'asset', fileName: file, source: fs.readFileSync(`${SRC}/embed/${file}`) });
      }
    },
  };
}

const cdn = {
  input: CDN_ENTRY,
  output: {
    dir: CDN_DIR,
    format: 'es',
    entryFileNames: 'hohhot-widgets.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // chart.js (and @kurkle/color) in one named chunk, loaded by import() only.
    manualChunks(id) {
      if (CHART_MODULE.test(id)) return 'chart';
      return undefined;
    },
    plugins: [
      terser({
        module: true,
        ecma: 2020,
        format: { comments: false },
      }),
    ],
  },
  plugins: [
    nodeResolve({ browser: true, extensions: ['.ts', '.mjs', '.js', '.json'] }),
    typescript(),
    chartStaysLazy(),
    copyEmbedPage(),
  ],
  onwarn,
};

const npm = {
  input: sourceModules(),
  external: (id) => EXTERNAL.test(id),
  output: {
    dir: DIST,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: SRC,
    entryFileNames: '[name].js',
  },
  // Side effects (customElements.define in src/define/*) must be kept as written.
  treeshake: { moduleSideEffects: true },
  plugins: [typescript()],
  onwarn,
};

if (!fs.existsSync(CDN_ENTRY)) {
  throw new Error(`${CDN_ENTRY} is missing: nothing to build.`);
}

export default [cdn, npm];
