import { useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { SCALE_LABELS } from '../../content/comb.js';
import type { Locale } from '../../core/locale.js';
import { inLocale } from '../../core/survey/in-locale.js';
import { submitResponse, type Questionnaire, type SubmitError } from './api.js';
import { Notice } from './Notice.js';
import { SendErrorAlert } from './SendErrorAlert.js';
import type { Texts } from './texts.js';

type Props = { survey: Questionnaire; slug: string; token: string | null; locale: Locale; t: Texts };

const itemFieldId = (itemId: string) => `q-${itemId}`;
const itemErrorId = (itemId: string) => `q-${itemId}-error`;
const itemOptionId = (itemId: string, value: number) => `q-${itemId}-${value}`;

/**
 * The questionnaire itself. Answers live in this component's state only (no storage, no autosave)
 * and are sent once, on submit; after a successful send the form is gone.
 */
export function SurveyForm({ survey, slug, token, locale, t }: Props) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [groups, setGroups] = useState<Record<string, string | null>>({});
  /** The statements still open at the last submit attempt (shown in the summary until the next one). */
  const [missing, setMissing] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<SubmitError | null>(null);
  const [sent, setSent] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const total = survey.items.length;
  const answered = survey.items.filter((i) => answers[i.id] !== undefined).length;

  useEffect(() => {
    if (attempt > 0 && missing.length > 0) summaryRef.current?.focus();
  }, [attempt, missing.length]);

  if (sent) {
    return (
      <Notice title={t.thanksTitle} level={2} focus>
        <p>{t.thanksBody}</p>
      </Notice>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const open = survey.items.filter((i) => answers[i.id] === undefined).map((i) => i.id);
    setMissing(open);
    setAttempt((n) => n + 1);
    setSendError(null);
    if (open.length > 0) return;
    setSending(true);
    const result = await submitResponse(slug, { ...(token ? { token } : {}), answers, groups }, locale);
    setSending(false);
    if (result.ok) setSent(true);
    else setSendError(result.error);
  };

  const goTo = (event: MouseEvent<HTMLAnchorElement>, itemId: string) => {
    event.preventDefault();
    document.getElementById(itemOptionId(itemId, 1))?.focus({ preventScroll: true });
    document.getElementById(itemFieldId(itemId))?.scrollIntoView({ block: 'start' });
  };

  const missingNow = new Set(missing.filter((id) => answers[id] === undefined));
  const labels = SCALE_LABELS[survey.scale];

  return (
    <form className="survey" noValidate onSubmit={onSubmit}>
      {missing.length > 0 && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title" className="error-summary-title">
            {t.summaryTitle(missing.length)}
          </h2>
          <p>{t.summaryIntro}</p>
          <ul>
            {missing.map((id) => {
              const index = survey.items.findIndex((i) => i.id === id);
              const item = survey.items[index];
              if (!item) return null;
              return (
                <li key={id}>
                  <a href={`#${itemFieldId(id)}`} onClick={(e) => goTo(e, id)}>
                    {index + 1}. {inLocale(item.text, locale)}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      {survey.groups.length > 0 && (
        <section className="section" aria-labelledby="groups-heading">
          <h2 id="groups-heading">{t.groupsHeading}</h2>
          <p className="hint">{t.groupsIntro}</p>
          {survey.groups.map((group) => {
            const choice = group.id in groups ? groups[group.id] : undefined;
            const name = `g-${group.id}`;
            return (
              <fieldset key={group.id} className="question">
                <legend>{inLocale(group.question, locale)}</legend>
                <div className="options options-list">
                  {group.options.map((option) => (
                    <label key={option.id} className="option">
                      <input type="radio" name={name} checked={choice === option.id} onChange={() => setGroups((g) => ({ ...g, [group.id]: option.id }))} />
                      <span>{inLocale(option.label, locale)}</span>
                    </label>
                  ))}
                  <label className="option option-decline">
                    <input type="radio" name={name} checked={choice === null} onChange={() => setGroups((g) => ({ ...g, [group.id]: null }))} />
                    <span>{t.preferNotToSay}</span>
                  </label>
                </div>
              </fieldset>
            );
          })}
        </section>
      )}

      <section className="section" aria-labelledby="statements-heading">
        <h2 id="statements-heading">{t.statementsHeading}</h2>
        <p className="hint">{t.statementsIntro}</p>
        {survey.items.map((item, index) => {
          const invalid = missingNow.has(item.id);
          return (
            <fieldset
              key={item.id}
              id={itemFieldId(item.id)}
              className={invalid ? 'question question-invalid' : 'question'}
              aria-describedby={invalid ? itemErrorId(item.id) : undefined}
            >
              <legend>
                <span className="item-number">{index + 1}.</span> {inLocale(item.text, locale)}
              </legend>
              {invalid && (
                <p className="field-error" id={itemErrorId(item.id)}>
                  {t.itemRequired}
                </p>
              )}
              <div className={`options options-scale options-scale-${survey.scale}`}>
                {labels.map((label, i) => {
                  const value = i + 1;
                  return (
                    <label key={value} className="option" htmlFor={itemOptionId(item.id, value)}>
                      <input
                        type="radio"
                        id={itemOptionId(item.id, value)}
                        name={itemFieldId(item.id)}
                        value={value}
                        checked={answers[item.id] === value}
                        onChange={() => setAnswers((a) => ({ ...a, [item.id]: value }))}
                      />
                      <span>{inLocale(label, locale)}</span>
                    </label>
                  );
                })}
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
