import { useState } from 'react';
import type { Locale } from '#core/locale.js';
import { inLocale } from '#core/survey/in-locale.js';
import { OptionalChoice, SubmitRow, useAnswerForm } from '../answer-form.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { submitCheck, type PublicCheck } from './api.js';
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
  const [department, setDepartment] = useState<string | null>(null);
  const form = useAnswerForm(
    check.scenarios.map((s) => s.key),
    (answers) => submitCheck(slug, { answers, department }, locale),
  );

  if (form.sent) return <FeedbackList check={check} feedback={form.sent.feedback} locale={locale} t={t} />;

  const total = check.scenarios.length;
  const summary = form.missing.flatMap((key) => {
    const index = check.scenarios.findIndex((s) => s.key === key);
    const s = check.scenarios[index];
    return s ? [{ target: optionId(key, s.order[0]!), label: `${index + 1}. ${inLocale(s.situation, locale)}` }] : [];
  });

  return (
    <form className="survey" noValidate onSubmit={form.onSubmit}>
      <p className="intro">{t.intro(total)}</p>
      <p className="anonymity">{t.anonymity}</p>
      <ErrorSummary title={t.summaryTitle(summary.length)} intro={t.summaryIntro} items={summary} attempt={form.attempt} />

      {check.departments.length > 0 && (
        <OptionalChoice
          name="department"
          legend={t.departmentLegend}
          options={check.departments.map((d) => ({ id: d.id, label: d.name }))}
          value={department}
          onChange={setDepartment}
          declineLabel={t.preferNotToSay}
        />
      )}

      <section className="section" aria-labelledby="scenarios-heading">
        <h2 id="scenarios-heading">{t.scenariosHeading}</h2>
        {check.scenarios.map((s, index) => {
          const invalid = form.missingNow.has(s.key);
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
              {/* Shown in the check's own order; the answer is the option's index in the content. */}
              <div className="options options-list">
                {s.order.map((i) => (
                  <label key={i} className="option" htmlFor={optionId(s.key, i)}>
                    <input
                      type="radio"
                      id={optionId(s.key, i)}
                      name={fieldId(s.key)}
                      checked={form.answers[s.key] === i}
                      onChange={() => form.choose(s.key, i)}
                    />
                    <span>{inLocale(s.options[i]!, locale)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          );
        })}
      </section>

      <SubmitRow form={form} total={total} t={t} />
    </form>
  );
}
