import { Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Asks before the problem chosen in 1.1 replaces the programme's written problem (issue 18): both
 * texts shown, the team chooses. Closing the dialog saves nothing.
 */
export function ProblemReplaceDialog(props: { opened: boolean; current: string; proposed: string; onChoose: (replace: boolean) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const text = (label: string, value: string) => (
    <div>
      <Text size="sm" fw={700}>
        {label}
      </Text>
      <Paper withBorder p="xs" mt={4}>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
          {value}
        </Text>
      </Paper>
    </div>
  );
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('worksheets.problems.replaceTitle')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="sm">
        <Text size="sm">{t('worksheets.problems.replaceIntro')}</Text>
        {text(t('worksheets.problems.replaceCurrent'), props.current)}
        {text(t('worksheets.problems.replaceProposed'), props.proposed)}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => props.onChoose(false)}>
            {t('worksheets.problems.replaceKeep')}
          </Button>
          <Button onClick={() => props.onChoose(true)}>{t('worksheets.problems.replaceUse')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
