import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { guidanceFor, stepGuidance } from '#content/steps.js';
import { useLocalized } from '../../lib/localized.js';
import { DocumentLinks } from '../../components/DocumentLinks.js';
import { useLocale } from '../../lib/combText.js';
import { KpiList } from './KpiList.js';
import { ActionsLine, AnchoringLine, CheckinLines } from './ProgrammeFacts.js';
import type { DashboardProgramme } from '../../queries/dashboard.queries.js';
import { StandingBadge, StandingReasons } from './Standing.js';

/** One heading and its figures within a programme's card. */
function Fact({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={3} size="h6">
        {title}
      </Title>
      {children}
    </div>
  );
}

/**
 * Where one programme stands, in the figures a board asks about: its status with the reasons on
 * top, then each fact once (what the reasons name is not repeated below), its documents and a way in.
 */
export function ProgrammeCard({ programme: p }: { programme: DashboardProgramme }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const locale = useLocale();
  const titleId = useId();
  const reasonsId = useId();
  const next = p.attention.next;

  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4" id={titleId}>
            {p.title}
          </Title>
          <StandingBadge standing={p.standing} />
        </Group>
        <StandingReasons standing={p.standing} labelId={reasonsId} />
        <Text size="sm">{t('dashboard.step', { number: p.currentStep, title: l(stepGuidance(p.currentStep).title) })}</Text>
        <Progress value={p.progress.percent} aria-label={t('dashboard.progressLabel', { title: p.title })} />
        <Text size="sm">
          {t('dashboard.progress', { done: p.progress.done, total: p.progress.total })}
          {' · '}
          {next ? t('dashboard.next', { key: next, title: l(guidanceFor(next).title) }) : t('dashboard.allDone')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Fact title={t('dashboard.actions.label')}>
            <ActionsLine actions={p.actions} />
          </Fact>
          <Fact title={t('dashboard.checkins.label')}>
            <CheckinLines next={p.nextCheckin} last={p.lastCheckin} nextIsReason={p.standing?.reasons.some((r) => r.code === 'noCheckinPlanned') ?? false} />
          </Fact>
          <Fact title={t('dashboard.anchoring.label')}>
            <AnchoringLine anchoring={p.anchoring} />
          </Fact>
          <Fact title={t('dashboard.documents')}>
            <DocumentLinks programmeId={p.id} lang={locale} />
          </Fact>
        </SimpleGrid>
        <Fact title={t('dashboard.kpis.label')}>
          <KpiList kpis={p.kpis} />
        </Fact>
        <Anchor component={Link} to={`/programmes/${p.id}`} size="sm" fw={700}>
          {t('dashboard.open', { title: p.title })}
        </Anchor>
      </Stack>
    </Card>
  );
}
