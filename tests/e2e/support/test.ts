import type { BrowserContext, Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';

export { expect };

/** The app's own page paths. Anything else on the origin is a built file or the "Page not found" test. */
const PAGE_PATH =
  /^\/(questions\/[a-z0-9-]+|call-999|check-answers|recommendation|start-again|check-a-record|expired)?$/;

export type Guard = {
  /** Another origin the test serves the app from (the offline test's own server). */
  allowOrigin(origin: string): void;
  /** Answer values to look for in every URL the test's pages navigate to or request. */
  watchAnswers(values: readonly string[]): void;
  /**
   * For the one test that causes a CSP violation on purpose. From this call on,
   * violations (and the console errors Chromium logs for them) are expected, and
   * the guard fails the test if none is seen. Returns how many have been seen so far.
   * Expecting them for the rest of the test, rather than taking the ones seen so
   * far, leaves no race with a report that arrives late.
   */
  expectCspViolations(): () => number;
  /** For a test that makes the browser fail to load a file on purpose: console errors matching this are expected. */
  allowConsoleErrors(pattern: RegExp): void;
};

declare global {
  interface Window {
    reportCspViolation?: (text: string) => void;
  }
}

/** The tokens of a URL in which an answer value could hide: path segments, query and fragment parts. */
function listUrlTokens(url: URL): string[] {
  let text = `${url.pathname}?${url.search}#${url.hash}`;
  try {
    text = decodeURIComponent(text);
  } catch {
    // keep the raw text
  }
  return text.split(/[/?#&=,;+\s]+/).filter(Boolean);
}

/**
 * Watches every test, whatever it does: no request leaves the local origin,
 * no URL carries an answer (no query string, no answer value as a part of it),
 * no Content Security Policy violation, no console error, no page error.
 * Checked when the test ends.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, baseURL }, use) => {
      const origins = new Set([new URL(baseURL ?? 'http://127.0.0.1').origin]);
      const answerValues = new Set<string>();
      const offOrigin: string[] = [];
      const urls: string[] = [];
      const cspViolations: string[] = [];
      let consoleErrors: string[] = [];
      let violationsExpected = false;
      const allowedConsoleErrors: RegExp[] = [];
      const pageErrors: string[] = [];

      const noteUrl = (raw: string) => {
        const url = new URL(raw);
        if (url.protocol === 'blob:' || url.protocol === 'data:') return;
        if (!origins.has(url.origin)) offOrigin.push(raw);
        urls.push(raw);
      };
      context.on('request', (request) => noteUrl(request.url()));
      await context.exposeFunction('reportCspViolation', (text: string) => {
        cspViolations.push(text);
      });
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          window.reportCspViolation?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      const watchPage = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => pageErrors.push(error.message));
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) noteUrl(frame.url());
        });
      };
      context.pages().forEach(watchPage);
      context.on('page', watchPage);

      await use({
        allowOrigin: (origin) => origins.add(new URL(origin).origin),
        watchAnswers: (values) => values.forEach((value) => answerValues.add(value)),
        allowConsoleErrors: (pattern) => allowedConsoleErrors.push(pattern),
        expectCspViolations: () => {
          violationsExpected = true;
          return () => cspViolations.length;
        },
      });

      expect(offOrigin, 'requests that left the local origin').toEqual([]);
      const leaking = urls.filter((raw) => {
        const url = new URL(raw);
        if (!origins.has(url.origin)) return false;
        if (url.search !== '') return true;
        if (PAGE_PATH.test(url.pathname) && url.hash !== '' && url.hash !== '#main-content') return true;
        return listUrlTokens(url).some((token) => answerValues.has(token));
      });
      expect(leaking, 'URLs that carry a query, a fragment or an answer').toEqual([]);
      if (violationsExpected) {
        expect(
          cspViolations.length,
          'the Content Security Policy violation caused on purpose',
        ).toBeGreaterThan(0);
        consoleErrors = consoleErrors.filter((text) => !text.includes('Content Security Policy'));
      } else {
        expect(cspViolations, 'Content Security Policy violations').toEqual([]);
      }
      consoleErrors = consoleErrors.filter(
        (text) => !allowedConsoleErrors.some((pattern) => pattern.test(text)),
      );
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(pageErrors, 'uncaught page errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** Every value in an answers map, flattened. */
export function listAnswerValues(answers: Record<string, string | readonly string[]>): string[] {
  return Object.values(answers).flatMap((value) => (typeof value === 'string' ? [value] : [...value]));
}

/** Nothing kept beyond the tab: no localStorage entry and no cookie. */
export async function expectNothingStoredBeyondTheTab(page: Page, context: BrowserContext) {
  expect(await page.evaluate(() => window.localStorage.length), 'localStorage entries').toBe(0);
  expect(await context.cookies(), 'cookies').toEqual([]);
}
