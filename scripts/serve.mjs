// `npm start`: after the build, serve the repository on http://localhost:8000
// (or the next free port) for the demo page, which loads dist/cdn/hohhot-widgets.js.
// PORT=9000 npm start picks another port.
import fs from 'node:fs';
import { startStaticServer } from './dev-server.mjs';

if (!fs.existsSync('dist/cdn/hohhot-widgets.js')) {
  console.warn('dist/cdn/hohhot-widgets.js is missing: run `npm run build` first (npm start does).');
}

const port = process.env.PORT ? Number(process.env.PORT) : undefined;
const { server, origin } = await startStaticServer({ port });

console.log(`\nhohhot-widgets demo: ${origin}/demo/\n`);
console.log('Press Ctrl+C to stop.');

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
