import type { Answers } from '../engine/answers.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { findAnswerProblem } from '../engine/find-answer-problem.ts';
import type { RecordNotes } from '../summary/record-notes.ts';
import { RECORD_NOTE_FIELDS } from '../summary/record-notes.ts';
import { SAVED_JOURNEY_KEY } from './journey-activity.ts';

export { SAVED_JOURNEY_KEY };

/** What a tab keeps between reloads, for one version of one flow. */
export type SavedJourney = {
  flowId: string;
  flowVersion: string;
  answers: Answers;
  /** The user's own notes for the record summary, so that a reload does not lose what they typed. */
  notes?: RecordNotes;
  /** When the tab was last used (milliseconds since 1970): a journey idle past the shared-computer limit is cleared on load (H-24). */
  lastActiveAt?: number;
};

export type RestoredJourney = {
  answers: Answers;
  notes: RecordNotes;
  discarded: boolean;
  /** The flow version the journey was saved with, when it was another: it has been carried over to this one. */
  updatedFrom?: string;
  /** Answers this version does not allow (an unknown question, a value no longer offered), left out when carried over. */
  dropped?: Answers;
};

const NOTE_LIMITS = new Map<string, number>(RECORD_NOTE_FIELDS.map((field) => [field.id, field.limit]));

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isAnswerValue = (value: unknown) =>
  typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/**
 * A saved journey as read back, or undefined when any part of it cannot be
 * used. Answers must be to known questions with allowed values, and the notes
 * text within each field's limit; anything else (tampering, or answers saved
 * by an older flow) is refused as a whole rather than half used. Written out
 * rather than as a Zod schema: it is the one check the browser still makes on
 * a page load, and building a schema for it cost more than the check
 * (decision 0011).
 */
export function checkSavedJourney(raw: unknown, flow: Flow): SavedJourney | undefined {
  if (!isPlainObject(raw)) return undefined;
  const { flowId, flowVersion, answers, notes, lastActiveAt, ...rest } = raw;
  if (Object.keys(rest).length > 0 || flowId !== flow.id || flowVersion !== flow.version) return undefined;
  if (lastActiveAt !== undefined && !(typeof lastActiveAt === 'number' && Number.isFinite(lastActiveAt)))
    return undefined;
  if (!isPlainObject(answers) || !Object.values(answers).every(isAnswerValue)) return undefined;
  if (findAnswerProblem(flow, answers as Answers) !== undefined) return undefined;
  const saved: SavedJourney = { flowId, flowVersion, answers: answers as Answers };
  if (lastActiveAt !== undefined) saved.lastActiveAt = lastActiveAt;
  if (notes === undefined) return saved;
  if (!isPlainObject(notes)) return undefined;
  for (const [id, text] of Object.entries(notes)) {
    const limit = NOTE_LIMITS.get(id);
    if (limit === undefined || typeof text !== 'string' || text.length > limit) return undefined;
  }
  return { ...saved, notes: notes };
}

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
  const saved = checkSavedJourney(raw, flow);
  if (saved) return { answers: saved.answers, notes: saved.notes ?? {}, discarded: false };
  const carried = carryOverFromOtherVersion(raw, flow);
  if (carried) return carried;
  clearSavedJourney(storage);
  return { answers: {}, notes: {}, discarded: true };
}

/**
 * A journey saved under another version of the same flow: a tab open across a
 * release (decision 0039). Its answers that this version still allows are
 * kept, and the rest left out, so that the journey replays under the new
 * advice rather than being thrown away; everything else must be as valid as
 * for a journey of this version.
 */
function carryOverFromOtherVersion(raw: unknown, flow: Flow): RestoredJourney | undefined {
  if (!isPlainObject(raw) || raw.flowId !== flow.id || typeof raw.flowVersion !== 'string') return undefined;
  if (raw.flowVersion === flow.version || !isPlainObject(raw.answers)) return undefined;
  const entries = Object.entries(raw.answers);
  if (!entries.every(([, value]) => isAnswerValue(value))) return undefined;
  // Entries, not assignment: an answer saved under "__proto__" stays data and is left out.
  const allowed = ([id, value]: [string, unknown]) =>
    findAnswerProblem(flow, Object.fromEntries([[id, value]]) as Answers) === undefined;
  const kept = Object.fromEntries(entries.filter(allowed)) as Answers;
  const dropped = Object.fromEntries(entries.filter((entry) => !allowed(entry))) as Answers;
  const saved = checkSavedJourney({ ...raw, flowVersion: flow.version, answers: kept }, flow);
  if (!saved) return undefined;
  return {
    answers: saved.answers,
    notes: saved.notes ?? {},
    discarded: false,
    updatedFrom: raw.flowVersion,
    dropped,
  };
}

export function writeSavedJourney(
  storage: Storage,
  flow: Flow,
  answers: Answers,
  notes: RecordNotes = {},
  lastActiveAt: number = Date.now(),
): void {
  // Saving is activity too: an answer or a note was just given.
  const saved: SavedJourney = { flowId: flow.id, flowVersion: flow.version, answers, lastActiveAt };
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
