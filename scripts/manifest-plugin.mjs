// The custom-elements-manifest analyzer's output, made fit for tools that read
// the published package (IDEs, framework typings, docs), in one plugin:
//  - module paths are those of the shipped ES modules (`dist/…/*.js`), not of
//    src/**/*.ts, which is not in the package;
//  - attribute types are spelt out as unions of literals (`'auto' | 'light' |
//    'dark'`, not `Theme`), read from the value lists the code declares;
//  - `data` has each element's own dataset type, not the base class's `T`;
//  - private and protected members are left out (they are no API);
//  - every element documents `lang`, and each event its type (`CustomEvent<…>`);
//  - each define module (`dist/define/<name>.js`, `hohhot-widgets/<name>.js`)
//    is listed with its `custom-element-definition` export;
//  - only the modules of elements, their base classes and define modules are
//    kept: the rest of src/core is internal.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = process.cwd();

/** `src/a/b.ts`, `/src/a/b.js` → `dist/a/b.js`. */
export function distPath(p) {
  const m = /^\/?src\/(.+)\.(?:ts|js)$/.exec(p);
  return m ? `dist/${m[1]}.js` : p;
}

/** Rewrites every `module` / `path` that names a source file. */
function rewritePaths(value) {
  if (Array.isArray(value)) return value.forEach(rewritePaths);
  if (!value || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'module' || k === 'path') && typeof v === 'string') value[k] = distPath(v);
    else rewritePaths(v);
  }
}

/** Every `.ts` file under `dir`, tests left out. */
function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/**
 * The closed value lists of src/ as the code writes them — `export const THEMES
 * = ['auto', 'light', 'dark'] as const; export type Theme = (typeof
 * THEMES)[number];` — read from the syntax alone (fast: no type checker).
 * `resolve()` spells a type out as a union of literals.
 */
function literalResolver(files) {
  const arrays = new Map(); // const name → its elements: a literal or `...OTHER`
  const aliases = new Map(); // type name → its text
  const sources = new Map(); // file → its parsed source, for the classes
  for (const file of files) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    sources.set(file, sf);
    for (const st of sf.statements) {
      if (ts.isTypeAliasDeclaration(st)) aliases.set(st.name.text, st.type.getText(sf));
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        let init = d.initializer;
        while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
        if (!ts.isIdentifier(d.name) || !init || !ts.isArrayLiteralExpression(init)) continue;
        const items = init.elements.map((e) => (ts.isStringLiteral(e) ? `'${e.text}'` : ts.isSpreadElement(e) ? `...${e.expression.getText(sf)}` : null));
        if (items.every(Boolean)) arrays.set(d.name.text, items);
      }
    }
  }
  const values = (name) => (arrays.get(name) ?? []).flatMap((v) => (v.startsWith('...') ? values(v.slice(3)) : [v]));
  const resolve = (text, seen = new Set()) =>
    text
      .split('|')
      .map((p) => p.trim())
      .flatMap((part) => {
        const indexed = /^\(typeof (\w+)\)\[number\]$/.exec(part);
        if (indexed && arrays.has(indexed[1])) return values(indexed[1]);
        if (aliases.has(part) && !seen.has(part)) return resolve(aliases.get(part), new Set([...seen, part])).split(' | ');
        return [part];
      })
      .join(' | ');
  return { resolve, sources };
}

/** Each event's type, from `interface HwEventMap` in src/core/util/events.ts; `error` has the type of `hw-error`. */
function eventTypesOf(sf) {
  const map = sf.statements.find((st) => ts.isInterfaceDeclaration(st) && st.name.text === 'HwEventMap');
  const types = new Map(map.members.filter(ts.isPropertySignature).map((m) => [m.name.text, m.type.getText(sf)]));
  types.set('error', types.get('hw-error'));
  return types;
}

/**
 * What `el.data = …` accepts on an element class, as written in the source (the
 * dataset's exported name, not its expansion): the class's own setter's
 * parameter, else the `In` of `extends HwElement<T, In>` (`T` without `In`,
 * and for `extends HwChartElement<T>`), and `null | undefined`.
 */
