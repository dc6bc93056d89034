import type { RouteObject } from 'react-router';
import { useLocation } from 'react-router';
import { AppLayout } from '../ui/layout/app-layout.tsx';
import { ErrorPage } from '../ui/pages/error-page.tsx';
import { LoadingPage } from '../ui/pages/loading-page.tsx';
import { NotFoundPage } from '../ui/pages/not-found-page.tsx';
import { StartPage } from '../ui/pages/start-page.tsx';
import { ReleaseBanner } from '../ui/components/release-banner.tsx';
import { flowInfo } from './flow-info.ts';
import { reloadForMissingScript, useReleaseStatus } from './follow-releases.ts';
import { provideJourneySession } from './journey-session-context.ts';
import { isJourneyKept, JourneyTimeout, TimedAbove } from './journey-timeout.tsx';
import { PATHS, questionPath } from './paths.ts';

function HomeRoute() {
  return (
    <StartPage
      flow={flowInfo}
      startPath={questionPath(flowInfo.firstQuestion)}
      howItDecidesPath={PATHS.howItDecides}
      checkRecordPath={PATHS.checkRecord}
    />
  );
}

/**
 * While the tab keeps a journey, the shared-computer timeout counts on every
 * page, the start page, "How this tool decides", "Check a record" and "Page
 * not found" included: the answers are one click away from each (H-24).
 */
function LayoutRoute() {
  // Read again after each navigation: an answer saves the journey, Start again and the timeout remove it.
  useLocation();
  const journeyKept = isJourneyKept();
  const release = useReleaseStatus();
  return (
    <TimedAbove value={journeyKept}>
      <AppLayout
        checkRecordPath={PATHS.checkRecord}
        banner={
          <ReleaseBanner
            status={release}
            version={flowInfo.version}
            contentUpdated={flowInfo.contentUpdated}
          />
        }
      />
      {journeyKept && <JourneyTimeout />}
    </TimedAbove>
  );
}

/**
 * The app's routes. Each journey page is a route module ({ loader, action,
 * Component }, loaded when first needed): loaders read the session from the
 * router's context, actions change it and redirect. The start page, layout and
 * error pages are in the first bundle; the journey (the flow, Zod, XState and
 * the question pages) loads when the user starts, so the start page is small.
 */
export function createRoutes(): RouteObject[] {
  return [
    {
      path: PATHS.start,
      Component: LayoutRoute,
      // A page whose script is gone from the server (a release since this page loaded) reloads onto the new release, once.
      errorElement: <ErrorPage standalone onMissingScript={reloadForMissingScript} />,
      hydrateFallbackElement: <LoadingPage />,
      children: [
        {
          errorElement: <ErrorPage onMissingScript={reloadForMissingScript} />,
          children: [
            { index: true, Component: HomeRoute },
            {
              // The journey: its pages find the tab's session in the router's context.
              middleware: [provideJourneySession],
              children: [
                {
                  // The pages that show answers: one shared-computer timeout for all of them (decision 0015).
                  lazy: async () => ({ Component: (await import('./routes/timed-page.tsx')).Component }),
                  children: [
                    {
                      path: PATHS.question,
                      lazy: async () => {
                        const { loader, action, Component } = await import('./routes/question-route.tsx');
                        return { loader, action, Component };
                      },
                    },
                    {
                      path: PATHS.call999,
                      lazy: async () => {
                        const { loader, Component } = await import('./routes/call-999-route.tsx');
                        return { loader, Component };
                      },
                    },
                    {
                      path: PATHS.checkAnswers,
                      lazy: async () => {
                        const { loader, Component } = await import('./routes/check-answers-route.tsx');
                        return { loader, Component };
                      },
                    },
                    {
                      path: PATHS.recommendation,
                      lazy: async () => {
                        const { loader, action, shouldRevalidate, Component } =
                          await import('./routes/recommendation-route.tsx');
                        return { loader, action, shouldRevalidate, Component };
                      },
                    },
                  ],
                },
                {
                  path: PATHS.startAgain,
                  lazy: async () => {
                    const { action, Component } = await import('./routes/start-again-route.tsx');
                    return { action, Component };
                  },
                },
                {
                  path: PATHS.expired,
                  lazy: async () => {
                    const { loader, action, Component } = await import('./routes/expired-route.tsx');
                    return { loader, action, Component };
                  },
                },
              ],
            },
            {
              path: PATHS.checkRecord,
              lazy: async () => {
                const { action, Component } = await import('./routes/check-record-route.tsx');
                return { action, Component };
              },
            },
            {
              path: PATHS.howItDecides,
              lazy: async () => ({
                Component: (await import('./routes/how-it-decides-route.tsx')).Component,
              }),
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}
