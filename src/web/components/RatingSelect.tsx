import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { parseRating, ratingValue } from '../lib/rows.js';

/** A 1–5 rating, or "not rated"; a native select, so it works the same with keyboard and screen reader. */
export function RatingSelect(props: {
  label: string;
  description?: string;
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  readOnly: boolean;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={props.label}
      description={props.description}
      value={ratingValue(props.value)}
      onChange={(e) => props.onChange(parseRating(e.currentTarget.value))}
      disabled={props.readOnly}
      error={props.error}
      data={[{ value: '', label: t('worksheets.notRated') }, ...['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))]}
    />
  );
}
