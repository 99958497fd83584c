import { Anchor, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INTERVENTION_FUNCTIONS, type InterventionFunction } from '#core/interventions/functions.js';
import type { CombFactor } from '#core/comb.js';
import type { Scores, SurveyResults } from '#core/survey/results.js';
import { SCALE_LABELS } from '#content/comb.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FactorChart, useMeanFormat } from '../../components/FactorChart.js';
import { GroupMeansTable } from '../../components/GroupMeansTable.js';
import { Loading } from '../../components/Loading.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { useCombText } from '../../lib/combText.js';
import { useDay } from '../../lib/day.js';
import { useInterventionText } from '../../lib/interventionText.js';
import { useValueFormat } from '../../lib/measurement-format.js';
import {
  sharedPlanUrl,
  useSharedInterventions,
  useSharedKpis,
  useSharedSurveyResults,
  type SharedKpis,
  type SharedSurveyResults,
} from '../../queries/masterclass-shared.queries.js';
import { Fact, Facts } from './Facts.js';

/**
 * What another organisation shares besides its worksheets, read-only (docs/masterclass.md): its chosen
 * interventions, its KPIs, the released results of its closed surveys and its plan van aanpak draft.
 * Each shows only what the API gives; never a person's name.
 */

interface Props {
  cohortId: string;
  participationId: string;
  organisation: string;
}

const isFunction = (name: string): name is InterventionFunction => (INTERVENTION_FUNCTIONS as readonly string[]).includes(name);

function ReadOnly({ organisation }: { organisation: string }) {
  const { t } = useTranslation();
  return <Text size="sm">{t('masterclass.sharedScope.readOnly', { organisation })}</Text>;
}

