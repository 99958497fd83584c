import type { AnchoringArea, AnchoringStatus } from '#core/anchoring/checklist.js';
import type { ActionStatus } from '#core/execution/actions.js';
import type { CommunicationStatus } from '#core/execution/communication.js';
import type { LocalizedText } from '#core/locale.js';
import type { Verdict } from '#core/measurement/effect.js';
import type { KpiDirection, KpiStatus } from '#core/measurement/kpis.js';
import type { MeasurementDecision, MeasurementDesign } from '#core/measurement/plan.js';
import type { EvidenceSource } from '#core/research/diagnosis.js';
import type { FindingKind, ResearchMethod } from '#core/research/interviews.js';
import type { TeamPosition } from '#core/worksheets/core-team.js';
import type { ProblemSource } from '#core/worksheets/problem-inventory.js';
import type { StakeholderStrategy } from '#core/worksheets/stakeholders.js';

/**
 * The names of the fixed choices in the worksheets, the action and communication plans, the KPIs,
 * the measurement worksheet and the anchoring list: one wording that the pages and the plan van
 * aanpak and final report both show. Each is written as a label, with a capital; inside a sentence
 * it goes through `inSentence` (src/core/locale.ts).
 */

/** 1.1: where a candidate problem came from (steps.md, 1.1). */
export const PROBLEM_SOURCE_LABELS: Record<ProblemSource, LocalizedText> = {
  board: { nl: 'Zorgen van het bestuur', en: 'Board concerns' },
  brainstorm: { nl: 'Brainstorm met collega’s', en: 'Brainstorm with colleagues' },
  risk_analysis: { nl: 'Risicoanalyse (NEN 7510)', en: 'Risk analysis (NEN 7510)' },
  internal_audit: { nl: 'Interne audit', en: 'Internal audit' },
  monitoring: { nl: 'Monitoring en dashboards', en: 'Monitoring and dashboards' },
  management_review: { nl: 'Directiebeoordeling NEN 7510', en: 'NEN 7510 management review' },
  external_audit: { nl: 'Externe audit (accountant, DigiD, HKZ)', en: 'External audit (accountant, DigiD, HKZ)' },
  project_risks: { nl: 'Risico’s uit projecten', en: 'Risks seen in projects' },
  incidents: { nl: 'Incident- en datalekregistratie', en: 'Incident and breach register' },
  complaints: { nl: 'Klachten', en: 'Complaints' },
  other: { nl: 'Anders', en: 'Other' },
};

/** 1.2: someone's place in the core team. */
export const TEAM_POSITION_LABELS: Record<TeamPosition, LocalizedText> = {
  coordinator: { nl: 'Trajectleider', en: 'Coordinator' },
  member: { nl: 'Kernteamlid', en: 'Core-team member' },
  sponsor: { nl: 'Sponsor uit het management', en: 'Management sponsor' },
  adviser: { nl: 'Adviseur', en: 'Adviser' },
};

/** 1.3: the approach each quadrant of the interest/influence grid calls for. */
export const STAKEHOLDER_STRATEGY_LABELS: Record<StakeholderStrategy, LocalizedText> = {
  manageClosely: { nl: 'Nauw betrekken', en: 'Manage closely' },
  keepSatisfied: { nl: 'Tevreden houden', en: 'Keep satisfied' },
  keepInformed: { nl: 'Goed informeren', en: 'Keep informed' },
  monitor: { nl: 'In de gaten houden', en: 'Monitor' },
};

/** 3.2: how the team tests its hypotheses. */
export const RESEARCH_METHOD_LABELS: Record<ResearchMethod, LocalizedText> = {
  interviews: { nl: 'Interviews', en: 'Interviews' },
  groupInterviews: { nl: 'Groepsgesprekken', en: 'Group interviews' },
  survey: { nl: 'Vragenlijst', en: 'Survey' },
  observation: { nl: 'Observatie op de werkvloer', en: 'Observation at work' },
  existingData: { nl: 'Bestaande gegevens (meldingen, logbestanden)', en: 'Existing data (incident reports, logs)' },
};

/** 3.2 and 3.4: whether a finding holds the behaviour back or helps it. */
export const FINDING_KIND_LABELS: Record<FindingKind, LocalizedText> = {
  barrier: { nl: 'Belemmerend', en: 'Barrier' },
  enabler: { nl: 'Bevorderend', en: 'Enabler' },
};

/** 3.4: where the evidence for a point of the diagnosis comes from. */
export const EVIDENCE_SOURCE_LABELS: Record<EvidenceSource, LocalizedText> = {
  interviews: { nl: 'Interviews', en: 'Interviews' },
  survey: { nl: 'Vragenlijst', en: 'Survey' },
  observation: { nl: 'Observatie', en: 'Observation' },
  existingData: { nl: 'Bestaande gegevens', en: 'Existing data' },
  team: { nl: 'Ervaring van het kernteam', en: 'Experience of the core team' },
};

