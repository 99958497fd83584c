import { Anchor, Badge, Box, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { useTranslation } from 'react-i18next';
import { AttentionLines } from '../../components/AttentionLines.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { PageTitle } from '../../components/PageTitle.js';
import { lazyWithTexts } from '../../lib/lazyWithTexts.js';
import { useCan } from '../../lib/session.js';
import { FirstRunChecklist } from './FirstRunChecklist.js';
import { useProgrammes } from '../../queries/programmes.queries.js';

/**
 * Opened on purpose, once in a while: its text fields, the patient-data warning and their styles
 * (some 6 kB of gzip) load when it opens, not with the list (issue 18, weight).
 */
const NewProgrammeForm = lazyWithTexts(async () => (await import('./NewProgrammeForm.js')).NewProgrammeForm, ['common', 'programmes']);

/** `notices`: what else needs the user's attention first, given by the app (features do not import each other). */
export function ProgrammesPage({ notices }: { notices?: ReactNode }) {
  const { t } = useTranslation();
  const can = useCan();
  const programmes = useProgrammes();
  const [creating, setCreating] = useState(false);
  // Cancelled, the form goes and the button that opened it comes back: the focus goes there too.
  const newButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useEffect(() => {
    if (creating || !cancelled.current) return;
    cancelled.current = false;
    newButton.current?.focus();
  }, [creating]);
  const cancel = () => {
    cancelled.current = true;
    setCreating(false);
  };

  return (
    <>
      <Group justify="space-between" align="flex-start">
        <PageTitle>{t('programmes.pageTitle')}</PageTitle>
        {can.createProgramme && !creating && (
          <Button ref={newButton} onClick={() => setCreating(true)}>
            {t('programmes.new')}
          </Button>
        )}
      </Group>
      <Text mb="md">{t('programmes.intro')}</Text>
      {notices && <Box mb="lg">{notices}</Box>}
      {can.firstRun && <FirstRunChecklist onStartProgramme={() => setCreating(true)} />}
      {creating && (
        <Suspense fallback={<Loading />}>
          <NewProgrammeForm onCancel={cancel} />
        </Suspense>
      )}
      <ErrorAlert error={programmes.error} />
      {programmes.data?.length === 0 && <Text>{t('programmes.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {programmes.data?.map((p) => (
          <Card key={p.id} withBorder component="article" aria-labelledby={`programme-${p.id}`}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap">
                <Title order={2} size="h4" id={`programme-${p.id}`}>
                  <Anchor component={Link} to={`/programmes/${p.id}`}>
                    {p.title}
                  </Anchor>
                </Title>
                {p.status === 'archived' && (
                  <Badge color="gray" variant="dot">
                    {t('programmes.archived')}
                  </Badge>
                )}
              </Group>
              {/* Labelled, so read aloud or copied it does not run on from the title as one sentence. */}
              {p.problem && (
                // Line breaks kept: a problem written as a heading and a paragraph does not run on as one sentence.
                <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
                  <Text span fw={700} inherit>
                    {t('programmes.problem')}:
                  </Text>{' '}
                  {p.problem}
                </Text>
              )}
              <Progress value={p.progress.overall.percent} aria-label={t('programmes.progressOf', { title: p.title })} />
              <Text size="sm">{t('programmes.progressText', { percent: p.progress.overall.percent, step: p.progress.currentStep, team: p.teamSize })}</Text>
              <AttentionLines attention={p.attention} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
