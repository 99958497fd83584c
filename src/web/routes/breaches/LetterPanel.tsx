import { Group, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LETTER_ADDRESSEES, defaultAddressee, type LetterAddressee } from '#core/breach/letter.js';
import type { BreachRegister } from '#core/breach/register.js';
import { LOCALES, type Locale } from '#core/locale.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Section } from '../../components/Section.js';
import { CopyText } from './CopyText.js';
import { useBreachLocale } from './format.js';
import { useLetter } from '../../queries/breaches.queries.js';

/** The draft letter or e-mail to the people involved (art. 34), in Dutch or English, for them or their parent or representative, to copy and finish. */
export function LetterPanel({ breachId, register }: { breachId: string; register: Pick<BreachRegister, 'subjectGroups'> }) {
  const { t } = useTranslation();
  const { locale } = useBreachLocale();
  const [lang, setLang] = useState<Locale>(locale);
  // Follows the register (minors: their parents) until the officer picks a reader.
  const [chosen, setChosen] = useState<LetterAddressee | null>(null);
  const addressee = chosen ?? defaultAddressee(register);
  const letter = useLetter(breachId, lang, addressee);
  return (
    <Section id="breach-letter" title={t('breaches.letter.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('breaches.letter.intro')}</Text>
        <Group align="flex-start">
          <NativeSelect
            label={t('breaches.letter.addressee')}
            description={t('breaches.letter.addresseeHint')}
            value={addressee}
            onChange={(e) => setChosen(e.currentTarget.value as LetterAddressee)}
            data={LETTER_ADDRESSEES.map((a) => ({ value: a, label: t(`breaches.letter.addressees.${a}`) }))}
            w={320}
          />
          <NativeSelect
            label={t('breaches.letter.language')}
            value={lang}
            onChange={(e) => setLang(e.currentTarget.value as Locale)}
            data={LOCALES.map((l) => ({ value: l, label: t(`breaches.letter.languages.${l}`) }))}
            w={240}
          />
        </Group>
        <ErrorAlert error={letter.error} />
        {letter.data && (
          <>
            <Group align="flex-end" wrap="nowrap">
              <TextInput label={t('breaches.letter.subject')} value={letter.data.subject} readOnly style={{ flex: 1 }} lang={lang} />
              <CopyText value={letter.data.subject} what={t('breaches.letter.subject')} />
            </Group>
            <Textarea label={t('breaches.letter.body')} value={letter.data.body} readOnly autosize minRows={12} lang={lang} />
            <CopyText value={letter.data.body} what={t('breaches.letter.body')} />
          </>
        )}
      </Stack>
    </Section>
  );
}
