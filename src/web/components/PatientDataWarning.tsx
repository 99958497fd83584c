import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown beside every free-text field: patient data does not belong in Wegwijs. */
export function PatientDataWarning({ id }: { id?: string }) {
  const { t } = useTranslation();
  return (
    <Alert id={id} color="orange" variant="light" p="xs" mb="xs">
      {t('common.patientDataWarning')}
    </Alert>
  );
}
