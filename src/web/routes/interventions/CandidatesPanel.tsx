import { Badge, Button, Center, Checkbox, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { RemoveButton } from '../../components/RowActions.js';
import { CandidateForm } from './CandidateForm.js';
import { LibraryBrowser } from './LibraryBrowser.js';
import { useAddFromLibrary, useCandidates, useRemoveCandidate, useShortlist, useVote, type Candidate } from '../../queries/interventions.queries.js';
import { Section } from '../../components/Section.js';
import { FunctionBadges } from './TagLine.js';
import { useBarriers } from './useBarriers.js';

/** Sub-step 4.2: ideas from the library or the team, dot voting, and the shortlist. */
export function CandidatesPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const list = useCandidates(programme.id);
  const addFromLibrary = useAddFromLibrary(programme.id);
  const [adding, setAdding] = useState<'own' | 'library' | null>(null);
  const canWork = programme.permissions.work;
  const candidates = [...(list.data?.candidates ?? [])].sort((a, b) => b.votes - a.votes);
  const inList = new Set(candidates.map((c) => c.libraryId));

  return (
    <Section id="candidates-title" title={t('interventions.candidates.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('interventions.candidates.intro')}</Text>
        {list.isPending && (
          <Center>
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        <ErrorAlert error={list.error} />
        {list.data && (
          <Text size="sm" fw={700} role="status">
            {canWork
              ? t('interventions.candidates.votesLeft', { left: list.data.votesLeft, max: list.data.votesPerMember })
              : t('interventions.candidates.noVotes')}
          </Text>
        )}
        {list.data && candidates.length === 0 && <Text size="sm">{t('interventions.candidates.empty')}</Text>}
        {candidates.length > 0 && (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('interventions.candidates.listLabel')}>
            {candidates.map((c) => (
              <CandidateItem
                key={c.id}
                programmeId={programme.id}
                candidate={c}
                canWork={canWork}
                canVote={canWork && (c.myVote || (list.data?.votesLeft ?? 0) > 0)}
              />
            ))}
          </Stack>
        )}
        {canWork && (
          <Group>
            <Button variant={adding === 'own' ? 'filled' : 'default'} onClick={() => setAdding(adding === 'own' ? null : 'own')}>
              {t('interventions.candidates.addOwn')}
            </Button>
            <Button variant={adding === 'library' ? 'filled' : 'default'} onClick={() => setAdding(adding === 'library' ? null : 'library')}>
              {adding === 'library' ? t('interventions.candidates.hideBrowse') : t('interventions.candidates.browse')}
            </Button>
          </Group>
        )}
        {adding === 'own' && <CandidateForm programmeId={programme.id} onDone={() => setAdding(null)} />}
        {adding === 'library' && (
          <>
            <ErrorAlert error={addFromLibrary.error} />
            <LibraryBrowser
              action={(item) =>
                inList.has(item.id) ? (
                  <Text size="sm" fw={700}>
                    {t('interventions.candidates.added')}
                  </Text>
                ) : (
                  <Button
                    size="xs"
                    onClick={() => addFromLibrary.mutate(item.id)}
                    aria-label={t('interventions.candidates.addFromLibraryFor', { title: item.title })}
                  >
                    {t('interventions.candidates.addFromLibrary')}
                  </Button>
                )
              }
            />
          </>
        )}
      </Stack>
    </Section>
  );
}

function CandidateItem({ programmeId, candidate: c, canWork, canVote }: { programmeId: string; candidate: Candidate; canWork: boolean; canVote: boolean }) {
  const { t } = useTranslation();
  const vote = useVote(programmeId);
  const shortlist = useShortlist(programmeId);
  const remove = useRemoveCandidate(programmeId);
  const barriers = useBarriers(programmeId);
  const addressed = barriers.filter((b) => c.barrierIds.includes(b.id));
  const headingId = `candidate-${c.id}`;
  // The box answers the click at once and follows the server afterwards (back again if saving fails).
  const [shortlisted, setShortlisted] = useState(c.shortlisted);
  useEffect(() => setShortlisted(c.shortlisted), [c.shortlisted]);
  const toggleShortlist = (next: boolean) => {
    setShortlisted(next);
    shortlist.mutate({ id: c.id, shortlisted: next }, { onError: () => setShortlisted(c.shortlisted) });
  };
  // While the vote saves, the button is busy (disabled), and the new count may move the idea in
  // the list: either drops the focus. Once the vote is in, it goes back to the button, unless the
  // user has gone on elsewhere meanwhile.
  const voteButton = useRef<HTMLButtonElement>(null);
  const voted = useRef(false);
  useEffect(() => {
    if (vote.isPending || !voted.current) return;
    voted.current = false;
    if (document.activeElement === document.body || document.activeElement === null) voteButton.current?.focus();
  }, [vote.isPending]);

  return (
    <Paper component="li" withBorder p="sm" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Title order={3} size="h5" id={headingId}>
            {c.title}
          </Title>
          {c.description && <Text size="sm">{c.description}</Text>}
          <FunctionBadges functions={c.functions} />
          {addressed.length > 0 && (
            <Text size="sm">
              <Text span fw={700}>
                {t('interventions.candidates.addresses')}{' '}
              </Text>
              {addressed.map((b) => b.description).join('; ')}
            </Text>
          )}
          {c.libraryId && <Text size="xs">{t('interventions.candidates.fromLibrary')}</Text>}
        </Stack>
        <Badge size="lg" variant="light" color="grape" style={{ flexShrink: 0 }}>
          {t('interventions.candidates.votes', { count: c.votes })}
        </Badge>
      </Group>
      <ErrorAlert error={vote.error ?? shortlist.error ?? remove.error} />
      {canWork && (
        <Group mt="xs" gap="sm">
          <Button
            ref={voteButton}
            size="xs"
            variant={c.myVote ? 'filled' : 'default'}
            aria-pressed={c.myVote}
            disabled={!canVote}
            loading={vote.isPending}
            aria-label={c.myVote ? t('interventions.candidates.unvoteFor', { title: c.title }) : t('interventions.candidates.voteFor', { title: c.title })}
            onClick={() => {
              voted.current = true;
              vote.mutate({ id: c.id, vote: !c.myVote });
            }}
          >
            {c.myVote ? t('interventions.candidates.unvote') : t('interventions.candidates.vote')}
          </Button>
          <Checkbox
            label={t('interventions.candidates.shortlisted')}
            aria-label={`${t('interventions.candidates.shortlisted')}: ${c.title}`}
            checked={shortlisted}
            onChange={(e) => toggleShortlist(e.currentTarget.checked)}
          />
          <RemoveButton texts="interventions.candidates" subject={{ title: c.title }} onRemove={() => remove.mutateAsync(c.id)} />
        </Group>
      )}
      {!canWork && c.shortlisted && <Badge mt="xs">{t('interventions.candidates.shortlisted')}</Badge>}
    </Paper>
  );
}
