import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { data, redirect } from 'react-router';
import { AppLayout } from '../ui/layout/app-layout.tsx';
import { PageChrome } from '../ui/layout/page-chrome.tsx';
import { ErrorPage } from '../ui/pages/error-page.tsx';
import { NotFoundPage } from '../ui/pages/not-found-page.tsx';
import { StartPage } from '../ui/pages/start-page.tsx';
import { flowInfo } from './flow-info.ts';
import type { JourneyPage, JourneySession, JourneySessionOptions } from './journey-session.ts';
import { PATHS } from './paths.ts';
import { JOURNEY_ROUTE_ID } from './routes/journey-route-id.ts';

function HomeRoute() {
  return <StartPage flow={flowInfo} startPath={PATHS.question(flowInfo.firstQuestion)} />;
}

/**
 * The app's routes. The start page, layout and error pages are in the first
 * bundle; the journey (the flow, Zod, XState and the question pages) loads
 * when the user starts, so the start page is small and fast.
 */
export function createRoutes(options: JourneySessionOptions): RouteObject[] {
  let session: Promise<JourneySession> | undefined;
  const loadSession = () => {
    session ??= import('./journey-session.ts').then((module) => module.createJourneySession(options));
    return session;
  };

  const enter =
    (page: JourneyPage) =>
    async ({ request }: LoaderFunctionArgs) => {
      const entry = (await loadSession()).enter(page, new URL(request.url).pathname);
      if (entry.status === 'redirect') return redirect(entry.to);
      // React Router's way to reach the error boundary with a status: it catches thrown responses.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (entry.status === 'not-found') throw data('Not found', { status: 404 });
      return { notice: entry.notice };
    };

  return [
    {
      path: '/',
      Component: AppLayout,
      errorElement: <ErrorPage standalone />,
      // Shown while a page opened directly (a reload part-way through) loads its code.
      hydrateFallbackElement: (
        <PageChrome>
          <p className="govuk-body">Loading…</p>
          <p className="govuk-body govuk-!-font-weight-bold">
            If a child is in immediate danger, call <a href="tel:999">999</a> now.
          </p>
        </PageChrome>
      ),
      children: [
        {
          errorElement: <ErrorPage />,
          children: [
            { index: true, Component: HomeRoute },
            {
              id: JOURNEY_ROUTE_ID,
              loader: loadSession,
              shouldRevalidate: () => false,
              children: [
                {
                  path: 'questions/:questionId',
                  loader: (args) =>
                    enter({ kind: 'question', questionId: args.params.questionId ?? '' })(args),
                  lazy: {
                    Component: async () => (await import('./routes/question-route.tsx')).QuestionRoute,
                  },
                },
                {
                  path: 'call-999',
                  loader: enter({ kind: 'call-999' }),
                  lazy: { Component: async () => (await import('./routes/call-999-route.tsx')).Call999Route },
                },
                {
                  path: 'check-answers',
                  loader: enter({ kind: 'check-answers' }),
                  lazy: {
                    Component: async () =>
                      (await import('./routes/check-answers-route.tsx')).CheckAnswersRoute,
                  },
                },
                {
                  path: 'recommendation',
                  loader: enter({ kind: 'recommendation' }),
                  lazy: {
                    Component: async () =>
                      (await import('./routes/recommendation-route.tsx')).RecommendationRoute,
                  },
                },
              ],
            },
            {
              path: 'how-it-decides',
              lazy: {
                Component: async () => (await import('./routes/how-it-decides-route.tsx')).HowItDecidesRoute,
              },
            },
            {
              path: 'start-again',
              loader: async () => {
                (await loadSession()).restart();
                return redirect(PATHS.start);
              },
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}
