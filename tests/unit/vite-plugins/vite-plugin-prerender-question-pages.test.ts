import type { Rolldown } from 'vite';
import { describe, expect, test } from 'vitest';
import {
  listJourneyChunks,
  writeQuestionPage,
} from '../../../vite-plugins/vite-plugin-prerender-question-pages.ts';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
    <title>Start - Online abuse triage</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
  </head>
  <body>
    <div id="root"><div class="start"><h1>Start</h1></div></div>
  </body>
</html>`;

const PAGE = {
  path: '/questions/area',
  title: 'Where does the child live? & why - Online abuse triage',
  html: '<main><h1>Where?</h1></main>',
};

describe('writeQuestionPage', () => {
  const html = writeQuestionPage(INDEX, PAGE, [
    '/assets/question-route-2.js',
    '/assets/journey-session-3.js',
  ]);

  test("replaces the root's start page with the question, marked with its path", () => {
    expect(html).toContain(
      '<div id="root" data-page-path="/questions/area"><main><h1>Where?</h1></main></div>\n  </body>',
    );
    expect(html).not.toContain('class="start"');
  });

  test("keeps index.html's policy and entry script, and sets the page's title", () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'" />`);
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-1.js"></script>');
    expect(html).toContain('<title>Where does the child live? &amp; why - Online abuse triage</title>');
  });

  test("preloads the journey's code in <head>, so that it loads alongside the entry script, after the styles", () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/question-route-2.js" fetchpriority="low">',
    );
    expect(head).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/journey-session-3.js" fetchpriority="low">',
    );
  });

  test('refuses a page that would need an inline script the policy does not allow', () => {
    expect(() => writeQuestionPage(INDEX, { ...PAGE, html: '<script>alert(1)</script>' }, [])).toThrow(
      'no inline script',
    );
  });

  test('refuses an index.html without its root', () => {
    expect(() => writeQuestionPage(INDEX.replace('id="root"', 'id="app"'), PAGE, [])).toThrow(
      '<div id="root">',
    );
  });
});

const chunk = (fileName: string, imports: string[], options: { entry?: boolean; facade?: string } = {}) =>
  ({
    type: 'chunk',
    fileName,
    imports,
    isEntry: options.entry ?? false,
    facadeModuleId: options.facade ?? null,
  }) as unknown as Rolldown.OutputChunk;

describe('listJourneyChunks', () => {
  const bundle = Object.fromEntries(
    [
      chunk('assets/index.js', ['assets/react.js'], { entry: true, facade: '/p/index.html' }),
      chunk('assets/react.js', []),
      chunk('assets/question-route.js', ['assets/react.js', 'assets/check-answer.js'], {
        facade: '/p/src/app/routes/question-route.tsx',
      }),
      chunk('assets/check-answer.js', []),
      chunk('assets/journey-session.js', ['assets/check-answer.js', 'assets/index.js'], {
        facade: '/p/src/app/journey-session.ts',
      }),
      chunk('assets/recommendation-route.js', [], { facade: '/p/src/app/routes/recommendation-route.tsx' }),
    ].map((output) => [output.fileName, output]),
  ) as Rolldown.OutputBundle;

  test('lists the question route, the session and what they import, but nothing index.html loads already', () => {
    expect(listJourneyChunks(bundle).sort()).toEqual([
      'assets/check-answer.js',
      'assets/journey-session.js',
      'assets/question-route.js',
    ]);
  });

  test('says so when a module it must preload is not in the build', () => {
    expect(() => listJourneyChunks(bundle, ['src/app/routes/gone.tsx'])).toThrow('src/app/routes/gone.tsx');
  });
});
