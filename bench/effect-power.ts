/**
 * What the privacy noise costs the effect measurement (issue 16). Prints figures; not a test.
 * Run: `npx tsx bench/effect-power.ts`
 *
 * The demo's story (src/server/modules/setup/demo-survey.ts): a baseline and a follow-up of the
 * demo survey (12 statements, two grouping questions), where "C-psy" and "O-phy" rise by one scale
 * point and the other factors stay. Each run draws a fresh noise seed for both surveys and counts
 * the verdicts of the effect measurement (core compareSurveys), for two ways of sharing ε = 2 per
 * statement over the views: evenly over the whole survey and each grouping question (b = 3 for
 * every view) and as Wegwijs does (half to the whole survey: b = 2, core noiseScales).
 */
import { randomBytes } from 'node:crypto';
import { compareSurveys } from '#core/measurement/effect.js';
import { measuredFactors } from '#core/survey/definition.js';
import type { Noise } from '#core/survey/noise.js';
import { surveyResults, type CellCounts } from '#core/survey/results.js';
import { BASELINE_LEVELS, FOLLOW_UP_LEVELS, demoSurveyAnswers, demoSurveyDefinition as definition } from '#server/modules/setup/demo-survey.js';
import { seededNoise } from '#server/security/release-rules.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 2000);
const SIZES: [number, number][] = [
  [36, 32],
  [60, 56],
];
const SHARES: Record<string, (noise: Noise) => Noise> = {
  'even (b = 3 everywhere)': (noise) => ({ ...noise, overall: 3, group: 3 }),
  'Wegwijs (b = 2 whole survey, 4 per group)': (noise) => noise,
};

/** The answers as closing tallies them: per combination of group answers, counts per statement and scale point. */
function cellsOf(answers: ReturnType<typeof demoSurveyAnswers>): CellCounts[] {
  const cells = new Map<string, CellCounts>();
  for (const a of answers) {
    const groups = definition.groups.map((g) => a.groups[g.id as keyof typeof a.groups] ?? null);
    const key = JSON.stringify(groups);
    const cell = cells.get(key) ?? { groups, n: 0, counts: definition.items.map(() => Array<number>(definition.scale).fill(0)) };
    cell.n++;
    definition.items.forEach((item, i) => cell.counts[i]![a.answers[item.id]! - 1]!++);
    cells.set(key, cell);
  }
  return [...cells.values()];
}

const outcome = (cells: CellCounts[], share: (noise: Noise) => Noise) => {
  const results = surveyResults(definition, cells, 5, share(seededNoise(randomBytes(16).toString('hex'), definition.groups.length)));
  return { responses: results.responses, scale: definition.scale, measured: measuredFactors(definition), factors: results.overall?.factors ?? null };
};

for (const [before, after] of SIZES) {
  const [baseline, followUp] = [cellsOf(demoSurveyAnswers(BASELINE_LEVELS, before)), cellsOf(demoSurveyAnswers(FOLLOW_UP_LEVELS, after))];
  for (const [name, share] of Object.entries(SHARES)) {
    const tally = new Map<string, Record<string, number>>();
    for (let r = 0; r < RUNS; r++) {
      for (const c of compareSurveys(outcome(baseline, share), outcome(followUp, share), 5)) {
        const verdicts = tally.get(c.factor) ?? {};
        verdicts[c.verdict] = (verdicts[c.verdict] ?? 0) + 1;
        tally.set(c.factor, verdicts);
      }
    }
    const share_ = (factor: string, verdict: string) => `${Math.round((100 * (tally.get(factor)?.[verdict] ?? 0)) / RUNS)}%`;
    const falseAlarms = ['C-phy', 'O-soc', 'M-ref', 'M-aut'].reduce((a, f) => a + RUNS - (tally.get(f)?.noClearChange ?? 0), 0);
    console.log(
      `${before} → ${after} answers, ${name}: a one-point rise found ${share_('C-psy', 'improved')} (C-psy), ${share_('O-phy', 'improved')} (O-phy); ` +
        `a change called where there is none ${((100 * falseAlarms) / (4 * RUNS)).toFixed(2)}%`,
    );
  }
}