/** 5.1: where an action stands. */
export const ACTION_STATUS_LABELS: Record<ActionStatus, LocalizedText> = {
  todo: { nl: 'Te doen', en: 'To do' },
  doing: { nl: 'Bezig', en: 'Doing' },
  done: { nl: 'Klaar', en: 'Done' },
  dropped: { nl: 'Vervallen', en: 'Dropped' },
};

/** 5.1: whether a message of the communication plan has gone out. */
export const COMMUNICATION_STATUS_LABELS: Record<CommunicationStatus, LocalizedText> = {
  planned: { nl: 'Gepland', en: 'Planned' },
  done: { nl: 'Verstuurd', en: 'Sent' },
};

/** 6.1: which way a KPI should move. */
export const KPI_DIRECTION_LABELS: Record<KpiDirection, LocalizedText> = {
  increase: { nl: 'Hoger is beter', en: 'Higher is better' },
  decrease: { nl: 'Lager is beter', en: 'Lower is better' },
};

/** 6.1: where a KPI stands against its 0-meting and streefwaarde (`kpiProgress`). */
export const KPI_STATUS_LABELS: Record<KpiStatus, LocalizedText> = {
  noData: { nl: 'Nog geen metingen', en: 'No measurements yet' },
  noTarget: { nl: '0-meting of streefwaarde ontbreekt', en: 'Baseline or target missing' },
  onTrack: { nl: 'Op weg naar de streefwaarde', en: 'On track to the target' },
  reached: { nl: 'Streefwaarde gehaald', en: 'Target reached' },
  worse: { nl: 'Slechter dan de 0-meting', en: 'Worse than the baseline' },
};

/** 6.1: what the repeat survey says per COM-B factor (`compareSurveys`). */
export const EFFECT_VERDICT_LABELS: Record<Verdict, LocalizedText> = {
  improved: { nl: 'Duidelijk beter', en: 'Clearly better' },
  worse: { nl: 'Duidelijk slechter', en: 'Clearly worse' },
  noClearChange: { nl: 'Geen duidelijke verandering', en: 'No clear change' },
  tooSmall: { nl: 'Te weinig reacties', en: 'Too few responses' },
  notMeasured: { nl: 'Niet gevraagd in de herhaalmeting', en: 'Not asked in the follow-up' },
};

/** The measurement worksheet: how the effect on the behaviour is compared. */
export const MEASUREMENT_DESIGN_LABELS: Record<MeasurementDesign, LocalizedText> = {
  beforeAfter: { nl: 'Voor en na: dezelfde groep, een 0-meting en een 1-meting', en: 'Before and after: the same group, a baseline and a follow-up' },
  groups: {
    nl: 'Groepen vergelijken: een groep met en een groep zonder de interventie',
    en: 'Comparing groups: one group with and one without the intervention',
  },
};

/** The measurement worksheet: what the core team decides after the 1-meting. */
export const MEASUREMENT_DECISION_LABELS: Record<MeasurementDecision, LocalizedText> = {
  anchor: { nl: 'Verankeren wat werkt (stap 6.2)', en: 'Anchor what works (step 6.2)' },
  strengthen: { nl: 'De interventies versterken', en: 'Strengthen the interventions' },
  reanalyse: { nl: 'Opnieuw analyseren (stap 3)', en: 'Analyse again (step 3)' },
};

/** 6.2: where an anchoring agreement gets its permanent place. */
export const ANCHORING_AREA_LABELS: Record<AnchoringArea, LocalizedText> = {
  policy: { nl: 'Beleid', en: 'Policy' },
  onboarding: { nl: 'Inwerken van nieuwe medewerkers', en: 'Onboarding of new staff' },
  workInstructions: { nl: 'Werkinstructies', en: 'Work instructions' },
  training: { nl: 'Terugkerende training', en: 'Recurring training' },
  managementReview: { nl: 'PDCA-cyclus en directiebeoordeling (NEN 7510)', en: 'PDCA cycle and management review (NEN 7510)' },
  other: { nl: 'Overig', en: 'Other' },
};

/** 6.2: where an anchoring agreement stands. */
export const ANCHORING_STATUS_LABELS: Record<AnchoringStatus, LocalizedText> = {
  todo: { nl: 'Te doen', en: 'To do' },
  done: { nl: 'Verankerd', en: 'Anchored' },
  notApplicable: { nl: 'Niet van toepassing', en: 'Not applicable' },
};
