import { Anchor, Stack, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SectionIndex } from '../../components/SectionIndex.js';
import type { TextsUnder } from '../../i18n/keys.js';
import { ApFormPanel } from './ApFormPanel.js';
import { ApNotificationsPanel } from './ApNotificationsPanel.js';
import { ChangeHistory } from './ChangeHistory.js';
import { DeadlinePanel } from './DeadlinePanel.js';
import { DecisionPanel } from './DecisionPanel.js';
import { LetterPanel } from './LetterPanel.js';
import { ProposalPanel } from './ProposalPanel.js';
import { useBreach, type BreachDetail } from '../../queries/breaches.queries.js';
import { RegisterForm } from './RegisterForm.js';
import { ReportSummary } from './ReportSummary.js';
import { WorkflowPanel } from './WorkflowPanel.js';

/**
 * The page's panels in order: the id of each panel's Section heading, its name in the index
 * (breaches.index.*) and the panel. A new panel is one entry here; the index follows.
 */
const PANELS: { id: string; name: TextsUnder<'breaches.index'>; render: (detail: BreachDetail) => ReactNode }[] = [
  { id: 'breach-deadline', name: 'deadline', render: (detail) => <DeadlinePanel detail={detail} /> },
  { id: 'breach-workflow', name: 'workflow', render: (detail) => <WorkflowPanel detail={detail} /> },
  { id: 'breach-report', name: 'report', render: (detail) => <ReportSummary report={detail.breach.report} reportedAt={detail.breach.reportedAt} /> },
  { id: 'breach-register', name: 'register', render: (detail) => <RegisterForm detail={detail} /> },
  { id: 'breach-proposal', name: 'proposal', render: (detail) => <ProposalPanel proposal={detail.proposal} /> },
  { id: 'breach-decision', name: 'decision', render: (detail) => <DecisionPanel key={detail.decisions.length} detail={detail} /> },
  { id: 'breach-ap-form', name: 'apForm', render: (detail) => <ApFormPanel breachId={detail.breach.id} /> },
  { id: 'breach-ap-notifications', name: 'apNotifications', render: (detail) => <ApNotificationsPanel detail={detail} /> },
  { id: 'breach-letter', name: 'letter', render: (detail) => <LetterPanel breachId={detail.breach.id} register={detail.register} /> },
  { id: 'breach-history', name: 'history', render: (detail) => <ChangeHistory history={detail.history} /> },
];

/** One breach: the report as sent, the clock, the workflow, the facts, the proposal and decisions, the AP form and the letter. */
export function BreachPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const breach = useBreach(id);
  const detail = breach.data;
  return (
    <>
      <Anchor component={Link} to="/breaches" size="sm">
        {t('breaches.backToList')}
      </Anchor>
      <PageTitle>{detail ? t('breaches.detailTitle', { reference: detail.breach.reference }) : t('breaches.pageTitle')}</PageTitle>
      {detail && <Text c="dimmed">{t('breaches.publicReference', { reference: detail.breach.publicReference })}</Text>}
      <ErrorAlert error={breach.error} />
      {breach.isPending && <Loading />}
      {detail && (
        <SectionIndex label={t('breaches.index.label')} entries={PANELS.map((panel) => ({ id: panel.id, label: t(`breaches.index.${panel.name}`) }))}>
          <Stack gap="lg">
            {PANELS.map((panel) => (
              <Fragment key={panel.id}>{panel.render(detail)}</Fragment>
            ))}
          </Stack>
        </SectionIndex>
      )}
    </>
  );
}
