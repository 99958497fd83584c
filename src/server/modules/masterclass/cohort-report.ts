import { COMB_FACTOR_TEXT } from '#content/comb.js';
import { EFFORT_TEXT } from '#content/intervention-texts.js';
import { SHARE_SCOPE_LABELS, SUBMISSION_STATE_LABELS } from '#content/masterclass/share-labels.js';
import { guidanceFor } from '#content/steps.js';
import type { CombFactor } from '#core/comb.js';
import type { Effort } from '#core/interventions/library.js';
import type { Locale } from '#core/locale.js';
import type { SubmissionState } from '#core/masterclass/cohort.js';
import type { ExchangeEffect } from '#core/masterclass/exchange.js';
import type { ShareItem } from '#core/masterclass/sharing.js';
import type { Block, ExportDocument } from '../../export/document.js';
import { formatters } from '../../export/formatters.js';
import { COHORT_REPORT_TEXT } from './cohort-report-texts.js';

/** Everything the cohort report is made from, read once (after-course.service.ts); the builder reads nothing more. */
export interface CohortReportData {
  trainingOrganisation: string;
  cohortName: string;
  /** The day the report is made (Amsterdam). */
  today: string;
  /** Days (Amsterdam) the cohort closed and until when the trainers keep what was shared; null while it runs. */
  closedOn: string | null;
  readableUntil: string | null;
  assignments: { id: string; title: string; dueDate: string }[];
  organisations: {
    name: string;
    /** What it shares with the whole cohort, and what only with the trainers. */
    sharedWithCohort: ShareItem[];
    sharedWithTrainersOnly: ShareItem[];
    /** Null when it does not share its progress (or its check-ins) with the trainers. */
    progress: { done: number; total: number; percent: number; currentStep: number; overdueActions: number } | null;
    checkins: { last: string | null; next: string | null } | null;
    submissions: { assignmentId: string; state: SubmissionState; submittedOn: string | null }[];
    exchange: { title: string; barrier: CombFactor; effort: Effort; effect: ExchangeEffect | null }[];
  }[];
}

const h = (level: 1 | 2, text: string): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', text });

/**
 * The cohort report for its trainers (issue 21, point 7): per organisation what it shared with the
 * whole masterclass and with the trainers, its progress if it shares that, the state of each of its
 * assignments, and what it put in the exchange. No names of people: organisations only.
 */
export function cohortReportDocument(data: CohortReportData, locale: Locale): ExportDocument {
  const t = COHORT_REPORT_TEXT[locale];
  const f = formatters(locale);
  const label = (item: ShareItem) =>
    item.kind === 'worksheet' ? t.worksheet(item.substepKey, guidanceFor(item.substepKey).title[locale]) : SHARE_SCOPE_LABELS[item.kind][locale];
  const items = (list: ShareItem[]): Block => (list.length === 0 ? p(t.nothingShared) : { kind: 'list', ordered: false, items: list.map(label) });
  const day = (iso: string | null) => (iso ? f.day(iso) : null);

  const blocks: Block[] = [
    p(t.madeOn(data.trainingOrganisation, f.day(data.today))),
    p(data.closedOn && data.readableUntil ? t.closed(f.day(data.closedOn), f.day(data.readableUntil)) : t.running),
    p(data.organisations.length === 0 ? t.noOrganisations : t.organisations(data.organisations.length)),
  ];
  for (const org of data.organisations) {
    blocks.push(
      h(1, org.name),
      h(2, t.headings.sharedWithCohort),
      items(org.sharedWithCohort),
      h(2, t.headings.sharedWithTrainers),
      items(org.sharedWithTrainersOnly),
    );

    blocks.push(h(2, t.headings.progress));
    if (org.progress)
      blocks.push(
        p(t.progress(org.progress.done, org.progress.total, org.progress.percent, org.progress.currentStep)),
        p(t.overdue(org.progress.overdueActions)),
      );
    else blocks.push(p(t.progressNotShared));
    if (org.checkins) blocks.push(p(t.checkins(day(org.checkins.last), day(org.checkins.next))));

    blocks.push(h(2, t.headings.assignments));
    if (data.assignments.length === 0) blocks.push(p(t.noAssignments));
    else {
      const cols = t.assignmentColumns;
      blocks.push({
        kind: 'table',
        header: [cols.title, cols.due, cols.state, cols.handedIn],
        rows: data.assignments.map((a) => {
          const submission = org.submissions.find((s) => s.assignmentId === a.id);
          return [
            a.title,
            f.day(a.dueDate),
            submission ? SUBMISSION_STATE_LABELS[submission.state][locale] : t.none,
            day(submission?.submittedOn ?? null) ?? t.none,
          ];
        }),
      });
    }

    blocks.push(h(2, t.headings.exchange));
    if (org.exchange.length === 0) blocks.push(p(t.noExchange));
    else {
      const cols = t.exchangeColumns;
      blocks.push({
        kind: 'table',
        header: [cols.title, cols.barrier, cols.effort, cols.effect],
        rows: org.exchange.map((x) => [
          x.title,
          COMB_FACTOR_TEXT[x.barrier].name[locale],
          EFFORT_TEXT[x.effort][locale],
          x.effect ? t.effect(x.effect.measure, f.number(x.effect.before), f.number(x.effect.after), x.effect.unit) : t.none,
        ]),
      });
    }
  }
  return { title: t.title, subtitle: data.cohortName, language: locale, footer: t.footer(data.trainingOrganisation), blocks };
}
