import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createRoutes } from '../create-routes.tsx';

/**
 * Renders the start page to HTML at build time (vite-plugins/vite-plugin-prerender-start-page.ts),
 * so that it shows, 999 advice included, before and without JavaScript. The
 * start page needs no session, so no router context is given.
 */
export async function renderStartPage(): Promise<string> {
  const handler = createStaticHandler(createRoutes());
  const context = await handler.query(new Request('http://localhost/'));
  if (context instanceof Response) throw new Error('The start page redirected while pre-rendering');
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(<StaticRouterProvider router={router} context={context} hydrate={false} />);
}
