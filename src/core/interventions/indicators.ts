/**
 * Indicators a plan can name for measuring its effect (4.4); step 6 turns them into KPIs with a
 * baseline and target. The first four are fed by Wegwijs itself, the rest are counted by the team.
 */
export const INDICATORS = [
  'surveyFactorScore',
  'breachReports',
  'breachHandledInTime',
  'knowledgeCheckScore',
  'phishingReportRate',
  'phishingClickRate',
  'emergencyAccessJustified',
  'unlockedScreens',
  'misdirectedMail',
  'trainingCompletion',
  'observedBehaviour',
] as const;
export type IndicatorKey = (typeof INDICATORS)[number];
