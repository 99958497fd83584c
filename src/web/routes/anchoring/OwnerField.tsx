import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/fieldError.js';
import { teamAccounts, useDirectory, type ProgrammeDetail } from '../../queries/programme.queries.js';

export interface Owner {
  userId: string | null;
  name: string;
}

/** Select values besides user ids (which are uuids, so these never clash). */
const NOBODY = '';
const OTHER = 'other';

/**
 * Who owns an item in the line: a colleague with an account, someone by name only, or nobody yet.
 * Colleagues come from the organisation's directory for those who may read it (the owner is often
 * outside the core team), else from the programme's team — as ActionForm picks an action holder.
 */
export function OwnerField({
  programme,
  value,
  onChange,
  error,
}: {
  programme: ProgrammeDetail;
  value: Owner;
  onChange: (owner: Owner) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const directory = useDirectory();
  const people = directory.data ?? teamAccounts(programme.team).map((m) => ({ id: m.userId, name: m.name }));
  // "Someone else" with the name still empty is a choice of its own, not "nobody": keep it locally.
  const [choice, setChoice] = useState(value.userId ?? (value.name ? OTHER : NOBODY));

  const options = people.map((p) => ({ value: p.id, label: p.name }));
  // A linked owner outside the list (left the team, or the directory is not readable) still shows as linked.
  if (value.userId && !people.some((p) => p.id === value.userId)) options.unshift({ value: value.userId, label: value.name });

  const choose = (next: string) => {
    setChoice(next);
    const person = next === NOBODY || next === OTHER ? undefined : options.find((o) => o.value === next);
    onChange(person ? { userId: person.value, name: person.label } : { userId: null, name: '' });
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <NativeSelect
        label={t('anchoring.form.owner')}
        value={choice}
        onChange={(e) => choose(e.currentTarget.value)}
        data={[{ value: NOBODY, label: t('anchoring.form.nobody') }, ...options, { value: OTHER, label: t('anchoring.form.someoneElse') }]}
        error={choice === OTHER ? undefined : (fieldError(error, 'owner.userId') ?? fieldError(error, 'owner.name'))}
      />
      {choice === OTHER && (
        <TextInput
          label={t('anchoring.form.ownerName')}
          value={value.name}
          onChange={(e) => onChange({ userId: null, name: e.currentTarget.value })}
          error={fieldError(error, 'owner.name') ?? fieldError(error, 'owner')}
        />
      )}
    </SimpleGrid>
  );
}
