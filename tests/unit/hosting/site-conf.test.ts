import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const siteConf = readFileSync(join(import.meta.dirname, '../../../hosting/nginx/site.conf'), 'utf8');
const lines = siteConf.split('\n');
const YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

// The served headers are checked in tests/e2e/hosting.spec.ts; HSTS is a comment there is nothing to serve.
describe('hosting/nginx/site.conf', () => {
  test('carries HSTS as a commented add_header for a year, never switched on for plain http', () => {
    const hsts = lines.filter((line) => /Strict-Transport-Security/i.test(line) && /add_header/.test(line));
    expect(hsts).toHaveLength(1);
    const [, maxAge] =
      /^# add_header Strict-Transport-Security "max-age=(\d+)" always;$/.exec(hsts[0]!) ?? [];
    expect(Number(maxAge)).toBeGreaterThanOrEqual(YEAR_IN_SECONDS);
    const active = lines.filter((line) => !line.trimStart().startsWith('#'));
    expect(active.join('\n')).not.toMatch(/Strict-Transport-Security/i);
  });

  test('says above it when to enable it: https everywhere, http redirected, a short max-age first', () => {
    const at = lines.findIndex((line) => line.includes('add_header Strict-Transport-Security'));
    let start = at;
    while (start > 0 && lines[start - 1]!.startsWith('#')) start -= 1;
    const guidance = lines.slice(start, at).join(' ');
    expect(guidance).toMatch(/HTTPS only/);
    expect(guidance).toMatch(/Enable it/);
    expect(guidance).toMatch(/http:\/\/ redirects to https:\/\//);
    expect(guidance).toMatch(/max-age=300/);
    expect(guidance).toMatch(/includeSubDomains/);
  });
});
