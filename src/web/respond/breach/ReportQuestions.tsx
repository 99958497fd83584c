import { useState, type FormEvent } from 'react';
import { INCIDENT_KIND_LABELS, ONGOING_LABELS, PEOPLE_BAND_LABELS, REPORT_DATA_KIND_LABELS } from '#content/breach.js';
import type { Locale, LocalizedText } from '#core/locale.js';
import { sendReport, type Reporter, type SendError } from './api.js';
import { SendErrorAlert } from '../SendErrorAlert.js';
import { choicesOf, fieldId, localNow, missingAnswers, questionOf, QUESTIONS, toReport, type Draft, type Question } from './draft.js';
import { ErrorSummary, type SummaryItem } from '../ErrorSummary.js';
import { ChoiceField, choiceId, TextField } from './fields.js';
import type { BreachTexts } from './texts.js';

interface Props {
  slug: string;
  reporter: Reporter | null;
  draft: Draft;
  onChange: (changes: Partial<Draft>) => void;
  onBack: () => void;
  onSent: (reference: string) => void;
  locale: Locale;
  t: BreachTexts;
}

const WARNING_ID = 'patient-data-warning';
const INCIDENT_KINDS = choicesOf(INCIDENT_KIND_LABELS);
const REPORT_DATA_KINDS = choicesOf(REPORT_DATA_KIND_LABELS);
const PEOPLE_BANDS = choicesOf(PEOPLE_BAND_LABELS);
const ONGOING_ANSWERS = choicesOf(ONGOING_LABELS);
const choices = <T extends string>(values: readonly T[], labels: Record<T, LocalizedText>, locale: Locale) =>
  values.map((value) => ({ value, label: labels[value][locale] }));

/**
 * Step 2: what happened, when, which data and how many people, still going on, what was done, and
 * an optional contact. Descriptions and counts only: the form warns against patient data.
 */