function dataWriteType(classDecl) {
  const own = classDecl.members.find((m) => ts.isSetAccessor(m) && m.name.getText() === 'data');
  if (own?.parameters[0]?.type) return own.parameters[0].type.getText();
  const base = classDecl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  const args = base?.typeArguments?.map((t) => t.getText()) ?? [];
  const name = base?.expression.getText();
  const input = name === 'HwElement' ? (args[1] ?? args[0]) : name === 'HwChartElement' ? args[0] : undefined;
  return input && `${input} | null | undefined`;
}

const LANG_ATTRIBUTE = {
  name: 'lang',
  type: { text: "'zh-CN' | 'en'" },
  description:
    'Language: Chinese for any `zh` tag (`zh`, `zh-CN`, `zh-Hans`, `zh-TW`, …), English for any other. Without it, the nearest ancestor\'s `lang` (across shadow roots), else the document\'s, else `zh-CN`. Changes apply at once.',
  fieldName: 'lang',
};

export function toolsManifestPlugin() {
  return {
    name: 'hohhot-tools-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ m, d })));
      const { resolve, sources } = literalResolver(sourceFiles(path.join(ROOT, 'src')));
      const eventTypes = eventTypesOf(sources.get(path.join(ROOT, 'src/core/util/events.ts')));

      for (const { m, d } of elements) {
        const sf = sources.get(path.join(ROOT, m.path));
        const classDecl = sf?.statements.find((st) => ts.isClassDeclaration(st) && st.name?.text === d.name);
        if (!classDecl) throw new Error(`manifest: no class ${d.name} in ${m.path}`);
        d.members = (d.members ?? []).filter((x) => x.privacy !== 'private' && x.privacy !== 'protected' && !x.name.startsWith('#'));
        for (const a of d.attributes ?? []) if (a.type?.text) a.type = { text: resolve(a.type.text) };
        for (const x of d.members) {
          if (x.kind !== 'field' || x.static) continue;
          if (x.name === 'data') {
            const text = dataWriteType(classDecl);
            if (text) x.type = { text };
          } else if (x.type?.text && (d.attributes ?? []).some((a) => a.fieldName === x.name)) {
            x.type = { text: resolve(x.type.text) };
          }
        }
        for (const e of d.events ?? []) {
          const type = eventTypes.get(e.name);
          if (!type) throw new Error(`manifest: ${d.tagName} fires ${e.name}, which HwEventMap in src/core/util/events.ts does not declare`);
          e.type = { text: type };
        }
        if (!(d.attributes ?? []).some((a) => a.name === 'lang')) d.attributes = [LANG_ATTRIBUTE, ...(d.attributes ?? [])];
      }

      // Keep the element modules, the modules of their base classes, and the data-free constants they export.
      const superModules = new Set(elements.flatMap(({ d }) => (d.superclass?.module ? [d.superclass.module.replace(/^\//, '').replace(/\.js$/, '.ts')] : [])));
      for (const { d } of elements) for (const x of d.members ?? []) if (x.inheritedFrom?.module) superModules.add(x.inheritedFrom.module);
      const elementModules = new Set(elements.map(({ m }) => m.path));
      manifest.modules = manifest.modules.filter((m) => elementModules.has(m.path) || superModules.has(m.path) || m.path.startsWith('src/components/'));
      for (const m of manifest.modules) {
        for (const d of m.declarations ?? []) {
          if (d.kind === 'class' && d.members) d.members = d.members.filter((x) => x.privacy !== 'private' && x.privacy !== 'protected' && !x.name.startsWith('#'));
        }
      }

      // The define modules: `defineElement('<tag>', <Class>)`, and the class they re-export.
      const defineDir = path.join(ROOT, 'src/define');
      for (const file of fs.readdirSync(defineDir).filter((f) => f.endsWith('.ts')).sort()) {
        const text = fs.readFileSync(path.join(defineDir, file), 'utf8');
        const call = /defineElement\('([^']+)',\s*(\w+)\)/.exec(text);
        if (!call) continue;
        const [, tag, name] = call;
        const found = elements.find(({ d }) => d.name === name && d.tagName === tag);
        if (!found) throw new Error(`manifest: src/define/${file} registers ${name} as <${tag}>, which the manifest does not know`);
        const declaration = { name, module: found.m.path };
        manifest.modules.push({
          kind: 'javascript-module',
          path: `src/define/${file}`,
          declarations: [],
          exports: [
            { kind: 'js', name, declaration },
            { kind: 'custom-element-definition', name: tag, declaration },
          ],
        });
      }

      rewritePaths(manifest.modules);
      manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}
