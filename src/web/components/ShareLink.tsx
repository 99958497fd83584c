import { Anchor, Button, CopyButton, Group, Image, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TextsWith } from '../i18n/keys.js';

/** How a link was handed out: its QR code downloaded as an image, or the link copied. */
export type ShareKind = 'png' | 'svg' | 'copy';

/**
 * A public link to hand out (survey, knowledge check, breach report form): the link to copy, its QR
 * code for posters and the QR code to download as PNG and SVG. `qr` is the API path without the
 * extension; `texts` is the i18n prefix holding `link`, `qrAlt`, `downloadPng` and `downloadSvg`;
 * `onShare` hears each copy or download, for a page that records it. The server names the
 * downloaded file (after the survey or check it is for).
 */
export function ShareLink({
  link,
  qr,
  texts,
  onShare,
}: {
  link: string;
  qr: string;
  texts: TextsWith<'link'> & TextsWith<'qrAlt'> & TextsWith<'downloadPng'> & TextsWith<'downloadSvg'>;
  onShare?: (how: ShareKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs">
        <TextInput label={t(`${texts}.link`)} value={link} readOnly style={{ flex: 1, minWidth: 240 }} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              onClick={() => {
                copy();
                onShare?.('copy');
              }}
            >
              {copied ? t('common.linkCopied') : t('common.copyLink')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Image src={`${qr}.svg`} alt={t(`${texts}.qrAlt`)} w={180} h={180} fit="contain" />
      <Group gap="md">
        <Anchor href={`${qr}.png`} download onClick={() => onShare?.('png')}>
          {t(`${texts}.downloadPng`)}
        </Anchor>
        <Anchor href={`${qr}.svg`} download onClick={() => onShare?.('svg')}>
          {t(`${texts}.downloadSvg`)}
        </Anchor>
      </Group>
    </Stack>
  );
}
