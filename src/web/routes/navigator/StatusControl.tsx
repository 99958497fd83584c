import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SUBSTEP_STATUSES, type SubstepStatus } from '../../../core/steps.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useSetStatus } from './queries.js';

/** The sub-step's status as three labelled radio buttons; a choice is saved at once. */
export function StatusControl(props: { programmeId: string; substepKey: string; status: SubstepStatus; canWork: boolean }) {
  const { t } = useTranslation();
  const setStatus = useSetStatus(props.programmeId, props.substepKey);
  return (
    <>
      <ErrorAlert error={setStatus.error} />
      <Radio.Group label={t('navigator.statusLabel')} value={props.status} onChange={(v) => setStatus.mutate(v as SubstepStatus)}>
        <Group mt="xs">
          {SUBSTEP_STATUSES.map((s) => (
            <Radio key={s} value={s} label={t(`common.status.${s}`)} disabled={!props.canWork || setStatus.isPending} />
          ))}
        </Group>
      </Radio.Group>
    </>
  );
}
