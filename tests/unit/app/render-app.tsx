import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createRoutes } from '../../../src/app/create-routes.tsx';

/** A fixed clock, so that record summaries can be compared exactly. */
export const RECORDED_AT = new Date(2026, 10, 24, 9, 30);

/** The whole app, with the real routes and flow, in a memory router over jsdom's sessionStorage. */
export function renderApp(path = '/', { entries }: { entries?: string[] } = {}) {
  const router = createMemoryRouter(
    createRoutes({ storage: window.sessionStorage, now: () => RECORDED_AT }),
    {
      initialEntries: entries ?? [path],
    },
  );
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { router, user, view };
}

/** Waits for a page by its main heading. */
export async function findHeading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name });
}
