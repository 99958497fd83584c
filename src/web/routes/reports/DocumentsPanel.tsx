import { Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALES, type Locale } from '#core/locale.js';
import { Section } from '../../components/Section.js';
import type { ProgrammeDetail } from '../../queries/programme.queries.js';
import { useLocale } from '../../lib/combText.js';
import { DocumentLinks, DOCUMENTS } from '../../components/DocumentLinks.js';

/** Sub-step 6.3: what the plan van aanpak and the final report contain, and their downloads in either language. */
export function DocumentsPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const userLocale = useLocale();
  const [lang, setLang] = useState<Locale>(userLocale);

  return (
    <Section id="documents-title" title={t('reports.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('reports.intro')}</Text>
        {DOCUMENTS.map((document) => (
          <div key={document}>
            <Title order={3} size="h5">
              {t(`reports.documents.${document}.name`)}
            </Title>
            <Text size="sm">{t(`reports.documents.${document}.contents`)}</Text>
          </div>
        ))}
        <Text size="sm">{t('reports.incomplete')}</Text>
        <Text size="sm">{t('reports.lessons')}</Text>
        <Radio.Group label={t('reports.language')} value={lang} onChange={(v) => isLocale(v) && setLang(v)}>
          <Group gap="md" mt={4}>
            {LOCALES.map((l) => (
              // Each language named in itself, so a screen reader pronounces it right.
              <Radio key={l} value={l} label={<span lang={l}>{t(`reports.languages.${l}`)}</span>} />
            ))}
          </Group>
        </Radio.Group>
        <DocumentLinks programmeId={programme.id} lang={lang} />
      </Stack>
    </Section>
  );
}
