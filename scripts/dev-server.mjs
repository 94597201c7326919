// A static @web/dev-server over the repository root, shared by serve.mjs,
// screenshot.mjs and bench.mjs. No node-resolve, no transforms: pages load the
// built bundle at /dist/cdn/hohhot-widgets.js exactly as a CDN would serve it.
import { startDevServer } from '@web/dev-server';

/**
 * @param {{ port?: number, quiet?: boolean, middleware?: Function[], cors?: boolean }} [options]
 *   port: fixed port, default 8000 or the next free one; middleware: extra
 *   koa middleware (e.g. virtual pages for the benchmark).
 * @returns {Promise<{ server: import('@web/dev-server-core').DevServer, port: number, origin: string }>}
 */
/**
 * dist/ as a host of the bundle should serve it: with the CORS header that
 * module scripts need in a sandboxed iframe (origin "null"), as the README asks.
 * With `cors: false` (screenshots of that failure), without it.
 */
const corsForDist = async (context, next) => {
  await next();
  if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
};

export async function startStaticServer({ port, quiet = true, middleware = [], cors = true } = {}) {
  const server = await startDevServer({
    config: {
      rootDir: '.',
      nodeResolve: false,
      hostname: 'localhost',
      middleware: cors ? [corsForDist, ...middleware] : middleware,
      // undefined → @web/dev-server picks 8000 or the next free port
      ...(port ? { port } : {}),
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: !quiet,
    autoExitProcess: false,
  });
  const actualPort = server.config.port;
  return { server, port: actualPort, origin: `http://localhost:${actualPort}` };
}
