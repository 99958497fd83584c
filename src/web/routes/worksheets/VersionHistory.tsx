import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '#contract/programmes.js';
import { useVersions } from '../../queries/programme.queries.js';

function useChangeText() {
  const { t } = useTranslation();
  const name = (field: string) => t(`worksheets.fieldNames.${field.replace(/^fields\./, '').replace(/\./g, '_')}`, { defaultValue: field });
  return (c: FieldChange) =>
    c.kind === 'rows'
      ? t('worksheets.changeRows', { field: name(c.field), added: c.added, removed: c.removed, changed: c.changed })
      : t('worksheets.changeValue', { field: name(c.field) });
}

/** Every saved version with who, when and what changed, so a check-in can see what moved. */
export function VersionHistory({ programmeId, substepKey }: { programmeId: string; substepKey: string }) {
  const { t, i18n } = useTranslation();
  const versions = useVersions(programmeId, substepKey);
  const change = useChangeText();
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL');
  if (!versions.data?.length) return null;
  return (
    <section aria-labelledby="history-title">
      <Title order={3} size="h5" id="history-title" mt="md" mb="xs">
        {t('worksheets.history')}
      </Title>
      {versions.data.map((v) => (
        <details key={v.version}>
          <summary>{t('navigator.versionInfo', { version: v.version, name: v.authorName ?? '?', when: when(v.createdAt) })}</summary>
          <List size="sm" p="xs">
            {v.changes.length === 0 ? (
              <List.Item>{t('worksheets.changesNone')}</List.Item>
            ) : (
              v.changes.map((c) => <List.Item key={c.field}>{change(c)}</List.Item>)
            )}
          </List>
          {v.notes && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} px="xs" pb="xs">
              {v.notes}
            </Text>
          )}
        </details>
      ))}
    </section>
  );
}
