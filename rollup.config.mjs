// Three builds from src/:
//  1. dist/cdn/hohhot-widgets.js: the script-tag loader (src/cdn.ts). A few kB
//     that import each element's module when its tag appears on the page; the
//     elements, lit, the core and the data are minified chunks under
//     dist/cdn/chunks/, shared and fetched once. The loader knows which chunks
//     each element needs (preloadMap below) and fetches them in parallel.
//     The same build makes dist/cdn/builder.js, the embed builder (src/builder/,
//     page demo/builder.html, copied as dist/cdn/builder.html), which shares
//     the loader and its lit and core chunks.
//  2. dist/cdn/hohhot-widgets-all.js: the register-everything bundle
//     (src/cdn-all.ts), one file for those who want one.
//     In both, chart.js is its own chunk reached only through import(), so a
//     page without charts never downloads it (widget contract §6).
//  3. dist/cdn/<tag>.js: one file per element (src/registry.ts), for a page
//     with one widget: the element with lit, the core, its data and, for a
//     chart widget, chart.js, in one request. Only the check of given data
//     (valibot) stays a chunk of its own, fetched when a page gives data/src.
//  4. dist/**: the npm build. Every src/**/*.ts except tests, one output module
//     per source module, dependencies left as bare imports, not minified.
//     Types come from `tsc -p tsconfig.build.json` (see the "build" script).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { builderOptions } from './scripts/builder-options.mjs';
import { CHART_IMPORT, CHART_LOADER, retryImport, staticImport } from './scripts/chart-loader-transform.mjs';
import { readRegistry } from './scripts/registry.mjs';

const SRC = 'src';
const DIST = 'dist';
const CDN_ENTRY = `${SRC}/cdn.ts`;
const CDN_ALL_ENTRY = `${SRC}/cdn-all.ts`;
/** The embed builder (demo/builder.html): an entry of the script-tag build, so it shares its lit and core chunks. */
const BUILDER_ENTRY = `${SRC}/builder/builder.ts`;
const BUILDER_PAGE = 'demo/builder.html';
const CDN_DIR = `${DIST}/cdn`;
const TARGET = 'es2021'; // same as tsconfig.json

/** Packages that the npm build leaves as bare imports (with their subpaths). */
const EXTERNAL = /^(?:lit|chart\.js|valibot|@lit\/[^/]+|@kurkle\/color)(?:\/.*)?$/;
/** chart.js, its only dependency, and the module that registers its parts: must stay out of the CDN entry chunk. */
const CHART_MODULE = /[\\/]node_modules[\\/](?:chart\.js|@kurkle[\\/]color)[\\/]|[\\/]src[\\/]core[\\/]controllers[\\/]chart-parts\.ts$/;

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
    // The embed builder is a page of the script-tag build, not a module of the package.
    .filter((file) => !file.startsWith(`${SRC}/builder/`))
    .sort();
}

/**
 * What every element needs, in one chunk: lit, src/core and the data's
 * shared helpers (ids, number formats, the shape of a data problem). The
 * datasets are split by rollup, so a page fetches only the data it shows;
 * the check of given data (valibot, the schemas, src/data/validate.ts and
 * src/core/i18n/problem-text.ts) is a chunk of its own, imported only when a page
 * gives `data` or `src` (src/core/util/check.ts). What only some elements
 * use stays with them: the chart base and controller, the figure cards,
 * storage, the clipboard, and the xAPI statements (the quiz and the
 * checklist, which share a chunk with the strategies they both show).
 */
const SHARED_MODULE =
  /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/](?!(?:development[\\/])?(?:directives[\\/](?!if-defined)|directive(?:-helpers)?\.js))|[\\/]src[\\/]core[\\/](?!base[\\/]chart|controllers[\\/]chart|ui[\\/]figure-|util[\\/](?:storage|clipboard|xapi)|i18n[\\/]problem-text)(?:[a-z0-9-]+[\\/])?[^\\/]+\.ts$|[\\/]src[\\/]data[\\/](?:build|number|ids|problem)\.ts$/;

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
      for (const entry of chunks.filter((chunk) => chunk.isEntry && !CHART_MODULE.test(chunk.facadeModuleId ?? ''))) {
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

/** The base64 SHA-256 of the text of the one inline `<tag>` of `html`, as CSP hashes it. */
function inlineHash(html, tag) {
  const found = [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))];
  if (found.length !== 1) throw new Error(`embed.html: expected one inline <${tag}>, found ${found.length}`);
  return crypto.createHash('sha256').update(found[0][1], 'utf8').digest('base64');
}

