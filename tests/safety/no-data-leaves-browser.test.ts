import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A tripwire over the source: the app must not send the answers anywhere,
 * keep them beyond the browser tab, or put them in the URL. It catches a
 * network call or a persistent store added by mistake; the browser tests are
 * what show the running app making no requests with answers in them.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(entry.name) ? [path] : [];
  });
}

/** The code that runs in the browser: src/ without the command line, and the HTML page. */
const browserFiles = [
  ...listFiles(join(root, 'src')).filter((path) => !path.includes(`${join('src', 'cli')}`)),
  join(root, 'index.html'),
].filter((path) => existsSync(path));

/** A file's code without its comments: comments may name what is forbidden, to say it is not used. */
function readCode(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const FORBIDDEN: [RegExp, string][] = [
  // One request is allowed: the page asks its own server which release it has
  // (src/app/follow-releases.ts, decision 0039), a GET of a fixed path on the
  // same origin that carries nothing of the journey.
  [/\bfetch\s*\((?!'\/release\.json', \{ cache: 'no-store' \}\))/, 'fetch() sends data over the network'],
  [/\bXMLHttpRequest\b/, 'XMLHttpRequest sends data over the network'],
  [/\bsendBeacon\b/, 'sendBeacon sends data over the network'],
  [/\bnew\s+(WebSocket|EventSource)\b/, 'a socket or event stream talks to a server'],
  [/\blocalStorage\b/, 'localStorage keeps answers after the tab is closed'],
  [/\bindexedDB\b/, 'IndexedDB keeps answers after the tab is closed'],
  [/\bdocument\.cookie\b/, 'cookies are sent to the server'],
  [/\b(URLSearchParams|searchParams|location\.search)\b/, 'answers must never appear in the URL'],
  [/<script[^>]+src=["']https?:/i, 'a script from another site could read the answers'],
  [/<link[^>]+href=["']https?:/i, 'a resource from another site is requested'],
  [/\bmethod=["']get["']/i, 'a GET form puts its fields in the URL'],
];

describe('sensitive answers stay in the browser tab', () => {
  it('finds the browser code to check', () => {
    expect(browserFiles.some((path) => path.endsWith('index.html'))).toBe(true);
    expect(browserFiles.length).toBeGreaterThan(5);
  });

  it('uses no network call, persistent store, cookie, external script or URL parameter in the browser code', () => {
    const found = browserFiles.flatMap((path) => {
      const text = readCode(path);
      return FORBIDDEN.filter(([pattern]) => pattern.test(text)).map(
        ([, why]) => `${relative(root, path)}: ${why}`,
      );
    });
    expect(found).toEqual([]);
  });

  it('inserts no HTML strings into the page, so text the user types is always shown as text', () => {
    const inserting = /\b(dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write)\b/;
    const found = browserFiles
      .filter((path) => inserting.test(readCode(path)))
      .map((path) => relative(root, path));
    expect(found).toEqual([]);
    expect(inserting.test('<div dangerouslySetInnerHTML={{ __html: notes }} />')).toBe(true);
  });

  it('would catch each kind of leak it looks for', () => {
    const samples = [
      "await fetch('/log', { body })",
      'new XMLHttpRequest()',
      'navigator.sendBeacon(url, data)',
      "new WebSocket('wss://x')",
      "localStorage.setItem('a', b)",
      'indexedDB.open("x")',
      'document.cookie = a',
      'new URLSearchParams(answers)',
      '<script src="https://cdn.example/x.js"></script>',
      '<link href="https://fonts.example/x.css" rel="stylesheet">',
      '<form method="get">',
    ];
    samples.forEach((sample, index) => expect(FORBIDDEN[index]![0].test(sample), sample).toBe(true));
  });

  it('depends on no analytics, tracking or error-reporting package', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    const names = Object.keys(manifest.dependencies ?? {});
    expect(
      names.filter((name) =>
        /analytics|gtag|tag-manager|sentry|posthog|mixpanel|segment|datadog|hotjar|amplitude|bugsnag|rollbar|logrocket/i.test(
          name,
        ),
      ),
    ).toEqual([]);
  });
});
