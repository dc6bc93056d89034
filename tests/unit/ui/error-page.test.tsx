// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, data, RouterProvider } from 'react-router';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppLayout } from '../../../src/ui/layout/app-layout.tsx';
import { ErrorPage } from '../../../src/ui/pages/error-page.tsx';

function Broken(): never {
  throw new Error('A bug in a page');
}

function renderFailing(failure: 'render' | 'loader' | 'not-found' | 'layout') {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        Component: failure === 'layout' ? Broken : AppLayout,
        errorElement: <ErrorPage standalone />,
        children: [
          {
            errorElement: <ErrorPage />,
            children: [
              {
                path: 'page',
                Component: failure === 'render' ? Broken : () => <p>fine</p>,
                loader: () => {
                  if (failure === 'loader') throw new Error('Could not load');
                  if (failure === 'not-found') throw data('Not found', { status: 404 });
                  return null;
                },
              },
            ],
          },
        ],
      },
    ],
    { initialEntries: ['/page'] },
  );
  render(<RouterProvider router={router} />);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the error boundary', () => {
  test.each(['render', 'loader'] as const)(
    'an error while a page %ss shows a problem page with the 999 advice',
    async (failure) => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      renderFailing(failure);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' }),
      ).toBeVisible();
      expect(screen.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
      expect(screen.getByRole('banner')).toHaveTextContent('Online abuse triage');
    },
  );

  test('an error in the layout itself still draws the page frame', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderFailing('layout');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' }),
    ).toBeVisible();
    expect(screen.getByRole('banner')).toHaveTextContent('Online abuse triage');
    expect(screen.getByRole('main')).toBeVisible();
  });

  test('a 404 response shows the not found page', async () => {
    renderFailing('not-found');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    // The title is set by an effect after the heading is drawn.
    await waitFor(() => expect(document.title).toBe('Page not found - Online abuse triage'));
  });
});
