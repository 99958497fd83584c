import { z } from 'zod';
import { plainText } from '../worksheets/fields.js';

/**
 * The staff member's first-line report of a (suspected) data breach (breach.md "Internal report").
 * It asks for descriptions and rough counts, never for patient names; it is stored as sent and
 * never changed afterwards, so this schema is a stable contract with the public report form.
 */

/** The answer to "is this a data breach?" after the decision aid; "unsure" is reported too. */
export const SELF_CHECK_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type SelfCheckAnswer = (typeof SELF_CHECK_ANSWERS)[number];

/** The kinds of incident of the AP's online form, chapter 5 (breach.md), in the form's order. */
export const INCIDENT_KINDS = [
  'emailWrongRecipient',
  'emailNoBcc',
  'letterWrongRecipient',
  'letterReturnedOpened',
  'letterLost',
  'authorisationsWrong',
  'networkFolderTooOpen',
  'lostOrStolen',
  'publishedByAccident',
  'hackMalwarePhishing',
  'wrongFile',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** The kinds of data a staff member can tell apart; the officer refines them in the register. */
export const REPORT_DATA_KINDS = ['namesAddresses', 'health', 'bsn', 'financial', 'login', 'other', 'unknown'] as const;
export type ReportDataKind = (typeof REPORT_DATA_KINDS)[number];

/** Roughly how many people: bands, because staff rarely know the exact number. */
export const PEOPLE_BANDS = ['one', 'upTo10', 'upTo100', 'upTo1000', 'over1000', 'unknown'] as const;
export type PeopleBand = (typeof PEOPLE_BANDS)[number];

/** The smallest and largest number of people in each band; null where there is no bound. */
export const PEOPLE_BAND_RANGE: Record<PeopleBand, { min: number; max: number | null } | null> = {
  one: { min: 1, max: 1 },
  upTo10: { min: 2, max: 10 },
  upTo100: { min: 11, max: 100 },
  upTo1000: { min: 101, max: 1000 },
  over1000: { min: 1001, max: null },
  unknown: null,
};

export const ONGOING_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type OngoingAnswer = (typeof ONGOING_ANSWERS)[number];

/** Text limits: enough for a clear account on a phone, short enough to discourage pasting records. */
export const REPORT_LIMITS = { story: 2_000, department: 120, contactName: 120, email: 254, phone: 30 } as const;

/** A moment with its UTC offset ("2026-03-28T10:00:00+01:00" or "…Z"), as the browser sends it. */
export const Moment = z.iso.datetime({ offset: true });

const text = (max: number) => plainText().trim().max(max);
const optionalText = (max: number) => text(max).default('');

/** A phone number as people write it: digits, spaces, +, -, parentheses. */
const Phone = z.union([
  z.literal(''),
  plainText()
    .trim()
    .regex(/^\+?[0-9 ()-]{6,30}$/, 'phoneInvalid'),
]);
const Email = z.union([z.literal(''), z.email().max(REPORT_LIMITS.email)]);

/** Who may be contacted with questions; everything optional (a report may be anonymous). */
export const ReportContact = z.strictObject({
  name: optionalText(REPORT_LIMITS.contactName),
  phone: Phone.default(''),
  email: Email.default(''),
});
export type ReportContact = z.infer<typeof ReportContact>;

/** Each choice at most once; the form's checkboxes cannot produce duplicates, a crafted body can. */
const uniqueChoices = <T extends string>(values: readonly T[]) => values.length === new Set(values).size;

export const BreachReport = z
  .strictObject({
    isBreach: z.enum(SELF_CHECK_ANSWERS),
    whatHappened: text(REPORT_LIMITS.story).min(1),
    incidentKind: z.enum(INCIDENT_KINDS),
    /** When it happened, if known. */
    happenedAt: Moment.nullable().default(null),
    /** When the reporter noticed it. */
    noticedAt: Moment,
    dataKinds: z.array(z.enum(REPORT_DATA_KINDS)).min(1).max(REPORT_DATA_KINDS.length).refine(uniqueChoices, 'duplicateChoice'),
    peopleBand: z.enum(PEOPLE_BANDS),
    ongoing: z.enum(ONGOING_ANSWERS),
    /** What was already done: recall the e-mail, ask the recipient to delete, change a password. */
    actionsTaken: optionalText(REPORT_LIMITS.story),
    department: optionalText(REPORT_LIMITS.department),
    contact: ReportContact.default({ name: '', phone: '', email: '' }),
  })
  .superRefine((r, ctx) => {
    if (r.happenedAt !== null && Date.parse(r.happenedAt) > Date.parse(r.noticedAt)) {
      ctx.addIssue({ code: 'custom', message: 'happenedAfterNoticed', path: ['happenedAt'] });
    }
  });
/** The report as stored (defaults applied). */
export type BreachReport = z.infer<typeof BreachReport>;
/** The report as a client may send it (optional fields may be left out). */
export type BreachReportInput = z.input<typeof BreachReport>;
