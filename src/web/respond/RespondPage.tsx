import { useState, type ReactNode } from 'react';
import { DEFAULT_LOCALE, type Locale } from '#core/locale.js';
import { inLocale } from '#core/survey/in-locale.js';
import { loadPreview, loadQuestionnaire, submitResponse, type Questionnaire } from './api.js';
import { Notice } from './Notice.js';
import { PublicPage, usePublicLoad } from './PublicPage.js';
import { SurveyForm, type SendAnswers } from './SurveyForm.js';
import { TEXTS, type Texts } from './texts.js';

/**
 * Where the page's survey comes from: a respondent's link (with the invitation's token, if any),
 * or the team's preview of one, which shows the same page but sends nothing.
 */
export type SurveySource = { kind: 'link'; slug: string; token: string | null } | { kind: 'preview'; programmeId: string; surveyId: string };

/**
 * The anonymous survey page for staff: no account, no router, no component library. Nothing is
 * stored in the browser; the answers live in memory until they are sent.
 */
export function RespondPage({ source }: { source: SurveySource }) {
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  const { view, reload } = usePublicLoad(source.kind === 'link' ? source.slug : source.surveyId, (key) =>
    source.kind === 'link' ? loadQuestionnaire(key, locale) : loadPreview(source.programmeId, key, locale),
  );
  const t = TEXTS[locale];
  const survey = view.kind === 'ok' ? view.survey : null;
  return (
    <PublicPage texts={t} locale={locale} onLocale={setLocale} title={survey?.title ?? t.documentTitle} view={view} reload={reload}>
      {survey && <SurveyView survey={survey} source={source} locale={locale} t={t} />}
    </PublicPage>
  );
}

function SurveyView({ survey, source, locale, t }: { survey: Questionnaire; source: SurveySource; locale: Locale; t: Texts }) {
  const intro = inLocale(survey.intro, locale);
  // A preview shows the questions whatever the survey's status, and sends nothing.
  const send: SendAnswers | null =
    source.kind === 'link'
      ? (answers, groups) => submitResponse(source.slug, { ...(source.token ? { token: source.token } : {}), answers, groups }, locale)
      : null;
  let body: ReactNode;
  if (source.kind === 'link' && survey.status !== 'open') {
    body = (
      <Notice title={t.closedTitle} level={2}>
        <p>{t.closedBody}</p>
      </Notice>
    );
  } else if (source.kind === 'link' && !survey.linkEnabled && !source.token) {
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
        <SurveyForm survey={survey} send={send} locale={locale} t={t} />
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
