import { Alert, Button, Group, NativeSelect, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '#core/locale.js';
import { INVITATION_MESSAGE_MAX } from '#core/survey/invitations.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { ApiError } from '../../lib/api.js';
import { useLocale } from '../../lib/combText.js';
import { useInvitationAllowance, useInvite } from '../../queries/surveys.queries.js';

/** Addresses typed one per line or separated by commas (or semicolons, as mail programs copy them). */
export const parseEmails = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter(Boolean);

/**
 * Queues a single-use link to each address; the server mails them shortly after and keeps no
 * address once its mail is sent. Today's limit of the organisation is shown with the form; without
 * mail on the server, only why there is no form.
 */
export function InvitationForm({ programmeId, surveyId }: { programmeId: string; surveyId: string }) {
  const { t } = useTranslation();
  const invite = useInvite(programmeId, surveyId);
  const allowance = useInvitationAllowance().data;
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const [locale, setLocale] = useState<Locale>(useLocale());
  const [empty, setEmpty] = useState(false);
  const emails = parseEmails(text);

  // The API names bad addresses by position ("emails.2"): show each with the address itself.
  const apiError = invite.error instanceof ApiError ? invite.error : null;
  const emailErrors = (apiError?.fields ?? [])
    .filter((f) => /^emails\.\d+$/.test(f.field))
    .map((f) => t('surveys.distribution.emailError', { email: emails[Number(f.field.split('.')[1])] ?? '?', message: f.message }));
  const emailsError = empty ? t('surveys.distribution.emailsRequired') : emailErrors.length > 0 ? emailErrors.join(' ') : apiError?.fieldMessage('emails');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setEmpty(emails.length === 0);
    if (emails.length === 0) return;
    invite.mutate({ emails, message, locale }, { onSuccess: () => setText('') });
  };

  const title = (
    <Title order={4} size="h5" id="survey-invite-title" mb={4}>
      {t('surveys.distribution.inviteTitle')}
    </Title>
  );
  // Without mail on the server every batch would be refused: say why instead of offering the form.
  if (allowance && !allowance.mailConfigured)
    return (
      <section aria-labelledby="survey-invite-title">
        {title}
        <Text size="sm">{t('surveys.distribution.inviteNoMail')}</Text>
      </section>
    );

  return (
    <section aria-labelledby="survey-invite-title">
      {title}
      <Text size="sm" mb="xs">
        {t('surveys.distribution.inviteIntro')}
      </Text>
      {allowance && (
        <Text size="sm" mb="xs">
          {t('surveys.distribution.allowance', { used: allowance.usedToday, perDay: allowance.perDay, remaining: allowance.remaining })}
        </Text>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t('surveys.distribution.emails')}
            description={t('surveys.distribution.emailsHint')}
            required
            autosize
            minRows={3}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={emailsError}
          />
          <div>
            <PatientDataWarning id="invite-warning" />
            <Textarea
              label={t('surveys.distribution.message')}
              description={t('surveys.distribution.messageHint', { max: INVITATION_MESSAGE_MAX })}
              autosize
              minRows={2}
              maxLength={INVITATION_MESSAGE_MAX}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              error={apiError?.fieldMessage('message')}
              aria-describedby="invite-warning"
            />
          </div>
          <NativeSelect
            label={t('surveys.distribution.language')}
            value={locale}
            onChange={(e) => setLocale(e.currentTarget.value as Locale)}
            data={LOCALES.map((l) => ({ value: l, label: t(`surveys.languages.${l}`) }))}
          />
          {/* A refusal the fields above do not show (mail not set up, survey closed, a title with a link) comes with the server's message. */}
          {apiError?.fields.some((f) => /^(emails|message)\b/.test(f.field)) ? null : <ErrorAlert error={invite.error} />}
          <div role="status">
            {invite.data && (
              <Alert color="green" variant="light">
                <Text size="sm">{t('surveys.distribution.queued', { count: invite.data.queued })}</Text>
              </Alert>
            )}
          </div>
          <Group>
            <Button type="submit" loading={invite.isPending}>
              {t('surveys.distribution.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