export function ReportQuestions({ slug, reporter, draft, onChange, onBack, onSent, locale, t }: Props) {
  const [errors, setErrors] = useState<Partial<Record<Question, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<SendError | null>(null);

  const labels: Record<Question, string> = {
    whatHappened: t.whatHappened,
    incidentKind: t.incidentKind,
    happenedAt: t.happenedAt,
    noticedAt: t.noticedAt,
    dataKinds: t.dataKinds,
    peopleBand: t.peopleBand,
    ongoing: t.ongoing,
    actionsTaken: t.actionsTaken,
    department: t.department,
    contactName: t.contactName,
    contactPhone: t.contactPhone,
    contactEmail: t.contactEmail,
  };
  const CHOICE_VALUES: Partial<Record<Question, readonly string[]>> = {
    incidentKind: INCIDENT_KINDS,
    dataKinds: REPORT_DATA_KINDS,
    peopleBand: PEOPLE_BANDS,
    ongoing: ONGOING_ANSWERS,
  };
  const target = (q: Question) => {
    const values = CHOICE_VALUES[q];
    return values ? choiceId(fieldId(q), values[0]!) : fieldId(q);
  };
  const summary: SummaryItem[] = QUESTIONS.filter((q) => errors[q]).map((q) => ({ target: target(q), label: labels[q], message: errors[q]! }));
  const change = (changes: Partial<Draft>) => {
    onChange(changes);
    // An answer given clears its error; the summary keeps the rest until the next attempt.
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([q]) => !(q in changes))));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const missing = missingAnswers(draft, t);
    setErrors(missing);
    setAttempt((n) => n + 1);
    setSendError(null);
    if (Object.keys(missing).length > 0) return;
    setSending(true);
    const result = await sendReport(slug, toReport(draft), reporter, locale);
    setSending(false);
    if (result.ok) return onSent(result.reference);
    const named: Partial<Record<Question, string>> = {};
    const unnamed = result.error.fields.filter((f) => {
      const question = questionOf(f.field);
      if (question) named[question] ??= f.message;
      return !question;
    });
    setErrors(named);
    if (Object.keys(named).length > 0) setAttempt((n) => n + 1);
    if (Object.keys(named).length === 0 || unnamed.length > 0) setSendError({ ...result.error, fields: unnamed });
  };

  const text = (q: Question) => ({
    id: fieldId(q),
    label: labels[q],
    error: errors[q],
    value: draft[q] as string,
    onChange: (value: string) => change({ [q]: value }),
  });
  const one = <T extends string>(q: 'incidentKind' | 'peopleBand' | 'ongoing', values: readonly T[], names: Record<T, LocalizedText>) => ({
    id: fieldId(q),
    label: labels[q],
    error: errors[q],
    choices: choices(values, names, locale),
    selected: draft[q] ? [draft[q] as T] : [],
    onToggle: (value: T) => change({ [q]: value }),
  });
  const toggleDataKind = (kind: Draft['dataKinds'][number]) =>
    change({ dataKinds: draft.dataKinds.includes(kind) ? draft.dataKinds.filter((k) => k !== kind) : [...draft.dataKinds, kind] });

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary title={t.summaryTitle(summary.length)} intro={t.summaryIntro} items={summary} attempt={attempt} />
      <div className="warning" id={WARNING_ID}>
        <p className="warning-title">{t.patientDataTitle}</p>
        <p>{t.patientData}</p>
      </div>

      <section className="section" aria-labelledby="what-heading">
        <h2 id="what-heading">{t.whatHeading}</h2>
        <TextField {...text('whatHappened')} hint={t.whatHappenedHint} multiline describedByExtra={WARNING_ID} />
        <ChoiceField {...one('incidentKind', INCIDENT_KINDS, INCIDENT_KIND_LABELS)} />
        <TextField {...text('happenedAt')} type="datetime-local" hint={t.happenedAtHint} optional={t.optional} />
        <TextField
          {...text('noticedAt')}
          type="datetime-local"
          after={
            <button
              type="button"
              className="button button-small"
              onClick={() => change({ noticedAt: localNow() })}
              aria-label={`${t.nowButton}: ${t.noticedAt}`}
            >
              {t.nowButton}
            </button>
          }
        />
      </section>

      <section className="section" aria-labelledby="data-heading">
        <h2 id="data-heading">{t.dataHeading}</h2>
        <ChoiceField
          id={fieldId('dataKinds')}
          label={t.dataKinds}
          hint={t.dataKindsHint}
          error={errors.dataKinds}
          multiple
          choices={choices(REPORT_DATA_KINDS, REPORT_DATA_KIND_LABELS, locale)}
          selected={draft.dataKinds}
          onToggle={toggleDataKind}
        />
        <ChoiceField {...one('peopleBand', PEOPLE_BANDS, PEOPLE_BAND_LABELS)} />
        <ChoiceField {...one('ongoing', ONGOING_ANSWERS, ONGOING_LABELS)} />
      </section>

      <section className="section" aria-labelledby="done-heading">
        <h2 id="done-heading">{t.doneHeading}</h2>
        <TextField {...text('actionsTaken')} hint={t.actionsTakenHint} optional={t.optional} multiline describedByExtra={WARNING_ID} />
        <TextField {...text('department')} hint={t.departmentHint} optional={t.optional} />
      </section>

      <section className="section" aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t.contactHeading}</h2>
        <p className="field-hint">{t.contactIntro}</p>
        <TextField {...text('contactName')} optional={t.optional} autoComplete="name" />
        <TextField {...text('contactPhone')} optional={t.optional} type="tel" autoComplete="tel" />
        <TextField {...text('contactEmail')} optional={t.optional} type="email" autoComplete="email" />
      </section>

      <SendErrorAlert error={sendError} messages={sendError?.fields.map((f) => f.message) ?? []} title={t.sendFailedTitle} fallback={t.networkError} />

      <div className="submit-row">
        <button type="button" className="button" onClick={onBack}>
          {t.back}
        </button>
        <button type="submit" className="button button-primary" disabled={sending}>
          {sending ? t.sending : t.submit}
        </button>
      </div>
    </form>
  );
}
