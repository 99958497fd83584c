import { z } from 'zod';
import { Line } from './worksheets/fields.js';

/** The role table's columns (VERI) are in veri.ts. */
export { VERI, type VeriColumn } from './veri.js';

/** The roles the content names (labels in src/content/steps/roles.ts). */
export const STEP_ROLES = [
  'projectLead',
  'coreTeam',
  'board',
  'securityOfficer',
  'dpo',
  'careStaff',
  'teamManager',
  'applicationManager',
  'communication',
  'training',
  'externalAdviser',
  'worksCouncil',
  'stakeholders',
] as const;
export type StepRole = (typeof STEP_ROLES)[number];

/** A cell entry: one of the known roles (shown in the reader's language) or the team's own words. */
export const RoleEntry = z.union([z.object({ role: z.enum(STEP_ROLES) }).strict(), z.object({ text: Line.min(1) }).strict()]);
export type RoleEntry = z.infer<typeof RoleEntry>;

const MAX_PER_COLUMN = 12;

// Typed words compared as they read: case aside, and one Unicode form for letters like ë.
const sameEntry = (e: RoleEntry) => ('role' in e ? `role:${e.role}` : `text:${e.text.normalize('NFC').toLocaleLowerCase('nl')}`);

const Column = z
  .array(RoleEntry)
  .max(MAX_PER_COLUMN)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, index) => {
      const key = sameEntry(e);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicateRole', path: [index] });
      seen.add(key);
    });
  });

/**
 * One step's table. Someone must do the work, and exactly one party answers for it: two
 * "eindverantwoordelijken" means nobody is (the RACI rule of one accountable per activity,
 * PMI, PMBOK Guide 6th ed. 2017, §9.1.2.2 "RACI chart").
 */
export const RoleTable = z
  .object({
    responsible: Column.min(1),
    accountable: Column.refine((list) => list.length === 1, { message: 'oneAccountable' }),
    consulted: Column,
    informed: Column,
  })
  .strict();
export type RoleTable = z.infer<typeof RoleTable>;
