import { GROUPING_PRESETS, STARTING_STATEMENTS } from '#content/comb.js';
import type { CombFactor } from '#core/comb.js';
import { allInSector, DEFAULT_SECTOR, type Sector } from '#core/sector.js';
import type { SurveyDefinition } from '#core/survey/definition.js';
import { fillStatement, type BehaviourPhrases } from '#core/survey/phrases.js';
import { addDays } from '#core/worksheets/planning.js';
import type { Database } from '../../db/client.js';
import type { Services } from '../../services.js';
import type { SessionActor } from '../../context.js';
import { surveysRepository } from '../surveys/repository.js';
import { amsterdamMoment } from './demo-clock.js';
import { demoStory } from './demo-story.js';

const BEHAVIOUR: BehaviourPhrases = {
  nl: 'een vermoed datalek direct melden',
  nlTe: 'een vermoed datalek direct te melden',
  en: 'report a suspected data breach straight away',
};

/** The grouping questions: which of the sector's three units, which profession. */
function demoGroupsIn(sector: Sector): SurveyDefinition['groups'] {
  const { units, unitQuestion, surveyProfessions } = demoStory(sector);
  return [
    { id: 'department', question: unitQuestion, options: units.map(({ id, label }) => ({ id, label })) },
    { id: 'profession', question: GROUPING_PRESETS.profession.question, options: [...surveyProfessions] },
  ];
}

/** The demo's first survey: the statements a new survey starts with, in the sector's words, and both grouping questions. */
export const demoSurveyDefinitionIn = (sector: Sector): SurveyDefinition => ({
  behaviour: BEHAVIOUR.nl,
  behaviourTe: BEHAVIOUR.nlTe,
  behaviourEn: BEHAVIOUR.en,
  intro: {
    nl: 'We willen weten wat het makkelijk of moeilijk maakt om een datalek te melden. Het kost vijf minuten.',
    en: 'We want to know what makes it easy or hard to report a data breach. It takes five minutes.',
  },
  scale: 5,
  items: STARTING_STATEMENTS.map((b) => ({ id: b.id, factor: b.factor, bankId: b.id, text: fillStatement(allInSector(b.text, sector), BEHAVIOUR) })),
  groups: demoGroupsIn(sector),
});

/** The same survey as a hospital's, for the tests and benchmarks that answer it. */
export const demoSurveyDefinition = demoSurveyDefinitionIn(DEFAULT_SECTOR);

type FactorLevels = Record<CombFactor, number>;

/** The baseline's story: staff want to report (motivation high) but do not know what counts as a breach or where to report it (psychological capability low). */
export const BASELINE_LEVELS: FactorLevels = { 'C-psy': 2, 'C-phy': 4, 'O-phy': 3, 'O-soc': 3, 'M-ref': 4, 'M-aut': 3 };

/** After the report button, the quiz and the campaign: knowing how and where to report went up, the rest stayed. */
export const FOLLOW_UP_LEVELS: FactorLevels = { ...BASELINE_LEVELS, 'C-psy': 3, 'O-phy': 4 };

/** When the demo's surveys ran, in days from today: the baseline before step 4, the follow-up in the last fortnight. */
export const DEMO_SURVEY_DAYS = { baseline: { opened: -77, closed: -63 }, followUp: { opened: -16, closed: -2 } } as const;

/**
 * The demo surveys' noise seeds. A real round's seed is secret and random (release-rules.ts); the
 * demo's answers are made up, so a fixed seed costs nothing and every demo shows the same figures.
 */
const DEMO_NOISE_SEEDS = { baseline: 'wegwijs-demo-nulmeting', followUp: 'wegwijs-demo-1-meting' } as const;

/** `count` made-up answers whose factor scores sit around `level` (1–5), spread a little over the departments and professions, as a hospital's survey names them. */
export function demoSurveyAnswers(level: FactorLevels, count: number) {
  const [departments, professions] = demoSurveyDefinition.groups.map((g) => g.options.map((o) => o.id)) as [string[], string[]];
  return Array.from({ length: count }, (_, r) => ({
    answers: Object.fromEntries(
      demoSurveyDefinition.items.map((item, i) => [item.id, Math.min(5, Math.max(1, level[item.factor!] + (((r * 7 + i * 3) % 3) - 1)))]),
    ),
    // Most in the first profession, some in the second, few in the third (DemoStory.surveyProfessions).
    groups: { department: departments[r % 3]!, profession: professions[r % 4 === 0 ? 1 : r % 5 === 0 ? 2 : 0]! },
  }));
}

/** A made-up answer's groups, named as in a hospital's survey, as the options in the same places of another sector's survey. */
function inGroupsOf(definition: SurveyDefinition, groups: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    definition.groups.map((own) => {
      const hospital = demoSurveyDefinition.groups.find((g) => g.id === own.id)!;
      return [own.id, own.options[hospital.options.findIndex((o) => o.id === groups[own.id])]!.id];
    }),
  );
}

/**
 * Opens a demo survey, answers it and closes it, then dates its opening and closing back to the
 * given days (offsets from today): the KPIs and the effect measurement read a survey's day from when it closed, and a
 * demo whose baseline closed "today" would show no time passing.
 */
export async function answerDemoSurvey(
  db: Database,
  services: Pick<Services, 'surveys' | 'surveyResponses'>,
  actor: SessionActor,
  programmeId: string,
  survey: { id: string; publicSlug: string; definition: SurveyDefinition },
  answers: ReturnType<typeof demoSurveyAnswers>,
  round: keyof typeof DEMO_SURVEY_DAYS,
  today: string,
) {
  await services.surveys.open(actor, programmeId, survey.id);
  await surveysRepository.update(db, actor.organisationId, survey.id, { noiseSeed: DEMO_NOISE_SEEDS[round] });
  for (const answer of answers) await services.surveyResponses.submit(survey.publicSlug, { ...answer, groups: inGroupsOf(survey.definition, answer.groups) });
  await services.surveys.close(actor, programmeId, survey.id);
  const midday = (offset: number) => amsterdamMoment(addDays(today, offset));
  const days = DEMO_SURVEY_DAYS[round];
  await surveysRepository.update(db, actor.organisationId, survey.id, { openedAt: midday(days.opened), closedAt: midday(days.closed) });
}
