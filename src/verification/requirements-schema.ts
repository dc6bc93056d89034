import { z } from 'zod';
import { IdSchema, IsoDateSchema } from '../engine/flow-schema.ts';

/**
 * The requirements catalogue: every duty or piece of advice in the national
 * and local guidance that bears on what a professional should do, each traced
 * to the part of the flow that meets it, or saying why the flow leaves it out.
 * The link is stored here once (`metBy`); "the requirements a rule serves" is
 * its inverse, computed by checkRequirements (docs/decisions/0042).
 */

/** Readable, stable ids in capitals: `KCSIE-P1-CONCERN-TO-DSL`, `UKCIS-VIEWING-NEVER`. */
export const RequirementIdSchema = z
  .string()
  .regex(
    /^[A-Z0-9]+(-[A-Z0-9]+)+$/,
    'requirement ids are capitals and digits in at least two parts joined by hyphens',
  );

/**
 * A reference to a part of the flow, `KIND:ID`, with a 1-based number after
 * `#` for a part of a list. See FLOW_REFERENCE_KINDS for what each kind names.
 */
export const FlowReferenceSchema = z
  .string()
  .regex(
    /^[a-z-]+:[A-Za-z0-9-]+(=[a-z0-9-]+|#[1-9][0-9]*)?$/,
    'a flow reference is KIND:ID, KIND:ID#N or answer:QUESTION=VALUE (see FLOW_REFERENCE_KINDS)',
  );

/** A published text the requirements are drawn from. */
export const GuidanceDocumentSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** The edition or date of the text (for example "2 September 2025"). */
  edition: z.string().min(1),
  url: z.url({ protocol: /^https$/ }).optional(),
  /** The flow source that stands for this document, when the flow cites it. */
  flowSource: IdSchema.optional(),
  /** Statutory guidance, non-statutory advice, an Act, a local procedure or a service's own terms. */
  kind: z.enum(['statutory-guidance', 'advice', 'legislation', 'local-procedure', 'service']),
  note: z.string().min(1).optional(),
});
export type GuidanceDocument = z.infer<typeof GuidanceDocumentSchema>;

export const RequirementSchema = z
  .strictObject({
    id: RequirementIdSchema,
    /** The document (one of the catalogue's `documents`). */
    document: IdSchema,
    /** The part, section or paragraph, as the document names it. */
    section: z.string().min(1),
    /** The date the text was read, or the check date of the research notes relied on. */
    retrieved: IsoDateSchema,
    /** How it was read: the page retrieved, or the research notes' section. */
    via: z.string().min(1),
    /** False where the exact text could not be read: `unconfirmedBecause` says why. */
    confirmed: z.boolean(),
    unconfirmedBecause: z.string().min(1).optional(),
    /** The duty or advice, in our own words; one checkable thing. */
    requirement: z.string().min(1),
    /** A short quotation, where one was read. */
    quote: z.string().min(1).max(300, 'quote briefly: at most 300 characters').optional(),
    /** The parts of the flow that meet it (FLOW_REFERENCE_KINDS). */
    metBy: z.array(FlowReferenceSchema),
    /** Why the flow does not, and should not, meet it. */
    outOfScope: z.string().min(1).optional(),
    /** What the flow must still do to meet it fully: a design input for the next major version. */
    gap: z.string().min(1).optional(),
    /** The review findings (F-nn) this requirement answers. */
    findings: z.array(z.string().regex(/^F-[0-9]{2}$/, 'findings are F-nn')).optional(),
    /** A word or two to group gaps by (for docs/flow-gaps.md). */
    theme: z.string().min(1),
  })
  .refine((requirement) => requirement.confirmed || requirement.unconfirmedBecause !== undefined, {
    message: 'an unconfirmed requirement says why in unconfirmedBecause',
    path: ['unconfirmedBecause'],
  })
  .refine((requirement) => !(requirement.outOfScope && requirement.metBy.length > 0), {
    message: 'a requirement out of scope is met by nothing: remove metBy or outOfScope',
    path: ['outOfScope'],
  })
  .refine((requirement) => !(requirement.outOfScope && requirement.gap), {
    message: 'a requirement out of scope has no gap to close',
    path: ['gap'],
  });
export type Requirement = z.infer<typeof RequirementSchema>;

export const RequirementsCatalogueSchema = z
  .strictObject({
    $schema: z.string().optional(),
    /** The id of the flow the references resolve against. */
    flow: IdSchema,
    title: z.string().min(1),
    /** Notes for the reader on how the catalogue was made. */
    method: z.array(z.string().min(1)).min(1),
    documents: z.array(GuidanceDocumentSchema).min(1),
    requirements: z.array(RequirementSchema).min(1),
  })
  .superRefine((catalogue, context) => {
    const documentIds = new Set(catalogue.documents.map((document) => document.id));
    const seen = new Set<string>();
    catalogue.requirements.forEach((requirement, index) => {
      if (seen.has(requirement.id))
        context.addIssue({
          code: 'custom',
          message: `duplicate requirement id ${requirement.id}`,
          path: ['requirements', index, 'id'],
        });
      seen.add(requirement.id);
      if (!documentIds.has(requirement.document))
        context.addIssue({
          code: 'custom',
          message: `unknown document ${requirement.document}`,
          path: ['requirements', index, 'document'],
        });
    });
  });
export type RequirementsCatalogue = z.infer<typeof RequirementsCatalogueSchema>;
