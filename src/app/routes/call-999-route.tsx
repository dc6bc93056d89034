import { useLoaderData, useLocation } from 'react-router';
import { Call999Page } from '../../ui/pages/call-999-page.tsx';
import { isChanging } from '../paths.ts';
import type { PageLoaderData } from './page-loader-data.ts';
import { useJourney, useJourneySession } from './use-journey-session.ts';

export function Call999Route() {
  const session = useJourneySession();
  useJourney(session);
  const location = useLocation();
  const data = useLoaderData<PageLoaderData>();
  const changing = isChanging(location.state);
  const route = session.flow.routes.find((candidate) => candidate.id === session.flow.roles.emergencyRoute);
  return (
    <Call999Page
      title={route?.title ?? 'Call 999 now'}
      steps={route?.steps ?? []}
      back={session.backFromEmergency(changing)}
      next={session.continueAfterEmergency(changing)}
      notice={data?.notice}
    />
  );
}
