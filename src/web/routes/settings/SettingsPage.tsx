import { Button, NativeSelect, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationSettings } from '#contract/organisation.js';
import type { Locale } from '#core/locale.js';
import { DEFAULT_SECTOR, type Sector } from '#core/sector.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { fieldError } from '../../components/fieldError.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SectorChoice } from '../../components/SectorChoice.js';
import { get, patch } from '../../lib/api.js';
import { useScrollToFragment } from '../../lib/scroll-to-fragment.js';
import { SESSION_KEY } from '../../lib/session.js';
import { ApDetailsSettings } from './ApDetailsSettings.js';
import { BreachReportLink } from './BreachReportLink.js';
import { DataSettings } from './DataSettings.js';
import { MailCheck } from './MailCheck.js';
import { SsoSettings } from './SsoSettings.js';

export function SettingsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const organisation = useQuery({ queryKey: ['organisation'], queryFn: () => get<OrganisationSettings>('/api/organisation') });
  const [form, setForm] = useState({
    name: '',
    minGroupSize: 5,
    defaultLocale: 'nl' as Locale,
    sector: DEFAULT_SECTOR as Sector,
    breachReportRequiresLogin: false,
    surveyInvitationsPerDay: 500 as number | '',
  });
  useEffect(() => {
    const o = organisation.data?.organisation;
    if (o)
      setForm({
        name: o.name,
        minGroupSize: o.minGroupSize,
        defaultLocale: o.defaultLocale,
        sector: o.sector,
        breachReportRequiresLogin: o.breachReportRequiresLogin,
        surveyInvitationsPerDay: o.surveyInvitationsPerDay,
      });
  }, [organisation.data]);
  const invitations = organisation.data?.surveyInvitations;
  // The first-run checklist links to the report link's and the AP details' sections.
  useScrollToFragment(organisation.isSuccess);
  const save = useMutation({
    // An emptied limit stays as it was (0 turns invitations off, so it must be typed).
    mutationFn: () =>
      patch('/api/organisation', { ...form, surveyInvitationsPerDay: form.surveyInvitationsPerDay === '' ? undefined : form.surveyInvitationsPerDay }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['organisation'] }), client.invalidateQueries({ queryKey: SESSION_KEY })]),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <Stack>
      <form onSubmit={submit} noValidate style={{ maxWidth: 560 }}>
        <PageTitle>{t('settings.pageTitle')}</PageTitle>
        <Stack>
          <ErrorAlert error={organisation.error ?? save.error} />
          <TextInput
            label={t('settings.name')}
            required
            value={form.name}
            onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
            error={fieldError(save.error, 'name')}
          />
          <NumberInput
            label={t('settings.minGroupSize')}
            description={t('settings.minGroupSizeHint')}
            min={3}
            max={50}
            value={form.minGroupSize}
            onChange={(v) => setForm({ ...form, minGroupSize: Number(v) })}
            error={fieldError(save.error, 'minGroupSize')}
          />
          <NativeSelect
            label={t('settings.defaultLocale')}
            value={form.defaultLocale}
            onChange={(e) => setForm({ ...form, defaultLocale: e.currentTarget.value as Locale })}
            data={[
              { value: 'nl', label: 'Nederlands' },
              { value: 'en', label: 'English' },
            ]}
          />
          <Text size="sm">{t('settings.defaultLocaleHint')}</Text>
          <SectorChoice
            value={form.sector}
            onChange={(sector) => setForm({ ...form, sector })}
            description={`${t('common.sector.hint')} ${t('settings.sectorHint')}`}
            error={fieldError(save.error, 'sector')}
          />
          <NumberInput
            label={t('settings.surveyInvitationsPerDay')}
            description={t('settings.surveyInvitationsPerDayHint', { max: invitations?.max ?? '…' })}
            min={0}
            max={invitations?.max}
            allowDecimal={false}
            value={form.surveyInvitationsPerDay}
            onChange={(v) => setForm({ ...form, surveyInvitationsPerDay: v === '' ? '' : Number(v) })}
            error={fieldError(save.error, 'surveyInvitationsPerDay')}
          />
          {invitations && (
            <Text size="sm">
              {t('settings.surveyInvitationsToday', { used: invitations.usedToday, perDay: invitations.perDay, remaining: invitations.remaining })}
            </Text>
          )}
          {organisation.data && (
            <BreachReportLink url={organisation.data.breachReportUrl}>
              <Switch
                label={t('settings.breachReport.requiresLogin')}
                description={t('settings.breachReport.requiresLoginHint')}
                checked={form.breachReportRequiresLogin}
                onChange={(e) => setForm({ ...form, breachReportRequiresLogin: e.currentTarget.checked })}
              />
            </BreachReportLink>
          )}
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
      {organisation.data && <ApDetailsSettings stored={organisation.data.organisation.apDetails} />}
      <SsoSettings />
      <MailCheck />
      <DataSettings />
    </Stack>
  );
}
