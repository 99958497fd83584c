import { z } from 'zod';
import { ItemId, Line, rows } from '../worksheets/fields.js';

/** The three questions staff meet in practice; every scenario asks one of them. */
export const SCENARIO_KINDS = ['sensitive', 'breach', 'sharing'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/** Where a scenario plays: hospital, nursing and home care (VVT), mental-health care (GGZ), forensic care. */
export const CARE_SETTINGS = ['hospital', 'vvt', 'ggz', 'forensic'] as const;
export type CareSetting = (typeof CARE_SETTINGS)[number];

/** What the rules need of a scenario: how many options it offers and which one is right (0-based). */
export interface ScenarioKey {
  options: number;
  right: number;
  /** Withdrawn: stored checks and their results still read it, but no check may take it up anew, and it scores nobody (scoring.ts). */
  retired?: boolean;
}
/** The built-in scenarios by key. Passed in: core knows no content. */
export type ScenarioCatalogue = ReadonlyMap<string, ScenarioKey>;

export const MAX_SCENARIOS = 40;
export const MAX_DEPARTMENTS = 40;

/** A department a respondent can pick; the organisation's own name for it, in one language. */
const Department = z.object({ id: ItemId, name: Line.min(1) }).strict();

/**
 * A check as the team builds it: scenarios picked from the built-in set, in the order asked, and
 * optionally departments to group the results by (none, or at least two: one would name everyone).
 * Frozen once the check opens, so every answer is to the same scenarios. With `offered` (a team
 * creating or changing a check) a withdrawn scenario counts as not in the set; stored checks are
 * read without `offered`, so those that hold one keep their answers and results.
 */
export function checkDefinitionSchema(catalogue: ScenarioCatalogue, { offered = false } = {}) {
  return z
    .object({
      scenarios: z
        .array(z.string().max(60))
        .min(1)
        .max(MAX_SCENARIOS)
        .superRefine((keys, ctx) => {
          const seen = new Set<string>();
          keys.forEach((key, index) => {
            if (!catalogue.has(key) || (offered && catalogue.get(key)!.retired)) ctx.addIssue({ code: 'custom', message: 'unknownScenario', path: [index] });
            else if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: [index] });
            seen.add(key);
          });
        }),
      departments: rows(Department, MAX_DEPARTMENTS).refine((list) => list.length !== 1, { message: 'departmentsTooFew' }),
    })
    .strict();
}
export type CheckDefinition = z.infer<ReturnType<typeof checkDefinitionSchema>>;

/**
 * What a staff member sends: one option per scenario of the check (by scenario key, options
 * counted from 0) and, when the check asks, a department from its list or null ("rather not say").
 */
export function checkResponseSchema(definition: CheckDefinition, catalogue: ScenarioCatalogue) {
  const ids = definition.departments.map((d) => d.id);
  return {
    answers: z
      .object(
        Object.fromEntries(
          definition.scenarios.map((key) => [
            key,
            z
              .number()
              .int()
              .min(0)
              .max(catalogue.get(key)!.options - 1),
          ]),
        ),
      )
      .strict(),
    department:
      ids.length > 0
        ? z
            .enum(ids as [string, ...string[]])
            .nullable()
            .optional()
        : z.null().optional(),
  };
}
export interface CheckResponse {
  answers: Record<string, number>;
  department?: string | null;
}

/** A response as stored: the chosen options in the order of the frozen definition, and the department ('' for none). */
export function storedResponse(definition: CheckDefinition, response: CheckResponse) {
  return { answers: definition.scenarios.map((key) => response.answers[key]!), department: response.department ?? '' };
}
