import { Button, Paper, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApDetails } from '#core/breach/ap-details.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { patch } from '../../lib/api.js';

type TextField = Exclude<keyof ApDetails, 'cbwApplies'>;

/** The fields in groups: the AP form's, then the FG and the complaints officer the letter names, each with a heading. */
const GROUPS: { heading: 'dpo' | 'complaints' | null; fields: readonly TextField[] }[] = [
  { heading: null, fields: ['address', 'kvkNumber', 'sector', 'dpoRegistrationNumber', 'contactName', 'contactEmail', 'contactPhone'] },
  { heading: 'dpo', fields: ['dpoName', 'dpoEmail', 'dpoPhone'] },
  { heading: 'complaints', fields: ['complaintsName', 'complaintsEmail', 'complaintsPhone', 'complaintsUrl'] },
];
const inputType = (field: TextField) => (field.endsWith('Email') ? 'email' : field.endsWith('Phone') ? 'tel' : field.endsWith('Url') ? 'url' : 'text');

/**
 * The organisation's details for the AP's notification form (chapter 3), the contact points in
 * letters to the people involved, and whether the Cyberbeveiligingswet applies: entered once here
 * instead of for every breach.
 */
export function ApDetailsSettings({ stored }: { stored: ApDetails }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [details, setDetails] = useState<ApDetails>(stored);
  useEffect(() => setDetails(stored), [stored]);
  const save = useMutation({
    mutationFn: () => patch('/api/organisation', { apDetails: details }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['organisation'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ap-details-title" style={{ maxWidth: 560 }}>
      <Title order={2} size="h4" id="ap-details-title" mb="xs">
        {t('settings.apDetails.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('settings.apDetails.intro')}</Text>
          <ErrorAlert error={save.error} />
          {GROUPS.map(({ heading, fields }) => (
            <Stack key={heading ?? 'ap'} gap="xs">
              {heading && (
                <>
                  <Title order={3} size="h5" mt="sm">
                    {t(`settings.apDetails.${heading}.title`)}
                  </Title>
                  <Text size="sm">{t(`settings.apDetails.${heading}.hint`)}</Text>
                </>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {fields.map((field) => (
                  <TextInput
                    key={field}
                    label={t(`settings.apDetails.${field}`)}
                    type={inputType(field)}
                    value={details[field]}
                    onChange={(e) => setDetails({ ...details, [field]: e.currentTarget.value })}
                    error={fieldError(save.error, `apDetails.${field}`)}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          ))}
          <Switch
            mt="sm"
            label={t('settings.apDetails.cbwApplies')}
            description={t('settings.apDetails.cbwAppliesHint')}
            checked={details.cbwApplies}
            onChange={(e) => setDetails({ ...details, cbwApplies: e.currentTarget.checked })}
          />
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('settings.apDetails.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
