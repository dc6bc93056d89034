import { z } from 'zod';
import { ConditionSchema, IdSchema } from '../engine/flow-schema.ts';

/**
 * A flow's safety properties, written as data beside the flow
 * (`flows/NAME.properties.json`) in the flow's own condition language, from
 * the spec rather than from the rules. src/verification checks them on every
 * path; no content id appears in the code.
 */
const RequirementSchema = z.strictObject({
  /** Every one of these routes is in the plan. */
  routes: z.array(IdSchema).min(1).optional(),
  /** None of these routes is in the plan. */
  noRoutes: z.array(IdSchema).min(1).optional(),
  /** This route is the first action. */
  first: IdSchema.optional(),
  /** This route is in the plan, and no action comes before it but those named in `except`. */
  comesFirst: z.strictObject({ route: IdSchema, except: z.array(IdSchema) }).optional(),
  /** Each of these routes is in the plan, at this urgency. */
  urgency: z.record(IdSchema, IdSchema).optional(),
  /**
   * Each of these routes, when it is in the plan, is done by this doer: `you`,
   * `safeguarding-lead`, or a lead of the flow's roles.leadWhen.
   */
  by: z.record(IdSchema, IdSchema).optional(),
  /** Every action is done by this doer. */
  byAll: IdSchema.optional(),
  /** No action is done by any of these doers. */
  byNone: z.array(IdSchema).min(1).optional(),
  /** Every one of these warnings is shown. */
  warnings: z.array(IdSchema).min(1).optional(),
  /** These warnings, when shown, come in this order. */
  warningsInOrder: z.array(IdSchema).min(2).optional(),
  /** Some action among these routes cites a text matching the pattern, in its reasons or sources. */
  cites: z.strictObject({ routes: z.array(IdSchema).min(1), pattern: z.string().min(1) }).optional(),
});
export type Requirement = z.infer<typeof RequirementSchema>;

export const SafetyPropertySchema = z.strictObject({
  id: IdSchema,
  /** The property in the spec's words. */
  statement: z.string().min(1),
  /** When the requirement applies; always when absent. */
  when: ConditionSchema.optional(),
  require: RequirementSchema,
  /**
   * The requirement holds exactly when `when` does: each route, warning,
   * urgency, first place or citation it names is there if and only if `when`
   * holds. Not allowed with `noRoutes`, `by`, `byAll`, `byNone` or `warningsInOrder`.
   */
  exactly: z.boolean().optional(),
});
export type SafetyProperty = z.infer<typeof SafetyPropertySchema>;

export const SafetyPropertiesSchema = z.strictObject({
  $comment: z.string().optional(),
  /** The id of the flow these properties are for. */
  flow: IdSchema,
  properties: z.array(SafetyPropertySchema).min(1),
  /**
   * The conservative default: for every question with an uncertain answer, the
   * uncertain answer's plan keeps every one of these groups of routes that the
   * plan of each certain answer has (a group counts when any of its routes is there).
   */
  uncertainNeverLowers: z.strictObject({
    statement: z.string().min(1),
    routes: z.array(z.array(IdSchema).min(1)).min(1),
  }),
  /** Limits on journey length: with one value chosen in the many-choice question named, and overall. */
  pathBudget: z.strictObject({
    statement: z.string().min(1),
    oneSelectionOf: IdSchema,
    longestWithOne: z.number().int().positive(),
    longest: z.number().int().positive(),
    medianSequencesWithOne: z.number().int().positive(),
  }),
});
export type SafetyProperties = z.infer<typeof SafetyPropertiesSchema>;
