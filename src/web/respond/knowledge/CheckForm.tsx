import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import type { Locale } from '../../../core/locale.js';
import { inLocale } from '../../../core/survey/in-locale.js';
import type { SubmitError } from '../api.js';
import { SendErrorAlert } from '../SendErrorAlert.js';
import { submitCheck, type CheckFeedback, type PublicCheck } from './api.js';
import { FeedbackList } from './FeedbackList.js';
import type { KnowledgeTexts } from './texts.js';

type Props = { check: PublicCheck; slug: string; locale: Locale; t: KnowledgeTexts };

const fieldId = (key: string) => `s-${key}`;
const questionId = (key: string) => `s-${key}-question`;
const errorId = (key: string) => `s-${key}-error`;
const optionId = (key: string, index: number) => `s-${key}-${index}`;

/**
 * All situations on one page (quick to scroll on a phone), answered once and sent once; the
 * answer comes back with the feedback, which then replaces the form.
 */
export function CheckForm({ check, slug, locale, t }: Props) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [department, setDepartment] = useState<string | null>(null);
  /** The situations still open at the last submit attempt (shown in the summary until the next one). */
  const [missing, setMissing] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<SubmitError | null>(null);
  const [feedback, setFeedback] = useState<CheckFeedback | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0 && missing.length > 0) summaryRef.current?.focus();
  }, [attempt, missing.length]);

  if (feedback) return <FeedbackList check={check} feedback={feedback} locale={locale} t={t} />;

  const total = check.scenarios.length;
  const answered = check.scenarios.filter((s) => answers[s.key] !== undefined).length;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const open = check.scenarios.filter((s) => answers[s.key] === undefined).map((s) => s.key);
    setMissing(open);
    setAttempt((n) => n + 1);
    setSendError(null);
    if (open.length > 0) return;
    setSending(true);
    const result = await submitCheck(slug, { answers, department }, locale);
    setSending(false);
    if (result.ok) setFeedback(result.feedback);
    else setSendError(result.error);
  };

  const goTo = (event: MouseEvent<HTMLAnchorElement>, key: string) => {
    event.preventDefault();
    document.getElementById(optionId(key, 0))?.focus({ preventScroll: true });
    document.getElementById(fieldId(key))?.scrollIntoView({ block: 'start' });
  };
  const missingNow = new Set(missing.filter((key) => answers[key] === undefined));

  return (
    <form className="survey" noValidate onSubmit={onSubmit}>
      <p className="intro">{t.intro(total)}</p>
      <p className="anonymity">{t.anonymity}</p>
      {missing.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title" className="error-summary-title">
            {t.summaryTitle(missing.length)}
          </h2>
          <p>{t.summaryIntro}</p>
          <ul>
            {missing.map((key) => {
              const index = check.scenarios.findIndex((s) => s.key === key);
              return (
                <li key={key}>
                  <a href={`#${fieldId(key)}`} onClick={(e) => goTo(e, key)}>
                    {index + 1}. {inLocale(check.scenarios[index]!.situation, locale)}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {check.departments.length > 0 && (
        <fieldset className="question">
          <legend>{t.departmentLegend}</legend>
          <div className="options options-list">
            {check.departments.map((d) => (
              <label key={d.id} className="option">
                <input type="radio" name="department" checked={department === d.id} onChange={() => setDepartment(d.id)} />
                <span>{d.name}</span>
              </label>
            ))}
            <label className="option option-decline">
              <input type="radio" name="department" checked={department === null} onChange={() => setDepartment(null)} />
              <span>{t.preferNotToSay}</span>
            </label>
          </div>
        </fieldset>
      )}

      <section className="section" aria-labelledby="scenarios-heading">
        <h2 id="scenarios-heading">{t.scenariosHeading}</h2>
        {check.scenarios.map((s, index) => {
          const invalid = missingNow.has(s.key);
          return (
            <fieldset
              key={s.key}
              id={fieldId(s.key)}
              className={invalid ? 'question question-invalid' : 'question'}
              aria-describedby={[questionId(s.key), ...(invalid ? [errorId(s.key)] : [])].join(' ')}
            >
              <legend>
                <span className="item-number">
                  {index + 1}. {t.kinds[s.kind]}
                </span>{' '}
                {inLocale(s.situation, locale)}
              </legend>
              <p className="scenario-question" id={questionId(s.key)}>
                {inLocale(s.question, locale)}
              </p>
              {invalid && (
                <p className="field-error" id={errorId(s.key)}>
                  {t.itemRequired}
                </p>
              )}
              <div className="options options-list">
                {s.options.map((option, i) => (
                  <label key={i} className="option" htmlFor={optionId(s.key, i)}>
                    <input
                      type="radio"
                      id={optionId(s.key, i)}
                      name={fieldId(s.key)}
                      checked={answers[s.key] === i}
                      onChange={() => setAnswers((a) => ({ ...a, [s.key]: i }))}
                    />
                    <span>{inLocale(option, locale)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </section>

      <SendErrorAlert error={sendError} messages={sendError?.fields ?? []} title={t.sendFailedTitle} fallback={t.networkError} />

      <div className="submit-row">
        <p className="progress" aria-live="polite">
          {t.progress(answered, total)}
        </p>
        <button type="submit" className="button button-primary" disabled={sending}>
          {sending ? t.sending : t.submit}
        </button>
      </div>
    </form>
  );
}
