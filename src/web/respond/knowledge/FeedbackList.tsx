import { useEffect, useRef } from 'react';
import type { Locale } from '../../../core/locale.js';
import { inLocale } from '../../../core/survey/in-locale.js';
import type { CheckFeedback, PublicCheck } from './api.js';
import type { KnowledgeTexts } from './texts.js';

/** After sending: the score, then per situation the chosen and the right answer, why, and the source of the rule. Focus moves to the score. */
export function FeedbackList({ check, feedback, locale, t }: { check: PublicCheck; feedback: CheckFeedback; locale: Locale; t: KnowledgeTexts }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const scenario = (key: string) => check.scenarios.find((s) => s.key === key)!;

  return (
    <section className="feedback" aria-labelledby="score-heading">
      <h2 id="score-heading" ref={headingRef} tabIndex={-1} className="notice-title">
        {t.scoreTitle(feedback.correct, feedback.total)}
      </h2>
      <p>{t.done}</p>
      <h2>{t.feedbackHeading}</h2>
      <ol className="feedback-list">
        {feedback.feedback.map((item) => {
          const s = scenario(item.key);
          const right = item.chosen === item.right;
          return (
            <li key={item.key} className={right ? 'feedback-item feedback-right' : 'feedback-item feedback-wrong'}>
              <h3>{inLocale(s.situation, locale)}</h3>
              <p className={right ? 'verdict verdict-right' : 'verdict verdict-wrong'}>
                <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                {right ? t.verdictRight : t.verdictWrong}
              </p>
              <dl>
                <dt>{t.yourAnswer}</dt>
                <dd>{inLocale(s.options[item.chosen]!, locale)}</dd>
                {!right && (
                  <>
                    <dt>{t.rightAnswer}</dt>
                    <dd>{inLocale(s.options[item.right]!, locale)}</dd>
                  </>
                )}
              </dl>
              <p className="explanation">{inLocale(item.explanation, locale)}</p>
              <p className="hint">
                {t.source}: {inLocale(item.source, locale)}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
