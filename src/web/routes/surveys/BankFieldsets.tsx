import { Checkbox, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMB_FACTORS } from '#core/comb.js';
import type { SurveyItem } from '#core/survey/definition.js';
import { SURVEY_ITEM_BANK, type SurveyBankItem } from '#content/comb.js';
import { updateRow } from '../../lib/rows.js';
import { useCombText } from '../../lib/combText.js';
import { bankStatement, toggleBank, type BuilderModel } from './builderModel.js';

/** Editable Dutch and English text of one statement, labelled as a group with its number. */
export function ItemTextFields(props: {
  item: SurveyItem;
  n: number;
  onChange: (text: SurveyItem['text']) => void;
  err: (path: string) => string | undefined;
  index: number;
}) {
  const { t } = useTranslation();
  const { item, n, onChange, err, index } = props;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} role="group" aria-label={t('surveys.builder.statementN', { n })}>
      <TextInput
        label={t('surveys.builder.textNl')}
        value={item.text.nl}
        onChange={(e) => onChange({ ...item.text, nl: e.currentTarget.value })}
        error={err(`items.${index}.text.nl`)}
      />
      <TextInput
        label={t('surveys.builder.textEn')}
        value={item.text.en}
        onChange={(e) => onChange({ ...item.text, en: e.currentTarget.value })}
        error={err(`items.${index}.text.en`)}
      />
    </SimpleGrid>
  );
}

/**
 * The item bank: one fieldset per COM-B factor with a checkbox per statement (shown with the
 * team's phrases filled in, and its source). A chosen statement gets text fields to adjust its wording.
 */
export function BankFieldsets(props: { model: BuilderModel; onChange: (items: SurveyItem[]) => void; err: (path: string) => string | undefined }) {
  const { t } = useTranslation();
  const { locale, factorName, lookFor } = useCombText();
  const { model, onChange, err } = props;
  // The statement as respondents in the interface language will see it (Dutch when no English phrase).
  const shown = locale === 'en' && model.phrases.en.trim() ? 'en' : 'nl';
  const { nl, nlTe, en } = model.phrases;
  const label = (bank: SurveyBankItem) => bankStatement(bank, { nl: nl.trim() || '…', nlTe: nlTe.trim() || '…', en: en.trim() || '…' }, model.sector)[shown];
  const indexOf = (bank: SurveyBankItem) => model.items.findIndex((i) => i.bankId === bank.id);

  return (
    <section aria-labelledby="survey-bank-title">
      <Title order={4} size="h5" id="survey-bank-title" mb={4}>
        {t('surveys.builder.bankTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('surveys.builder.bankIntro')} {t('surveys.builder.chosenIntro')}
      </Text>
      {err('items') && (
        <Text size="sm" c="red.8" role="alert" mb="xs">
          {err('items')}
        </Text>
      )}
      <Stack gap="sm">
        {COMB_FACTORS.map((factor) => (
          <Paper key={factor} withBorder p="sm" component="fieldset">
            <Title order={5} size="h6" component="legend">
              {factorName(factor)}
            </Title>
            <Text size="sm" mb="xs">
              {lookFor(factor)}
            </Text>
            <Stack gap="xs">
              {SURVEY_ITEM_BANK.filter((b) => b.factor === factor).map((bank) => {
                const index = indexOf(bank);
                const item = model.items[index];
                return (
                  <div key={bank.id}>
                    <Checkbox
                      label={label(bank)}
                      description={t('surveys.builder.source', {
                        source: t(`surveys.builder.sourceNames.${bank.source.instrument}`),
                        part: bank.source.part[locale],
                      })}
                      checked={index >= 0}
                      onChange={(e) => onChange(toggleBank(model, bank, e.currentTarget.checked))}
                    />
                    {item && (
                      <Stack pl="xl" pt={4}>
                        <ItemTextFields
                          item={item}
                          n={index + 1}
                          index={index}
                          err={err}
                          onChange={(text) => onChange(updateRow(model.items, item.id, { text }))}
                        />
                      </Stack>
                    )}
                  </div>
                );
              })}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </section>
  );
}
