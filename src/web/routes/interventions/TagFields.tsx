import { Checkbox, Group, MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BCT_GROUPS, BCTS } from '#content/bct-taxonomy.js';
import { MAX_TECHNIQUES } from '#core/interventions/library.js';
import { useInterventionText } from '../../lib/interventionText.js';

/** A group of tag checkboxes (functions, factors, behaviours) named by its label. */
export function TagChecks<T extends string>(props: {
  label: string;
  description?: string;
  required?: boolean;
  options: readonly T[];
  name: (value: T) => string;
  value: T[];
  onChange: (value: T[]) => void;
  error?: string;
}) {
  return (
    <Checkbox.Group
      label={props.label}
      description={props.description}
      withAsterisk={props.required}
      value={props.value}
      onChange={(v) => props.onChange(v as T[])}
      error={props.error}
    >
      <Group gap="sm" mt={4}>
        {props.options.map((o) => (
          <Checkbox key={o} value={o} label={props.name(o)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

/** Behaviour change techniques of BCT Taxonomy v1, searchable by number or name, grouped as the taxonomy groups them. */
export function TechniquesSelect(props: { value: string[]; onChange: (value: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const { bct, bctGroup } = useInterventionText();
  const data = BCT_GROUPS.map((g) => ({
    group: `${g.number}. ${bctGroup(g.number)}`,
    items: BCTS.filter((b) => b.group === g.number).map((b) => ({ value: b.id, label: bct(b.id) })),
  }));
  return (
    <MultiSelect
      label={t('library.form.techniques')}
      description={t('library.form.techniquesHint')}
      data={data}
      value={props.value}
      onChange={props.onChange}
      searchable
      clearable
      maxValues={MAX_TECHNIQUES}
      nothingFoundMessage={t('library.form.noTechnique')}
      error={props.error}
    />
  );
}
