import { z } from 'zod';
import { ApDetails } from '#core/breach/ap-details.js';
import { FIRST_RUN_ITEMS } from '#core/first-run.js';
import { LOCALES } from '#core/locale.js';
import { SECTORS } from '#core/sector.js';
import { type Json } from './common.js';
import { InvitationResult } from './surveys.js';

/** The organisation's settings, as its members see them. */
export const Organisation = z.object({
  id: z.uuid(),
  name: z.string(),
  isDemo: z.boolean(),
  minGroupSize: z.number().int(),
  defaultLocale: z.enum(LOCALES),
  /** Gives the texts their word for the person receiving care (src/core/sector.ts). */
  sector: z.enum(SECTORS),
  /** The staff's link to report a data breach is /melden/<breachSlug>. */
  breachSlug: z.string(),
  breachReportRequiresLogin: z.boolean(),
  /** As readApDetails gives them: every field present, empty when not filled in. */
  apDetails: ApDetails.required(),
  /** The admin's setting; the operator's maximum may allow fewer (OrganisationSettings' surveyInvitations). */
  surveyInvitationsPerDay: z.number().int(),
});
export type Organisation = Json<typeof Organisation>;

/** Today's limit on survey invitation mails and its use, and whether mail can go out at all. */
export const InvitationAllowance = InvitationResult.shape.allowance.extend({ mailConfigured: z.boolean() });
export type InvitationAllowance = Json<typeof InvitationAllowance>;

/** GET /api/organisation: the settings, the staff's link to report a breach and today's invitation mails. */
export const OrganisationSettings = z.object({ organisation: Organisation, breachReportUrl: z.string(), surveyInvitations: InvitationAllowance });
export type OrganisationSettings = Json<typeof OrganisationSettings>;

/** The settings after a change. */
export const OrganisationAnswer = z.object({ organisation: Organisation });
export type OrganisationAnswer = Json<typeof OrganisationAnswer>;

/** What a new organisation still has to do first (core/first-run.ts). */
export const FirstRunChecklist = z.object({
  items: z.array(z.object({ item: z.enum(FIRST_RUN_ITEMS), done: z.boolean() })),
  /** Shown until every item is done or an admin put it away. */
  show: z.boolean(),
});
export type FirstRunChecklist = Json<typeof FirstRunChecklist>;

export const FirstRunAnswer = z.object({ checklist: FirstRunChecklist });
export type FirstRunAnswer = Json<typeof FirstRunAnswer>;

/** Months after a survey or knowledge check closed that its raw answers are kept; null keeps them. */
export const Retention = z.object({ surveyResponsesMonths: z.number().int().nullable(), knowledgeResponsesMonths: z.number().int().nullable() });
export type Retention = Json<typeof Retention>;

export const RetentionAnswer = z.object({ retention: Retention });
export type RetentionAnswer = Json<typeof RetentionAnswer>;

/**
 * The organisation export (core/export/document.ts, which says what it leaves out): its head
 * named, its tables passed on as the export service reads them from the database.
 */
export const OrganisationExport = z.looseObject({ format: z.string(), version: z.number().int(), exportedAt: z.string() });
export type OrganisationExport = Json<typeof OrganisationExport>;
