import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale } from '#core/locale.js';
import { changeLanguage } from '../i18n/index.js';
import { patch } from '../lib/api.js';

/** Toggles Dutch/English; a logged-in user's choice is also kept with their account. */
export function LanguageSwitch({ loggedIn }: { loggedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const next: Locale = i18n.language === 'en' ? 'nl' : 'en';
  const change = async () => {
    await changeLanguage(next);
    if (loggedIn) await patch('/api/auth/me', { locale: next }).catch(() => undefined);
  };
  return (
    <Button variant="default" size="xs" onClick={() => void change()} title={t('common.languageSwitch')} lang={next}>
      {t('common.languageSwitchShort')}
    </Button>
  );
}
