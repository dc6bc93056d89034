import { z } from 'zod';

/** A scenario file (../shared/spec/contracts.md): answers by question id, with an optional name and expected result. */
export const ScenarioSchema = z.object({
  name: z.string().optional(),
  description: z.string().optional(),
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  /** What the triage should conclude: checked by the tests, ignored by the command line. */
  expected: z
    .strictObject({
      routes: z.array(z.string()).min(1),
      warnings: z.array(z.string()),
      path: z.array(z.string()).optional(),
    })
    .optional(),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
