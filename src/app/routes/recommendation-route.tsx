import { useSelector } from '@xstate/react';
import { Navigate } from 'react-router';
import { checkRecommendationReview } from '../../engine/find-due-content.ts';
import { writeRecordSummary } from '../../summary/write-record-summary.ts';
import type { RecordNotes } from '../../summary/record-notes.ts';
import { RecommendationPage } from '../../ui/pages/recommendation-page.tsx';
import { formatIsoDate } from '../../format-date.ts';
import { PATHS } from '../paths.ts';
import { useJourney, useJourneySession } from './use-journey-session.ts';

export function RecommendationRoute() {
  const session = useJourneySession();
  const journey = useJourney(session);
  const notes = useSelector(session.actor, (snapshot) => snapshot.context.notes);
  const { recommendation } = journey;
  // The loader only lets a complete journey in; this covers "Start again" in another part of the page.
  if (!recommendation) return <Navigate to={PATHS.start} replace />;
  return (
    <RecommendationPage
      recommendation={recommendation}
      review={checkRecommendationReview(recommendation, formatIsoDate(session.now()))}
      back={{ to: PATHS.checkAnswers }}
      startAgainPath={PATHS.startAgain}
      notes={notes}
      onNotesChange={(changed: RecordNotes) => session.setNotes(changed)}
      writeSummary={(current: RecordNotes) =>
        writeRecordSummary(
          session.flow,
          journey.answers,
          journey.path,
          recommendation,
          session.now(),
          current,
        )
      }
      fileDate={() => formatIsoDate(session.now())}
    />
  );
}
