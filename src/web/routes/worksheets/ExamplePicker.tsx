import { Button, Group, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAMPLE_CASES, exampleCase, type ExampleCase } from '#content/examples.js';
import { useLocalized } from '../../lib/localized.js';

/** Lets a team start from one of the library's care examples instead of an empty form. */
export function ExamplePicker({ id, onUse, description }: { id: string; onUse: (example: ExampleCase) => void; description?: string }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const [chosen, setChosen] = useState('');
  const example = exampleCase(chosen);
  return (
    <Group align="flex-end" gap="xs">
      <NativeSelect
        id={id}
        label={t('worksheets.fromExample')}
        description={description}
        value={chosen}
        onChange={(e) => setChosen(e.currentTarget.value)}
        data={[{ value: '', label: t('worksheets.chooseExample') }, ...EXAMPLE_CASES.map((e) => ({ value: e.id, label: l(e.title) }))]}
        style={{ flex: '1 1 16rem' }}
      />
      <Button variant="default" disabled={!example} onClick={() => example && onUse(example)}>
        {t('worksheets.useExample')}
      </Button>
    </Group>
  );
}
