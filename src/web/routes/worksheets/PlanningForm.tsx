import { Anchor, Button, Group, List, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { stepGuidance } from '#content/steps.js';
import { STEP_NUMBERS, type StepNumber } from '#core/steps.js';
import { meetingDates, planningOverview, type MeetingRhythm, type Milestone, type Planning } from '#core/worksheets/planning.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useDay } from '../../lib/day.js';
import { useLocalized } from '../../lib/localized.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { RemoveRowButton, WRAPPING_BUTTON } from '../../components/RemoveRowButton.js';
import type { WorksheetFormProps } from './types.js';

const SHOWN_DATES = 6;

/** 1.4: milestones per step and the recurring check-in, exportable to Outlook and Google Calendar. */
export function PlanningForm({ programme, value, onChange, readOnly, error }: WorksheetFormProps<'1.4'>) {
  const { t } = useTranslation();
  const l = useLocalized();
  const set = (patch: Partial<Planning>) => onChange({ ...value, ...patch });
  const setMeetings = (patch: Partial<MeetingRhythm>) => set({ meetings: { ...value.meetings, ...patch } });
  const updateMilestone = (id: string, patch: Partial<Milestone>) => set({ milestones: updateRow(value.milestones, id, patch) });
  const err = (path: string) => fieldError(error, `fields.${path}`);
  const overview = planningOverview(value);
  const dates = meetingDates(value.meetings);
  const day = useDay({ weekday: true });
  const stepName = (n: number) => `${n}. ${l(stepGuidance(n as StepNumber).title)}`;
  const stepsWithout = STEP_NUMBERS.filter((n) => !value.milestones.some((m) => m.step === n));

  return (
    <Stack gap="md">
      <Paper withBorder p="sm" component="section" aria-labelledby="milestones-title">
        <Title order={3} size="h5" id="milestones-title">
          {t('worksheets.planning.milestonesTitle')}
        </Title>
        <Text size="sm" mb="xs">
          {t('worksheets.planning.milestonesIntro')}
        </Text>
        <Stack gap="xs">
          {value.milestones.length === 0 && <Text size="sm">{t('worksheets.planning.noMilestones')}</Text>}
          {value.milestones.map((m, i) => (
            <Paper key={m.id} withBorder p="xs" role="group" aria-label={t('worksheets.planning.milestoneN', { n: i + 1 })}>
              <Group align="flex-end" gap="xs">
                <NativeSelect
                  label={t('worksheets.planning.step')}
                  value={String(m.step)}
                  disabled={readOnly}
                  onChange={(e) => updateMilestone(m.id, { step: Number(e.currentTarget.value) })}
                  data={STEP_NUMBERS.map((n) => ({ value: String(n), label: stepName(n) }))}
                  style={{ flex: '1 1 12rem' }}
                />
                <TextInput
                  label={t('worksheets.planning.title')}
                  value={m.title}
                  onChange={(e) => updateMilestone(m.id, { title: e.currentTarget.value })}
                  readOnly={readOnly}
                  error={err(`milestones.${i}.title`)}
                  style={{ flex: '2 1 14rem' }}
                />
                <TextInput
                  type="date"
                  label={t('worksheets.planning.date')}
                  value={m.date ?? ''}
                  onChange={(e) => updateMilestone(m.id, { date: e.currentTarget.value || null })}
                  readOnly={readOnly}
                  error={err(`milestones.${i}.date`)}
                  style={{ flex: '0 1 11rem' }}
                />
                {!readOnly && <RemoveRowButton name={m.title} onRemove={() => set({ milestones: removeRow(value.milestones, m.id) })} />}
              </Group>
            </Paper>
          ))}
          {!readOnly && (
            <Group>
              <Button variant="default" size="xs" onClick={() => set({ milestones: [...value.milestones, { id: newId(), step: 1, title: '', date: null }] })}>
                {t('worksheets.planning.addMilestone')}
              </Button>
              <Button
                variant="default"
                size="xs"
                styles={WRAPPING_BUTTON}
                disabled={stepsWithout.length === 0}
                onClick={() =>
                  set({
                    milestones: [
                      ...value.milestones,
                      ...stepsWithout.map((n) => ({ id: newId(), step: n, title: t('worksheets.planning.suggestedTitle', { step: n }), date: null })),
                    ],
                  })
                }
              >
                {t('worksheets.planning.suggest')}
              </Button>
            </Group>
          )}
        </Stack>
        {overview.milestones.length > 0 && (
          <>
            <Title order={4} size="h6" mt="sm">
              {t('worksheets.planning.overview')}
            </Title>
            <List size="sm">
              {overview.milestones.map((m) => (
                <List.Item key={m.id}>
                  {day(m.date)} — {stepName(m.step)}: {m.title}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {overview.stepsWithoutDate.length > 0 && (
          <Text size="sm" mt="xs">
            {t('worksheets.planning.noDate', { steps: overview.stepsWithoutDate.join(', ') })}
          </Text>
        )}
      </Paper>

      <Paper withBorder p="sm" component="fieldset">
        <Title order={3} size="h5" component="legend">
          {t('worksheets.planning.meetingsTitle')}
        </Title>
        <Text size="sm" mb="xs">
          {t('worksheets.planning.meetingsIntro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('worksheets.planning.meetingTitle')}
            placeholder={t('worksheets.planning.meetingTitlePlaceholder')}
            value={value.meetings.title}
            onChange={(e) => setMeetings({ title: e.currentTarget.value })}
            readOnly={readOnly}
            error={err('meetings.title')}
          />
          <TextInput
            label={t('worksheets.planning.location')}
            value={value.meetings.location}
            onChange={(e) => setMeetings({ location: e.currentTarget.value })}
            readOnly={readOnly}
            error={err('meetings.location')}
          />
          <TextInput
            type="date"
            label={t('worksheets.planning.firstDate')}
            value={value.meetings.firstDate ?? ''}
            onChange={(e) => setMeetings({ firstDate: e.currentTarget.value || null })}
            readOnly={readOnly}
            error={err('meetings.firstDate')}
          />
          <TextInput
            type="time"
            label={t('worksheets.planning.startTime')}
            value={value.meetings.startTime}
            onChange={(e) => e.currentTarget.value && setMeetings({ startTime: e.currentTarget.value.slice(0, 5) })}
            readOnly={readOnly}
            error={err('meetings.startTime')}
          />
          <NumberInput
            label={t('worksheets.planning.duration')}
            min={15}
            max={480}
            step={15}
            allowDecimal={false}
            value={value.meetings.durationMinutes}
            onChange={(v) => typeof v === 'number' && setMeetings({ durationMinutes: v })}
            readOnly={readOnly}
            error={err('meetings.durationMinutes')}
          />
          <NativeSelect
            label={t('worksheets.planning.interval')}
            value={String(value.meetings.intervalWeeks)}
            disabled={readOnly}
            onChange={(e) => setMeetings({ intervalWeeks: Number(e.currentTarget.value) })}
            data={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: t('worksheets.planning.intervalOption', { count: n }) }))}
          />
          <NumberInput
            label={t('worksheets.planning.count')}
            min={1}
            max={104}
            allowDecimal={false}
            value={value.meetings.count}
            onChange={(v) => typeof v === 'number' && setMeetings({ count: v })}
            readOnly={readOnly}
            error={err('meetings.count')}
          />
        </SimpleGrid>
        {dates.length === 0 ? (
          <Text size="sm" mt="sm">
            {t('worksheets.planning.datesNone')}
          </Text>
        ) : (
          <>
            <Title order={4} size="h6" mt="sm">
              {t('worksheets.planning.dates')}
            </Title>
            <Text size="sm">{t('worksheets.planning.datesSummary', { count: dates.length, first: day(dates[0]!), last: day(dates.at(-1)!) })}</Text>
            <List size="sm">
              {dates.slice(0, SHOWN_DATES).map((d) => (
                <List.Item key={d}>
                  {day(d)} {value.meetings.startTime}
                </List.Item>
              ))}
            </List>
            {dates.length > SHOWN_DATES && <Text size="sm">{t('worksheets.planning.moreDates', { count: dates.length - SHOWN_DATES })}</Text>}
          </>
        )}
      </Paper>

      <PatientDataWarning id="planning-warning" />
      <Textarea
        label={t('worksheets.planning.resources')}
        autosize
        minRows={2}
        value={value.resources}
        onChange={(e) => set({ resources: e.currentTarget.value })}
        readOnly={readOnly}
        aria-describedby="planning-warning"
        error={err('resources')}
      />
      <Textarea
        label={t('worksheets.planning.boardReporting')}
        autosize
        minRows={2}
        value={value.boardReporting}
        onChange={(e) => set({ boardReporting: e.currentTarget.value })}
        readOnly={readOnly}
        aria-describedby="planning-warning"
        error={err('boardReporting')}
      />

      <Paper withBorder p="sm" component="section" aria-labelledby="calendar-title">
        <Title order={3} size="h5" id="calendar-title" mb="xs">
          {t('worksheets.planning.calendarTitle')}
        </Title>
        <Anchor href={`/api/programmes/${programme.id}/planning.ics`} download>
          {t('worksheets.planning.calendar')}
        </Anchor>
        <Text size="sm" mt="xs">
          {t('worksheets.planning.calendarNote')}
        </Text>
      </Paper>
    </Stack>
  );
}
