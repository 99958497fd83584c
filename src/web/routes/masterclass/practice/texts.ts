import { ROLEPLAY_ROLE_TEXT } from '#content/masterclass/roles.js';
import type { RoleplayRole } from '#core/masterclass/roleplay.js';
import { useLocale } from '#web/lib/combText.js';
import { sessionStart } from '../format.js';

/** The role names from the content (src/content/masterclass/roles.ts) and when a round started, on the Amsterdam clock. */
export function usePracticeText() {
  const locale = useLocale();
  return {
    locale,
    role: (role: RoleplayRole) => ROLEPLAY_ROLE_TEXT[role].label[locale],
    when: (iso: string) => sessionStart(iso, locale),
  };
}
