import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CARE_RECIPIENT } from '#core/sector.js';
import { useSector } from '../lib/localized.js';

/** Shown beside every free-text field: patient data does not belong in Wegwijs. It names the organisation's own patiënten or cliënten. */
export function PatientDataWarning({ id }: { id?: string }) {
  const { t } = useTranslation();
  const recipient = CARE_RECIPIENT[useSector()];
  return (
    <Alert id={id} color="orange" variant="light" p="xs" mb="xs">
      {t('common.patientDataWarning', { context: recipient })}
    </Alert>
  );
}
