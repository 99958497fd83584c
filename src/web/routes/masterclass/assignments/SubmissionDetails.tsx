import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale } from '#core/locale.js';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { Loading } from '#web/components/Loading.js';
import { useSubmission, type SubmissionDetail, type SubmissionSummary } from '#web/queries/masterclass-assignments.queries.js';
import { Fact, Facts } from '../Facts.js';
import { FieldsView } from '../FieldsView.js';
import { sessionStart } from '../format.js';
import { useItemName } from '../items.js';

/**
 * One organisation's answer, read-only: its text (unless the page shows it already) and the worksheet
 * it links, as that worksheet was when handed in, while its organisation shares it with the reader (else
 * only which worksheet it was). Never who wrote it: names of staff stay in the organisation.
 */
export function SubmissionDetails({
  cohortId,
  assignmentId,
  summary,
  showText,
}: {
  cohortId: string;
  assignmentId: string;
  summary: SubmissionSummary;
  showText: boolean;
}) {
  const detail = useSubmission(cohortId, assignmentId, summary.participationId);
  return (
    <Stack gap="sm">
      <ErrorAlert error={detail.error} />
      {detail.isPending && <Loading />}
      {detail.data && <Details detail={detail.data} linked={summary.worksheet !== null} showText={showText} />}
    </Stack>
  );
}

function Details({ detail, linked, showText }: { detail: SubmissionDetail; linked: boolean; showText: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'nl';
  const itemName = useItemName();
  const sheet = detail.worksheet;
  return (
    <Stack gap="sm">
      {showText && (
        <>
          <Facts>
            {detail.submittedAt && <Fact label={t('mcAssignments.submittedOn')}>{sessionStart(detail.submittedAt, locale)}</Fact>}
            {detail.updatedAt && detail.updatedAt !== detail.submittedAt && (
              <Fact label={t('mcAssignments.changedOn')}>{sessionStart(detail.updatedAt, locale)}</Fact>
            )}
          </Facts>
          {detail.text ? (
            <Text size="sm" maw={820} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {detail.text}
            </Text>
          ) : (
            <Text size="sm">{t('mcAssignments.onlyWorksheet')}</Text>
          )}
        </>
      )}
      {sheet && (
        <Stack gap="xs">
          <Text size="sm" fw={700}>
            {t('mcAssignments.worksheet.linked', { item: itemName(sheet.key), version: sheet.version })}
          </Text>
          <Text size="sm">{t('mcAssignments.worksheet.savedOn', { date: sessionStart(sheet.savedAt, locale) })}</Text>
          {sheet.redacted && <Text size="sm">{t('mcAssignments.worksheet.redacted')}</Text>}
          {sheet.notes && (
            <Facts>
              <Fact label={t('mcAssignments.worksheet.notes')}>
                <span style={{ whiteSpace: 'pre-line' }}>{sheet.notes}</span>
              </Fact>
            </Facts>
          )}
          <FieldsView value={sheet.fields} />
        </Stack>
      )}
      {!detail.worksheetShared && detail.linkedWorksheet && (
        <Text size="sm">{t('mcAssignments.worksheet.notShared', { item: itemName(detail.linkedWorksheet.key), version: detail.linkedWorksheet.version })}</Text>
      )}
      {!sheet && linked && detail.worksheetShared && <Text size="sm">{t('mcAssignments.worksheet.gone')}</Text>}
    </Stack>
  );
}
