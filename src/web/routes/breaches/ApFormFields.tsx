import { Checkbox, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ONGOING_LABELS } from '#content/breach.js';
import type { Notifier } from '#core/breach/register.js';
import { ONGOING_ANSWERS } from '#core/breach/report.js';
import { useSession } from '../../lib/session.js';
import { useFieldLabel } from './format.js';
import { FreeText, MomentInput, OneOf, registerFieldId, type RegisterPartProps } from './RegisterFields.js';

const NOTIFIER_FIELDS = [
  ['name', 'notifierName'],
  ['function', 'notifierFunction'],
  ['phone', 'notifierPhone'],
  ['email', 'notifierEmail'],
] as const satisfies readonly (readonly [keyof Notifier, string])[];

/**
 * What the AP's form asks beyond the facts of the breach (chapters 3, 4 and 10): whether it still
 * goes on, whether its start is certain, when the people will be informed, and who notifies. Left
 * empty, the notifier is the officer at work (the AP form marks that as derived).
 */
export function ApFormFields({ value, set, error, warningId }: RegisterPartProps) {
  const { t } = useTranslation();
  const session = useSession().data;
  const officer = session?.authenticated ? session.user : null;
  const label = useFieldLabel();
  const named = (field: string) => ({ id: registerFieldId(field), label: label(field) });
  const setNotifier = (key: keyof Notifier) => (v: string) => set('notifier')({ ...value.notifier, [key]: v });
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OneOf {...named('ongoing')} keys={ONGOING_ANSWERS} labels={ONGOING_LABELS} value={value.ongoing} onChange={set('ongoing')} error={error('ongoing')} />
        <MomentInput
          {...named('subjectsInformPlannedFor')}
          value={value.subjectsInformPlannedFor}
          onChange={set('subjectsInformPlannedFor')}
          error={error('subjectsInformPlannedFor')}
        />
      </SimpleGrid>
      <Checkbox
        {...named('startedAtExact')}
        checked={value.startedAtExact}
        onChange={(e) => set('startedAtExact')(e.currentTarget.checked)}
        error={error('startedAtExact')}
      />
      {officer && <Text size="sm">{t('breaches.register.notifierHint', { name: officer.name, email: officer.email })}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {NOTIFIER_FIELDS.map(([key, field]) => (
          <FreeText
            key={key}
            line
            {...named(field)}
            value={value.notifier[key]}
            onChange={setNotifier(key)}
            warningId={warningId}
            error={error(`notifier.${key}`)}
          />
        ))}
      </SimpleGrid>
    </>
  );
}
