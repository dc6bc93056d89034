import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content Security Policy. Everything comes from the app's own origin:
 * no other site can be reached, so the answers cannot be sent anywhere even
 * by injected code, and no inline script runs unless its hash is listed.
 */
export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives that only work as an HTTP header (a <meta> policy ignores them, with a console error). */
const HEADER_ONLY_DIRECTIVES: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

/** The other headers every response should carry, for hosts that can send headers. */
const OTHER_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * The nginx include the build writes next to index.html: this build's headers as
 * `add_header` lines, which hosting/nginx/site.conf expects in the server block
 * (and refuses to serve). The build writes it because the policy hashes the
 * build's own inline scripts, so it can change with every release.
 */
export const NGINX_HEADERS_FILE = 'nginx-security-headers.conf';

export function writePolicy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The sha256 sources of every inline <script> (one without src) in an HTML page. */
export function hashInlineScripts(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * Every security header a host should send, for a page whose own (<meta>)
 * policy is `pagePolicy`: the same policy plus what only a header can say.
 */
export function listSecurityHeaders(pagePolicy: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${pagePolicy}; ${writePolicy(HEADER_ONLY_DIRECTIVES)}`,
    ...OTHER_HEADERS,
  };
}

/**
 * The headers as nginx `add_header` lines. `always`, so that a 404 carries them
 * too. nginx reads `$` in a value as a variable and has no escape for it, so a
 * value that nginx would change stops the build instead.
 */
export function writeNginxHeaders(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => {
      if (/["\\$\r\n]/.test(value)) {
        throw new Error(`The ${name} header cannot be written for nginx as it is: ${value}`);
      }
      return `add_header ${name} "${value}" always;`;
    })
    .join('\n');
}

/**
 * Puts the Content Security Policy into the built index.html as the first
 * element of <head>, with a hash for each inline script the final page holds,
 * and writes the same policy (plus what only a header can say) with the other
 * security headers to dist/_headers and, for nginx, to dist/NGINX_HEADERS_FILE.
 * Build only: the dev server needs inline scripts of its own.
 * List it after every plugin that changes index.html.
 */
export function contentSecurityPolicy(): Plugin {
  let policy = writePolicy(CSP_DIRECTIVES);
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const hashes = hashInlineScripts(html);
        policy = writePolicy({
          ...CSP_DIRECTIVES,
          'script-src': [...CSP_DIRECTIVES['script-src']!, ...hashes],
        });
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
        // Straight after the charset, before anything the policy governs.
        const anchor = /<meta charset[^>]*>/i.test(html) ? /<meta charset[^>]*>/i : /<head>/i;
        if (!anchor.test(html)) throw new Error('index.html has no <head> for the Content Security Policy');
        return html.replace(anchor, (found) => `${found}\n    ${meta}`);
      },
    },
    generateBundle() {
      const headers = listSecurityHeaders(policy);
      const netlifyLines = [
        '# Security headers for hosts that read this file (Netlify, Cloudflare Pages).',
        `# The same policy is in index.html as a <meta> element, and in ${NGINX_HEADERS_FILE} for nginx.`,
        '/*',
        ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
        '',
      ];
      this.emitFile({ type: 'asset', fileName: '_headers', source: netlifyLines.join('\n') });
      const nginxLines = [
        '# Written by the build (vite-plugins/vite-plugin-csp.ts): the security headers of this',
        '# build for nginx, in the server block next to hosting/nginx/site.conf.',
        writeNginxHeaders(headers),
        '',
      ];
      this.emitFile({ type: 'asset', fileName: NGINX_HEADERS_FILE, source: nginxLines.join('\n') });
    },
  };
}
