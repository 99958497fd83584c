import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CARE_RECIPIENT, SECTORS, type Sector } from '#core/sector.js';

/**
 * The organisation's care sector, one choice with the word it gives the texts (src/core/sector.ts).
 * Required at set-up, where nothing is chosen yet; changeable later in the settings.
 */
export function SectorChoice({
  value,
  onChange,
  description,
  error,
}: {
  value: Sector | '';
  onChange: (sector: Sector) => void;
  description?: string;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('common.sector.label')} description={description} required value={value} onChange={(v) => onChange(v as Sector)} error={error}>
      <Stack gap="xs" mt="xs">
        {SECTORS.map((sector) => (
          <Radio key={sector} value={sector} label={t(`common.sector.options.${sector}`)} description={t(`common.sector.word.${CARE_RECIPIENT[sector]}`)} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
