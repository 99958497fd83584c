import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LOCALE, type Locale } from '../../../core/locale.js';
import { SLUG_PATTERN } from '../api.js';
import { Notice } from '../Notice.js';
import { Topbar } from '../Topbar.js';
import { loadCheck, type CheckLoad } from './api.js';
import { CheckForm } from './CheckForm.js';
import { KNOWLEDGE_TEXTS } from './texts.js';

type View = { kind: 'loading' } | CheckLoad;

/**
 * A knowledge check for staff (`/k/<slug>`): no account, no storage, no cookies. The answers live
 * in memory until they are sent; the feedback comes back with the answer.
 */
export function KnowledgeCheckPage({ slug }: { slug: string }) {
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  const [view, setView] = useState<View>(() => (SLUG_PATTERN.test(slug) ? { kind: 'loading' } : { kind: 'notFound' }));
  const t = KNOWLEDGE_TEXTS[locale];

  const load = useCallback(() => {
    if (!SLUG_PATTERN.test(slug)) return;
    setView({ kind: 'loading' });
    let cancelled = false;
    void loadCheck(slug, locale).then((result) => {
      if (!cancelled) setView(result);
    });
    return () => {
      cancelled = true;
    };
    // The check holds both languages, so switching language does not reload it.
  }, [slug]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => load(), [load]);

  const check = view.kind === 'ok' ? view.check : null;
  const heading = check ? check.title : view.kind === 'notFound' ? t.notFoundTitle : view.kind === 'failed' ? t.loadFailedTitle : t.documentTitle;
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${heading} – ${t.brand}`;
  }, [locale, heading, t.brand]);

  return (
    <>
      <Topbar brand={t.brand} languageLabel={t.languageLabel} locale={locale} onLocale={setLocale} />
      <main className="page" id="main">
        {view.kind === 'loading' && (
          <p className="loading" role="status">
            {t.loading}
          </p>
        )}
        {view.kind === 'notFound' && (
          <Notice title={t.notFoundTitle} level={1}>
            <p>{t.notFoundBody}</p>
          </Notice>
        )}
        {view.kind === 'failed' && (
          <Notice title={t.loadFailedTitle} level={1}>
            <p>{t.loadFailedBody}</p>
            <button type="button" className="button" onClick={load}>
              {t.retry}
            </button>
          </Notice>
        )}
        {check && (
          <>
            <h1 className="title">{check.title}</h1>
            {check.status === 'open' ? (
              <CheckForm check={check} slug={slug} locale={locale} t={t} />
            ) : (
              <Notice title={t.closedTitle} level={2}>
                <p>{t.closedBody}</p>
              </Notice>
            )}
          </>
        )}
      </main>
    </>
  );
}
