import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Locale } from '#core/locale.js';
import { SLUG_PATTERN } from './api.js';
import { Notice } from './Notice.js';
import { Topbar } from './Topbar.js';

/** What every staff page says while it loads its link's content, or when that fails. */
export interface PublicPageTexts {
  brand: string;
  languageLabel: string;
  loading: string;
  notFoundTitle: string;
  notFoundBody: string;
  loadFailedTitle: string;
  loadFailedBody: string;
  retry: string;
}

type Failure = { kind: 'notFound' } | { kind: 'failed' };
export type PublicView<R> = { kind: 'loading' } | R;

/**
 * Loads a staff page's content for its link once: a malformed slug is "not found" without asking
 * the server, and `reload` tries again after a failure. The content holds both languages (or the
 * texts are on this side), so switching language does not reload. `onLoaded` sees each result.
 */
export function usePublicLoad<R extends { kind: string }>(
  slug: string,
  load: (slug: string) => Promise<R | Failure>,
  onLoaded?: (result: R | Failure) => void,
) {
  const [view, setView] = useState<PublicView<R | Failure>>(() => (SLUG_PATTERN.test(slug) ? { kind: 'loading' } : { kind: 'notFound' }));
  // The latest callbacks, without making them reasons to load again.
  const latest = useRef({ load, onLoaded });
  latest.current = { load, onLoaded };

  const reload = useCallback(() => {
    if (!SLUG_PATTERN.test(slug)) return;
    setView({ kind: 'loading' });
    let cancelled = false;
    void latest.current.load(slug).then((result) => {
      if (cancelled) return;
      latest.current.onLoaded?.(result);
      setView(result);
    });
    return () => {
      cancelled = true;
    };
  }, [slug]);

  useEffect(() => reload(), [reload]);
  return { view, reload };
}

/**
 * The frame of every staff page (survey, knowledge check, breach report): the brand and language
 * switch, the document's language and title, and the loading, not-found and failed states.
 * `children` is the page itself once its content is there.
 */
export function PublicPage(props: {
  texts: PublicPageTexts;
  locale: Locale;
  onLocale: (locale: Locale) => void;
  /** The page's name in the browser tab (before " – Wegwijs"). */
  title: string;
  view: PublicView<{ kind: string }>;
  reload: () => void;
  children: ReactNode;
}) {
  const { texts: t, locale, view } = props;
  // Framed, the page is the staff app's preview of a survey (only that may be framed): the dialog
  // around it has the banner and main landmarks already, so the page has no second ones.
  const framed = window.self !== window.top;
  const Main = framed ? 'div' : 'main';
  const title = view.kind === 'notFound' ? t.notFoundTitle : view.kind === 'failed' ? t.loadFailedTitle : props.title;
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${title} – ${t.brand}`;
  }, [locale, title, t.brand]);

  return (
    <>
      <Topbar brand={t.brand} languageLabel={t.languageLabel} locale={locale} onLocale={props.onLocale} framed={framed} />
      <Main className="page" id="main">
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
            <button type="button" className="button" onClick={props.reload}>
              {t.retry}
            </button>
          </Notice>
        )}
        {view.kind !== 'loading' && view.kind !== 'notFound' && view.kind !== 'failed' && props.children}
      </Main>
    </>
  );
}
