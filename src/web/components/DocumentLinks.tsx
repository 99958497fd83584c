import { Anchor, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '#core/locale.js';

/** The documents the API builds for every programme (sub-step 6.3). */
export const DOCUMENTS = ['plan', 'report'] as const;
const FORMATS = ['docx', 'pdf'] as const;

/** Where the API serves a programme's document (GET with the session cookie, so a plain link works). */
const documentUrl = (programmeId: string, document: (typeof DOCUMENTS)[number], format: (typeof FORMATS)[number], lang: Locale) =>
  `/api/programmes/${programmeId}/documents/${document}.${format}?lang=${lang}`;

/** Download links for the plan van aanpak and the final report of one programme (or only those named), as DOCX and PDF. */
export function DocumentLinks({
  programmeId,
  lang,
  documents = DOCUMENTS,
}: {
  programmeId: string;
  lang: Locale;
  documents?: readonly (typeof DOCUMENTS)[number][];
}) {
  const { t } = useTranslation();
  return (
    <List listStyleType="none" spacing={4}>
      {documents.map((document) => {
        const name = t(`reports.documents.${document}.name`);
        return (
          <List.Item key={document}>
            <Group gap="sm">
              <Text size="sm" span>
                {name}:
              </Text>
              {FORMATS.map((format) => (
                <Anchor
                  key={format}
                  size="sm"
                  href={documentUrl(programmeId, document, format, lang)}
                  hrefLang={lang}
                  download
                  // The visible "PDF" alone would not say which document; the name keeps it in the label.
                  aria-label={t('reports.download', { document: name, format: format.toUpperCase() })}
                >
                  {format.toUpperCase()}
                </Anchor>
              ))}
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
