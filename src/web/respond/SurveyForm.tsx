import { useState } from 'react';
import { SCALE_LABELS } from '#content/comb.js';
import type { Locale } from '#core/locale.js';
import { DONT_KNOW } from '#core/survey/dont-know.js';
import { inLocale } from '#core/survey/in-locale.js';
import { OptionalChoice, SubmitRow, useAnswerForm } from './answer-form.js';
import type { Questionnaire, SubmitResult } from './api.js';
import { ErrorSummary } from './ErrorSummary.js';
import { Notice } from './Notice.js';
import type { Texts } from './texts.js';

/** Sends one response: the answers per statement and the groups chosen. */
export type SendAnswers = (answers: Record<string, number>, groups: Record<string, string | null>) => Promise<SubmitResult>;

/** `send` null: the team's preview, where the form works but nothing can be sent. */
type Props = { survey: Questionnaire; send: SendAnswers | null; locale: Locale; t: Texts };

const itemFieldId = (itemId: string) => `q-${itemId}`;
const itemErrorId = (itemId: string) => `q-${itemId}-error`;
const itemOptionId = (itemId: string, value: number) => `q-${itemId}-${value}`;

/** The questionnaire itself: after a successful send the form is gone. */
export function SurveyForm({ survey, send, locale, t }: Props) {
  const [groups, setGroups] = useState<Record<string, string | null>>({});
  const form = useAnswerForm(
    survey.items.map((i) => i.id),
    send && ((answers) => send(answers, groups)),
  );

  if (form.sent) {
    return (
      <Notice title={t.thanksTitle} level={2} focus>
        <p>{t.thanksBody}</p>
      </Notice>
    );
  }

  const labels = SCALE_LABELS[survey.scale];
  const summary = form.missing.flatMap((id) => {
    const index = survey.items.findIndex((i) => i.id === id);
    return index < 0 ? [] : [{ target: itemOptionId(id, 1), label: `${index + 1}. ${inLocale(survey.items[index]!.text, locale)}` }];
  });

  return (
    <form className="survey" noValidate onSubmit={form.onSubmit}>
      <ErrorSummary title={t.summaryTitle(summary.length)} intro={t.summaryIntro} items={summary} attempt={form.attempt} />

      {survey.groups.length > 0 && (
        <section className="section" aria-labelledby="groups-heading">
          <h2 id="groups-heading">{t.groupsHeading}</h2>
          <p className="hint">{t.groupsIntro}</p>
          {survey.groups.map((group) => (
            <OptionalChoice
              key={group.id}
              name={`g-${group.id}`}
              legend={inLocale(group.question, locale)}
              options={group.options.map((o) => ({ id: o.id, label: inLocale(o.label, locale) }))}
              value={group.id in groups ? groups[group.id] : undefined}
              onChange={(value) => setGroups((g) => ({ ...g, [group.id]: value }))}
              declineLabel={t.preferNotToSay}
            />
          ))}
        </section>
      )}

      <section className="section" aria-labelledby="statements-heading">
        <h2 id="statements-heading">{t.statementsHeading}</h2>
        <p className="hint">{t.statementsIntro}</p>
        {survey.items.map((item, index) => {
          const invalid = form.missingNow.has(item.id);
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
                {labels.map((label, i) => (
                  <Choice key={i} form={form} itemId={item.id} value={i + 1} label={inLocale(label, locale)} />
                ))}
              </div>
              {/* Part of the same radio group, set apart below the scale: it is no point on it. */}
              <div className="options options-dont-know">
                <Choice form={form} itemId={item.id} value={DONT_KNOW} label={t.dontKnow} className="option option-decline" />
              </div>
            </fieldset>
          );
        })}
      </section>

      <SubmitRow form={form} total={survey.items.length} t={t} previewNote={send ? undefined : t.previewNoSend} />
    </form>
  );
}

/** One answer to a statement: a point of the scale or "weet ik niet", all in the statement's radio group. */
function Choice(props: {
  form: { answers: Record<string, number>; choose: (itemId: string, value: number) => void };
  itemId: string;
  value: number;
  label: string;
  className?: string;
}) {
  const { form, itemId, value } = props;
  return (
    <label className={props.className ?? 'option'} htmlFor={itemOptionId(itemId, value)}>
      <input
        type="radio"
        id={itemOptionId(itemId, value)}
        name={itemFieldId(itemId)}
        value={value}
        checked={form.answers[itemId] === value}
        onChange={() => form.choose(itemId, value)}
      />
      <span>{props.label}</span>
    </label>
  );
}
