import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** ConfirmButton's dialog: a module of its own, as Mantine's modal is 12 kB of gzip that most pages load only when it opens. */
export function ConfirmDialog(props: {
  opened: boolean;
  onClose: () => void;
  onConfirm: () => void;
  busy: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  color?: ButtonProps['color'];
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text mb="md">{props.text}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onClose}>
          {t('common.cancel')}
        </Button>
        <Button color={props.color} loading={props.busy} onClick={props.onConfirm}>
          {props.confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
