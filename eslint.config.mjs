// ESLint (flat config) for the library, its tests, scripts and examples.
// `npm run lint` runs it with --max-warnings 0 together with lit-analyzer
// (configured in tsconfig.json, plugin "ts-lit-plugin").
//
// What is checked:
// - TypeScript: typescript-eslint's recommended rules with type information
//   (floating promises, unsafe `any` flows, misused promises, ...), through
//   the project service, so each file uses its own tsconfig.json.
// - Lit templates and elements: eslint-plugin-lit's recommended rules plus the
//   few of its others that catch real bugs.
// - Custom elements: eslint-plugin-wc's recommended rules plus the best-practice
//   ones that hold for LitElement subclasses.
// - Plain JavaScript (.mjs scripts, fixture and demo scripts): ESLint's
//   recommended rules with the right globals.
// Style is left to the authors: no formatting or naming rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const TS = ['**/*.ts', '**/*.tsx'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'bench-results/**',
      'screenshots/**',
      'tests/ssr/dist/**',
      'examples/*/dist/**',
      // Single-file components need vue-eslint-parser; vue-tsc --strictTemplates checks App.vue.
      '**/*.vue',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,

  // ---- TypeScript, type-aware -------------------------------------------------
  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // tsc already reports these (noUnusedLocals, noUnusedParameters), with
      // the same `_` convention; two reports of one finding only add noise.
      '@typescript-eslint/no-unused-vars': 'off',
      // `void promise` is how this codebase marks a deliberately unawaited
      // promise (e.g. `void this.updateComplete.then(...)`).
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      // Lit binds `this` of @event listeners to the host element, so
      // `@click=${this.onClick}` is safe; tests keep originals of stubbed
      // methods (`const original = URL.createObjectURL`) to restore them.
      '@typescript-eslint/unbound-method': 'off',
      // `interface HTMLElementEventMap extends HwEventMap {}` is how the
      // widgets' events are merged into the DOM's global event maps.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // Stricter than recommended on one point: no null or undefined in a
      // template literal, where it would print "undefined" or "null" to a
      // reader (an index past the end, a missing attribute, a null scale).
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNullish: false }],
    },
  },

  // ---- Lit and custom elements (library, tests, builder) ------------------------
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: {
      // A lifecycle override that forgets super.connectedCallback() etc. breaks
      // Lit's own lifecycle (controllers, rendering).
      'lit/lifecycle-super': 'error',
      // Not taken: 'lit/no-this-assign-in-render', which also flags
      // assignments inside the event handlers that render() creates.
      // `.bind(this)` in a template makes a new listener on every render.
      'lit/no-template-bind': 'error',
      // `value=${x}` sets the attribute, not the live value of an input.
      'lit/no-value-attribute': 'error',
      // Invalid escapes in html`` literals are syntax errors in the raw string.
      'lit/no-invalid-escape-sequences': 'error',
      // A reactive property named like a global HTML attribute (title, hidden,
      // ...) changes what the host element itself means.
      'lit/no-native-attributes': 'error',
      // best-practice rules of eslint-plugin-wc that hold for LitElement:
      'wc/no-closed-shadow-root': 'error',
      'wc/no-constructor-params': 'error',
      'wc/no-invalid-extends': 'error',
      'wc/no-typos': 'error',
      'wc/require-listener-teardown': 'error',
      'wc/no-child-traversal-in-connectedcallback': 'error',
      'wc/no-child-traversal-in-attributechangedcallback': 'error',
      // Not taken from best-practice: 'wc/guard-super-call' (LitElement always
      // defines connectedCallback and friends, so the guard is dead code) and
      // 'wc/attach-shadow-constructor' (Lit attaches the shadow root itself).
    },
  },

  {
    // Tests: chai's property assertions (`expect(x).to.be.true`) are
    // expressions by design; stubs are `async` to return a promise.
    files: ['tests/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff types every chai `equal` as returning a
      // Promise (for its async `.dom.equal`), so each `expect(a).to.equal(b)`
      // would count as a floating promise; chai's equal itself is synchronous.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { ignoreVoid: true, allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] },
      ],
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The examples import the built package (dist/), which does not exist
    // before `npm run build`; `npm run examples` type-checks them after it.
    files: ['examples/**'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // ---- Plain JavaScript ------------------------------------------------------------
  {
    files: JS,
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Node: scripts, configs, the SSR check.
    files: ['scripts/**', '*.mjs', 'examples/*/*.mjs', 'tests/ssr/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts that hand functions to a browser page (page.evaluate and the like).
    files: ['scripts/bench.mjs', 'scripts/measure-heights.mjs', 'scripts/screenshot.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Browser: demo page, embed page, test fixture scripts.
    files: ['demo/**/*.js', 'src/embed/*.js', 'tests/fixtures/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