/**
 * The iframe embed page (src/embed/) goes beside the script-tag bundle, with
 * the hashes of its inline script and style written into its policy.
 */
function copyEmbedPage() {
  return {
    name: 'hohhot-embed-page',
    generateBundle() {
      for (const file of fs.readdirSync(`${SRC}/embed`)) {
        let source = fs.readFileSync(`${SRC}/embed/${file}`);
        if (file === 'embed.html') {
          const html = source.toString('utf8');
          source = html
            .replace('__HW_EMBED_SCRIPT_HASH__', () => inlineHash(html, 'script'))
            .replace('__HW_EMBED_STYLE_HASH__', () => inlineHash(html, 'style'));
        }
        this.emitFile({ type: 'asset', fileName: file, source });
      }
    },
  };
}

/**
 * The embed builder's page goes beside the loader too: demo/builder.html is
 * its one source, which loads the built files from ../dist/cdn/; the copy in
 * dist/cdn/ loads them from beside itself, so a portal can host it with the rest.
 */
function copyBuilderPage() {
  return {
    name: 'hohhot-builder-page',
    generateBundle() {
      const page = fs.readFileSync(BUILDER_PAGE, 'utf8');
      if (!page.includes('../dist/cdn/')) this.error(`${BUILDER_PAGE} no longer loads its files from ../dist/cdn/`);
      this.emitFile({ type: 'asset', fileName: 'builder.html', source: page.replaceAll('../dist/cdn/', './') });
      this.emitFile({ type: 'asset', fileName: 'builder.css', source: fs.readFileSync(`${SRC}/builder/builder.css`) });
    },
  };
}

/**
 * `import options from 'hohhot:builder-options'`: the builder's controls,
 * derived from custom-elements.json when the bundle is built (scripts/builder-options.mjs).
 */
function builderOptionsModule() {
  const ID = 'hohhot:builder-options';
  return {
    name: 'hohhot-builder-options',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      this.addWatchFile(path.resolve('custom-elements.json'));
      return `export default ${JSON.stringify(builderOptions())};`;
    },
  };
}

/**
 * The loader's map of what each element needs: for every define module's
 * chunk (and for chart.js), the chunks it imports statically, transitively,
 * as paths relative to the loader. Written into the loader in place of the
 * string '__HW_PRELOAD__' (src/cdn.ts), so the loader fetches them all at
 * once rather than one import level at a time.
 */
function preloadMap() {
  return {
    name: 'hohhot-preload-map',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId === path.resolve(CDN_ENTRY));
      const closure = (fileName, seen = new Set()) => {
        if (seen.has(fileName) || fileName === entry.fileName) return seen;
        seen.add(fileName);
        for (const dep of bundle[fileName]?.imports ?? []) closure(dep, seen);
        return seen;
      };
      const map = {};
      for (const chunk of chunks) {
        // The chunk that holds a define module (rollup may merge it with the modules only it uses).
        const keys = chunk.moduleIds.flatMap((id) => /[\\/]src[\\/]define[\\/]([^\\/]+)\.ts$/.exec(id)?.[1] ?? []);
        if (chunk.name === 'chart') keys.push('chart');
        for (const key of keys) map[key] = [...closure(chunk.fileName)].map((file) => `./${file}`);
      }
      if (!map.chart) this.error('no chart chunk: the loader cannot fetch chart.js early');
      // Every element of the registry (src/registry.ts), whose define module the loader imports.
      const modules = [...fs.readFileSync(`${SRC}/registry.ts`, 'utf8').matchAll(/module: '([a-z-]+)'/g)].map((m) => m[1]);
      const missing = modules.filter((m) => !map[m]);
      if (missing.length) this.error(`the loader's preload map has no chunk for ${missing.join(', ')}`);
      const placeholder = /(["'`])__HW_PRELOAD__\1/;
      if (!placeholder.test(entry.code)) this.error(`${entry.fileName} has no '__HW_PRELOAD__' placeholder (src/cdn.ts)`);
      entry.code = entry.code.replace(placeholder, () => JSON.stringify(JSON.stringify(map)));
    },
  };
}

/**
 * In the script-tag builds, chart.js's chunk is an emitted chunk whose URL
 * the chart loader knows, so that trying again after a failed fetch asks for
 * `chart-….js?retry=N`: a browser remembers a failed module fetch by its URL
 * and would otherwise fail again at once (src/core/controllers/chart-loader.ts).
 */
