import { useState, type FormEvent } from 'react';
import type { SubmitError } from './api.js';
import { SendErrorAlert } from './SendErrorAlert.js';
import type { Texts } from './texts.js';

/**
 * What a survey and a knowledge check share: one choice per question, kept in this page's state
 * only (no storage, no autosave), sent once when every question has one; until then the open ones
 * are listed, and they stay listed until the next attempt. Without `send` (a preview) nothing is sent.
 */
type Outcome = { ok: true } | { ok: false; error: SubmitError };

export function useAnswerForm<R extends Outcome>(keys: readonly string[], send: ((answers: Record<string, number>) => Promise<R>) | null) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<SubmitError | null>(null);
  const [sent, setSent] = useState<Extract<R, { ok: true }> | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const open = keys.filter((key) => answers[key] === undefined);
    setMissing(open);
    setAttempt((n) => n + 1);
    setSendError(null);
    if (open.length > 0 || !send) return;
    setSending(true);
    const result: Outcome = await send(answers);
    setSending(false);
    if (result.ok) setSent(result as Extract<R, { ok: true }>);
    else setSendError(result.error);
  };

  return {
    answers,
    choose: (key: string, value: number) => setAnswers((a) => ({ ...a, [key]: value })),
    /** The questions of the last attempt's summary. */
    missing,
    /** Of those, the ones still without an answer: they show their error. */
    missingNow: new Set(missing.filter((key) => answers[key] === undefined)),
    attempt,
    sending,
    sendError,
    /** The server's answer once sent. */
    sent,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event),
    answered: keys.filter((key) => answers[key] !== undefined).length,
  };
}

type SubmitTexts = Pick<Texts, 'sendFailedTitle' | 'networkError' | 'progress' | 'sending' | 'submit'>;

/**
 * Why sending failed (if it did), how far the respondent is, and the send button. With a
 * `previewNote` (the team's preview) the button is off and the note beside it says why.
 */
export function SubmitRow(props: {
  form: Pick<ReturnType<typeof useAnswerForm>, 'sendError' | 'sending' | 'answered'>;
  total: number;
  t: SubmitTexts;
  previewNote?: string;
}) {
  const { form, total, t, previewNote } = props;
  return (
    <>
      <SendErrorAlert error={form.sendError} messages={form.sendError?.fields ?? []} title={t.sendFailedTitle} fallback={t.networkError} />
      <div className="submit-row">
        <p className="progress" aria-live="polite">
          {t.progress(form.answered, total)}
        </p>
        {previewNote && (
          <p className="preview-note" id="preview-note">
            {previewNote}
          </p>
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={form.sending || previewNote !== undefined}
          aria-describedby={previewNote ? 'preview-note' : undefined}
        >
          {form.sending ? t.sending : t.submit}
        </button>
      </div>
    </>
  );
}

/**
 * An optional question about the respondent (a group, a department) with "prefer not to say":
 * `value` null is that choice, undefined no choice yet.
 */
export function OptionalChoice(props: {
  name: string;
  legend: string;
  options: { id: string; label: string }[];
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  declineLabel: string;
}) {
  return (
    <fieldset className="question">
      <legend>{props.legend}</legend>
      <div className="options options-list">
        {props.options.map((option) => (
          <label key={option.id} className="option">
            <input type="radio" name={props.name} checked={props.value === option.id} onChange={() => props.onChange(option.id)} />
            <span>{option.label}</span>
          </label>
        ))}
        <label className="option option-decline">
          <input type="radio" name={props.name} checked={props.value === null} onChange={() => props.onChange(null)} />
          <span>{props.declineLabel}</span>
        </label>
      </div>
    </fieldset>
  );
}
