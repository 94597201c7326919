// node --test tests/build/: the build's rewrite of the chart loader (scripts/chart-loader-transform.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { URL } from 'node:url';
import { CHART_IMPORT, retryImport, staticImport } from '../../scripts/chart-loader-transform.mjs';

const source = fs.readFileSync(new URL('../../src/core/controllers/chart-loader.ts', import.meta.url), 'utf8');

test('chart-loader.ts still holds the line the builds rewrite', () => {
  assert.ok(source.includes(CHART_IMPORT));
});

test('a chunk reference with $ signs is written as it is', () => {
  // Rollup's references are hashes of the absolute path: one clone got `C9RX$$DR`.
  for (const ref of ['C9RX$$DR', 'a$&b$`c$\'d', '$1$$$0', 'plainRef']) {
    const out = retryImport(source, ref);
    const url = `import.meta.ROLLUP_FILE_URL_${ref}`;
    assert.ok(out.includes(`return import(_attempt ? \`\${${url}}?retry=\${_attempt}\` : ${url});`), ref);
    assert.ok(!out.includes(CHART_IMPORT));
    assert.equal(out.split(url).length - 1, 2, `${ref}: the reference twice, nothing else`);
  }
});

test('code around the line with $ patterns is left as it is', () => {
  const code = `const a = '$&';\n${CHART_IMPORT}\nconst b = "$$";`;
  assert.equal(retryImport(code, 'X$&Y'), `const a = '$&';\nreturn import(_attempt ? \`\${import.meta.ROLLUP_FILE_URL_X$&Y}?retry=\${_attempt}\` : import.meta.ROLLUP_FILE_URL_X$&Y);\nconst b = "$$";`);
});

test('a one-element file imports chart.js statically', () => {
  const out = staticImport(source);
  assert.ok(out.startsWith("import * as __hwChartParts from './chart-parts.js';"));
  assert.ok(out.includes('return Promise.resolve(__hwChartParts);'));
  assert.ok(!/return import\(/.test(out), 'no dynamic import left');
});

test('code without the line is reported, not silently passed through', () => {
  assert.equal(retryImport('export {}', 'R'), null);
  assert.equal(staticImport('export {}'), null);
});
