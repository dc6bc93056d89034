import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './vite-plugins/vite-plugin-csp.ts';
import { flowPlugin } from './vite-plugins/vite-plugin-flow.ts';
import { prerenderQuestionPagesPlugin } from './vite-plugins/vite-plugin-prerender-question-pages.ts';
import { prerenderStartPagePlugin } from './vite-plugins/vite-plugin-prerender-start-page.ts';

// CI asks for a JSON report so that it can print the "N passed, N failed" line.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  plugins: [
    // Reads and checks the flow when the configuration is resolved, before any
    // other plugin builds anything: a flow file with a mistake stops the build
    // (and the dev server, and the tests), naming the file and the place. It
    // also provides every build-time constant the app takes from the flow.
    flowPlugin(),
    react(),
    prerenderStartPagePlugin(),
    // After one visit the whole tool works offline: every built file is
    // precached, and any page path gets index.html from the cache. Nothing
    // from another origin is cached (there is none). The registration is an
    // external deferred script, so the Content Security Policy needs no hash.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        runtimeCaching: [],
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
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
