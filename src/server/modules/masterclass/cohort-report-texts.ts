import type { Locale } from '#core/locale.js';

/** The words of the cohort report (cohort-report.ts), in both languages; names of shared items and states come from src/content. */
const nl = {
  title: 'Verslag van de masterclass',
  footer: (trainingOrganisation: string) => `${trainingOrganisation} · verslag masterclass`,
  madeOn: (trainingOrganisation: string, day: string) =>
    `${trainingOrganisation}. Gemaakt met Wegwijs op ${day}. Per organisatie: wat zij deelde, hoe ver haar traject is (als zij dat deelt), haar opdrachten en wat zij in de uitwisseling zette.`,
  running: 'De masterclass loopt nog.',
  closed: (day: string, until: string) =>
    `De masterclass is afgesloten op ${day}. De trainers bewaren wat gedeeld was tot ${until}; daarna wordt het verwijderd.`,
  organisations: (n: number) => (n === 1 ? 'Er doet 1 organisatie mee.' : `Er doen ${n} organisaties mee.`),
  noOrganisations: 'Er doet nog geen organisatie mee.',
  headings: {
    sharedWithCohort: 'Gedeeld met de hele masterclass',
    sharedWithTrainers: 'Alleen gedeeld met de trainers',
    progress: 'Voortgang',
    assignments: 'Opdrachten',
    exchange: 'Uitwisseling',
  },
  nothingShared: 'Niets.',
  worksheet: (key: string, title: string) => `Werkblad ${key} ${title}`,
  progressNotShared: 'Deze organisatie deelt haar voortgang niet met de trainers.',
  progress: (done: number, total: number, percent: number, step: number) =>
    `${done} van de ${total} deelstappen klaar (${percent}%). Het traject is bij stap ${step}.`,
  overdue: (n: number) => (n === 0 ? 'Geen acties te laat.' : n === 1 ? '1 actie is te laat.' : `${n} acties zijn te laat.`),
  checkins: (last: string | null, next: string | null) =>
    `Laatste voortgangsoverleg: ${last ?? 'nog geen'}. Volgende voortgangsoverleg: ${next ?? 'niet gepland'}.`,
  noAssignments: 'De masterclass heeft geen opdrachten.',
  assignmentColumns: { title: 'Opdracht', due: 'Uiterlijk op', state: 'Stand', handedIn: 'Ingeleverd op' },
  noExchange: 'Niets in de uitwisseling gezet.',
  exchangeColumns: { title: 'Interventie', barrier: 'Belemmering', effort: 'Inspanning', effect: 'Effect (eigen meting)' },
  effect: (measure: string, before: string, after: string, unit: string) => `${measure}: van ${before} naar ${after}${unit ? ` ${unit}` : ''}`,
  none: '—',
};

export type CohortReportTexts = typeof nl;

const en: CohortReportTexts = {
  title: 'Masterclass report',
  footer: (trainingOrganisation) => `${trainingOrganisation} · masterclass report`,
  madeOn: (trainingOrganisation, day) =>
    `${trainingOrganisation}. Made with Wegwijs on ${day}. Per organisation: what it shared, how far its programme is (if it shares that), its assignments and what it put in the exchange.`,
  running: 'The masterclass is still running.',
  closed: (day, until) => `The masterclass was closed on ${day}. The trainers keep what was shared until ${until}; then it is deleted.`,
  organisations: (n) => (n === 1 ? '1 organisation takes part.' : `${n} organisations take part.`),
  noOrganisations: 'No organisation takes part yet.',
  headings: {
    sharedWithCohort: 'Shared with the whole masterclass',
    sharedWithTrainers: 'Shared with the trainers only',
    progress: 'Progress',
    assignments: 'Assignments',
    exchange: 'Exchange',
  },
  nothingShared: 'Nothing.',
  worksheet: (key, title) => `Worksheet ${key} ${title}`,
  progressNotShared: 'This organisation does not share its progress with the trainers.',
  progress: (done, total, percent, step) => `${done} of ${total} sub-steps done (${percent}%). The programme is at step ${step}.`,
  overdue: (n) => (n === 0 ? 'No actions overdue.' : n === 1 ? '1 action is overdue.' : `${n} actions are overdue.`),
  checkins: (last, next) => `Last check-in: ${last ?? 'none yet'}. Next check-in: ${next ?? 'not planned'}.`,
  noAssignments: 'The masterclass has no assignments.',
  assignmentColumns: { title: 'Assignment', due: 'Due', state: 'State', handedIn: 'Handed in on' },
  noExchange: 'Nothing put in the exchange.',
  exchangeColumns: { title: 'Intervention', barrier: 'Barrier', effort: 'Effort', effect: 'Effect (own measurement)' },
  effect: (measure, before, after, unit) => `${measure}: from ${before} to ${after}${unit ? ` ${unit}` : ''}`,
  none: '—',
};

export const COHORT_REPORT_TEXT: Record<Locale, CohortReportTexts> = { nl, en };
