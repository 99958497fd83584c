import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, type Locale } from '../../core/locale.js';
import { inLocale } from '../../core/survey/in-locale.js';
import { loadQuestionnaire, SLUG_PATTERN, type LoadResult, type Questionnaire } from './api.js';
import { Notice } from './Notice.js';
import { SurveyForm } from './SurveyForm.js';
import { TEXTS, type Texts } from './texts.js';
import { Topbar } from './Topbar.js';

type View = { kind: 'loading' } | LoadResult;

/**
 * The anonymous survey page for staff: no account, no router, no component library. Nothing is
 * stored in the browser; the answers live in memory until they are sent.
 */
export function RespondPage({ slug, token }: { slug: string; token: string | null }) {
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  const [view, setView] = useState<View>(() => (SLUG_PATTERN.test(slug) ? { kind: 'loading' } : { kind: 'notFound' }));
  const t = TEXTS[locale];

  const load = useCallback(() => {
    if (!SLUG_PATTERN.test(slug)) return;
    setView({ kind: 'loading' });
    let cancelled = false;
    void loadQuestionnaire(slug, locale).then((result) => {
      if (!cancelled) setView(result);
    });
    return () => {
      cancelled = true;
    };
    // The questionnaire holds both languages, so switching language does not reload it.
  }, [slug]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => load(), [load]);

  const survey = view.kind === 'ok' ? view.survey : null;
  const heading = survey ? survey.title : view.kind === 'notFound' ? t.notFoundTitle : view.kind === 'failed' ? t.loadFailedTitle : t.documentTitle;

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
        {survey && <SurveyView survey={survey} slug={slug} token={token} locale={locale} t={t} />}
      </main>
    </>
  );
}

function SurveyView({ survey, slug, token, locale, t }: { survey: Questionnaire; slug: string; token: string | null; locale: Locale; t: Texts }) {
  const intro = inLocale(survey.intro, locale);
  let body: ReactNode;
  if (survey.status !== 'open') {
    body = (
      <Notice title={t.closedTitle} level={2}>
        <p>{t.closedBody}</p>
      </Notice>
    );
  } else if (!survey.linkEnabled && !token) {
    body = (
      <Notice title={t.invitationNeededTitle} level={2}>
        <p>{t.invitationNeededBody}</p>
      </Notice>
    );
  } else {
    body = (
      <>
        {intro && <p className="intro">{intro}</p>}
        <p className="anonymity">{t.anonymity}</p>
        <SurveyForm survey={survey} slug={slug} token={token} locale={locale} t={t} />
      </>
    );
  }
  return (
    <>
      <h1 className="title">{survey.title}</h1>
      {body}
    </>
  );
}
