import { Button, Modal, Text, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Survey } from '../../queries/surveys.queries.js';

/** A common phone's width and height in CSS pixels: the frame shows the page as staff will see it there. */
const PHONE = { width: 390, height: 740 };

/**
 * Escape closes the dialog also while the focus is inside the frame, whose key presses never reach
 * this document. The frame is our own origin, so its window is ours to listen to; each page it loads
 * is a new window, hence on every load. A key the page inside used itself (defaultPrevented) stays there.
 */
function closeOnEscapeIn(frame: HTMLIFrameElement, close: () => void) {
  try {
    frame.contentWindow?.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    });
  } catch {
    // A page of another origin (a link followed inside the frame, or the browser's error page for one
    // that refuses framing) may not be listened to: there Escape needs a Tab out of the frame first.
  }
}

/**
 * "Bekijk als medewerker": the survey's own staff page (the respond entry, /voorbeeld/…) in a
 * phone-sized frame, also for a draft. The page is the one staff get, so the preview cannot drift
 * from it; it sends nothing. On a phone the dialog takes the whole screen.
 */
export function SurveyPreviewButton({ programmeId, survey }: { programmeId: string; survey: Pick<Survey, 'id' | 'title'> }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  const theme = useMantineTheme();
  const onPhone = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`) ?? false;
  const frame = onPhone ? { width: '100%', height: 'calc(100dvh - 10rem)' } : { width: PHONE.width, height: `min(${PHONE.height}px, 75vh)` };

  return (
    <>
      <Button size="xs" variant="default" aria-label={t('surveys.actionFor', { action: t('surveys.actions.preview'), title: survey.title })} onClick={open}>
        {t('surveys.actions.preview')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        size="auto"
        fullScreen={onPhone}
        title={t('surveys.preview.title', { title: survey.title })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text size="sm" mb="sm" maw={PHONE.width}>
          {t('surveys.preview.intro')}
        </Text>
        <iframe
          src={`/voorbeeld/${programmeId}/${survey.id}`}
          onLoad={(event) => closeOnEscapeIn(event.currentTarget, close)}
          title={t('surveys.preview.frame', { title: survey.title })}
          style={{ ...frame, display: 'block', boxSizing: 'content-box', border: '1px solid var(--mantine-color-gray-6)', borderRadius: 8 }}
        />
      </Modal>
    </>
  );
}
