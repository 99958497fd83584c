import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ConfirmButton } from '#web/components/ConfirmButton.js';
import { ErrorAlert } from '#web/components/ErrorAlert.js';
import { useCombText } from '#web/lib/combText.js';
import { useDay } from '#web/lib/day.js';
import { useInterventionText } from '#web/lib/interventionText.js';
import { useValueFormat } from '#web/lib/measurement-format.js';
import { useCopyExchange, useWithdrawExchange, type ExchangeItem } from '#web/queries/masterclass-exchange.queries.js';
import { Fact, Facts } from '../Facts.js';
import { toDateAndTime } from '../format.js';

/**
 * One published intervention with its context and, when measured, its effect as the publishing
 * organisation measured it (their figure, said so). Others copy it into their own library; the
 * publishing organisation can withdraw it.
 */
export function ExchangeItemCard({ cohortId, item, canCopy }: { cohortId: string; item: ExchangeItem; canCopy: boolean }) {
  const { t } = useTranslation();
  const day = useDay();
  const { factorName } = useCombText();
  const { fnName, behaviour, effort } = useInterventionText();
  const copy = useCopyExchange(cohortId);
  const withdraw = useWithdrawExchange(cohortId);
  const titleId = `exchange-item-${item.id}`;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" align="flex-start" wrap="wrap">
          <Title order={3} size="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Title>
          {item.mine && (
            <Badge variant="light" color="blue" tt="none" style={{ flexShrink: 0 }}>
              {t('mcExchange.items.yours')}
            </Badge>
          )}
        </Group>
        <Facts>
          <Fact label={t('mcExchange.items.organisation')}>{item.organisationName}</Fact>
          <Fact label={t('mcExchange.items.setting')}>{t(`common.sector.options.${item.setting}`)}</Fact>
          <Fact label={t('mcExchange.items.targetBehaviour')}>{behaviour(item.targetBehaviour)}</Fact>
          <Fact label={t('mcExchange.items.behaviour')}>{item.behaviour}</Fact>
          <Fact label={t('mcExchange.items.barrier')}>{factorName(item.barrier)}</Fact>
          <Fact label={t('mcExchange.items.functions')}>{item.functions.map(fnName).join(', ')}</Fact>
          <Fact label={t('mcExchange.items.effort')}>{effort(item.effort)}</Fact>
          <Fact label={t('mcExchange.items.published')}>{day(toDateAndTime(item.publishedAt).date)}</Fact>
        </Facts>
        <div>
          <Text size="sm" fw={700}>
            {t('mcExchange.items.whatWeDid')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} maw={820}>
            {item.whatWeDid}
          </Text>
        </div>
        <Effect item={item} />
        {item.copiedBy !== null && <Text size="sm">{t('mcExchange.items.copiedBy', { count: item.copiedBy })}</Text>}
        <ErrorAlert error={copy.error ?? withdraw.error} />
        <Actions item={item} canCopy={canCopy} copy={() => copy.mutate(item.id)} copying={copy.isPending} withdraw={() => withdraw.mutateAsync(item.id)} />
      </Stack>
    </Paper>
  );
}

/** The effect as the organisation published it: "as measured by <organisation>: before → after unit", and that it is their figure. */
function Effect({ item }: { item: ExchangeItem }) {
  const { t } = useTranslation();
  const format = useValueFormat();
  const effect = item.effect;
  const heading = (
    <Text size="sm" fw={700}>
      {t('mcExchange.items.effect')}
    </Text>
  );
  if (!effect)
    return (
      <div>
        {heading}
        <Text size="sm">{t('mcExchange.items.notMeasured')}</Text>
      </div>
    );
  const withUnit = (n: number) => (effect.unit ? `${format(n)} ${effect.unit}` : format(n));
  return (
    <div>
      {heading}
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {t('mcExchange.items.measuredBy', { organisation: item.organisationName, measure: effect.measure })}
      </Text>
      <Text size="sm" fw={600}>
        {t('mcExchange.items.change', { before: withUnit(effect.before), after: withUnit(effect.after) })}
      </Text>
      <Text size="sm" fs="italic" maw={820}>
        {t('mcExchange.items.ownFigure')}
      </Text>
    </div>
  );
}

function Actions(props: { item: ExchangeItem; canCopy: boolean; copy: () => void; copying: boolean; withdraw: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { item } = props;
  const mayCopy = props.canCopy && !item.mine && !item.copiedByMe;
  if (!mayCopy && !item.copiedByMe && !item.canWithdraw) return null;
  return (
    <Group gap="sm">
      {mayCopy && (
        <Button variant="light" onClick={props.copy} loading={props.copying} aria-label={t('mcExchange.items.copyFor', { title: item.title })}>
          {t('mcExchange.items.copy')}
        </Button>
      )}
      {item.copiedByMe && (
        <>
          <Badge color="green" variant="light" tt="none" size="lg">
            ✓ {t('mcExchange.items.copied')}
          </Badge>
          <Anchor component={Link} to="/library" size="sm">
            {t('mcExchange.items.toLibrary')}
          </Anchor>
        </>
      )}
      {item.canWithdraw && (
        <ConfirmButton
          label={t('mcExchange.items.withdraw')}
          ariaLabel={t('mcExchange.items.withdrawFor', { title: item.title })}
          title={t('mcExchange.items.withdrawTitle')}
          text={t('mcExchange.items.withdrawText', { title: item.title })}
          confirmLabel={t('mcExchange.items.withdrawConfirm')}
          color="red"
          variant="outline"
          onConfirm={props.withdraw}
        />
      )}
    </Group>
  );
}
