import type { ViteDevServer } from 'vite';
import { runnerImport } from 'vite';

/**
 * Imports one of the app's modules in Node, to render pages at build time:
 * through the dev server when there is one, else with Vite's module runner and
 * the build's own defines (the flow's content comes from vite-plugins/vite-plugin-flow.ts).
 */
export async function importAppModule<Module>(
  path: string,
  options: { server: ViteDevServer | undefined; root: string; define: Record<string, unknown> },
): Promise<Module> {
  if (options.server) return (await options.server.ssrLoadModule(path)) as Module;
  const imported = await runnerImport<Module>(path, {
    configFile: false,
    define: options.define,
    root: options.root,
    logLevel: 'warn',
  });
  return imported.module;
}
