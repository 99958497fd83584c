import type { LocalizedText } from '#core/locale.js';
import type { SubmissionState } from '#core/masterclass/cohort.js';
import type { ShareScope } from '#core/masterclass/sharing.js';

/**
 * The names of what an organisation can share with a masterclass (src/core/masterclass/sharing.ts)
 * and of an assignment's state (src/core/masterclass/cohort.ts submissionState): one wording for the
 * pages and the cohort report. Labels, with a capital.
 */

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

export const SHARE_SCOPE_LABELS: Record<ShareScope, LocalizedText> = {
  progress: t('Voortgang per stap', 'Progress per step'),
  checkins: t('Data van het voortgangsoverleg', 'Check-in dates'),
  plan: t('Plan van aanpak (concept)', 'Plan of approach (draft)'),
  diagnosis: t('Gedragsdiagnose (deelstap 3.4)', 'Behavioural diagnosis (sub-step 3.4)'),
  interventions: t('Gekozen interventies', 'Chosen interventions'),
  kpis: t('KPI-uitkomsten', 'KPI outcomes'),
  surveyResults: t('Uitkomsten van afgesloten vragenlijsten', 'Results of closed surveys'),
};

export const SUBMISSION_STATE_LABELS: Record<SubmissionState, LocalizedText> = {
  onTime: t('Op tijd ingeleverd', 'Handed in on time'),
  late: t('Te laat ingeleverd', 'Handed in late'),
  missing: t('Niet ingeleverd', 'Not handed in'),
  open: t('Nog niet ingeleverd', 'Not handed in yet'),
};
