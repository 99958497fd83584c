import { Button, Checkbox, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { Section } from '../../components/Section.js';
import { FgAdviceCell, FgAdviceFields, type FgAdviceDraft } from './FgAdvice.js';
import { useMoment } from './format.js';
import { useDecide, type BreachDetail } from '../../queries/breaches.queries.js';

/** The officer's decision, starting from the proposal, with the FG's advice it was taken on; every decision is kept, the newest last. */
export function DecisionPanel({ detail }: { detail: BreachDetail }) {
  const { t } = useTranslation();
  const moment = useMoment();
  const decide = useDecide(detail.breach.id);
  const [notifyAp, setNotifyAp] = useState(detail.proposal.notifyAp.propose);
  const [informSubjects, setInformSubjects] = useState(detail.proposal.informSubjects.propose);
  const [reasoning, setReasoning] = useState('');
  const [advice, setAdvice] = useState<FgAdviceDraft | null>(null);
  const noAdvice: FgAdviceDraft = {
    notifyAp: detail.proposal.notifyAp.propose,
    informSubjects: detail.proposal.informSubjects.propose,
    advice: '',
    by: '',
    at: null,
  };
  const yesNo = (value: boolean) => (value ? t('breaches.yes') : t('breaches.no'));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const fgAdvice = advice ? { ...advice, at: advice.at ?? '' } : undefined;
    decide.mutate({ notifyAp, informSubjects, reasoning, fgAdvice }, { onSuccess: () => setReasoning('') });
  };
  return (
    <Section id="breach-decision" title={t('breaches.decision.title')}>
      <Stack gap="md">
        {detail.permissions.handle && detail.breach.status !== 'closed' && (
          <form onSubmit={submit} noValidate aria-label={t('breaches.decision.form')}>
            <Stack gap="xs">
              <ErrorAlert error={decide.error} />
              <Checkbox label={t('breaches.decision.notifyAp')} checked={notifyAp} onChange={(e) => setNotifyAp(e.currentTarget.checked)} />
              <Checkbox label={t('breaches.decision.informSubjects')} checked={informSubjects} onChange={(e) => setInformSubjects(e.currentTarget.checked)} />
              <PatientDataWarning />
              <Textarea
                label={t('breaches.decision.reasoning')}
                description={t('breaches.decision.reasoningHint')}
                required
                autosize
                minRows={3}
                value={reasoning}
                onChange={(e) => setReasoning(e.currentTarget.value)}
                error={fieldError(decide.error, 'reasoning')}
              />
              <Checkbox label={t('breaches.fgAdvice.given')} checked={advice !== null} onChange={(e) => setAdvice(e.currentTarget.checked ? noAdvice : null)} />
              {advice && <FgAdviceFields value={advice} onChange={setAdvice} error={(field) => fieldError(decide.error, field)} />}
              <Button type="submit" loading={decide.isPending} w="fit-content">
                {t('breaches.decision.save')}
              </Button>
            </Stack>
          </form>
        )}
        <Title order={3} size="h5">
          {t('breaches.decision.history')}
        </Title>
        {detail.decisions.length === 0 ? (
          <Text size="sm">{t('breaches.decision.none')}</Text>
        ) : (
          // 640: the columns wrap to fit beside the page index on a 1280 px laptop; narrower, it scrolls.
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <Table.Caption>{t('breaches.decision.historyCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('breaches.decision.when')}</Table.Th>
                  <Table.Th scope="col">{t('breaches.decision.who')}</Table.Th>
                  <Table.Th scope="col">{t('breaches.decision.notifyApShort')}</Table.Th>
                  <Table.Th scope="col">{t('breaches.decision.informShort')}</Table.Th>
                  <Table.Th scope="col">{t('breaches.decision.reasoning')}</Table.Th>
                  <Table.Th scope="col">{t('breaches.fgAdvice.column')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.decisions.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{moment(d.decidedAt)}</Table.Td>
                    <Table.Td>{d.decidedByName ?? t('breaches.decision.formerUser')}</Table.Td>
                    <Table.Td>
                      {yesNo(d.notifyAp)}
                      {d.notifyAp !== d.proposal.notifyAp.propose && ` (${t('breaches.decision.againstProposal')})`}
                    </Table.Td>
                    <Table.Td>
                      {yesNo(d.informSubjects)}
                      {d.informSubjects !== d.proposal.informSubjects.propose && ` (${t('breaches.decision.againstProposal')})`}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{d.reasoning}</Table.Td>
                    <Table.Td>
                      <FgAdviceCell decision={d} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Section>
  );
}
