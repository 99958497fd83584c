import { notificationDeadline, notifiedLate } from './deadline.js';
import { registerFromReport, type BreachRegister } from './register.js';
import type { BreachReport } from './report.js';

/**
 * The answers for the AP's online notification form, in the order of its chapters 1–10
 * (breach.md). The AP has no API, so the officer copies them over; each answer says where it
 * comes from: recorded by the officer, derived from the staff report or a default (to confirm),
 * or missing. Values are structured; the interface renders labels and dates in the reader's
 * language (choices name their label set in src/content/breach.ts).
 */

export const AP_ANSWER_SOURCES = ['recorded', 'derived', 'missing'] as const;
export type ApAnswerSource = (typeof AP_ANSWER_SOURCES)[number];

/** The label sets a choice answer can refer to (keys of BREACH_LABELS in src/content/breach.ts). */
export type ApLabelSet =
  | 'notificationKinds'
  | 'legalRegimes'
  | 'otherSupervisors'
  | 'sectors'
  | 'apNatures'
  | 'incidentKinds'
  | 'dataCategories'
  | 'specialCategories'
  | 'subjectGroups'
  | 'protections'
  | 'dataConsequences'
  | 'peopleConsequences'
  | 'consequenceSeverities'
  | 'informMeans'
  | 'ongoing'
  | 'subjectsInformedAnswers';

/** Are the people informed? Yes (on a date), planned (for a date), or no (with the reason why not). */
export const SUBJECTS_INFORMED_ANSWERS = ['yes', 'planned', 'no'] as const;
export type SubjectsInformedAnswer = (typeof SUBJECTS_INFORMED_ANSWERS)[number];

export type ApAnswerValue =
  | { type: 'text'; text: string }
  | { type: 'choice'; labels: ApLabelSet; keys: string[] }
  | { type: 'moment'; at: string }
  | { type: 'number'; value: number }
  | { type: 'range'; min: number; max: number | null }
  | { type: 'yesNo'; value: boolean }
  /** Nothing to fill in (missing, or not applicable: see the answer's `applies`). */
  | { type: 'empty' };

export const AP_CHAPTERS = [
  'introduction',
  'international',
  'organisation',
  'timeline',
  'breach',
  'personalData',
  'dataSubjects',
  'measuresBeforehand',
  'consequences',
  'followUp',
] as const;
export type ApChapterKey = (typeof AP_CHAPTERS)[number];

export const AP_QUESTIONS = {
  introduction: ['notificationKind', 'legalRegime', 'otherSupervisors'],
  international: ['crossBorder'],
  organisation: [
    'organisationName',
    'organisationAddress',
    'kvkNumber',
    'sector',
    'dpoRegistrationNumber',
    'notifierName',
    'notifierFunction',
    'notifierPhone',
    'notifierEmail',
    'contactPerson',
    'otherOrganisations',
  ],
  timeline: ['startedAt', 'endedAt', 'ongoing', 'discoveredAt', 'discoveredHow', 'lateReason'],
  breach: ['nature', 'incidentKind', 'summary'],
  personalData: ['dataCategories', 'specialCategories', 'records', 'recordsExplanation'],
  dataSubjects: ['subjectGroups', 'subjectDescription', 'people'],
  measuresBeforehand: ['protection', 'protectionTechnique'],
  consequences: ['dataConsequences', 'peopleConsequences', 'consequenceSeverity', 'consequencesDescription'],
  followUp: ['subjectsInformed', 'subjectsInformedAt', 'notInformedReason', 'subjectsInformedCount', 'informMeans', 'measuresTaken', 'measuresPlanned'],
} as const satisfies Record<ApChapterKey, readonly string[]>;
export type ApQuestionKey = (typeof AP_QUESTIONS)[ApChapterKey][number];

export interface ApFormAnswer {
  question: ApQuestionKey;
  source: ApAnswerSource;
  value: ApAnswerValue;
  /** False when the question does not apply (e.g. the late reason of a timely notification). */
  applies: boolean;
}

export interface ApFormChapter {
  /** 1–10, as on the AP form. */
  number: number;
  key: ApChapterKey;
  answers: ApFormAnswer[];
}

