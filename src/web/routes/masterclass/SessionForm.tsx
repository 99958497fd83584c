import { Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_NUMBERS, type StepNumber } from '#core/steps.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError, listFieldError } from '../../components/fieldError.js';
import { useAddSession, useUpdateSession, type CohortSession, type SessionInput } from '../../queries/masterclass.queries.js';
import { fromDateAndTime, toDateAndTime } from './format.js';

/** A new session or changes to one: title, day and start time (Amsterdam), length, place and/or video link, the steps it covers. */
export function SessionForm({ cohortId, session, onDone }: { cohortId: string; session: CohortSession | null; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useAddSession(cohortId);
  const update = useUpdateSession(cohortId);
  const error = session ? update.error : add.error;
  const start = session ? toDateAndTime(session.startsAt) : { date: '', time: '09:30' };
  const [title, setTitle] = useState(session?.title ?? '');
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [minutes, setMinutes] = useState<number | string>(session?.minutes ?? 180);
  const [place, setPlace] = useState(session?.place ?? '');
  const [videoLink, setVideoLink] = useState(session?.videoLink ?? '');
  const [steps, setSteps] = useState<string[]>(session?.steps.map(String) ?? []);
  const [tried, setTried] = useState(false);
  const formId = session ? `session-form-${session.id}` : 'session-form-new';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (steps.length === 0) return;
    const input: SessionInput = {
      title,
      startsAt: fromDateAndTime(date, time) ?? '',
      minutes: Number(minutes),
      place,
      videoLink: videoLink.trim(),
      steps: steps.map((step) => Number(step) as StepNumber).sort((a, b) => a - b),
    };
    if (session) update.mutate({ sessionId: session.id, ...input }, { onSuccess: onDone });
    else add.mutate(input, { onSuccess: onDone });
  };

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={`${formId}-title`}>
      <Title order={3} size="h5" id={`${formId}-title`} mb="sm">
        {session ? t('masterclass.sessionForm.titleEdit') : t('masterclass.sessionForm.titleNew')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={640}>
          <TextInput
            label={t('masterclass.sessionForm.name')}
            description={t('masterclass.sessionForm.nameHint')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError(error, 'title')}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <TextInput
              type="date"
              label={t('masterclass.sessionForm.date')}
              required
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={fieldError(error, 'startsAt')}
            />
            <TextInput
              type="time"
              label={t('masterclass.sessionForm.time')}
              description={t('masterclass.sessionForm.timeHint')}
              required
              value={time}
              onChange={(e) => setTime(e.currentTarget.value)}
            />
            <NumberInput
              label={t('masterclass.sessionForm.minutes')}
              required
              min={15}
              max={480}
              step={15}
              allowDecimal={false}
              value={minutes}
              onChange={setMinutes}
              error={fieldError(error, 'minutes')}
            />
          </SimpleGrid>
          <TextInput
            label={t('masterclass.sessionForm.place')}
            description={t('masterclass.sessionForm.placeHint')}
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={fieldError(error, 'place')}
          />
          <TextInput
            type="url"
            label={t('masterclass.sessionForm.videoLink')}
            description={t('masterclass.sessionForm.videoLinkHint')}
            value={videoLink}
            onChange={(e) => setVideoLink(e.currentTarget.value)}
            error={fieldError(error, 'videoLink')}
          />
          <Checkbox.Group
            label={t('masterclass.sessionForm.steps')}
            required
            value={steps}
            onChange={setSteps}
            error={(tried && steps.length === 0 && t('masterclass.sessionForm.noSteps')) || listFieldError(error, 'steps')}
          >
            <Group gap="md" mt="xs">
              {STEP_NUMBERS.map((n) => (
                <Checkbox key={n} value={String(n)} label={t('masterclass.sessionForm.stepOption', { number: n })} />
              ))}
            </Group>
          </Checkbox.Group>
          <ErrorAlert error={error} />
          <Group>
            <Button type="submit" loading={add.isPending || update.isPending}>
              {t('masterclass.sessionForm.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('masterclass.sessionForm.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
