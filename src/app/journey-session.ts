import './configure-zod.ts';
import { assign, createActor, setup } from 'xstate';
import type { ActorRefFrom } from 'xstate';
import type { AnswerValue, Answers } from '../engine/answers.ts';
import { describeAnswer, isAllowedAnswer } from '../engine/check-answer.ts';
import type { JourneyMachine } from '../engine/compile-flow.ts';
import { compileFlow } from '../engine/compile-flow.ts';
import { listEmergencyQuestions, needsEmergencyCall as isEmergency } from '../engine/emergency.ts';
import type { Flow } from '../engine/flow-schema.ts';
import type { Journey } from '../engine/replay-journey.ts';
import { replayJourney } from '../engine/replay-journey.ts';
import type { RecordNotes } from '../summary/record-notes.ts';
import type { Notice } from '../ui/components/notification-banner.tsx';
import type { ChangeState } from './paths.ts';
import { PATHS } from './paths.ts';
import { loadFlow } from './load-flow.ts';
import { clearSavedJourney, readSavedJourney, writeSavedJourney } from './saved-journey.ts';

/** A notice waiting for a page: shown once, by the page at `forPath` (or by the next journey page when absent). */
export type PendingNotice = Notice & { forPath?: string };

export type SessionContext = {
  answers: Answers;
  journey: Journey;
  notes: RecordNotes;
  notice?: PendingNotice | undefined;
};

export type JourneyPage =
  | { kind: 'question'; questionId: string }
  | { kind: 'call-999' }
  | { kind: 'check-answers' }
  | { kind: 'recommendation' };

export type PageEntry =
  | { status: 'ok'; notice?: Notice | undefined }
  | { status: 'redirect'; to: string }
  | { status: 'not-found' };

export type PageLink = { to: string; state?: ChangeState };

/**
 * The session's state machine: the answers (the only state that matters),
 * the journey replayed from them, the user's notes for the record summary and
 * a notice waiting to be shown. Every change to the answers replays the
 * journey through the flow's machine, so which question comes next and which
 * answers drop out always come from the engine.
 */
export function createSessionMachine(flow: Flow, machine: JourneyMachine) {
  const questions = new Map(flow.questions.map((question) => [question.id, question]));
  const replay = (answers: Answers) => replayJourney(flow, machine, answers);

  const describeDropped = (answers: Answers, dropped: string[]): PendingNotice => ({
    title: dropped.length === 1 ? 'One answer was removed' : `${dropped.length} answers were removed`,
    text: 'After your change, these questions no longer apply, so their answers have been removed:',
    items: dropped.map((id) => {
      const question = questions.get(id);
      const value = answers[id];
      return question && value !== undefined
        ? `${question.summaryLabel}: ${describeAnswer(question, value).join('; ')}`
        : id;
    }),
    forPath: PATHS.checkAnswers,
  });

  return setup({
    types: {
      context: {} as SessionContext,
      input: {} as { answers: Answers; notes?: RecordNotes; notice?: PendingNotice | undefined },
      events: {} as
        | { type: 'answer'; question: string; value: AnswerValue }
        | { type: 'notes.change'; notes: RecordNotes }
        | { type: 'notice.set'; notice: PendingNotice }
        | { type: 'notice.clear' }
        | { type: 'restart' },
    },
  }).createMachine({
    id: 'session',
    context: ({ input }) => ({
      answers: input.answers,
      journey: replay(input.answers),
      notes: input.notes ?? {},
      notice: input.notice,
    }),
    on: {
      answer: {
        actions: assign(({ context, event }) => {
          const answers = { ...context.answers, [event.question]: event.value };
          const journey = replay(answers);
          // Answers off the path are kept while the journey is unfinished (a
          // later question may still be asked), and dropped once it is complete.
          if (!journey.recommendation || journey.unused.length === 0) return { answers, journey };
          return {
            answers: journey.answers,
            journey: { ...journey, unused: [] },
            notice: describeDropped(answers, journey.unused),
          };
        }),
      },
      'notes.change': { actions: assign({ notes: ({ event }) => event.notes }) },
      'notice.set': { actions: assign({ notice: ({ event }) => event.notice }) },
      'notice.clear': { actions: assign({ notice: undefined }) },
      restart: { actions: assign({ answers: {}, journey: () => replay({}), notes: {}, notice: undefined }) },
    },
  });
}

export type SessionActor = ActorRefFrom<ReturnType<typeof createSessionMachine>>;

export type JourneySession = ReturnType<typeof createJourneySession>;

export type JourneySessionOptions = { storage: Storage; now?: () => Date };

/**
 * One tab's journey: the session actor, restored from and saved to
 * sessionStorage, and the questions screens ask it (where to go after an
 * answer, whether a page can be shown, where Back goes).
 */
