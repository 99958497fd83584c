import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { MAX_PARTICIPANTS } from '#core/masterclass/cohort.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError, listFieldError } from '../../components/fieldError.js';
import { Loading } from '../../components/Loading.js';
import { Section } from '../../components/Section.js';
import { useCohorts, useJoinCohort } from '../../queries/masterclass.queries.js';
import { teamAccounts, useProgramme } from '../../queries/programme.queries.js';
import { useProgrammes } from '../../queries/programmes.queries.js';

/**
 * An admin or coordinator joins a programme of the organisation to a cohort with its code, and picks
 * one or two of its core team as the duo. Whoever may open the cohort afterwards (the duo, an admin)
 * goes there; a coordinator outside the duo reads that it worked.
 */
export function JoinCohortForm() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const programmes = useProgrammes();
  const cohorts = useCohorts();
  const join = useJoinCohort();
  const [code, setCode] = useState('');
  const [programmeId, setProgrammeId] = useState('');
  const [participantIds, setParticipantIds] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [joined, setJoined] = useState<string | null>(null);
  const active = (programmes.data ?? []).filter((p) => p.status === 'active');
  const chooseProblem = participantIds.length === 0 || participantIds.length > MAX_PARTICIPANTS ? t('masterclass.join.chooseParticipants') : undefined;

  const opensFor = joined !== null && cohorts.data?.participating.some((c) => c.id === joined);
  useEffect(() => {
    if (opensFor) navigate(`/masterclass/${joined}`);
  }, [opensFor, joined, navigate]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (programmeId && chooseProblem) return;
    join.mutate({ code, programmeId, participantIds }, { onSuccess: ({ cohortId }) => setJoined(cohortId) });
  };

  return (
    <Section id="masterclass-join" title={t('masterclass.join.title')}>
      <Text size="sm" mb="sm" maw={720}>
        {t('masterclass.join.intro')}
      </Text>
      {joined && !opensFor && (
        <Alert color="green" role="status" mb="sm">
          {t('masterclass.join.joined')}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={560}>
          <TextInput
            label={t('masterclass.join.code')}
            description={t('masterclass.join.codeHint')}
            required
            autoComplete="off"
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={fieldError(join.error, 'code')}
          />
          {programmes.data && active.length === 0 ? (
            <Text size="sm">{t('masterclass.join.noProgrammes')}</Text>
          ) : (
            <NativeSelect
              label={t('masterclass.join.programme')}
              description={t('masterclass.join.programmeHint')}
              required
              value={programmeId}
              onChange={(e) => {
                setProgrammeId(e.currentTarget.value);
                setParticipantIds([]);
              }}
              data={[{ value: '', label: t('masterclass.join.chooseProgramme') }, ...active.map((p) => ({ value: p.id, label: p.title }))]}
              error={fieldError(join.error, 'programmeId')}
            />
          )}
          {programmeId && (
            <TeamChoice
              programmeId={programmeId}
              value={participantIds}
              onChange={setParticipantIds}
              error={(tried && chooseProblem) || listFieldError(join.error, 'participantIds')}
            />
          )}
          <ErrorAlert error={join.error} />
          <Group>
            <Button type="submit" loading={join.isPending}>
              {t('masterclass.join.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

/** The duo: one or two of the programme's core team who have an account. */
function TeamChoice({ programmeId, value, onChange, error }: { programmeId: string; value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const programme = useProgramme(programmeId);
  if (programme.isPending) return <Loading />;
  if (!programme.data) return <ErrorAlert error={programme.error} />;
  const team = teamAccounts(programme.data.team);
  if (team.length === 0) return <Text size="sm">{t('masterclass.join.noTeam')}</Text>;
  return (
    <Checkbox.Group
      label={t('masterclass.join.participants')}
      description={t('masterclass.join.participantsHint')}
      required
      value={value}
      onChange={onChange}
      error={error}
    >
      <Stack gap="xs" mt="xs">
        {team.map((m) => (
          <Checkbox key={m.userId} value={m.userId} label={m.name} disabled={!value.includes(m.userId) && value.length >= MAX_PARTICIPANTS} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
