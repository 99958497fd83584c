import { shareableIndicator } from '#core/masterclass/sharing.js';
import { redactInterviews } from '#core/research/interviews.js';
import { get } from '#core/worksheets/index.js';
import type { ReportData } from '../reports/data.js';

/**
 * The plan van aanpak as another organisation may read it (issue 21, point 2): what the programme
 * will change and how, without the names of staff (owners of actions and messages, who carries out an
 * intervention). The core team (1.2: role, department, tasks and hours per person, the lead's tasks)
 * and the stakeholders (1.3) are left out whole, as these worksheets cannot be shared on their own
 * (core/masterclass/sharing.ts UNSHAREABLE_WORKSHEETS): without the names, a row still points at a
 * person once the duo's names are on the board. Also without who was interviewed when (3.2, as
 * core/research/interviews.ts redactInterviews), and without figures taken from staff answers or the
 * breach register (core/masterclass/sharing.ts UNSHAREABLE_INDICATORS; the survey list with its
 * response counts goes too). What the plan does not print (effects, anchoring, free notes, KPI
 * measurements, the measurement's recorded deviations) is not kept either: this is also what a
 * closed cohort's snapshot holds.
 */
export function sharedPlanData(data: ReportData): ReportData {
  const { '1.2': _team, '1.3': _stakeholders, ...worksheets } = data.worksheets;
  const research = get(data.worksheets, '3.2');
  const measurement = data.measurement && {
    ...data.measurement,
    plan: { ...data.measurement.plan, deviations: [] },
    track: {
      ...data.measurement.track,
      followUp: data.measurement.track.followUp && { date: data.measurement.track.followUp.date, value: data.measurement.track.followUp.value },
    },
  };
  return {
    ...data,
    worksheets: {
      ...worksheets,
      '3.2': redactInterviews(research),
    },
    // Free notes per sub-step are not in the plan (only the final report reads 6.3's).
    notes: {},
    surveys: [],
    candidates: data.candidates.map((c) => ({ ...c, plan: c.plan && { ...c.plan, byWhom: '' } })),
    actions: data.actions.map((a) => ({ ...a, ownerName: '' })),
    communication: data.communication.map((c) => ({ ...c, ownerName: '' })),
    // The plan prints a KPI's definition; its measurements (with the team's notes) stay home.
    kpis: data.kpis.filter((k) => shareableIndicator(k.indicator)).map((k) => ({ ...k, measurements: [] })),
    measurement:
      measurement &&
      (shareableIndicator(measurement.outcome?.indicator)
        ? measurement
        : { ...measurement, outcome: null, track: { baselineDone: false, followUp: null, interim: 0 } }),
    effects: [],
    anchoring: [],
    teamWithheld: true,
  };
}