function chartRetry() {
  let ref;
  return {
    name: 'hohhot-chart-retry',
    buildStart() {
      ref = this.emitFile({ type: 'chunk', id: path.resolve(SRC, 'core/controllers/chart-parts.ts'), name: 'chart' });
    },
    transform(code, id) {
      if (!CHART_LOADER.test(id)) return null;
      const out = retryImport(code, ref);
      if (out === null) this.error(`chart-loader.ts no longer contains ${CHART_IMPORT}`);
      return { code: out, map: null };
    },
  };
}

/**
 * In a one-element file (dist/cdn/<tag>.js), chart.js's parts are imported
 * statically: the element and its chart come in one request.
 */
function chartInline() {
  return {
    name: 'hohhot-chart-inline',
    transform(code, id) {
      if (!CHART_LOADER.test(id)) return null;
      const out = staticImport(code);
      if (out === null) this.error(`chart-loader.ts no longer contains ${CHART_IMPORT}`);
      return { code: out, map: null };
    },
  };
}

/** A one-element file must be one file: every import it makes at once is in it (dynamic imports, the data check, may be chunks). */
function oneFile() {
  return {
    name: 'hohhot-one-file',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.imports.length) {
          this.error(`${chunk.fileName} imports ${chunk.imports.join(', ')}: a one-element file must need no other file to register its element`);
        }
      }
    },
  };
}

/** A minified script-tag build of `input` into dist/cdn/. */
// chart: 'lazy' (chart.js a chunk fetched by import()), 'inline' (in the entry file) or 'none' (an element that draws none).
function cdnBuild(input, entryFileNames, { shared = true, chart = 'lazy', chunkFileNames = 'chunks/[name]-[hash].js', plugins: extraPlugins = [] } = {}) {
  return {
    input,
    // The embed builder imports the loader and the registry: the loader's file may export
    // them too, rather than rollup moving the loader into a chunk behind a one-line facade.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: CDN_DIR,
      format: 'es',
      entryFileNames,
      chunkFileNames,
      // chart.js (with @kurkle/color and the registration of its parts) in one named chunk, loaded by
      // import() only; lit, valibot and the core that every element needs in one shared chunk. The
      // rest (each element with the data only it uses) is split by rollup.
      manualChunks(id) {
        if (chart !== 'lazy') return undefined;
        if (CHART_MODULE.test(id)) return 'chart';
        if (shared && SHARED_MODULE.test(id)) return 'core';
        return undefined;
      },
      plugins: [
        terser({
          module: true,
          ecma: 2020,
          // Two passes: a few hundred bytes less than one, for a longer build of the script-tag files only.
          compress: { passes: 2 },
          format: { comments: false },
        }),
      ],
    },
    plugins: [
      nodeResolve({ browser: true, extensions: ['.ts', '.mjs', '.js', '.json'] }),
      ...(chart === 'inline' ? [chartInline()] : chart === 'lazy' ? [chartRetry()] : []),
      typescript(),
      // Whitespace and comments out of the html`` and css`` templates (html-minifier-next, lightningcss).
      // Conservative: whitespace between words and tags collapses to one space, never to none,
      // and empty attributes (alt="") stay.
      minifyHTML({
        include: ['src/**'],
        failOnError: true,
        options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
      }),
      ...(chart === 'inline' ? [] : [chartStaysLazy()]),
      ...extraPlugins,
    ],
    onwarn,
  };
}

const cdn = cdnBuild({ 'hohhot-widgets': CDN_ENTRY, builder: BUILDER_ENTRY }, '[name].js', {
  plugins: [builderOptionsModule(), preloadMap(), copyEmbedPage(), copyBuilderPage()],
});
const cdnAll = cdnBuild(CDN_ALL_ENTRY, 'hohhot-widgets-all.js', { shared: false });
// One file per element of the registry: a chart widget's with chart.js in it, a chart-free one's without (the guard above).
const oneHop = readRegistry().map(({ tag, module, chart }) =>
  cdnBuild(`${SRC}/define/${module}.ts`, `${tag}.js`, {
    shared: false,
    chart: chart ? 'inline' : 'none',
    chunkFileNames: `chunks/${tag}.[name]-[hash].js`,
    plugins: [oneFile()],
  }),
);

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

export default [cdn, cdnAll, ...oneHop, npm];
