import { readdirSync, readFileSync } from 'node:fs';
import type { Response } from '@playwright/test';
import { listFirstLoadFiles } from '../../scripts/bench-first-load.ts';
import { listSecurityHeaders, NGINX_HEADERS_FILE } from '../../vite-plugins/vite-plugin-csp.ts';
import { expect, test } from './support/test.ts';

// What a host running nginx with hosting/nginx/site.conf sends, read from the
// responses the browser received: the browser tests are served that way
// (scripts/serve-with-nginx.ts).

const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The `/*` block of dist/_headers, with lower-case names as Playwright gives them. */
function readHeadersFile(): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync('dist/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

const hostHeaders = readHeadersFile();
const indexHtml = readFileSync('dist/index.html', 'utf8');
const entryScript = listFirstLoadFiles(indexHtml).scripts[0]!;
const metaPolicy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(indexHtml)?.[1];

/** Checks that a response's headers (lower-case names) hold every security header. */
function expectSecurityHeaders(received: Record<string, string>) {
  const csp = received['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toBe(hostHeaders['content-security-policy']);
  expect(csp).toBe(`${metaPolicy}; frame-ancestors 'none'`);
  expect(received['x-content-type-options']).toBe('nosniff');
  expect(received['referrer-policy']).toBe('no-referrer');
  expect(received['cross-origin-opener-policy']).toBe('same-origin');
  expect(received['permissions-policy']).toContain('camera=()');
  for (const [name, value] of Object.entries(hostHeaders)) expect(received[name], name).toBe(value);
}

/** The headers the browser received with a response. */
async function readReceivedHeaders(response: Response | null): Promise<Record<string, string>> {
  expect(response, 'a response').not.toBeNull();
  return response!.allHeaders();
}

test("dist/_headers holds the build's security headers: the page's policy plus frame-ancestors, and the others", () => {
  expect(metaPolicy).toBeDefined();
  const expected = Object.fromEntries(
    Object.entries(listSecurityHeaders(metaPolicy!)).map(([name, value]) => [name.toLowerCase(), value]),
  );
  expect(hostHeaders).toEqual(expected);
  expect(Object.keys(hostHeaders)).toEqual([
    'content-security-policy',
    'x-content-type-options',
    'referrer-policy',
    'cross-origin-opener-policy',
    'permissions-policy',
  ]);
});

// A question page has its own page, drawn by the build; any other page path gets index.html.
for (const [path, file] of [
  ['/', 'index.html'],
  ['/questions/child-age', 'questions/child-age.html'],
  ['/questions/no-such-question', 'index.html'],
  ['/check-answers', 'index.html'],
  ['/no-such-page', 'index.html'],
] as const) {
  test(`${path} gets ${file} with the security headers, not to be cached without asking`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const received = await readReceivedHeaders(response);
    expectSecurityHeaders(received);
    expect(received['content-type']).toMatch(/^text\/html/);
    expect(received['cache-control']).toBe(NO_CACHE);
    expect(received['content-encoding']).toBe('gzip');
    expect(await response!.text()).toBe(readFileSync(`dist/${file}`, 'utf8'));
  });
}

test('a hashed asset is cached for good, gzipped when the browser accepts it, with the security headers', async ({
  page,
  baseURL,
}) => {
  const scriptLoaded = page.waitForResponse((response) => new URL(response.url()).pathname === entryScript);
  await page.goto('/');
  const response = await scriptLoaded;
  expect(entryScript).toMatch(/^\/assets\/index-[\w-]+\.js$/);
  expect(response.status()).toBe(200);
  expect((await response.request().allHeaders())['accept-encoding']).toContain('gzip');
  const received = await readReceivedHeaders(response);
  expectSecurityHeaders(received);
  expect(received['content-type']).toMatch(/javascript/);
  expect(received['cache-control']).toBe(IMMUTABLE);
  expect(received['content-encoding']).toBe('gzip');
  expect(received['vary']).toMatch(/Accept-Encoding/i);

  const plain = await page.request.get(`${baseURL}${entryScript}`, {
    headers: { 'Accept-Encoding': 'identity' },
  });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect((await plain.body()).toString('utf8')).toBe(readFileSync(`dist${entryScript}`, 'utf8'));
});

// Through Playwright's request API rather than a page: a page on a file that is
// not HTML asks for /favicon.ico, whose 404 the guard would count as an error.
test('the service worker and the files it loads are not cached without asking, so a new release is picked up', async ({
  request,
}) => {
  const workbox = readdirSync('dist').find((name) => /^workbox-[\w-]+\.js$/.test(name));
  expect(workbox, 'the workbox file in dist/').toBeDefined();
  for (const path of ['/index.html', '/sw.js', `/${workbox}`, '/registerSW.js']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expectSecurityHeaders(response.headers());
    expect(response.headers()['cache-control'], path).toBe(NO_CACHE);
  }
});

test('a missing asset and the host configuration files are 404s, with the security headers and no long caching', async ({
  request,
}) => {
  for (const path of ['/assets/missing.js', '/missing.css', '/_headers', `/${NGINX_HEADERS_FILE}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expectSecurityHeaders(response.headers());
    expect(response.headers()['cache-control'], path).toBeUndefined();
  }
});
