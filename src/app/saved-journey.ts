import './configure-zod.ts';
import * as z from 'zod/mini';
import type { Answers } from '../engine/answers.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { findAnswerProblem } from '../engine/find-answer-problem.ts';
import type { RecordNoteId, RecordNotes } from '../summary/record-notes.ts';
import { RECORD_NOTE_FIELDS } from '../summary/record-notes.ts';

/** Each note as it may be saved: text within its field's limit. */
const NOTES_SHAPE = Object.fromEntries(
  RECORD_NOTE_FIELDS.map((field) => [field.id, z.optional(z.string().check(z.maxLength(field.limit)))]),
) as Record<RecordNoteId, z.ZodMiniOptional<z.ZodMiniString>>;

/** The sessionStorage key. Answers are kept for this browser tab only: never in localStorage, never in the URL. */
export const SAVED_JOURNEY_KEY = 'online-abuse-triage:journey';

/**
 * What a tab keeps between reloads, for one version of one flow. Answers must
 * be to known questions with allowed values; anything else (tampering, or
 * answers saved by an older flow) is refused as a whole rather than half used.
 */
export function createSavedJourneySchema(flow: Flow) {
  return z.strictObject({
    flowId: z.literal(flow.id),
    flowVersion: z.literal(flow.version),
    answers: z
      .record(z.string(), z.union([z.string(), z.array(z.string())]))
      .check(
        z.refine((answers) => findAnswerProblem(flow, answers) === undefined, 'answers do not fit the flow'),
      ),
    // The user's own notes for the record summary, so that a reload does not lose what they typed.
    notes: z.optional(z.strictObject(NOTES_SHAPE)),
  });
}

export type SavedJourney = z.infer<ReturnType<typeof createSavedJourneySchema>>;

export type RestoredJourney = { answers: Answers; notes: RecordNotes; discarded: boolean };

/** Reads the saved answers. A value that cannot be used is removed, and `discarded` says so, so that the user can be told. */
export function readSavedJourney(storage: Storage, flow: Flow): RestoredJourney {
  let text: string | null;
  try {
    text = storage.getItem(SAVED_JOURNEY_KEY);
  } catch {
    return { answers: {}, notes: {}, discarded: false };
  }
  if (text === null) return { answers: {}, notes: {}, discarded: false };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const saved = createSavedJourneySchema(flow).safeParse(raw);
  if (saved.success) return { answers: saved.data.answers, notes: saved.data.notes ?? {}, discarded: false };
  clearSavedJourney(storage);
  return { answers: {}, notes: {}, discarded: true };
}

export function writeSavedJourney(
  storage: Storage,
  flow: Flow,
  answers: Answers,
  notes: RecordNotes = {},
): void {
  const saved: SavedJourney = {
    flowId: flow.id,
    flowVersion: flow.version,
    answers: answers as SavedJourney['answers'],
  };
  if (Object.values(notes).some((note) => note !== undefined && note !== '')) saved.notes = notes;
  try {
    storage.setItem(SAVED_JOURNEY_KEY, JSON.stringify(saved));
  } catch {
    // Storage full or turned off: the journey still works, it just does not survive a reload.
  }
}

export function clearSavedJourney(storage: Storage): void {
  try {
    storage.removeItem(SAVED_JOURNEY_KEY);
  } catch {
    // Nothing saved that could be removed.
  }
}
