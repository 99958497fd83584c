import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert.js';
import { PageTitle } from './PageTitle.js';

/**
 * A page whose own data could not be read (a programme that does not exist, or not for this user):
 * still the page's one h1 and a tab title of its own (WCAG 2.4.2), then what went wrong.
 */
export function PageError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('common.error')}</PageTitle>
      <ErrorAlert error={error} />
    </>
  );
}
