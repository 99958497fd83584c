import { useTranslation } from 'react-i18next';
import { SHARE_SCOPES, type ShareScope } from '#core/masterclass/sharing.js';
import type { SubstepKey } from '#core/steps.js';
import { useLocalized } from '../../lib/localized.js';
import { SUBSTEP_TITLES } from '../../lib/substepTitles.js';

const isScope = (name: string): name is ShareScope => (SHARE_SCOPES as readonly string[]).includes(name);

/**
 * The name of something a programme shares: a scope ("Voortgang per stap") or a worksheet
 * ("Werkblad 2.3 Doelgedrag bepalen"). 'plan' names the plan van aanpak draft, as comments do.
 */
export function useItemName() {
  const { t } = useTranslation();
  const l = useLocalized();
  return (name: string) =>
    isScope(name) ? t(`masterclass.scopes.${name}`) : t('masterclass.worksheetItem', { key: name, title: l(SUBSTEP_TITLES[name as SubstepKey]) });
}

/** Items that have a page of their own in the cohort (a worksheet, or the plan's feedback thread). */
export const opensAsPage = (name: string) => name === 'plan' || !isScope(name);

/**
 * The scopes another organisation's page shows besides worksheets and the plan, by their address
 * (/masterclass/:id/p/:participationId/<page>), each read through its own API route.
 */
export const SCOPE_PAGES = { interventions: 'interventions', kpis: 'kpis', 'survey-results': 'surveyResults' } as const satisfies Record<string, ShareScope>;
export type ScopePage = keyof typeof SCOPE_PAGES;
export const isScopePage = (key: string): key is ScopePage => Object.hasOwn(SCOPE_PAGES, key);

/**
 * Where a shared item of another organisation can be read: its page's last path segment, or null for
 * what only the board shows (progress, check-in dates). The diagnosis is worksheet 3.4
 * (core/masterclass/sharing.ts SCOPE_WORKSHEETS).
 */
export function pageOf(name: string): string | null {
  if (!isScope(name)) return name;
  if (name === 'plan') return 'plan';
  if (name === 'diagnosis') return '3.4';
  return (Object.keys(SCOPE_PAGES) as ScopePage[]).find((page) => SCOPE_PAGES[page] === name) ?? null;
}
