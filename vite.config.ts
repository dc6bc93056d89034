import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin, ViteDevServer } from 'vite';
import { runnerImport } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/vite-plugin-csp.ts';
import { flowDiagramPlugin } from './scripts/vite-plugin-flow-diagram.ts';
import { validateFlowPlugin } from './scripts/vite-plugin-validate-flow.ts';

// CI asks for a JSON report so that it can print the "N passed, N failed" line.
const jsonReport = process.env.VITEST_JSON_REPORT;

// The start page shows the flow's title, version and procedure without loading
// the flow itself (and Zod) in the first bundle: these few fields are baked in.
const flowFile = JSON.parse(
  readFileSync(new URL('./flows/online-abuse.flow.json', import.meta.url), 'utf8'),
) as {
  id: string;
  version: string;
  title: string;
  procedure: { title: string; areas: string; printedOn: string };
  questions: { id: string }[];
};
const flowInfo = {
  id: flowFile.id,
  version: flowFile.version,
  title: flowFile.title,
  procedure: {
    title: flowFile.procedure.title,
    areas: flowFile.procedure.areas,
    printedOn: flowFile.procedure.printedOn,
  },
  firstQuestion: flowFile.questions[0]?.id ?? '',
};
const define = { __FLOW_INFO__: JSON.stringify(flowInfo) };

const START_PAGE_MODULE = '/src/app/render-start-page.tsx';
const START_PAGE_SLOT = '<!--start-page-->';

/**
 * Renders the start page into index.html, so that the 999 advice and what the
 * tool is for show before (and without) JavaScript. The client hydrates it.
 */
function prerenderStartPage(): Plugin {
  let server: ViteDevServer | undefined;
  return {
    name: 'prerender-start-page',
    configureServer(devServer) {
      server = devServer;
    },
    async transformIndexHtml(html) {
      if (!html.includes(START_PAGE_SLOT)) return html;
      type StartPageModule = { renderStartPage: () => Promise<string> };
      const module = server
        ? ((await server.ssrLoadModule(START_PAGE_MODULE)) as StartPageModule)
        : (
            await runnerImport<StartPageModule>(START_PAGE_MODULE, {
              configFile: false,
              define,
              root: import.meta.dirname,
              logLevel: 'warn',
            })
          ).module;
      return html.replace(START_PAGE_SLOT, await module.renderStartPage());
    },
  };
}

export default defineConfig({
  plugins: [
    // First: a flow file with a mistake stops the build, naming the file and the place.
    validateFlowPlugin(),
    react(),
    prerenderStartPage(),
    flowDiagramPlugin(),
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
    // Last, so that it sees the final index.html and can hash any inline script.
    contentSecurityPolicy(),
  ],
  define,
  css: {
    // GOV.UK Frontend still carries old IE hacks that lightningcss rejects.
    lightningcss: { errorRecovery: true },
  },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/unit/ui/setup-dom.ts'],
    testTimeout: 120_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