export function createJourneySession(
  { storage, now = () => new Date() }: JourneySessionOptions,
  flow: Flow = loadFlow(),
) {
  const machine = compileFlow(flow);
  const restored = readSavedJourney(storage, flow);
  const notice: PendingNotice | undefined = restored.discarded
    ? {
        title: 'Your earlier answers could not be used',
        text: 'The answers saved in this browser tab were damaged or came from an older version of this tool, so they have been cleared. Please answer the questions again.',
      }
    : undefined;
  const actor = createActor(createSessionMachine(flow, machine), {
    input: { answers: restored.answers, notes: restored.notes, notice },
  });
  actor.subscribe((snapshot) =>
    writeSavedJourney(storage, flow, snapshot.context.answers, snapshot.context.notes),
  );
  actor.start();

  const emergencyQuestions = listEmergencyQuestions(flow);
  const needsEmergencyCall = (answers: Answers) => isEmergency(flow, answers);
  /** Whether answering this question (as it is answered now) shows the call 999 page straight after. */
  const opensEmergencyPage = (questionId: string, answers: Answers) =>
    emergencyQuestions.has(questionId) && needsEmergencyCall(answers);

  const journey = () => actor.getSnapshot().context.journey;
  const nextPath = (current: Journey) =>
    current.next ? PATHS.question(current.next.id) : PATHS.checkAnswers;
  const withChange = (to: string, changing: boolean): PageLink =>
    changing ? { to, state: { changing: true } } : { to };

  /** The page before a question: the question asked before it, or the 999 page when that answer opened it. */
  const pageBeforeQuestion = (questionId: string): string => {
    const { path, answers } = journey();
    const index = path.includes(questionId) ? path.indexOf(questionId) : path.length;
    const previous = path[index - 1];
    if (previous === undefined) return PATHS.start;
    return opensEmergencyPage(previous, answers) ? PATHS.call999 : PATHS.question(previous);
  };

  const redirectWithNotice = (to: string, text: string): PageEntry => {
    // A notice still waiting (answers that could not be restored) matters more: it goes to the new page instead.
    const waiting = actor.getSnapshot().context.notice;
    const notice =
      waiting && waiting.forPath === undefined
        ? { ...waiting, forPath: to }
        : {
            title:
              to === PATHS.checkAnswers
                ? 'You have been taken to check your answers'
                : 'You have been taken to the question you need to answer next',
            text,
            forPath: to,
          };
    actor.send({ type: 'notice.set', notice });
    return { status: 'redirect', to };
  };

  return {
    flow,
    actor,
    now,

    /** Records an answer and says where to go next; an answer the flow does not allow is refused with a message. */
    answer(questionId: string, value: AnswerValue, changing = false): { to: PageLink } | { error: string } {
      const question = flow.questions.find((candidate) => candidate.id === questionId);
      if (!question || !isAllowedAnswer(question, value)) return { error: 'Select one of the answers shown' };
      actor.send({ type: 'answer', question: questionId, value });
      const current = journey();
      if (opensEmergencyPage(questionId, current.answers)) return { to: withChange(PATHS.call999, changing) };
      return { to: withChange(nextPath(current), changing) };
    },

    /** Where "Continue" goes from the 999 page. */
    continueAfterEmergency(changing = false): PageLink {
      return withChange(nextPath(journey()), changing);
    },

    /**
     * Whether a page can be shown for the answers so far. A page the answers do
     * not reach sends the user to the question they need to answer next, with
     * a notice; a page that can be shown takes any notice waiting for it.
     */
    enter(page: JourneyPage, pathname: string): PageEntry {
      const current = journey();
      const next = nextPath(current);
      let reachable: boolean;
      let why: string;
      if (page.kind === 'question') {
        if (!flow.questions.some((question) => question.id === page.questionId))
          return { status: 'not-found' };
        reachable = current.path.includes(page.questionId) || current.next?.id === page.questionId;
        why = current.recommendation
          ? 'The question you asked for does not apply to your answers.'
          : 'The question you asked for does not apply to your answers so far.';
      } else if (page.kind === 'call-999') {
        reachable = needsEmergencyCall(current.answers);
        why = 'Your answers do not say that a child is in immediate danger.';
      } else {
        reachable = current.recommendation !== undefined;
        why =
          page.kind === 'check-answers'
            ? 'You need to answer every question before you can check your answers.'
            : 'You need to answer every question before you can see what to do.';
      }
      if (!reachable) return redirectWithNotice(next, why);
      const { notice } = actor.getSnapshot().context;
      if (notice && (notice.forPath === undefined || notice.forPath === pathname)) {
        actor.send({ type: 'notice.clear' });
        return {
          status: 'ok',
          notice: {
            title: notice.title,
            text: notice.text,
            ...(notice.items ? { items: notice.items } : {}),
          },
        };
      }
      return { status: 'ok' };
    },

    backFromQuestion(questionId: string, changing: boolean): PageLink {
      return changing ? { to: PATHS.checkAnswers } : { to: pageBeforeQuestion(questionId) };
    },

    backFromEmergency(changing: boolean): PageLink {
      const { path, answers } = journey();
      const trigger = path.find((id) => opensEmergencyPage(id, answers)) ?? flow.questions[0]!.id;
      return withChange(PATHS.question(trigger), changing);
    },

    backFromCheckAnswers(): PageLink {
      const { path, answers } = journey();
      const last = path[path.length - 1];
      if (last === undefined) return { to: PATHS.start };
      return { to: opensEmergencyPage(last, answers) ? PATHS.call999 : PATHS.question(last) };
    },

    setNotes(notes: RecordNotes) {
      actor.send({ type: 'notes.change', notes });
    },

    restart() {
      actor.send({ type: 'restart' });
      clearSavedJourney(storage);
    },
  };
}
