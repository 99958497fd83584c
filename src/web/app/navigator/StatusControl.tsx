import { Group, Radio } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBSTEP_STATUSES, type SubstepStatus } from '#core/steps.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useSetStatus } from '../../queries/programme.queries.js';

/**
 * The sub-step's status as three labelled radio buttons; a choice shows at once and is saved.
 * "Done" stays unavailable while the worksheet lacks something (the server refuses it too).
 */
export function StatusControl(props: { programmeId: string; substepKey: string; status: SubstepStatus; canWork: boolean; blocked: boolean }) {
  const { t } = useTranslation();
  const setStatus = useSetStatus(props.programmeId, props.substepKey);
  const [status, setLocal] = useState(props.status);
  const change = (value: string) => {
    const next = value as SubstepStatus;
    setLocal(next);
    setStatus.mutate(next, { onError: () => setLocal(props.status) });
  };
  return (
    <>
      <ErrorAlert error={setStatus.error} />
      <Radio.Group
        label={t('navigator.statusLabel')}
        description={props.blocked && status !== 'done' ? t('worksheets.doneBlocked') : undefined}
        value={status}
        onChange={change}
      >
        <Group mt="xs">
          {SUBSTEP_STATUSES.map((s) => (
            <Radio key={s} value={s} label={t(`common.status.${s}`)} disabled={!props.canWork || (s === 'done' && props.blocked && status !== 'done')} />
          ))}
        </Group>
      </Radio.Group>
    </>
  );
}
