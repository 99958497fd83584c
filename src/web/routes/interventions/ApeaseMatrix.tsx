import { Badge, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { APEASE_CRITERIA } from '#core/interventions/apease.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';
import { parseRating, ratingValue } from '../../lib/rows.js';
import { useInterventionText } from '../../lib/interventionText.js';
import type { Candidate, Rate } from '../../queries/interventions.queries.js';
import { TeamSpread } from './TeamSpread.js';

const CAPTION_ID = 'apease-matrix-caption';

/**
 * The first column stays in view while a narrow screen scrolls the criteria sideways; above the
 * cells' selects (whose chevrons sit at z-index 1), with a line where the cells slide under it.
 */
const STICKY: CSSProperties = {
  position: 'sticky',
  left: 0,
  zIndex: 2,
  background: 'var(--mantine-color-body)',
  boxShadow: 'inset -1px 0 0 var(--mantine-color-gray-4)',
  minWidth: 150,
};

/**
 * 4.3 as the team knows it from its sheet: the shortlist down, the six APEASE criteria across. Each
 * cell shows the team's spread and, for a core-team member, their own score, saved as it is chosen.
 */
export function ApeaseMatrix({
  candidates,
  canWork,
  rate,
  format,
}: {
  candidates: Candidate[];
  canWork: boolean;
  rate: Rate;
  format: (n: number | null) => string;
}) {
  const { t } = useTranslation();
  const { criterion } = useInterventionText();

  return (
    <Stack gap="xs">
      <ScrollRegion labelledBy={CAPTION_ID}>
        <Table withTableBorder withColumnBorders captionSide="top" miw={820} verticalSpacing={6} horizontalSpacing={8}>
          <Table.Caption id={CAPTION_ID} style={{ textAlign: 'left' }}>
            {t('interventions.apease.matrixCaption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={STICKY}>
                {t('interventions.apease.intervention')}
              </Table.Th>
              {APEASE_CRITERIA.map((k) => (
                <Table.Th key={k} scope="col" fz="xs" style={{ verticalAlign: 'bottom' }}>
                  {criterion(k)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row" style={{ ...STICKY, verticalAlign: 'top' }}>
                  <Text size="sm" fw={600}>
                    {c.title}
                  </Text>
                  <Group gap={4} mt={4}>
                    <Text size="xs">
                      {c.apease.overall === null ? t('interventions.apease.notRated') : t('interventions.apease.overall', { value: format(c.apease.overall) })}
                    </Text>
                    {c.decision && (
                      <Badge size="xs" color="dark" variant={c.decision === 'chosen' ? 'filled' : 'outline'}>
                        {t(`interventions.apease.${c.decision}`)}
                      </Badge>
                    )}
                  </Group>
                </Table.Th>
                {c.apease.criteria.map((x) => (
                  <Table.Td key={x.criterion} style={{ verticalAlign: 'top' }}>
                    <Stack gap={6}>
                      <TeamSpread view={x} concern={c.apease.concerns.includes(x.criterion)} format={format} />
                      {canWork && (
                        <MyScore
                          name={t('interventions.apease.myScore', { criterion: criterion(x.criterion), title: c.title })}
                          value={c.myRating?.[x.criterion] ?? null}
                          onChange={(score) => rate.change(c.id, { [x.criterion]: score })}
                        />
                      )}
                    </Stack>
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <Text size="sm">{t('interventions.apease.legend')}</Text>
      {candidates.some((c) => c.apease.disagreements.length > 0) && <Text size="sm">{t('interventions.apease.disagreeHint')}</Text>}
      {canWork && <Text size="sm">{t('interventions.apease.legendMine')}</Text>}
      <ErrorAlert error={rate.error} />
    </Stack>
  );
}

/** The member's own score in a cell: "You" on screen, and which intervention and criterion to a screen reader. */
function MyScore({ name, value, onChange }: { name: string; value: number | null; onChange: (score: number | null) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" fw={600} aria-hidden>
        {t('interventions.apease.you')}
      </Text>
      <NativeSelect
        size="xs"
        w={58}
        aria-label={name}
        value={ratingValue(value)}
        onChange={(e) => onChange(parseRating(e.currentTarget.value))}
        data={[{ value: '', label: '–' }, ...['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))]}
      />
    </Group>
  );
}