/** What the organisation's settings or the officer tell about the organisation (chapter 3). */
export interface OrganisationInfo {
  name: string;
  address?: string;
  kvkNumber?: string;
  /** Defaults to care ("zorg"), what Wegwijs is made for. */
  sector?: string;
  dpoRegistrationNumber?: string;
  /** The contact person for the AP, often the FG/DPO. */
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

export interface ApFormInput {
  organisation: OrganisationInfo;
  report: BreachReport;
  register: BreachRegister | null;
  /** The officer at work: the notifier while the register names nobody else. */
  officer: { name: string; email: string };
  /** The latest notification decision, if any. */
  decision: { notifyAp: boolean; informSubjects: boolean } | null;
  /** `awareAt` is the date of discovery and starts the 72 hours; confirmed by the officer, or still the reporter's moment. */
  timeline: { awareAt: Date; awareConfirmed: boolean; apNotifiedAt: Date | null; lateReason: string | null; subjectsInformedAt: Date | null };
  /** To tell whether the 72 hours have passed while the AP is not yet notified. */
  now: Date;
}

const text = (value: string): ApAnswerValue => ({ type: 'text', text: value });
const choice = (labels: ApLabelSet, keys: readonly string[]): ApAnswerValue => ({ type: 'choice', labels, keys: [...keys] });
const EMPTY: ApAnswerValue = { type: 'empty' };

/** An answer with the source of its value; empty values count as missing. */
function answer(question: ApQuestionKey, source: Exclude<ApAnswerSource, 'missing'>, value: ApAnswerValue | null): ApFormAnswer {
  const empty = value === null || (value.type === 'text' && value.text.trim() === '') || (value.type === 'choice' && value.keys.length === 0);
  return empty ? { question, source: 'missing', value: EMPTY, applies: true } : { question, source, value, applies: true };
}
const notApplicable = (question: ApQuestionKey): ApFormAnswer => ({ question, source: 'recorded', value: EMPTY, applies: false });

type Filled<T> = T extends string ? string : T extends readonly unknown[] ? T : NonNullable<T>;

/**
 * Builds the form view: the officer's register where filled, else what the staff report says
 * (derived), else missing.
 */
export function apFormView(input: ApFormInput): ApFormChapter[] {
  const { organisation: org, report, register, officer, timeline, now } = input;
  const derived = registerFromReport(report);
  const isFilled = (v: unknown) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

  /** The register's value (recorded), else the one derived from the report, as an answer. */
  function fromRegister<K extends keyof BreachRegister>(
    question: ApQuestionKey,
    field: K,
    render: (v: Filled<BreachRegister[K]>) => ApAnswerValue,
  ): ApFormAnswer {
    const own = register?.[field];
    if (isFilled(own)) return answer(question, 'recorded', render(own as Filled<BreachRegister[K]>));
    const guess = derived[field];
    return answer(question, 'derived', isFilled(guess) ? render(guess as Filled<BreachRegister[K]>) : null);
  }
  /** A text the settings or the officer recorded; empty is missing. */
  const recordedText = (question: ApQuestionKey, value: string | undefined) => answer(question, 'recorded', value ? text(value) : null);

  const contact = [org.contactName, org.contactEmail, org.contactPhone].filter(Boolean).join(', ');
  const late = timeline.apNotifiedAt ? notifiedLate(timeline.awareAt, timeline.apNotifiedAt) : now.getTime() > notificationDeadline(timeline.awareAt).getTime();
  // Data lost for good, in full or in part, are "permanently unavailable" to the AP: the lost part is.
  const lostForGood = (r: BreachRegister) => r.availabilityLoss === 'permanent' || r.availabilityLoss === 'partial';
  const natures = (r: BreachRegister) =>
    r.classification.map((n) =>
      n === 'confidentiality' ? 'viewed' : n === 'integrity' ? 'altered' : lostForGood(r) ? 'permanentlyUnavailable' : 'temporarilyUnavailable',
    );
  // The officer at work notifies unless the register names someone else; then only what is recorded counts.
  const notifier = register?.notifier ?? derived.notifier;
  const byOfficer = notifier.name.trim() === '';
  const ongoing = register?.ongoing ?? derived.ongoing;
  const informed = subjectsInformed(input);
  const informing = informed !== null && informed.answer !== 'no';

  const chapters: Record<ApChapterKey, ApFormAnswer[]> = {
    introduction: [
      answer('notificationKind', 'derived', choice('notificationKinds', ['single'])),
      answer('legalRegime', 'derived', choice('legalRegimes', ['avg'])),
      register && register.otherSupervisors.length > 0
        ? answer('otherSupervisors', 'recorded', choice('otherSupervisors', register.otherSupervisors))
        : answer('otherSupervisors', 'derived', choice('otherSupervisors', ['none'])),
    ],
    international: [
      register?.crossBorder != null
        ? answer('crossBorder', 'recorded', { type: 'yesNo', value: register.crossBorder })
        : answer('crossBorder', 'derived', { type: 'yesNo', value: false }),
    ],
    organisation: [
      recordedText('organisationName', org.name),
      recordedText('organisationAddress', org.address),
      recordedText('kvkNumber', org.kvkNumber),
      org.sector ? answer('sector', 'recorded', text(org.sector)) : answer('sector', 'derived', choice('sectors', ['care'])),
      recordedText('dpoRegistrationNumber', org.dpoRegistrationNumber),
      byOfficer ? answer('notifierName', 'derived', officer.name ? text(officer.name) : null) : recordedText('notifierName', notifier.name),
      recordedText('notifierFunction', notifier.function),
      recordedText('notifierPhone', notifier.phone),
      notifier.email || !byOfficer
        ? recordedText('notifierEmail', notifier.email)
        : answer('notifierEmail', 'derived', officer.email ? text(officer.email) : null),
      recordedText('contactPerson', contact),
      fromRegister('otherOrganisations', 'otherOrganisations', text),
    ],
    timeline: [
      fromRegister('startedAt', 'startedAt', (at) => ({ type: 'moment', at })),
      register?.endedAt
        ? answer('endedAt', 'recorded', { type: 'moment', at: register.endedAt })
        : ongoing === 'yes'
          ? notApplicable('endedAt')
          : answer('endedAt', 'derived', report.ongoing === 'no' ? { type: 'moment', at: report.noticedAt } : null),
      fromRegister('ongoing', 'ongoing', (o) => choice('ongoing', [o])),
      // The same moment the 72 hours run from, so "discovered" and "late" never disagree.
      answer('discoveredAt', timeline.awareConfirmed ? 'recorded' : 'derived', { type: 'moment', at: timeline.awareAt.toISOString() }),
      fromRegister('discoveredHow', 'discoveredHow', text),
      late ? answer('lateReason', 'recorded', timeline.lateReason ? text(timeline.lateReason) : null) : notApplicable('lateReason'),
    ],
    breach: [
      register && register.classification.length > 0 ? answer('nature', 'recorded', choice('apNatures', natures(register))) : answer('nature', 'derived', null),
      fromRegister('incidentKind', 'incidentKind', (k) => choice('incidentKinds', [k])),
      fromRegister('summary', 'summary', text),
    ],
    personalData: [
      fromRegister('dataCategories', 'dataCategories', (c) => choice('dataCategories', c)),
      // Once the officer has recorded the data, no special category means "none", not "missing".
      register && register.dataCategories.length > 0 && register.specialCategories.length === 0
        ? answer('specialCategories', 'recorded', choice('specialCategories', ['none']))
        : fromRegister('specialCategories', 'specialCategories', (c) => choice('specialCategories', c)),
      fromRegister('records', 'records', (value) => ({ type: 'number', value })),
      fromRegister('recordsExplanation', 'recordsExplanation', text),
    ],
    dataSubjects: [
      fromRegister('subjectGroups', 'subjectGroups', (g) => choice('subjectGroups', g)),
      fromRegister('subjectDescription', 'subjectDescription', text),
      fromRegister('people', 'people', (p) => ({ type: 'range', min: p.min, max: p.max })),
    ],
    measuresBeforehand: [
      fromRegister('protection', 'protection', (p) => choice('protections', [p])),
      register?.protection === 'none' ? notApplicable('protectionTechnique') : fromRegister('protectionTechnique', 'protectionTechnique', text),
    ],
    consequences: [
      fromRegister('dataConsequences', 'dataConsequences', (c) => choice('dataConsequences', c)),
      fromRegister('peopleConsequences', 'peopleConsequences', (c) => choice('peopleConsequences', c)),
      fromRegister('consequenceSeverity', 'consequenceSeverity', (s) => choice('consequenceSeverities', [s])),
      fromRegister('consequencesDescription', 'consequencesDescription', text),
    ],
    followUp: [
      informed ? answer('subjectsInformed', 'recorded', choice('subjectsInformedAnswers', [informed.answer])) : answer('subjectsInformed', 'derived', null),
      informing ? answer('subjectsInformedAt', 'recorded', informed.at ? { type: 'moment', at: informed.at } : null) : notApplicable('subjectsInformedAt'),
      informed?.answer === 'no' ? fromRegister('notInformedReason', 'notInformedReason', text) : notApplicable('notInformedReason'),
      informing
        ? fromRegister('subjectsInformedCount', 'subjectsInformedCount', (value) => ({ type: 'number', value }))
        : notApplicable('subjectsInformedCount'),
      informing ? fromRegister('informMeans', 'informMeans', (m) => choice('informMeans', m)) : notApplicable('informMeans'),
      fromRegister('measuresTaken', 'measuresTaken', text),
      fromRegister('measuresPlanned', 'measuresPlanned', text),
    ],
  };
  return AP_CHAPTERS.map((key, index) => ({ number: index + 1, key, answers: chapters[key] }));
}

/**
 * Whether the people are informed: yes once it happened, planned while a date is set or the decision
 * is to inform, no when the decision is not to; null while nothing is decided.
 */
function subjectsInformed({ register, decision, timeline }: ApFormInput): { answer: SubjectsInformedAnswer; at: string | null } | null {
  if (timeline.subjectsInformedAt) return { answer: 'yes', at: timeline.subjectsInformedAt.toISOString() };
  if (register?.subjectsInformPlannedFor) return { answer: 'planned', at: register.subjectsInformPlannedFor };
  if (!decision) return null;
  return { answer: decision.informSubjects ? 'planned' : 'no', at: null };
}

/** How many answers are still missing, and how many are derived and need confirming. */
export function apFormProgress(view: readonly ApFormChapter[]): Record<ApAnswerSource, number> {
  const tally: Record<ApAnswerSource, number> = { recorded: 0, derived: 0, missing: 0 };
  for (const a of view.flatMap((c) => c.answers)) if (a.applies) tally[a.source] += 1;
  return tally;
}
