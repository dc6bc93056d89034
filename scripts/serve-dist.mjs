// A small static server for the production build, on 127.0.0.1 only: what the
// browser tests and the benchmark run against. It serves dist/ as a host
// should (see docs/decisions/0004): the security headers from dist/_headers,
// gzip for text, long caching for hashed assets, and index.html for any page
// path, so that a reload part-way through a journey works.
//
//   node scripts/serve-dist.mjs [--port 4173] [--root dist]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.webmanifest', '.txt']);

/** Reads the `/*` block of a Netlify-style _headers file: the headers every response gets. */
function readHostHeaders(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/**
 * Starts the server; resolves with its address and a `close` function.
 * `port: 0` picks a free port.
 */
export function startServer({ root = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  const folder = resolve(root);
  if (!existsSync(join(folder, 'index.html'))) {
    throw new Error(`${folder}/index.html is missing: run "npm run build" first`);
  }
  const hostHeaders = readHostHeaders(folder);
  const cache = new Map();

  const load = (path) => {
    let entry = cache.get(path);
    if (!entry) {
      const body = readFileSync(path);
      const extension = extname(path);
      entry = {
        body,
        gzip: COMPRESSIBLE.has(extension) ? gzipSync(body, { level: 9 }) : undefined,
        extension,
      };
      cache.set(path, entry);
    }
    return entry;
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    let path = normalize(join(folder, pathname));
    if (!path.startsWith(folder + sep) && path !== folder) {
      response.writeHead(403).end();
      return;
    }
    const isFile = existsSync(path) && statSync(path).isFile();
    if (!isFile) {
      // A page path (no extension) gets the app, which shows its own "Page not found";
      // a missing file is a real 404, so that a broken asset link shows in the tests.
      if (extname(pathname) !== '') {
        response
          .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...hostHeaders })
          .end('Not found');
        return;
      }
      path = join(folder, 'index.html');
    }
    const entry = load(path);
    const hashed = pathname.startsWith('/assets/');
    const headers = {
      ...hostHeaders,
      'Content-Type': TYPES[entry.extension] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    const wantsGzip = entry.gzip && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = wantsGzip ? entry.gzip : entry.body;
    if (wantsGzip) headers['Content-Encoding'] = 'gzip';
    headers['Content-Length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
      resolvePromise({
        origin,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argument = (name, fallback) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? process.argv[index + 1] : fallback;
  };
  const { origin } = await startServer({
    root: argument('--root', 'dist'),
    port: Number(argument('--port', '4173')),
  });
  console.log(`Serving the build at ${origin}`);
}