/** The interventions chosen in step 4: title, functions and why. */
export function SharedInterventionsView({ cohortId, participationId, organisation }: Props) {
  const { t } = useTranslation();
  const { fnName } = useInterventionText();
  const query = useSharedInterventions(cohortId, participationId);
  if (query.isPending) return <Loading />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  const { interventions } = query.data;
  return (
    <Stack gap="md">
      <ReadOnly organisation={organisation} />
      {interventions.length === 0 && <Text size="sm">{t('masterclass.sharedScope.interventions.empty')}</Text>}
      {interventions.map((intervention, i) => {
        const titleId = `shared-intervention-${i}`;
        const functions = intervention.functions.map((f) => (isFunction(f) ? fnName(f) : f));
        return (
          <Paper key={titleId} withBorder p="md" component="article" aria-labelledby={titleId}>
            <Stack gap="xs">
              <Title order={2} size="h4" id={titleId}>
                {intervention.title}
              </Title>
              <Facts>
                <Fact label={t('masterclass.sharedScope.interventions.functions')}>
                  {functions.length > 0 ? functions.join(', ') : t('masterclass.sharedScope.interventions.noFunctions')}
                </Fact>
              </Facts>
              <div>
                <Title order={3} size="h6" mb={4}>
                  {t('masterclass.sharedScope.interventions.rationale')}
                </Title>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {intervention.rationale || t('masterclass.sharedScope.interventions.noRationale')}
                </Text>
              </div>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** The KPIs of step 6.1 with where they stand, in the interface language's notation. */
export function SharedKpisView({ cohortId, participationId, organisation }: Props) {
  const { t } = useTranslation();
  const query = useSharedKpis(cohortId, participationId);
  if (query.isPending) return <Loading />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  const { kpis } = query.data;
  return (
    <Stack gap="md">
      <ReadOnly organisation={organisation} />
      <Text size="sm">{t('masterclass.sharedScope.kpis.note')}</Text>
      {kpis.length === 0 ? <Text size="sm">{t('masterclass.sharedScope.kpis.empty')}</Text> : <KpiTable kpis={kpis} organisation={organisation} />}
    </Stack>
  );
}

function KpiTable({ kpis, organisation }: { kpis: SharedKpis['kpis']; organisation: string }) {
  const { t } = useTranslation();
  const day = useDay();
  const format = useValueFormat();
  const none = t('masterclass.sharedScope.kpis.none');
  const value = (n: number | null, unit: string) => (n === null ? none : `${format(n)} ${unit}`);
  const signed = (n: number | null, unit: string) => (n === null ? none : `${n > 0 ? '+' : ''}${format(n)} ${unit}`);
  const when = (key: 'on' | 'by', date: string | null) =>
    date && (
      <Text size="xs" component="span" display="block">
        {t(`masterclass.sharedScope.kpis.${key}`, { date: day(date) })}
      </Text>
    );
  return (
    <ScrollRegion labelledBy="shared-kpis-caption">
      <Table striped captionSide="top" miw={760}>
        <Table.Caption id="shared-kpis-caption" style={{ textAlign: 'start' }}>
          {t('masterclass.sharedScope.kpis.caption', { organisation })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('masterclass.sharedScope.kpis.name')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.sharedScope.kpis.unit')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.sharedScope.kpis.better')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.sharedScope.kpis.baseline')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.sharedScope.kpis.target')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.sharedScope.kpis.latest')}</Table.Th>
            <Table.Th scope="col">{t('masterclass.sharedScope.kpis.change')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kpis.map((kpi, i) => (
            <Table.Tr key={i}>
              <Table.Th scope="row" fw={400}>
                {kpi.name}
              </Table.Th>
              <Table.Td>{kpi.unit}</Table.Td>
              <Table.Td>{t(`masterclass.sharedScope.kpis.direction.${kpi.direction}`)}</Table.Td>
              <Table.Td>
                {value(kpi.baseline, kpi.unit)}
                {when('on', kpi.baselineDate)}
              </Table.Td>
              <Table.Td>
                {value(kpi.target, kpi.unit)}
                {when('by', kpi.targetDate)}
              </Table.Td>
              <Table.Td>
                {kpi.latest ? value(kpi.latest.value, kpi.unit) : none}
                {kpi.latest && when('on', kpi.latest.date)}
              </Table.Td>
              <Table.Td>{signed(kpi.change, kpi.unit)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** The released results of the organisation's closed surveys, exactly as released: what is too small is said in words, never in figures. */
export function SharedSurveyResultsView({ cohortId, participationId, organisation }: Props) {
  const { t } = useTranslation();
  const query = useSharedSurveyResults(cohortId, participationId);
  if (query.isPending) return <Loading />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  const { surveys } = query.data;
  return (
    <Stack gap="md">
      <ReadOnly organisation={organisation} />
      {surveys.length === 0 && <Text size="sm">{t('masterclass.sharedScope.surveys.empty')}</Text>}
      {surveys.map((survey, i) => (
        <SharedSurvey key={i} survey={survey} prefix={`shared-survey-${i}`} />
      ))}
    </Stack>
  );
}

function SharedSurvey({ survey, prefix }: { survey: SharedSurveyResults['surveys'][number]; prefix: string }) {
  const { t } = useTranslation();
  const day = useDay();
  const { results } = survey;
  const overall = results.overall;
  // The scale is as long as a released distribution; 5 when nothing was released.
  const scale = (overall?.items[0]?.distribution.length ?? 5) === 7 ? 7 : 5;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${prefix}-title`}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={`${prefix}-title`}>
            {survey.title}
          </Title>
          {survey.closedOn && <Text size="sm">{t('masterclass.sharedScope.surveys.closedOn', { date: day(survey.closedOn) })}</Text>}
        </div>
        {overall === null ? (
          <Text size="sm" fw={700}>
            {t('masterclass.sharedScope.surveys.tooFew')}
          </Text>
        ) : (
          <>
            <div>
              <Text size="sm">{t('surveys.results.responses', { count: results.responses })}</Text>
              <Text size="sm">{t('surveys.results.minGroup', { n: results.minGroupSize })}</Text>
              {results.epsilon !== null && <Text size="sm">{t('masterclass.sharedScope.surveys.noise')}</Text>}
            </div>
            {overall.factors.length > 0 && (
              <section aria-labelledby={`${prefix}-factors`}>
                <Title order={3} size="h5" id={`${prefix}-factors`} mb={4}>
                  {t('surveys.results.factorsTitle')}
                </Title>
                <FactorIntro scale={scale} />
                <FactorChart factors={overall.factors} scale={scale} labelledBy={`${prefix}-factors`} />
              </section>
            )}
            <section aria-labelledby={`${prefix}-items`}>
              <Title order={3} size="h5" id={`${prefix}-items`} mb={4}>
                {t('surveys.results.itemsTitle')}
              </Title>
              <Text size="sm" mb="xs">
                {t('masterclass.sharedScope.surveys.statementsNote')}
              </Text>
              <StatementTable items={overall.items} scale={scale} labelledBy={`${prefix}-items`} />
            </section>
            {results.questions.length > 0 && <GroupsView questions={results.questions} factors={overall.factors.map((f) => f.factor)} prefix={prefix} />}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function FactorIntro({ scale }: { scale: 5 | 7 }) {
  const { t } = useTranslation();
  const format = useMeanFormat();
  return (
    <Text size="sm" mb="xs">
      {t('surveys.results.factorsIntro', { scale, mid: format((scale + 1) / 2) })}
    </Text>
  );
}

/** Per statement (by its place in the survey): its factor, mean, answers on the scale and how often each point was chosen. */
function StatementTable({ items, scale, labelledBy }: { items: Scores['items']; scale: 5 | 7; labelledBy: string }) {
  const { t } = useTranslation();
  const { locale, factorName } = useCombText();
  const format = useMeanFormat();
  const points = Array.from({ length: scale }, (_, i) => i + 1);
  const legend = t('surveys.results.scaleLegend', { low: SCALE_LABELS[scale][0]![locale], high: SCALE_LABELS[scale][scale - 1]![locale], scale });
  return (
    <ScrollRegion labelledBy={labelledBy}>
      <Table striped captionSide="top" miw={560}>
        <Table.Caption style={{ textAlign: 'start' }}>{t('masterclass.sharedScope.surveys.itemsCaption', { legend })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('surveys.results.statement')}</Table.Th>
            <Table.Th scope="col">{t('surveys.results.factor')}</Table.Th>
            <Table.Th scope="col">{t('surveys.results.mean')}</Table.Th>
            <Table.Th scope="col">{t('surveys.results.n')}</Table.Th>
            {points.map((p) => (
              <Table.Th scope="col" key={p} ta="center">
                <VisuallyHidden>{t('surveys.results.pointHeader', { n: p })}</VisuallyHidden>
                <span aria-hidden="true">{p}</span>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, i) => (
            <Table.Tr key={item.itemId}>
              <Table.Th scope="row" fw={400}>
                {t('masterclass.sharedScope.surveys.statement', { n: i + 1 })}
              </Table.Th>
              <Table.Td>{item.factor ? factorName(item.factor) : t('surveys.results.noFactor')}</Table.Td>
              <Table.Td>{item.n > 0 ? format(item.mean) : t('surveys.results.noAnswers')}</Table.Td>
              <Table.Td>{item.n}</Table.Td>
              {points.map((p) => (
                <Table.Td key={p} ta="center">
                  {item.distribution[p - 1] ?? 0}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** Factor means per group, per grouping question; groups too small to show are named in words only. */
function GroupsView({ questions, factors, prefix }: { questions: SurveyResults['questions']; factors: CombFactor[]; prefix: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${prefix}-groups`}>
      <Title order={3} size="h5" id={`${prefix}-groups`} mb={4}>
        {t('surveys.results.groupsTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('masterclass.sharedScope.surveys.groupsNote')}
      </Text>
      <Stack gap="sm">
        {questions.map((question, q) => {
          const n = q + 1;
          const id = `${prefix}-question-${n}`;
          const groups = question.withheld ? [] : question.groups;
          return (
            <div key={question.questionId}>
              <Title order={4} size="h6" id={id} mb={4}>
                {t('masterclass.sharedScope.surveys.question', { n })}
              </Title>
              {question.withheld && <Text size="sm">{t('masterclass.sharedScope.surveys.withheld')}</Text>}
              {!question.withheld && groups.length === 0 && <Text size="sm">{t('masterclass.sharedScope.surveys.noGroups')}</Text>}
              {!question.withheld && groups.length > 0 && question.hiddenOptions > 0 && <Text size="sm">{t('masterclass.sharedScope.surveys.hidden')}</Text>}
              {groups.length > 0 && (
                <GroupMeansTable
                  groups={groups}
                  factors={factors}
                  labelledBy={id}
                  caption={t('masterclass.sharedScope.surveys.groupCaption', { n })}
                  groupLabel={(_, i) => t('masterclass.sharedScope.surveys.group', { n: i + 1 })}
                  noScore={t('masterclass.sharedScope.surveys.noScore')}
                  columnWidth={110}
                  captionAtStart
                />
              )}
            </div>
          );
        })}
      </Stack>
    </section>
  );
}

/** The plan van aanpak draft as a document to download (DOCX and PDF), in the interface language. */
export function SharedPlanDownloads({ cohortId, participationId, organisation }: Props) {
  const { t } = useTranslation();
  const { locale } = useCombText();
  return (
    <Stack gap="xs">
      <ReadOnly organisation={organisation} />
      <Text size="sm">{t('masterclass.sharedScope.plan.intro', { organisation })}</Text>
      <Group gap="sm">
        <Text size="sm" span>
          {t('masterclass.sharedScope.plan.documents')}:
        </Text>
        {(['docx', 'pdf'] as const).map((format) => (
          <Anchor
            key={format}
            size="sm"
            href={sharedPlanUrl(cohortId, participationId, format, locale)}
            hrefLang={locale}
            download
            // The visible "PDF" alone would not say which document; the name keeps it in the label (WCAG 2.5.3).
            aria-label={t('masterclass.sharedScope.plan.download', { organisation, format: format.toUpperCase() })}
          >
            {format.toUpperCase()}
          </Anchor>
        ))}
      </Group>
    </Stack>
  );
}
