import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createRoutes } from './app/create-routes.tsx';
import { createAppContext } from './app/journey-session-context.ts';
import './ui/styles/app.scss';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const router = createBrowserRouter(createRoutes(), {
  getContext: createAppContext({ storage: window.sessionStorage }),
});
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

// index.html holds the pre-rendered start page: hydrate it there; on any other
// page (a reload part-way through) render afresh over it. Inside a transition,
// React works in slices and yields to the browser between them, so a slow
// phone is not blocked while the page (already visible) becomes interactive.
startTransition(() => {
  if (window.location.pathname === '/' && container.firstElementChild) hydrateRoot(container, app);
  else createRoot(container).render(app);
});
