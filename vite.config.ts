import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './vite-plugins/vite-plugin-csp.ts';
import { flowPlugin } from './vite-plugins/vite-plugin-flow.ts';
import { prerenderQuestionPagesPlugin } from './vite-plugins/vite-plugin-prerender-question-pages.ts';
import { prerenderStartPagePlugin } from './vite-plugins/vite-plugin-prerender-start-page.ts';

// CI asks for a JSON report so that it can print the "N passed, N failed" line.
const jsonReport = process.env.VITEST_JSON_REPORT;
const EVERY_PATH_TEST = 'tests/flows/verify-every-path.test.ts';

export default defineConfig({
  plugins: [
    // Reads and checks the flow when the configuration is resolved, before any
    // other plugin builds anything: a flow file with a mistake stops the build
    // (and the dev server, and the tests), naming the file and the place. It
    // also provides every build-time constant the app takes from the flow.
    flowPlugin(),
    react(),
    prerenderStartPagePlugin(),
    // After one visit the whole tool works offline, and a release never shows
    // stale advice online (decision 0039). Pages come from the network first:
    // a new index.html brings the new hashed files, and the cached index.html
    // answers only when the network does not (offline, or no answer within
    // 3 seconds): the precached index.html, of the same release as the
    // precached files it names. The question pages are left out of the
    // precache, so that it never answers a page before the network does.
    // A new worker takes over at once (the page then checks its release,
    // src/app/follow-releases.ts). Nothing from another origin is cached
    // (there is none). The registration is an external deferred script, so
    // the Content Security Policy needs no hash.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        globIgnores: ['questions/**'],
        // No page path may match a precached file: "/" would get index.html from the cache.
        directoryIndex: null,
        navigateFallback: null,
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'pages',
              networkTimeoutSeconds: 3,
              // Pages are never kept apart from the precache: an old page would
              // name hashed files that a later release's precache no longer has.
              plugins: [{ cacheWillUpdate: () => Promise.resolve(null) }],
              precacheFallback: { fallbackURL: 'index.html' },
            },
          },
        ],
      },
    }),
    // After every plugin that changes index.html, so that it sees the final
    // page and can hash any inline script.
    contentSecurityPolicy(),
    // Each question page, drawn into a copy of the final index.html (with its
    // policy), for a reload part-way through (decision 0011).
    prerenderQuestionPagesPlugin(),
  ],
  css: {
    // GOV.UK Frontend still carries old IE hacks that lightningcss rejects.
    lightningcss: { errorRecovery: true },
  },
  test: {
    environment: 'node',
    setupFiles: ['tests/support/setup-dom.ts'],
    // One timeout for the whole suite, well above Testing Library's 10 s wait
    // (tests/support/setup-dom.ts), so that a test slowed by a busy machine
    // fails on its own assertion, never on the clock. A test that is slow by
    // design (a walk of the whole flow) gives its own, longer timeout and says
    // why. Decision 0018.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
    projects: [
      {
        extends: true,
        // The inner loop (`npm run test:unit`): the engine, summary, app, ui
        // and command line, mostly on toy flows.
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        // The real flow as a whole: every path, every scenario, the safety
        // case, property tests and the pages walked for a few scenarios.
        // Its walks take seconds alone and many times that on a busy machine:
        // the timeout here only catches a hang.
        test: {
          name: 'whole-flow',
          include: ['tests/{flows,packs,property,journeys,safety}/**/*.test.{ts,tsx}'],
          exclude: [EVERY_PATH_TEST],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        extends: true,
        // The exhaustive verification alone (minutes on a busy machine), so
        // that `npm test` can run it beside the other files rather than after
        // them (scripts/run-tests.ts, decision 0012).
        test: {
          name: 'every-path',
          include: [EVERY_PATH_TEST],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
