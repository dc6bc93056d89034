import type { ActionFunctionArgs } from 'react-router';
import { data, useActionData } from 'react-router';
import { RecordCodeError } from '../../engine/record-code.ts';
import { replayRecord } from '../../summary/replay-record.ts';
import { CheckRecordPage, RECORD_CODE_FIELD } from '../../ui/pages/check-record-page.tsx';
import { loadFlow } from '../load-flow.ts';
import { TimedPage } from './timed-page.tsx';

/**
 * Replays the code the form sent. The code comes in the body of a POST and
 * the result goes back as the action's data: it is never in the URL, in
 * sessionStorage or in history state, and a reload shows the empty form.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const sent = form.get(RECORD_CODE_FIELD);
  const code = typeof sent === 'string' ? sent : '';
  // The kept versions load only now, when a code is sent.
  const { listKeptFlows } = await import('../list-kept-flows.ts');
  const current = loadFlow();
  try {
    return { code, replay: replayRecord(code, current, listKeptFlows(current)) };
  } catch (error) {
    if (!(error instanceof RecordCodeError)) throw error;
    return data({ code, error: error.message }, { status: 400 });
  }
}

export function Component() {
  const result = useActionData<typeof action>();
  const replay = result && 'replay' in result ? result.replay : undefined;
  const page = (
    <CheckRecordPage
      code={result?.code ?? ''}
      error={result && 'error' in result ? result.error : undefined}
      replay={replay}
    />
  );
  // A record's answers are on the screen: the shared-computer timeout applies, as on the journey's pages.
  return replay ? <TimedPage>{page}</TimedPage> : page;
}
