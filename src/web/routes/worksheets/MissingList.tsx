import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Missing } from '#core/worksheets/index.js';
import { keyUnder } from '../../i18n/keys.js';

/** One gap of a worksheet, in words. */
export function useMissingText() {
  const { t } = useTranslation();
  return (m: Missing) =>
    t(keyUnder('worksheets.missing', m.code), {
      ...m.params,
      field: m.field ? t(`worksheets.fieldNames.${m.field.replace(/\./g, '_')}`, { defaultValue: m.field }) : '',
    });
}

/** Why a sub-step cannot be "done" yet, or that it can. */
export function MissingList({ missing }: { missing: Missing[] }) {
  const { t } = useTranslation();
  const text = useMissingText();
  if (missing.length === 0) {
    return (
      <Text size="sm" role="status">
        {t('worksheets.complete')}
      </Text>
    );
  }
  return (
    // The heading is plain text in the alert's body colour: the light variant's coloured title is too pale.
    <Alert color="yellow" variant="light" p="sm">
      <Text fw={700} size="sm">
        {t('worksheets.incompleteTitle')}
      </Text>
      <List size="sm">
        {missing.map((m, i) => (
          <List.Item key={`${m.code}-${m.field ?? ''}-${i}`}>{text(m)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
