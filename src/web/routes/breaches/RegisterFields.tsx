import { Checkbox, Group, NativeSelect, NumberInput, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '#core/locale.js';
import type { BreachRegister } from '#core/breach/register.js';
import { fromWallClockInput, toWallClockInput, useBreachLocale } from './format.js';

/** Several choices from a fixed list (checkboxes), labelled from the breach content. */
export function ChoiceGroup<K extends string>(props: {
  id?: string;
  label: string;
  keys: readonly K[];
  labels: Record<K, LocalizedText>;
  value: K[];
  onChange: (value: K[]) => void;
  error?: string;
  description?: string;
}) {
  const { text } = useBreachLocale();
  return (
    <Checkbox.Group
      id={props.id}
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(v) => props.onChange(props.keys.filter((k) => v.includes(k)))}
      error={props.error}
    >
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
  id?: string;
  label: string;
  keys: readonly K[];
  labels: Record<K, LocalizedText>;
  value: K | null;
  onChange: (value: K | null) => void;
  error?: string;
  /** What "nothing chosen" means here; "not known yet" unless said otherwise. */
  emptyLabel?: string;
  description?: string;
}) {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  return (
    <NativeSelect
      id={props.id}
      label={props.label}
      description={props.description}
      value={props.value ?? ''}
      onChange={(e) => props.onChange((e.currentTarget.value || null) as K | null)}
      data={[{ value: '', label: props.emptyLabel ?? t('breaches.register.notKnown') }, ...props.keys.map((k) => ({ value: k, label: text(props.labels[k]) }))]}
      error={props.error}
    />
  );
}

/** Yes, no, or not (yet) known. */
export function YesNo(props: {
  id?: string;
  label: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
  error?: string;
  description?: string;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      id={props.id}
      label={props.label}
      description={props.description}
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
export function CountInput(props: {
  id?: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string;
  description?: string;
}) {
  return (
    <NumberInput
      id={props.id}
      label={props.label}
      description={props.description}
      min={0}
      allowDecimal={false}
      hideControls
      value={props.value ?? ''}
      onChange={(v) => props.onChange(typeof v === 'number' ? v : null)}
      error={props.error}
    />
  );
}

/** Free text, pointing at the patient-data warning of the form. */
export function FreeText(props: {
  id?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  warningId: string;
  error?: string;
  line?: boolean;
  description?: string;
}) {
  const common = {
    id: props.id,
    label: props.label,
    description: props.description,
    value: props.value,
    error: props.error,
    'aria-describedby': props.warningId,
  };
  return props.line ? (
    <TextInput {...common} onChange={(e) => props.onChange(e.currentTarget.value)} />
  ) : (
    <Textarea {...common} onChange={(e) => props.onChange(e.currentTarget.value)} autosize minRows={2} />
  );
}

/** The id of a register field's input, so the proposal's reasons can link to the fact they rest on. */
export const registerFieldId = (field: string) => `breach-field-${field}`;

/** A moment, typed and shown on the Amsterdam clock and kept as an ISO moment; empty means not known. */
export function MomentInput(props: {
  id?: string;
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  description?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="datetime-local"
      id={props.id}
      label={props.label}
      description={props.description ?? t('breaches.timeZoneHint')}
      required={props.required}
      value={props.value ? toWallClockInput(props.value) : ''}
      onChange={(e) => props.onChange(fromWallClockInput(e.currentTarget.value) ?? null)}
      error={props.error}
    />
  );
}

/** What a part of the register form gets from the form: the entry, a setter per field, and the API's message per field. */
export interface RegisterPartProps {
  value: BreachRegister;
  set: <K extends keyof BreachRegister>(key: K) => (value: BreachRegister[K]) => void;
  error: (field: string) => string | undefined;
  /** The id of the form's patient-data warning, which free-text fields point at. */
  warningId: string;
}
