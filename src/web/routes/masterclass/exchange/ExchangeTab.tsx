import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { Loading } from '#web/components/Loading.js';
import { Section } from '#web/components/Section.js';
import { useExchange } from '#web/queries/masterclass-exchange.queries.js';
import type { CohortDetail } from '#web/queries/masterclass.queries.js';
import { ExchangeFigures } from './ExchangeFigures.js';
import { ExchangeItemCard } from './ExchangeItemCard.js';
import { PublishExchange } from './PublishExchange.js';

/**
 * The masterclass's exchange (issue 21, point 6): what the organisations published, for everyone who
 * reads the cohort; the duo shares an intervention here; the figures across organisations only
 * from the minimum number of organisations (the server leaves smaller counts out).
 */
export function ExchangeTab({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const exchange = useExchange(cohort.id);
  const data = exchange.data;
  return (
    <Stack gap="lg">
      <Text size="sm" maw={820}>
        {t('mcExchange.intro')}
      </Text>
      <ErrorAlert error={exchange.error} />
      {exchange.isPending && <Loading />}
      {data && (
        <>
          {cohort.you.trainer && !data.canCopy && !data.canPublish && (
            <Text size="sm" maw={820}>
              {t('mcExchange.readOnly')}
            </Text>
          )}
          {(data.canPublish || (cohort.you.participant && !cohort.running)) && <PublishExchange cohort={cohort} canPublish={data.canPublish} />}
          <Section id="exchange-items" title={t('mcExchange.items.title')}>
            {data.items.length === 0 ? (
              <Text size="sm">{t('mcExchange.items.empty')}</Text>
            ) : (
              <Stack gap="sm">
                <Text size="sm">{t('mcExchange.items.count', { count: data.items.length })}</Text>
                {data.items.map((item) => (
                  <ExchangeItemCard key={item.id} cohortId={cohort.id} item={item} canCopy={data.canCopy} />
                ))}
              </Stack>
            )}
          </Section>
          <ExchangeFigures figures={data.figures} min={data.minOrganisations} />
        </>
      )}
    </Stack>
  );
}
