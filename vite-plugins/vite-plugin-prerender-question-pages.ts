import type { Plugin, Rolldown } from 'vite';
import { importAppModule } from './import-app-module.ts';
import { hashInlineScripts } from './vite-plugin-csp.ts';

const QUESTION_PAGES_MODULE = '/src/app/prerender/render-question-pages.tsx';

/** A page src/app/prerender/render-question-pages.tsx draws: its path, document title and the HTML of the app's root. */
export type PrerenderedPage = { path: string; title: string; html: string };

/** What a question page runs first when loaded directly: its route module and the tab's session (flow, engine, XState). */
const JOURNEY_MODULES = ['src/app/routes/question-route.tsx', 'src/app/journey-session.ts'];

const ROOT_START = '<div id="root">';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The built files a question page needs beyond what index.html already
 * loads: the journey modules' chunks and every chunk they import statically.
 */
export function listJourneyChunks(
  bundle: Rolldown.OutputBundle,
  modules: string[] = JOURNEY_MODULES,
): string[] {
  const chunks = Object.values(bundle).filter(
    (output): output is Rolldown.OutputChunk => output.type === 'chunk',
  );
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const withImports = (files: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of byFile.get(file)?.imports ?? []) visit(imported);
    };
    files.forEach(visit);
    return seen;
  };
  const loadedByIndex = withImports(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  const journey = modules.map((module) => {
    const chunk = chunks.find((candidate) =>
      candidate.facadeModuleId?.replace(/\\/g, '/').endsWith(`/${module}`),
    );
    if (!chunk) throw new Error(`No chunk of the build starts at ${module}, which question pages preload`);
    return chunk.fileName;
  });
  return [...withImports(journey)].filter((file) => !loadedByIndex.has(file));
}

/**
 * A question page's HTML: the built index.html (its Content Security Policy,
 * scripts, styles and service worker registration) with the page's title, the
 * page drawn in the app's root (marked with its path, so that the app knows
 * it is there), and module preloads for the journey's code, so that the
 * browser fetches it alongside the entry script instead of after it.
 */
export function writeQuestionPage(indexHtml: string, page: PrerenderedPage, preloads: string[]): string {
  const rootStart = indexHtml.indexOf(ROOT_START);
  const bodyEnd = indexHtml.indexOf('</body>');
  const rootEnd = indexHtml.lastIndexOf('</div>', bodyEnd);
  if (rootStart < 0 || indexHtml.indexOf(ROOT_START, rootStart + 1) >= 0 || rootEnd < rootStart)
    throw new Error('index.html must hold one <div id="root">, the last element of <body>');
  if (!/<title>[^<]*<\/title>/.test(indexHtml)) throw new Error('index.html has no <title>');
  // Low priority: the page is already drawn, so the styles and the entry
  // script go first; these are needed only when the app takes the page over.
  const links = preloads.map(
    (href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}" fetchpriority="low">`,
  );
  const html = [
    indexHtml.slice(0, rootStart),
    `<div id="root" data-page-path="${escapeHtml(page.path)}">${page.html}</div>`,
    indexHtml.slice(rootEnd + '</div>'.length),
  ]
    .join('')
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`)
    .replace(/\s*<\/head>/, `\n    ${links.join('\n    ')}\n  </head>`);
  // The page keeps index.html's policy (vite-plugins/vite-plugin-csp.ts): it must not need another.
  if (hashInlineScripts(html).join(' ') !== hashInlineScripts(indexHtml).join(' '))
    throw new Error(`${page.path}: a pre-rendered page must hold no inline script of its own`);
  return html;
}

/**
 * Writes every question page, pre-rendered, to dist/questions/ID.html
 * (src/app/prerender/render-question-pages.tsx), which hosts serve for /questions/ID
 * (hosting/nginx/site.conf; Netlify and Cloudflare Pages do it by themselves)
 * and the service worker precaches. List it after the CSP plugin: it starts
 * from the final index.html.
 */
export function prerenderQuestionPagesPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  let define: Record<string, unknown> = {};
  return {
    name: 'prerender-question-pages',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      base = config.base;
      define = config.define ?? {};
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset')
        throw new Error('The build has no index.html to start question pages from');
      const indexHtml =
        typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source);
      const preloads = listJourneyChunks(bundle).map((file) => `${base}${file}`);
      const { renderQuestionPages } = await importAppModule<{
        renderQuestionPages: () => Promise<PrerenderedPage[]>;
      }>(QUESTION_PAGES_MODULE, { server: undefined, root, define });
      for (const page of await renderQuestionPages()) {
        this.emitFile({
          type: 'asset',
          fileName: `${page.path.replace(/^\//, '')}.html`,
          source: writeQuestionPage(indexHtml, page, preloads),
        });
      }
    },
  };
}
