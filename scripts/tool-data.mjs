// Generated at build (`npm run build`) from custom-elements.json, so they never
// go stale: what editors and frameworks read to know the elements.
//   dist/vscode.html-custom-data.json  VS Code's HTML custom data (`html.customData`)
//   dist/web-types.json                JetBrains IDEs (package.json "web-types")
//   dist/react.d.ts                    React 19 JSX.IntrinsicElements (`hohhot-widgets/react`)
//   dist/vue.d.ts                      Vue 3 GlobalComponents (`hohhot-widgets/vue`)
import fs from 'node:fs';

const manifest = JSON.parse(fs.readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, module: m.path })))
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
const defineModule = (el) => `hohhot-widgets/${el.tagName.replace(/^hohhot-/, '')}.js`;

/** `'a' | 'b' | null` → ['a', 'b']; undefined when the type is not a closed list of strings. */
function literals(text = '') {
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p !== 'null' && p !== 'undefined');
  if (!parts.length || !parts.every((p) => /^'[^']*'$/.test(p))) return undefined;
  return parts.map((p) => p.slice(1, -1));
}
const oneLine = (s = '') => s.replace(/\s+/g, ' ').trim();
const describe = (el) => `${oneLine(el.summary ?? el.description)}\n\nImport: \`import '${defineModule(el)}'\``;
const writable = (el) => (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy === undefined && m.name !== 'locale');

// VS Code: https://github.com/microsoft/vscode-custom-data
const vscode = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: { kind: 'markdown', value: describe(el) },
    attributes: (el.attributes ?? []).map((a) => {
      const values = literals(a.type?.text);
      return {
        name: a.name,
        description: { kind: 'markdown', value: oneLine(a.description) + (a.default && !/\bdefault\b/i.test(a.description ?? '') ? ` Default: \`${a.default}\`.` : '') },
        ...(values ? { values: values.map((name) => ({ name })) } : a.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
      };
    }),
  })),
};

// JetBrains: https://github.com/JetBrains/web-types
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tagName,
        description: describe(el),
        source: { module: defineModule(el), symbol: el.name },
        attributes: (el.attributes ?? []).map((a) => {
          const values = literals(a.type?.text);
          return {
            name: a.name,
            description: oneLine(a.description),
            ...(a.default ? { default: a.default } : {}),
            value: a.type?.text === 'boolean' ? { type: 'boolean', required: false } : { type: a.type?.text ?? 'string' },
            ...(values ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
        events: (el.events ?? []).map((e) => ({ name: e.name, description: oneLine(e.description), ...(e.type ? { value: { type: e.type.text } } : {}) })),
        js: {
          properties: writable(el).map((m) => ({ name: m.name, description: oneLine(m.description), value: { type: m.type?.text ?? 'unknown' } })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: oneLine(e.description) })),
        },
      })),
    },
  },
};

// Framework typings: property types are read from the element classes
// (`HohhotTradeBreakdown['flow']`), events from HTMLElementEventMap, so they follow the code.
const classes = elements.map((el) => el.name);
const datasetTypes = [...new Set(elements.flatMap((el) => writable(el).filter((m) => m.name === 'data').flatMap((m) => m.type.text.match(/\b[A-Z]\w*Dataset\b/g) ?? [])))].sort();
const typedEvents = (el) => (el.events ?? []).filter((e) => e.name.startsWith('hw-'));
const propLines = (el, { kebab = false } = {}) => [
  ...writable(el).map((m) => (m.name === 'data' ? `  data?: ${m.type.text};` : `  ${m.name}?: ${el.name}['${m.name}'];`)),
  // React: an attribute spelt otherwise than its property (\`storage-key\`) is set as an attribute.
  // (Vue's templates camelize \`storage-key\` to the property themselves.)
  ...(el.attributes ?? []).filter((a) => kebab && a.fieldName && a.fieldName !== a.name && a.name !== 'lang').map((a) => `  '${a.name}'?: ${el.name}['${a.fieldName}'];`),
];
const header = `// Generated from custom-elements.json by scripts/tool-data.mjs at build; do not edit.
import type { ${[...classes, ...datasetTypes].sort().join(', ')} } from './index.js';`;
const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

const react = `${header}
import type { HTMLAttributes, RefAttributes } from 'react';

/**
 * A custom element in React 19 JSX: its own properties (React 19 sets them as
 * properties), its events as \`on<event-name>\` props (\`onhw-change\`), and the
 * usual HTML attributes.
 */
export type HwJsxElement<E extends HTMLElement, P> = Omit<HTMLAttributes<E>, keyof P> & P & RefAttributes<E>;

${elements
  .map(
    (el) => `/** Props of \`<${el.tagName}>\` in React 19. */
export interface ${el.name}Props {
  /** \`zh-CN\` or \`en\`; any \`zh\` tag is Chinese. Inherited from the page when absent. */
  lang?: 'zh-CN' | 'en' | (string & {});
${propLines(el, { kebab: true }).join('\n')}
${typedEvents(el).map((e) => `  /** ${oneLine(e.description)} */\n  'on${e.name}'?: (event: HTMLElementEventMap['${e.name}']) => void;`).join('\n')}
}`,
  )
  .join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      '${el.tagName}': HwJsxElement<${el.name}, ${el.name}Props>;`).join('\n')}
    }
  }
}
`;

const vue = `${header}
import type { DefineComponent } from 'vue';

${elements
  .map(
    (el) => `/** Props of \`<${el.tagName}>\` in Vue 3 templates; events as \`@hw-…\` listeners. */
export interface ${el.name}VueProps {
  /** \`zh-CN\` or \`en\`; any \`zh\` tag is Chinese. Inherited from the page when absent. */
  lang?: 'zh-CN' | 'en' | (string & {});
${propLines(el).join('\n')}
${typedEvents(el).map((e) => `  /** ${oneLine(e.description)} */\n  on${camel(e.name[0].toUpperCase() + e.name.slice(1))}?: (event: HTMLElementEventMap['${e.name}']) => void;`).join('\n')}
}`,
  )
  .join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${elements.map((el) => `    '${el.tagName}': DefineComponent<${el.name}VueProps>;`).join('\n')}
  }
}
`;

fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
fs.writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
fs.writeFileSync('dist/react.d.ts', react);
fs.writeFileSync('dist/vue.d.ts', vue);
// Type-only entry points: the modules exist so that every bundler and checker resolves them.
fs.writeFileSync('dist/react.js', '// Types only: see react.d.ts.\nexport {};\n');
fs.writeFileSync('dist/vue.js', '// Types only: see vue.d.ts.\nexport {};\n');
console.log(`tool data: ${elements.length} elements → dist/vscode.html-custom-data.json, dist/web-types.json, dist/react.d.ts, dist/vue.d.ts`);
