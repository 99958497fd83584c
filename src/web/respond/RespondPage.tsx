import { useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, type Locale } from '../../core/locale.js';
import { inLocale } from '../../core/survey/in-locale.js';
import { loadQuestionnaire, type Questionnaire } from './api.js';
import { Notice } from './Notice.js';
import { PublicPage, usePublicLoad } from './PublicPage.js';
import { SurveyForm } from './SurveyForm.js';
import { TEXTS, type Texts } from './texts.js';

/**
 * The anonymous survey page for staff: no account, no router, no component library. Nothing is
 * stored in the browser; the answers live in memory until they are sent.
 */
export function RespondPage({ slug, token }: { slug: string; token: string | null }) {
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  const { view, reload } = usePublicLoad(slug, (s) => loadQuestionnaire(s, locale));
  const t = TEXTS[locale];
  const survey = view.kind === 'ok' ? view.survey : null;
  return (
    <PublicPage texts={t} locale={locale} onLocale={setLocale} title={survey?.title ?? t.documentTitle} view={view} reload={reload}>
      {survey && <SurveyView survey={survey} slug={slug} token={token} locale={locale} t={t} />}
    </PublicPage>
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
      <p className="organisation">{survey.organisation}</p>
      {body}
    </>
  );
}
