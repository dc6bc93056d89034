import type { LoaderFunctionArgs } from 'react-router';
import { useLoaderData, useLocation } from 'react-router';
import { indexFlow } from '../../engine/index-flow.ts';
import { Call999Page } from '../../ui/pages/call-999-page.tsx';
import { isChanging, linkTo } from '../paths.ts';
import { enterJourneyPage } from './enter-journey-page.ts';

export function loader(args: LoaderFunctionArgs) {
  const { session, notice } = enterJourneyPage(args, { kind: 'call-999' });
  const { flow, journey, navigation } = session;
  // parseFlow has checked that the flow's emergency route exists.
  const route = indexFlow(flow).routes.get(flow.roles.emergencyRoute)!;
  return {
    title: route.title,
    steps: route.steps,
    back: navigation.backFromEmergency(journey),
    next: navigation.pathAfterEmergency(journey),
    changing: session.changing,
    notice,
  };
}

export function Component() {
  const data = useLoaderData<typeof loader>();
  const changing = isChanging(useLocation().state) || data.changing;
  return (
    <Call999Page
      title={data.title}
      steps={data.steps}
      back={linkTo(data.back, changing)}
      next={linkTo(data.next, changing)}
      notice={data.notice}
    />
  );
}
