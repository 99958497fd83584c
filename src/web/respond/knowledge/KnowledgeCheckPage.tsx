import { useState } from 'react';
import { DEFAULT_LOCALE, type Locale } from '#core/locale.js';
import { Notice } from '../Notice.js';
import { PublicPage, usePublicLoad } from '../PublicPage.js';
import { loadCheck } from './api.js';
import { CheckForm } from './CheckForm.js';
import { KNOWLEDGE_TEXTS } from './texts.js';

/**
 * A knowledge check for staff (`/k/<slug>`): no account, no storage, no cookies. The answers live
 * in memory until they are sent; the feedback comes back with the answer.
 */
export function KnowledgeCheckPage({ slug }: { slug: string }) {
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  const { view, reload } = usePublicLoad(slug, (s) => loadCheck(s, locale));
  const t = KNOWLEDGE_TEXTS[locale];
  const check = view.kind === 'ok' ? view.check : null;

  return (
    <PublicPage texts={t} locale={locale} onLocale={setLocale} title={check?.title ?? t.documentTitle} view={view} reload={reload}>
      {check && (
        <>
          <h1 className="title">{check.title}</h1>
          <p className="organisation">{check.organisation}</p>
          {check.status === 'open' ? (
            <CheckForm check={check} slug={slug} locale={locale} t={t} />
          ) : (
            <Notice title={t.closedTitle} level={2}>
              <p>{t.closedBody}</p>
            </Notice>
          )}
        </>
      )}
    </PublicPage>
  );
}
