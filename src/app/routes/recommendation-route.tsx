import { useSelector } from '@xstate/react';
import { Navigate } from 'react-router';
import { checkRecommendationReview } from '../../engine/find-due-content.ts';
import { writeRecordSummary } from '../../summary/write-record-summary.ts';
import type { RecordNotes } from '../../summary/write-record-summary.ts';
import { RecommendationPage } from '../../ui/pages/recommendation-page.tsx';
import { PATHS } from '../paths.ts';
import { useJourney, useJourneySession } from './use-journey-session.ts';

function formatFileDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

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
      review={checkRecommendationReview(recommendation, formatFileDate(session.now()))}
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
      fileDate={() => formatFileDate(session.now())}
    />
  );
}
