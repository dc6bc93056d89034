import { useSelector } from '@xstate/react';
import { useRouteLoaderData } from 'react-router';
import type { JourneySession } from '../journey-session.ts';
import { JOURNEY_ROUTE_ID } from './journey-route-id.ts';

/** The tab's journey session, loaded by the journey routes' parent. */
export function useJourneySession(): JourneySession {
  const session = useRouteLoaderData<JourneySession>(JOURNEY_ROUTE_ID);
  if (!session) throw new Error('The journey pages need the journey session');
  return session;
}

/** The journey replayed from the answers, updated when they change. */
export function useJourney(session: JourneySession) {
  return useSelector(session.actor, (snapshot) => snapshot.context.journey);
}
