import { List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isCombFactor } from '#core/comb.js';
import type { LocalizedText } from '#core/locale.js';
import {
  EVIDENCE_SOURCE_LABELS,
  FINDING_KIND_LABELS,
  PROBLEM_SOURCE_LABELS,
  RESEARCH_METHOD_LABELS,
  STAKEHOLDER_STRATEGY_LABELS,
} from '#content/worksheet-labels.js';
import { useCombText } from '#web/lib/combText.js';
import { keyUnder } from '../../i18n/keys.js';

/** Fixed choices stored as codes, by the field that holds them: shown with the words the worksheets use (src/content/worksheet-labels.ts). */
const CHOICES: Record<string, Record<string, LocalizedText>> = {
  kind: FINDING_KIND_LABELS,
  sources: EVIDENCE_SOURCE_LABELS,
  source: PROBLEM_SOURCE_LABELS,
  methods: RESEARCH_METHOD_LABELS,
  strategy: STAKEHOLDER_STRATEGY_LABELS,
};

/** Keys that only tie rows together; they mean nothing to a reader. */
const HIDDEN = new Set(['id']);

/** "targetGroup" → "Target group": a field without a name of its own in worksheets.fieldNames. */
const spelledOut = (key: string) => {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A worksheet's fields as a reader sees them, whatever the worksheet: names from the worksheets'
 * field names (worksheets.fieldNames, "meetings_title" for a field inside "meetings"), lists as lists,
 * rows as numbered groups. For trainers who read a shared worksheet without the team's form.
 */
export function FieldsView({ value }: { value: unknown }) {
  return <Value value={value} parent={null} />;
}

function Value({ value, parent }: { value: unknown; parent: string | null }): ReactNode {
  const { t, i18n } = useTranslation();
  const { locale, factorName } = useCombText();
  /** A stored code in words: a COM-B factor by its name, a fixed choice of its field by its label. */
  const word = (code: string) => (isCombFactor(code) ? factorName(code) : (CHOICES[parent ?? '']?.[code]?.[locale] ?? code));
  const label = (key: string) => {
    const candidates = [parent && `${parent}_${key}`, key].filter((k): k is string => Boolean(k));
    const known = candidates.find((k) => i18n.exists(`worksheets.fieldNames.${k}`));
    return known ? t(keyUnder('worksheets.fieldNames', known)) : spelledOut(key);
  };
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return (
      <Text size="sm" c="dimmed" span>
        {t('masterclass.shared.empty')}
      </Text>
    );
  }
  if (typeof value === 'string')
    return (
      <Text size="sm" span style={{ whiteSpace: 'pre-line' }}>
        {value}
      </Text>
    );
  if (typeof value === 'number')
    return (
      <Text size="sm" span>
        {String(value)}
      </Text>
    );
  if (typeof value === 'boolean')
    return (
      <Text size="sm" span>
        {t(value ? 'masterclass.shared.yes' : 'masterclass.shared.no')}
      </Text>
    );
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null))
      return (
        <Text size="sm" span>
          {value.map((v) => (typeof v === 'string' ? word(v) : String(v))).join(', ')}
        </Text>
      );
    return (
      <List type="ordered" size="sm" spacing="xs">
        {value.map((row, i) => (
          <List.Item key={i}>
            <Value value={row} parent={parent} />
          </List.Item>
        ))}
      </List>
    );
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => !HIDDEN.has(key));
    return (
      <dl style={{ margin: 0, display: 'grid', gap: 6 }}>
        {entries.map(([key, inner]) => (
          <div key={key}>
            <Text component="dt" size="sm" fw={700}>
              {label(key)}
            </Text>
            <Text component="dd" size="sm" m={0} ml="md" style={{ overflowWrap: 'anywhere' }}>
              <Value value={inner} parent={key} />
            </Text>
          </div>
        ))}
      </dl>
    );
  }
  return null;
}
