import type { measurementPlan as nl } from '../nl/measurementPlan.js';

/** The measurement worksheet, beside the steps; and what a KPI measures. */
export const measurementPlan: typeof nl = {
  title: 'Measurement worksheet',
  intro:
    'Measure whether the behaviour itself changes, not only what people know or think. Choose how you measure the behaviour. Take a baseline before the interventions and a follow-up measurement after them, the same way and in the same group. Decide beforehand what you want to achieve: the target.',
  readOnly: 'You can read this worksheet. Only the core team can change it.',
  open: 'Open the measurement worksheet',
  back: 'Back to the programme',
  method: {
    label: 'How do you measure the behaviour?',
    choose: 'Choose a method',
    observation: 'Watching in the workplace (observation)',
    logs: 'Logs, for example of the patient record system or e-mail',
    registrations: 'Records, for example the breach register',
    selfReport: 'Asking staff (self-report): only when nothing else works',
  },
  monitoring:
    'Do you watch staff or use logs? Then measure per group, never per person. Ask the works council for consent (WOR art. 27). Ask the DPO whether you may use the logs for this and whether a DPIA is needed.',
  methodDetail: 'What exactly do you count? Where, over which period, and who counts?',
  selfReportReason: 'Why can you not measure the behaviour itself?',
  design: {
    label: 'Design',
  },
  groups: 'Which group gets the intervention and which does not? How alike are they?',
  population: 'Who do you measure? The same group both times.',
  outcome: {
    label: 'KPI that counts the behaviour',
    hint: 'This KPI holds the baseline, the target and the measurements after it. You create the KPI in 6.1.',
    choose: 'Choose a KPI',
    caveat: {
      breachReports:
        'Note: Wegwijs counts the reports of the whole organisation here, not only of the group in this plan. More reports can mean more breaches, or that people report better.',
      breachHandledInTime:
        'Note: Wegwijs works this out over all breaches of the whole organisation, not only of the group in this plan. It also depends on how fast the privacy officer decides and notifies the AP.',
      misdirectedMail:
        'Note: this count comes from reports. When people report better it rises, even when the behaviour improves. Count in the mail logs instead, if you can.',
    },
    none: 'There is no KPI yet that counts the behaviour. Add one in 6.1.',
  },
  baselinePlannedOn: 'Baseline planned on',
  followUpPlannedOn: 'Follow-up planned on',
  track: {
    title: 'Where the measurement stands',
    baselineDone: 'Baseline: {{value}} on {{date}}',
    baselineOpen: 'Baseline: not yet taken',
    target: 'Target: {{value}}',
    noTarget: 'Target: not yet set',
    followUpDone: 'Follow-up: {{value}} on {{date}}',
    interim: 'Interim measurements: {{count}}',
    followUpPlanned: 'Follow-up: not yet taken (planned on {{date}})',
    followUpOpen: 'Follow-up: not yet taken',
  },
  deviations: {
    title: 'Deviations from the plan',
    intro: 'Write down what went differently from the plan: another period, another group, an outage. It helps in reading the outcome.',
    add: 'Add a deviation',
    date: 'Date',
    description: 'What went differently?',
    removeShort: 'Remove',
    remove: 'Remove deviation {{n}}',
    empty: 'No deviations yet.',
    recorded: 'Recorded by Wegwijs',
  },
  suggestion: {
    title: 'What the figures show',
    targetReached: 'The target is reached: {{followUp}}, the target was {{target}}. That points to anchoring (6.2).',
    improvedNotReached:
      'Better than at the baseline ({{baseline}} → {{followUp}}), but the target ({{target}}) is not reached yet. That points to strengthening: sharpen or extend the interventions.',
    notImproved: 'Not better than at the baseline ({{baseline}} → {{followUp}}). That points to analysing again: back to step 3.',
    groups: 'With compared groups Wegwijs works out no advice. Compare the group with and the group without the intervention yourselves.',
    caution: 'Two measurements can also differ by chance, the season or a different way of measuring. Look at the deviations too. The core team decides.',
  },
  decision: {
    label: 'Decision after the follow-up',
    none: 'No decision yet',
    reason: 'Why this decision?',
    later: 'After the follow-up measurement you record the decision here.',
  },
  missing: {
    title: 'Still to fill in',
    measurementTargetMissing: 'Set the target in the KPI (in 6.1), before the interventions.',
  },
  save: 'Save worksheet',
  reminder: {
    baselineNotPlanned:
      'Plan the baseline of the behaviour before you choose interventions. Without a baseline you cannot show later what the interventions changed.',
    baselineNotDone: 'The baseline is planned on {{date}} but not yet taken. Take it before the interventions start (step 5).',
  },
  card: {
    title: 'Effect measurement',
    intro: 'Runs beside the steps: measure the behaviour before and after the interventions.',
    complete: 'Plan complete.',
    missing: '{{count}} point still to fill in.',
    missing_other: '{{count}} points still to fill in.',
  },
  kpi: {
    choose: 'Choose what this KPI measures',
    measuresLabel: 'What does this KPI measure?',
    measuresHint: 'The behaviour itself, a factor that drives it (such as knowledge), or how many people an intervention reached.',
    kind: {
      behaviour: 'Behaviour (outcome)',
      determinant: 'Behavioural factor (determinant)',
      reach: 'Reach of an intervention',
    },
  },
};
