import { Alert, Anchor, Button, Checkbox, Group, List, Stack, Table, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { AUDIENCES, revokedItems, SHARE_SCOPES, sharedItems, type Audience, type ShareItem } from '#core/masterclass/sharing.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Loading } from '../../components/Loading.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { Section } from '../../components/Section.js';
import { useLeaveCohort, useSharing, useUpdateSharing, type CohortDetail, type Sharing, type ShareSettings } from '../../queries/masterclass.queries.js';
import { opensAsPage, useItemName } from './items.js';

const nameOf = (item: ShareItem) => (item.kind === 'worksheet' ? item.substepKey : item.kind);

/** What was taken back from each audience by the last save, to say so. */
type Revoked = Record<Audience, string[]>;

/**
 * What the organisation shares with the cohort, per audience (trainers, the whole cohort), by scope
 * and by worksheet: its admin changes it, the duo reads it. Saving says what was taken back. The
 * admin can also leave the cohort here.
 */
export function SharingTab({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const sharing = useSharing(cohort.id);
  return (
    <Stack gap="lg">
      <ErrorAlert error={sharing.error} />
      {sharing.isPending && <Loading />}
      {sharing.data && <SharingForm key={sharing.data.participationId} cohort={cohort} sharing={sharing.data} />}
      {sharing.data && <Feedback cohort={cohort} sharing={sharing.data} />}
      {sharing.data?.manageSharing && <Leave cohort={cohort} />}
      {!sharing.data && !sharing.isPending && <Text size="sm">{t('masterclass.sharing.readOnly')}</Text>}
    </Stack>
  );
}

function SharingForm({ cohort, sharing }: { cohort: CohortDetail; sharing: Sharing }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  const update = useUpdateSharing(cohort.id);
  const [shares, setShares] = useState<ShareSettings>(sharing.shares);
  const [revoked, setRevoked] = useState<Revoked | null>(null);
  // Taking a share back works also after the cohort closed (participation.service.ts updateSharing).
  const editable = sharing.manageSharing;

  const has = (audience: Audience, name: string) => {
    const share = shares[audience];
    return (SHARE_SCOPES as readonly string[]).includes(name) ? (share.scopes as string[]).includes(name) : (share.worksheets as string[]).includes(name);
  };
  const toggle = (audience: Audience, name: string, on: boolean) => {
    setRevoked(null);
    setShares((current) => {
      const share = current[audience];
      const isScope = (SHARE_SCOPES as readonly string[]).includes(name);
      const list = (isScope ? share.scopes : share.worksheets) as string[];
      const next = on ? [...list, name] : list.filter((n) => n !== name);
      return { ...current, [audience]: isScope ? { ...share, scopes: next } : { ...share, worksheets: next } };
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const before = sharing.shares;
    update.mutate(shares, {
      onSuccess: (after) =>
        setRevoked({
          trainers: revokedItems(before, after.shares, 'trainers').map(nameOf),
          cohort: revokedItems(before, after.shares, 'cohort').map(nameOf),
        }),
    });
  };

  const row = (name: string) => (
    <Table.Tr key={name}>
      {/* Long words ("interventiefuncties") may break, so the table fits a phone without hiding a column. */}
      <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
        {itemName(name)}
      </Table.Th>
      {AUDIENCES.map((audience) => {
        // What the whole cohort sees, the trainers see too: shown as shared with them, not to be unticked there.
        const viaCohort = audience === 'trainers' && has('cohort', name);
        return (
          <Table.Td key={audience}>
            {editable ? (
              <Checkbox
                checked={has(audience, name) || viaCohort}
                disabled={viaCohort}
                onChange={(e) => toggle(audience, name, e.currentTarget.checked)}
                aria-label={t(audience === 'trainers' ? 'masterclass.sharing.withTrainers' : 'masterclass.sharing.withCohort', { item: itemName(name) })}
              />
            ) : (
              // Read only (the duo): a word rather than a greyed-out box that is hard to read.
              <Text size="sm">{t(has(audience, name) || viaCohort ? 'masterclass.sharing.shared' : 'masterclass.sharing.notShared')}</Text>
            )}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );

  return (
    <Section id="cohort-sharing" title={t('masterclass.sharing.title')}>
      <Stack gap="sm">
        <Text size="sm" maw={820}>
          {t('masterclass.sharing.intro')}
        </Text>
        <Text size="sm" maw={820} fw={600}>
          {t('masterclass.sharing.defaults')}
        </Text>
        <Text size="sm" maw={820}>
          {t('masterclass.sharing.revocable')}
        </Text>
        <Text size="sm" maw={820}>
          {t('masterclass.sharing.never')}
        </Text>
        <Text size="sm">
          {t('masterclass.sharing.programme', { title: sharing.programmeTitle })}
          <br />
          {t('masterclass.sharing.duo', { names: sharing.participants.map((p) => p.name).join(', ') })}
        </Text>
        {!sharing.manageSharing && <Text size="sm">{t('masterclass.sharing.readOnly')}</Text>}
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ScrollRegion labelledBy="sharing-caption">
              <Table captionSide="top" horizontalSpacing="xs" miw={300} maw={760}>
                <Table.Caption id="sharing-caption" style={{ textAlign: 'start' }}>
                  {t('masterclass.sharing.caption')}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('masterclass.sharing.item')}</Table.Th>
                    <Table.Th scope="col">{t('masterclass.sharing.trainers')}</Table.Th>
                    <Table.Th scope="col">{t('masterclass.sharing.cohort')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th scope="rowgroup" colSpan={3} bg="gray.1">
                      {t('masterclass.sharing.scopesGroup')}
                    </Table.Th>
                  </Table.Tr>
                  {SHARE_SCOPES.map(row)}
                </Table.Tbody>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th scope="rowgroup" colSpan={3} bg="gray.1">
                      {t('masterclass.sharing.worksheetsGroup')}
                    </Table.Th>
                  </Table.Tr>
                  {sharing.shareableWorksheets.map(row)}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
            {revoked && (
              <Alert color="green" role="status">
                {revoked.trainers.length + revoked.cohort.length === 0 ? (
                  t('masterclass.sharing.nothingRevoked')
                ) : (
                  <>
                    {t('masterclass.sharing.revoked')}
                    <List size="sm" mt={4}>
                      {AUDIENCES.filter((audience) => revoked[audience].length > 0).map((audience) => (
                        <List.Item key={audience}>
                          {t(`masterclass.sharing.revokedFrom.${audience}`, { items: revoked[audience].map(itemName).join(', ') })}
                        </List.Item>
                      ))}
                    </List>
                  </>
                )}
              </Alert>
            )}
            <ErrorAlert error={update.error} />
            {editable && (
              <Group>
                <Button type="submit" loading={update.isPending}>
                  {t('masterclass.sharing.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Stack>
    </Section>
  );
}

/** The shared worksheets and plan van aanpak draft, each with the trainers' comments to read and answer. */
function Feedback({ cohort, sharing }: { cohort: CohortDetail; sharing: Sharing }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  const items = sharedItems(sharing.shares, 'trainers').map(nameOf).filter(opensAsPage);
  return (
    <Section id="cohort-feedback" title={t('masterclass.sharing.feedbackTitle')}>
      {items.length === 0 ? (
        <Text size="sm">{t('masterclass.sharing.feedbackNone')}</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t('masterclass.sharing.feedbackIntro')}</Text>
          <List size="sm" spacing={4}>
            {items.map((item) => (
              <List.Item key={item}>
                <Anchor component={Link} to={`/masterclass/${cohort.id}/p/${sharing.participationId}/${item}`} size="sm">
                  {itemName(item)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Section>
  );
}

function Leave({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const leave = useLeaveCohort(cohort.id);
  return (
    <Section id="cohort-leave" title={t('masterclass.leave.title')}>
      <Text size="sm" mb="sm">
        {t('masterclass.leave.intro')}
      </Text>
      <ErrorAlert error={leave.error} />
      <ConfirmButton
        label={t('masterclass.leave.button')}
        title={t('masterclass.leave.confirmTitle')}
        text={t('masterclass.leave.confirmText')}
        confirmLabel={t('masterclass.leave.confirm')}
        color="red"
        variant="outline"
        onConfirm={() => leave.mutateAsync().then(() => navigate('/masterclass'))}
      />
    </Section>
  );
}
