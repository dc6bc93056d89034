// Serves the built dist/ folder with nginx and the hosts' configuration
// (hosting/nginx/site.conf and the build's own security headers), on
// 127.0.0.1. What the browser tests, the offline test (which stops its own
// server), the benchmark and `npm run serve` run against, so that they see
// what a host sends. nginx runs as the current user: its pid, temp and log
// files go in a temporary folder, deleted when it stops, and nothing is
// written under /var.
//
//   node scripts/serve-with-nginx.ts [--port 4173] [--root dist]
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NGINX_HEADERS_FILE } from '../vite-plugins/vite-plugin-csp.ts';
import { findExecutable } from './find-executable.ts';

const NGINX_INSTALL = 'apt-get update && apt-get install -y nginx';

/** The hosts' configuration, which the generated wrapper includes unchanged. */
export const SITE_CONFIG = fileURLToPath(new URL('../hosting/nginx/site.conf', import.meta.url));

const HOST = '127.0.0.1';

/** The first executable of $NGINX_PATH, /usr/sbin/nginx and /usr/bin/nginx, or undefined. */
export function findNginx(): string | undefined {
  return findExecutable([process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']);
}

/** A port nobody listens on now. nginx cannot pick one itself (it refuses port 0). */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, HOST, done);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** The mime.types of this nginx, which a host's http block includes too. */
function findMimeTypes(nginx: string): string {
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${built.stdout}${built.stderr}`)?.[1];
  const candidates = [confPath ? join(dirname(confPath), 'mime.types') : '', '/etc/nginx/mime.types'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found)
    throw new Error(`nginx's mime.types not found (looked at ${candidates.filter(Boolean).join(', ')})`);
  return found;
}

/** A path as an nginx string. nginx reads `$` as a variable, and has no escape for it. */
function quotePath(path: string): string {
  if (/["$\\\r\n]/.test(path)) throw new Error(`nginx cannot be given this path: ${path}`);
  return `"${path}"`;
}

/**
 * The wrapper a host's own nginx.conf stands for: a server block on 127.0.0.1
 * that sets the root and includes the build's headers and the site rules, as
 * hosting/nginx/README.md tells hosts to. The rest keeps nginx inside `folder`.
 */
function writeWrapperConfig(options: { folder: string; root: string; port: number; mimeTypes: string }) {
  const { folder, root, port, mimeTypes } = options;
  const inFolder = (name: string) => quotePath(join(folder, name));
  // As root, nginx would run its workers as "nobody", who may not be able to read the checkout.
  const workersUser = process.getuid?.() === 0 ? 'user root;' : '';
  return `# Written by scripts/serve-with-nginx.ts; deleted when the server stops.
worker_processes 1;
pid ${inFolder('nginx.pid')};
error_log ${inFolder('error.log')} warn;
${workersUser}
events {
    worker_connections 256;
}

http {
    include ${quotePath(mimeTypes)};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${inFolder('client-body')};
    proxy_temp_path ${inFolder('proxy')};
    fastcgi_temp_path ${inFolder('fastcgi')};
    uwsgi_temp_path ${inFolder('uwsgi')};
    scgi_temp_path ${inFolder('scgi')};

    server {
        listen ${HOST}:${port};
        root ${quotePath(root)};
        include ${quotePath(join(root, NGINX_HEADERS_FILE))};
        include ${quotePath(SITE_CONFIG)};
    }
}
`;
}

export type NginxServer = {
  /** For example http://127.0.0.1:4173 */
  origin: string;
  /** Stops nginx and deletes its temporary folder. */
  stop: () => Promise<void>;
};

function waitForExit(child: ChildProcess, milliseconds: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), milliseconds);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, HOST);
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Starts nginx on one port; resolves once it accepts connections, rejects with its error if it stops first. */
async function startOnPort(nginx: string, folder: string, port: number): Promise<ChildProcess> {
  const config = join(folder, 'nginx.conf');
  const child = spawn(
    nginx,
    ['-p', folder, '-c', config, '-e', join(folder, 'error.log'), '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (errors += text));
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const exited = await waitForExit(child, 50);
    if (spawnError) throw spawnError;
    if (exited) {
      const log = existsSync(join(folder, 'error.log'))
        ? readFileSync(join(folder, 'error.log'), 'utf8')
        : '';
      throw new Error(`nginx stopped at start: ${(errors || log).trim()}`);
    }
    if (await canConnect(port)) return child;
  }
  child.kill('SIGKILL');
  throw new Error(`nginx did not listen on ${HOST}:${port} within 10 seconds`);
}

/**
 * Serves `root` (default dist) with nginx on 127.0.0.1: on `port`, or on a
 * free port when none is given.
 */
export async function serveWithNginx(options: { root?: string; port?: number } = {}): Promise<NginxServer> {
  const nginx = findNginx();
  if (!nginx)
    throw new Error(`nginx not found at $NGINX_PATH, /usr/sbin/nginx or /usr/bin/nginx: ${NGINX_INSTALL}`);
  const root = resolve(options.root ?? 'dist');
  for (const file of ['index.html', NGINX_HEADERS_FILE]) {
    if (!existsSync(join(root, file)))
      throw new Error(`${root}/${file} is missing: run "npm run build" first`);
  }
  const mimeTypes = findMimeTypes(nginx);
  const folder = mkdtempSync(join(tmpdir(), 'nginx-'));
  // Another process can take a free port before nginx binds it: try another.
  const attempts = options.port === undefined ? 5 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await findFreePort());
    writeFileSync(join(folder, 'nginx.conf'), writeWrapperConfig({ folder, root, port, mimeTypes }));
    try {
      const child = await startOnPort(nginx, folder, port);
      // If this process ends without stopping it, nginx must not outlive it.
      const stopOnExit = () => child.kill('SIGTERM');
      process.once('exit', stopOnExit);
      return {
        origin: `http://${HOST}:${port}`,
        stop: async () => {
          process.off('exit', stopOnExit);
          child.kill('SIGTERM');
          if (!(await waitForExit(child, 5_000))) {
            child.kill('SIGKILL');
            await waitForExit(child, 5_000);
          }
          rmSync(folder, { recursive: true, force: true });
        },
      };
    } catch (error) {
      const portTaken = error instanceof Error && error.message.includes('Address already in use');
      if (!portTaken || attempt >= attempts) {
        rmSync(folder, { recursive: true, force: true });
        throw error;
      }
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argument = (name: string, fallback: string) => {
    const index = process.argv.indexOf(name);
    return index > 0 ? (process.argv[index + 1] ?? fallback) : fallback;
  };
  const root = argument('--root', 'dist');
  let server: NginxServer;
  try {
    server = await serveWithNginx({ root, port: Number(argument('--port', '4173')) });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  console.log(`Serving ${root}/ with hosting/nginx/site.conf at ${server.origin}/ (Ctrl-C stops it)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.stop().then(() => process.exit(0)));
  }
}
