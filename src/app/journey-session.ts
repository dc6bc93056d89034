import type { AnswerValue, Answers } from '../engine/answers.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import type { Journey } from '../engine/replay-journey.ts';
import { replayJourney } from '../engine/replay-journey.ts';
import type { RecordNotes } from '../summary/record-notes.ts';
import type { JourneyNotice } from '../ui/components/journey-notice-banner.tsx';
import { createJourneyNavigation } from './journey-navigation.ts';
import { loadFlow } from './load-flow.ts';
import { PATHS } from './paths.ts';
import { clearSavedJourney, readSavedJourney, writeSavedJourney } from './saved-journey.ts';

/** A notice waiting for a page: shown once, by the page at `forPath`, or by the next journey page shown when absent. */
type WaitingNotice = { notice: JourneyNotice; forPath?: string };

export type JourneySession = ReturnType<typeof createJourneySession>;

/**
 * `expired`: the answers and notes were cleared because nobody used the page
 * (the shared-computer timeout, docs/decisions/0015); the next journey page
 * sends the user to the page that says why, once.
 */
export type JourneyStatus = 'active' | 'expired';

/**
 * One tab's journey, as a plain store (decision 0006): the answers, the
 * journey replayed from them through the flow's machine, the user's notes for
 * the record, whether a change from "Check your answers" is under way, and a
 * notice waiting for a page. Every change is saved to sessionStorage, and read
 * back when the tab reloads. Which page to show is not kept here: the URL says
 * that, and the navigation rules decide whether the answers reach it.
 */
export function createJourneySession(
  storage: Storage,
  flow: Flow = loadFlow(),
  options: { clearedWhenIdle?: boolean } = {},
) {
  const replay = (answers: Answers) => replayJourney(flow, answers);
  const { questions } = indexFlow(flow);

  const restored = readSavedJourney(storage, flow);
  let answers = restored.answers;
  let journey = replay(answers);
  let notes = restored.notes;
  let changing = false;
  // A journey left idle past the limit was cleared before the app started: the user is told, as after the timeout.
  let status: JourneyStatus = options.clearedWhenIdle ? 'expired' : 'active';
  let waiting: WaitingNotice | undefined = restored.discarded
    ? { notice: { kind: 'saved-answers-discarded' } }
    : undefined;

  const save = () => writeSavedJourney(storage, flow, answers, notes);

  // Saved under another version of this flow (a tab open across a release):
  // replayed under this one, as a change of answer is, and the user told.
  if (restored.updatedFrom !== undefined) {
    const given = { ...restored.dropped, ...answers };
    if (journey.recommendation && journey.unused.length > 0) {
      answers = journey.answers;
      journey = { ...journey, unused: [] };
    }
    const removed = Object.keys(given)
      .filter((id) => !(id in answers) && questions.has(id))
      .map((id) => ({ question: questions.get(id)!, value: given[id]! }));
    waiting = { notice: { kind: 'flow-updated', from: restored.updatedFrom, to: flow.version, removed } };
    save();
  }
  const forget = () => {
    answers = {};
    journey = replay({});
    notes = {};
    changing = false;
    waiting = undefined;
    clearSavedJourney(storage);
  };

  return {
    flow,
    navigation: createJourneyNavigation(flow),

    /** The journey replayed from the answers: the path, the next question, the recommendation once complete. */
    get journey(): Journey {
      return journey;
    },

    /** Every answer kept, including answers off the path while the journey is unfinished (a later question may still ask them). */
    get answers(): Answers {
      return answers;
    },

    get notes(): RecordNotes {
      return notes;
    },

    /** Whether the answers were cleared by the shared-computer timeout and the user is yet to be told. */
    get status(): JourneyStatus {
      return status;
    },

    /** Whether the user is changing an answer from "Check your answers" (so Back returns there). */
    get changing(): boolean {
      return changing;
    },

    /**
     * Records an allowed answer. Answers off the path are kept while the
     * journey is unfinished, and dropped once it is complete, with a notice for
     * check answers saying which.
     */
    answer(questionId: string, value: AnswerValue, options: { changing: boolean }) {
      const given = { ...answers, [questionId]: value };
      const replayed = replay(given);
      changing = options.changing;
      if (!replayed.recommendation || replayed.unused.length === 0) {
        answers = given;
        journey = replayed;
      } else {
        answers = replayed.answers;
        journey = { ...replayed, unused: [] };
        waiting = {
          notice: {
            kind: 'answers-removed',
            removed: replayed.unused.map((id) => ({ question: questions.get(id)!, value: given[id]! })),
          },
          forPath: PATHS.checkAnswers,
        };
      }
      save();
    },

    /** The change from "Check your answers" is over: the user is back there. */
    finishChanging() {
      changing = false;
    },

    setNotes(changed: RecordNotes) {
      notes = changed;
      save();
    },

    /**
     * Leaves a notice for the page at `forPath`. A notice still waiting for
     * any page (answers that could not be restored) matters more: it goes
     * there instead.
     */
    leaveNotice(forPath: string, notice: JourneyNotice) {
      waiting = waiting && waiting.forPath === undefined ? { ...waiting, forPath } : { notice, forPath };
    },

    /** The notice waiting for the page at `pathname`, once. */
    takeNotice(pathname: string): JourneyNotice | undefined {
      if (!waiting || (waiting.forPath !== undefined && waiting.forPath !== pathname)) return undefined;
      const { notice } = waiting;
      waiting = undefined;
      return notice;
    },

    /** Forgets everything: answers, notes and notices, here and in sessionStorage. */
    restart() {
      forget();
      status = 'active';
    },

    /** The shared-computer timeout: forgets everything, as restart does, and remembers why until the user is told. */
    expire() {
      forget();
      status = 'expired';
    },

    /** The user has been told that the answers were cleared: the journey starts afresh. */
    acknowledgeExpiry() {
      status = 'active';
    },
  };
}
