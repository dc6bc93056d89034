import type { Plugin, ViteDevServer } from 'vite';
import { importAppModule } from './import-app-module.ts';

const START_PAGE_MODULE = '/src/app/prerender/render-start-page.tsx';
const START_PAGE_SLOT = '<!--start-page-->';

/**
 * Renders the start page into index.html, so that the 999 advice and what the
 * tool is for show before (and without) JavaScript. The client hydrates it.
 * The page is rendered with the build's own defines (the flow's title and
 * version come from vite-plugins/vite-plugin-flow.ts).
 */
export function prerenderStartPagePlugin(): Plugin {
  let server: ViteDevServer | undefined;
  let root = process.cwd();
  let define: Record<string, unknown> = {};
  return {
    name: 'prerender-start-page',
    configResolved(config) {
      root = config.root;
      define = config.define ?? {};
    },
    configureServer(devServer) {
      server = devServer;
    },
    async transformIndexHtml(html) {
      if (!html.includes(START_PAGE_SLOT)) return html;
      const module = await importAppModule<{ renderStartPage: () => Promise<string> }>(START_PAGE_MODULE, {
        server,
        root,
        define,
      });
      return html.replace(START_PAGE_SLOT, await module.renderStartPage());
    },
  };
}
