import { useEffect, useRef, useState } from 'react';
import { DEFAULT_LOCALE, type Locale } from '#core/locale.js';
import { allInSector } from '#core/sector.js';
import { Notice } from '../Notice.js';
import { PublicPage, usePublicLoad } from '../PublicPage.js';
import { loadReportForm, type ReportForm, type Reporter } from './api.js';
import { Confirmation } from './Confirmation.js';
import { emptyDraft, type Draft } from './draft.js';
import { ReportQuestions } from './ReportQuestions.js';
import { SelfCheck } from './SelfCheck.js';
import { BREACH_TEXTS, type BreachTexts } from './texts.js';

/**
 * The staff's breach report form behind the organisation's link (/melden/<slug>): first "is this a
 * data breach?", then the questions, then the reference. The answers stay in memory until sent.
 */
export function BreachReportPage({ slug }: { slug: string }) {
  const [locale, setLocale] = useState<Locale>(DEFAULT_LOCALE);
  /** Once the reporter picks a language, the organisation's default no longer applies. */
  const chosen = useRef(false);
  const { view, reload } = usePublicLoad(
    slug,
    (s) => loadReportForm(s, locale),
    (result) => {
      if ((result.kind === 'ok' || result.kind === 'loginRequired') && !chosen.current) setLocale(result.form.defaultLocale);
    },
  );
  const t = BREACH_TEXTS[locale];
  const chooseLocale = (l: Locale) => {
    chosen.current = true;
    setLocale(l);
  };

  return (
    <PublicPage texts={t} locale={locale} onLocale={chooseLocale} title={t.documentTitle} view={view} reload={reload}>
      {view.kind === 'loginRequired' && (
        <>
          <Heading form={view.form} t={t} />
          <Notice title={t.loginTitle} level={2}>
            <p>{t.loginBody}</p>
            <a className="button button-primary button-link" href="/login">
              {t.loginLink}
            </a>
          </Notice>
        </>
      )}
      {view.kind === 'ok' && <ReportFlow slug={slug} form={view.form} reporter={view.reporter} locale={locale} t={t} />}
    </PublicPage>
  );
}

function Heading({ form, t }: { form: ReportForm; t: BreachTexts }) {
  return (
    <>
      <h1 className="title">{t.title}</h1>
      <p className="organisation">{form.organisation}</p>
    </>
  );
}

type Step = 'check' | 'questions' | { sent: string };

function ReportFlow({ slug, form, reporter, locale, t: texts }: { slug: string; form: ReportForm; reporter: Reporter | null; locale: Locale; t: BreachTexts }) {
  // The form speaks of the organisation's own patiënten or cliënten, also in its warning against their data.
  const t = allInSector(texts, form.sector);
  const anonymity = <p className="anonymity">{t.introOpen}</p>;
  const [step, setStep] = useState<Step>('check');
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const stepRef = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  const change = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));
  const goTo = (next: Step) => {
    moved.current = true;
    setStep(next);
    window.scrollTo({ top: 0 });
  };
  // A new step starts at its top for keyboard and screen-reader users too (the confirmation focuses its own heading).
  useEffect(() => {
    if (moved.current && typeof step === 'string') stepRef.current?.focus();
  }, [step]);

  if (typeof step === 'object') {
    return (
      <>
        <Heading form={form} t={t} />
        <Confirmation reference={step.sent} locale={locale} t={t} />
      </>
    );
  }
  return (
    <>
      <Heading form={form} t={t} />
      <p className="step" tabIndex={-1} ref={stepRef}>
        {t.step(step === 'check' ? 1 : 2)}
      </p>
      <p className="intro">{t.intro}</p>
      {/* What is kept of the reporter she reads before she writes: her name, or that nothing about her is kept. */}
      {reporter ? <p className="anonymity">{t.loggedInAs(reporter.name)}</p> : step !== 'check' && anonymity}
      {step === 'check' ? (
        <SelfCheck
          answer={draft.isBreach}
          onAnswer={(isBreach) => change({ isBreach })}
          onNext={() => goTo('questions')}
          locale={locale}
          sector={form.sector}
          t={t}
        />
      ) : (
        <ReportQuestions
          slug={slug}
          reporter={reporter}
          draft={draft}
          onChange={change}
          onBack={() => goTo('check')}
          onSent={(reference) => {
            setDraft(emptyDraft());
            goTo({ sent: reference });
          }}
          locale={locale}
          t={t}
        />
      )}
      {/* On step 1 below the answer, so that on a phone the question and its answers fit on the first screen. */}
      {!reporter && step === 'check' && anonymity}
    </>
  );
}
