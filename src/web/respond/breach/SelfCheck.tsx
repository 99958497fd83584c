import { useState, type FormEvent } from 'react';
import { BREACH_EXAMPLES, DECISION_AID, NON_BREACH_EXAMPLES, SELF_CHECK_LABELS, type BreachExample } from '#content/breach.js';
import type { SelfCheckAnswer } from '#core/breach/report.js';
import type { Locale, LocalizedText } from '#core/locale.js';
import { inSector, type Sector } from '#core/sector.js';
import { choicesOf } from './draft.js';
import { ErrorSummary } from '../ErrorSummary.js';
import { ChoiceField, choiceId } from './fields.js';
import type { BreachTexts } from './texts.js';

const FIELD = 'f-isBreach';
const SELF_CHECK_ANSWERS = choicesOf(SELF_CHECK_LABELS);
/** The three test questions; the fourth ("Twijfel je?") is what the callout under the answer says. */
const TEST_QUESTIONS = DECISION_AID.filter((q) => q.key !== 'unsure');

/**
 * Step 1: "is this a data breach?" with the three test questions and the reporter's answer first, so
 * a nurse in a hurry has the question and its answers on her phone's first screen (issue 18, point
 * 7); the questions' explanations and the everyday examples fold open below for doubt.
 */
export function SelfCheck({
  answer,
  onAnswer,
  onNext,
  locale,
  sector,
  t,
}: {
  answer: SelfCheckAnswer | null;
  onAnswer: (a: SelfCheckAnswer) => void;
  onNext: () => void;
  locale: Locale;
  sector: Sector;
  t: BreachTexts;
}) {
  const [attempt, setAttempt] = useState(0);
  /** Content in the reporter's language and the organisation's word for whom it cares for. */
  const say = (text: LocalizedText) => inSector(text[locale], sector);
  const missing = attempt > 0 && answer === null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (answer !== null) onNext();
  };

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary
        title={t.summaryTitle(1)}
        intro={t.summaryIntro}
        attempt={attempt}
        items={missing ? [{ target: choiceId(FIELD, SELF_CHECK_ANSWERS[0]!), label: t.selfCheckLegend, message: t.selfCheckRequired }] : []}
      />
      <section className="section" aria-labelledby="check-heading">
        <h2 id="check-heading">{t.checkHeading}</h2>
        <p>{t.checkIntro}</p>
        <ol className="decision-aid">
          {TEST_QUESTIONS.map((q) => (
            <li key={q.key}>
              <strong>{say(q.question)}</strong>
            </li>
          ))}
        </ol>
      </section>

      <ChoiceField
        id={FIELD}
        label={t.selfCheckLegend}
        error={missing ? t.selfCheckRequired : undefined}
        hint={answer === 'no' ? t.selfCheckNo : undefined}
        choices={SELF_CHECK_ANSWERS.map((value) => ({ value, label: SELF_CHECK_LABELS[value][locale] }))}
        selected={answer ? [answer] : []}
        onToggle={onAnswer}
      />
      <p className="callout">{t.whenInDoubt}</p>
      {/* A native disclosure: keyboard and screen readers open it without script, and it says whether it is open. */}
      <details className="examples-all">
        <summary>{t.examplesToggle(BREACH_EXAMPLES.length + NON_BREACH_EXAMPLES.length)}</summary>
        <section aria-labelledby="aid-heading">
          <h3 id="aid-heading">{t.aidHeading}</h3>
          <ol className="decision-aid">
            {DECISION_AID.map((q) => (
              <li key={q.key}>
                <strong>{say(q.question)}</strong> {say(q.explanation)}
              </li>
            ))}
          </ol>
        </section>
        <Examples id="examples" heading={t.examplesHeading} hint={t.examplesHint} examples={BREACH_EXAMPLES} say={say} />
        <Examples id="non-examples" heading={t.nonExamplesHeading} hint={t.examplesHint} examples={NON_BREACH_EXAMPLES} say={say} />
      </details>
      <div className="submit-row">
        <button type="submit" className="button button-primary">
          {t.next}
        </button>
      </div>
    </form>
  );
}

/** Examples as disclosures: the situation to recognise, opened for why. */
function Examples({
  id,
  heading,
  hint,
  examples,
  say,
}: {
  id: string;
  heading: string;
  hint: string;
  examples: readonly BreachExample[];
  say: (text: LocalizedText) => string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <p className="field-hint">{hint}</p>
      <div className="examples">
        {examples.map((example) => (
          <details key={example.key} className="example">
            <summary>{say(example.situation)}</summary>
            <p>{say(example.explanation)}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
