import type { ReactNode } from 'react';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createRoutes } from './app/create-routes.tsx';
import { followReleases } from './app/follow-releases.ts';
import { createAppContext } from './app/journey-session-context.ts';
import { KeepEarlyChoices, watchEarlyChoices } from './app/keep-early-choices.tsx';
import './ui/styles/app.scss';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const router = createBrowserRouter(createRoutes(), {
  getContext: createAppContext({ storage: window.sessionStorage }),
});

// A tab open across a release, or served from the browser's copy, finds out and says so (decision 0039).
followReleases(router);

const render = (children: ReactNode) =>
  startTransition(() => {
    createRoot(container).render(<StrictMode>{children}</StrictMode>);
  });

// Inside a transition, React works in slices and yields to the browser between
// them, so a slow phone is not blocked while the page (already visible)
// becomes interactive.
if (window.location.pathname === '/' && container.firstElementChild) {
  // index.html holds the pre-rendered start page: hydrate it.
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
  });
} else if (container.dataset.pagePath === window.location.pathname) {
  // A question page drawn by the build (vite-plugins/vite-plugin-prerender-question-pages.ts):
  // it stays, readable, until the page for the tab's answers is ready, and is
  // then replaced in one go (rather than by "Loading…" first), keeping any
  // choice made in the meantime.
  const choices = watchEarlyChoices(container);
  const whenReady = () =>
    render(
      <KeepEarlyChoices choices={choices}>
        <RouterProvider router={router} />
      </KeepEarlyChoices>,
    );
  if (router.state.initialized) whenReady();
  else {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      whenReady();
    });
  }
} else {
  // Any other page loaded directly: render afresh over the start page, with
  // the loading page (and its 999 line) until the page is ready.
  render(<RouterProvider router={router} />);
}
