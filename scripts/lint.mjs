// npm run lint: ESLint (eslint.config.mjs) over the repository and
// lit-analyzer (tsconfig.json, plugin "ts-lit-plugin") over src/, side by side
// on the machine's cores. Each tool's report is printed whole under its own
// heading once it is done; the run fails when either reports anything, warnings
// included.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

const tools = [
  { name: 'eslint', cmd: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'lit-analyzer', cmd: bin('lit-analyzer'), args: ['src/**/*.ts', '--maxWarnings', '0', '--format', 'list'] },
];

function run({ name, cmd, args }) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', (err) => resolve({ name, code: 1, out: String(err), seconds: 0 }));
    child.on('close', (code) => resolve({ name, code: code ?? 1, out, seconds: (performance.now() - start) / 1000 }));
  });
}

const results = await Promise.all(tools.map(run));
for (const r of results) {
  const verdict = r.code === 0 ? 'clean' : 'FINDINGS';
  console.log(`\n── ${r.name}: ${verdict} (${r.seconds.toFixed(1)} s) ${'─'.repeat(40)}`);
  const text = r.out.trim();
  if (text) console.log(text);
}
const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
console.log(failed.length ? `\nlint: findings from ${failed.join(' and ')}` : '\nlint: clean');
process.exit(failed.length ? 1 : 0);
