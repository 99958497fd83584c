import { REPORT_NEXT_STEPS } from '#content/breach.js';
import type { Locale } from '#core/locale.js';
import { Notice } from '../Notice.js';
import type { BreachTexts } from './texts.js';

/** After sending: the reference to keep and what happens next. The answers themselves are gone. */
export function Confirmation({ reference, locale, t }: { reference: string; locale: Locale; t: BreachTexts }) {
  return (
    <Notice title={t.doneTitle} level={2} focus>
      <p className="reference">
        {t.referenceLabel}: <strong>{reference}</strong>
      </p>
      <h3>{t.nextHeading}</h3>
      <ol className="next-steps">
        {REPORT_NEXT_STEPS.map((step) => (
          <li key={step.nl}>{step[locale]}</li>
        ))}
      </ol>
      <p>{t.closePage}</p>
    </Notice>
  );
}
