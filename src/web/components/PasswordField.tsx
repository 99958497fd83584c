import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A new-password input with the NIST-based rule explained up front. */
export function NewPasswordField(props: { label: string; value: string; onChange: (v: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={props.label}
      description={t('common.passwordHint')}
      autoComplete="new-password"
      required
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.error}
    />
  );
}
