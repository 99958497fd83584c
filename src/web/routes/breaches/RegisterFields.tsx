import { Checkbox, Group, NativeSelect, NumberInput, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../core/locale.js';
import { useBreachLocale } from './format.js';

/** Several choices from a fixed list (checkboxes), labelled from the breach content. */
export function ChoiceGroup<K extends string>(props: { label: string; keys: readonly K[]; labels: Record<K, LocalizedText>; value: K[]; onChange: (value: K[]) => void; error?: string; description?: string }) {
  const { text } = useBreachLocale();
  return (
    <Checkbox.Group label={props.label} description={props.description} value={props.value} onChange={(v) => props.onChange(props.keys.filter((k) => v.includes(k)))} error={props.error}>
      <Group mt="xs" gap="sm">
        {props.keys.map((k) => (
          <Checkbox key={k} value={k} label={text(props.labels[k])} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

/** One choice from a fixed list, or not (yet) known. */
export function OneOf<K extends string>(props: {
  label: string;
  keys: readonly K[];
  labels: Record<K, LocalizedText>;
  value: K | null;
  onChange: (value: K | null) => void;
  error?: string;
  /** What "nothing chosen" means here; "not known yet" unless said otherwise. */
  emptyLabel?: string;
}) {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  return (
    <NativeSelect
      label={props.label}
      value={props.value ?? ''}
      onChange={(e) => props.onChange((e.currentTarget.value || null) as K | null)}
      data={[{ value: '', label: props.emptyLabel ?? t('breaches.register.notKnown') }, ...props.keys.map((k) => ({ value: k, label: text(props.labels[k]) }))]}
      error={props.error}
    />
  );
}

/** Yes, no, or not (yet) known. */
export function YesNo(props: { label: string; value: boolean | null; onChange: (value: boolean | null) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={props.label}
      value={props.value === null ? '' : props.value ? 'yes' : 'no'}
      onChange={(e) => props.onChange(e.currentTarget.value === '' ? null : e.currentTarget.value === 'yes')}
      data={[
        { value: '', label: t('breaches.register.notKnown') },
        { value: 'yes', label: t('breaches.yes') },
        { value: 'no', label: t('breaches.no') },
      ]}
      error={props.error}
    />
  );
}

/** A count; empty means not known. */
export function CountInput(props: { label: string; value: number | null; onChange: (value: number | null) => void; error?: string }) {
  return <NumberInput label={props.label} min={0} allowDecimal={false} hideControls value={props.value ?? ''} onChange={(v) => props.onChange(typeof v === 'number' ? v : null)} error={props.error} />;
}

/** Free text, pointing at the patient-data warning of the form. */
export function FreeText(props: { label: string; value: string; onChange: (value: string) => void; warningId: string; error?: string; line?: boolean }) {
  const common = { label: props.label, value: props.value, error: props.error, 'aria-describedby': props.warningId };
  return props.line ? (
    <TextInput {...common} onChange={(e) => props.onChange(e.currentTarget.value)} />
  ) : (
    <Textarea {...common} onChange={(e) => props.onChange(e.currentTarget.value)} autosize minRows={2} />
  );
}
