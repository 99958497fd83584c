import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '#core/locale.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { Loading } from '../../components/Loading.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { useComment, useComments, type CohortComment } from '../../queries/masterclass.queries.js';
import { sessionStart } from './format.js';

/**
 * The feedback on one shared item: trainers write, the organisation's duo (and admin) answer. One
 * level of answers, under the comment they answer.
 */
export function CommentThread({ cohortId, participationId, item, canWrite }: { cohortId: string; participationId: string; item: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const comments = useComments(cohortId, participationId, item);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const list = comments.data ?? [];
  const top = list.filter((c) => c.parentId === null || !list.some((p) => p.id === c.parentId));
  const answers = (id: string) => list.filter((c) => c.parentId === id);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="comments-title">
      <Title order={2} size="h4" id="comments-title" mb="xs">
        {t('masterclass.comments.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('masterclass.comments.who')}
      </Text>
      <ErrorAlert error={comments.error} />
      {comments.isPending && <Loading />}
      {comments.data && top.length === 0 && (
        <Text size="sm" mb="sm">
          {t('masterclass.comments.empty')}
        </Text>
      )}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {top.map((comment) => (
          <li key={comment.id}>
            <Comment comment={comment} />
            {answers(comment.id).length > 0 && (
              <Stack gap="xs" component="ol" mt="xs" ml="lg" style={{ listStyle: 'none', padding: 0 }}>
                {answers(comment.id).map((answer) => (
                  <li key={answer.id}>
                    <Comment comment={answer} />
                  </li>
                ))}
              </Stack>
            )}
            {canWrite &&
              (replyTo === comment.id ? (
                <Stack ml="lg" mt="xs">
                  <CommentForm cohortId={cohortId} participationId={participationId} item={item} parent={comment} onDone={() => setReplyTo(null)} />
                </Stack>
              ) : (
                <Button
                  size="xs"
                  variant="subtle"
                  mt={4}
                  onClick={() => setReplyTo(comment.id)}
                  aria-label={t('masterclass.comments.replyFor', { name: comment.authorName })}
                >
                  {t('masterclass.comments.reply')}
                </Button>
              ))}
          </li>
        ))}
      </Stack>
      {canWrite ? (
        <Stack mt="md">
          <CommentForm cohortId={cohortId} participationId={participationId} item={item} parent={null} />
        </Stack>
      ) : (
        <Text size="sm" mt="sm">
          {t('masterclass.comments.closed')}
        </Text>
      )}
    </Paper>
  );
}

function Comment({ comment }: { comment: CohortComment }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';
  return (
    <Paper withBorder p="sm" bg={comment.mine ? 'blue.0' : undefined}>
      <Text size="xs" fw={700} mb={4}>
        {t('masterclass.comments.by', { name: comment.authorName, organisation: comment.authorOrganisation, date: sessionStart(comment.createdAt, locale) })}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {comment.body}
      </Text>
    </Paper>
  );
}

function CommentForm(props: { cohortId: string; participationId: string; item: string; parent: CohortComment | null; onDone?: () => void }) {
  const { cohortId, participationId, item, parent, onDone } = props;
  const { t } = useTranslation();
  const send = useComment(cohortId, participationId, item);
  const [body, setBody] = useState('');
  const id = parent ? `reply-${parent.id}` : 'comment-new';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate(
      { body, parentId: parent?.id ?? null },
      {
        onSuccess: () => {
          setBody('');
          onDone?.();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" maw={720}>
        <PatientDataWarning id={`${id}-warning`} />
        <Textarea
          label={parent ? t('masterclass.comments.replyLabel', { name: parent.authorName }) : t('masterclass.comments.write')}
          required
          autosize
          minRows={3}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={fieldError(send.error, 'body')}
          aria-describedby={`${id}-warning`}
          autoFocus={parent !== null}
        />
        <ErrorAlert error={send.error} />
        <Group>
          <Button type="submit" loading={send.isPending}>
            {parent ? t('masterclass.comments.sendReply') : t('masterclass.comments.send')}
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('masterclass.comments.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
