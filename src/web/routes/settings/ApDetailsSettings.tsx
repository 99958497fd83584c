import { Alert, Button, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApDetails } from '../../../core/breach/ap-details.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { patch } from '../../lib/api.js';

const FIELDS = ['address', 'kvkNumber', 'sector', 'dpoRegistrationNumber', 'contactName', 'contactEmail', 'contactPhone'] as const satisfies readonly (keyof ApDetails)[];

/**
 * The organisation's details for the AP's notification form (chapter 3) and the contact point in
 * letters to the people involved: entered once here instead of for every breach.
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
          {save.isSuccess && <Alert color="green">{t('common.saved')}</Alert>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {FIELDS.map((field) => (
              <TextInput
                key={field}
                label={t(`settings.apDetails.${field}`)}
                type={field === 'contactEmail' ? 'email' : field === 'contactPhone' ? 'tel' : 'text'}
                value={details[field]}
                onChange={(e) => setDetails({ ...details, [field]: e.currentTarget.value })}
                error={fieldError(save.error, `apDetails.${field}`)}
              />
            ))}
          </SimpleGrid>
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('settings.apDetails.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
