import { useEffect, useRef } from 'react';
import type { Locale } from '#core/locale.js';
import { inLocale } from '#core/survey/in-locale.js';
import type { CheckFeedback, PublicCheck } from './api.js';
import type { KnowledgeTexts } from './texts.js';

/**
 * After sending: the score, then per situation the chosen and the right answer, why, and the source
 * of the rule. A withdrawn situation (no right answer) is marked neither right nor wrong: it says it
 * does not count, and why, and keeps its explanation. Focus moves to the score. The organisation's
 * breach report form is one link away.
 */
export function FeedbackList({ check, feedback, locale, t }: { check: PublicCheck; feedback: CheckFeedback; locale: Locale; t: KnowledgeTexts }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const scenario = (key: string) => check.scenarios.find((s) => s.key === key)!;

  return (
    <section className="feedback" aria-labelledby="score-heading">
      <h2 id="score-heading" ref={headingRef} tabIndex={-1} className="notice-title">
        {feedback.total > 0 ? t.scoreTitle(feedback.correct, feedback.total) : t.noScoreTitle}
      </h2>
      <p>{t.done}</p>
      {/* What the check trains for: from recognising a breach straight to reporting it. */}
      <p className="callout">
        {t.reportPrompt} <a href={check.breachReportPath}>{t.reportLink}</a>
      </p>
      <h2>{t.feedbackHeading}</h2>
      <ol className="feedback-list">
        {feedback.feedback.map((item) => {
          const s = scenario(item.key);
          const verdict = item.right === null ? 'uncounted' : item.chosen === item.right ? 'right' : 'wrong';
          return (
            <li key={item.key} className={`feedback-item feedback-${verdict}`}>
              <h3>{inLocale(s.situation, locale)}</h3>
              {verdict === 'uncounted' ? (
                <>
                  <p className="verdict">{t.verdictNotCounted}</p>
                  <p>{t.notCountedWhy}</p>
                </>
              ) : (
                <p className={`verdict verdict-${verdict}`}>
                  <span aria-hidden="true">{verdict === 'right' ? '✓ ' : '✗ '}</span>
                  {verdict === 'right' ? t.verdictRight : t.verdictWrong}
                </p>
              )}
              <dl>
                <dt>{t.yourAnswer}</dt>
                <dd>{inLocale(s.options[item.chosen]!, locale)}</dd>
                {verdict === 'wrong' && (
                  <>
                    <dt>{t.rightAnswer}</dt>
                    <dd>{inLocale(s.options[item.right!]!, locale)}</dd>
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
