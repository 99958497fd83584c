import type { ChangeEvent, ReactNode } from 'react';

/**
 * The form controls of the breach report, in the respond page's plain style: every control has a
 * visible label, its hint and error are tied to it with aria-describedby, and an error summary
 * links to each field that needs attention.
 */

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

interface FieldFrame {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Shown after the label of a field that may stay empty, e.g. "(optional)". */
  optional?: string;
}

export function TextField({
  id,
  label,
  hint,
  error,
  optional,
  value,
  onChange,
  multiline = false,
  type = 'text',
  autoComplete = 'off',
  describedByExtra,
  after,
}: FieldFrame & {
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'datetime-local';
  autoComplete?: string;
  /** Another element that describes this field, e.g. the patient data warning. */
  describedByExtra?: string;
  /** A control beside the input, e.g. a "Now" button. */
  after?: ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    name: id,
    value,
    autoComplete,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hintId, describedByExtra, errorId),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.currentTarget.value),
  };
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
        {optional && <span className="optional"> {optional}</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="input-row">
        {multiline ? <textarea className="input" rows={5} {...common} /> : <input className="input" type={type} {...common} />}
        {after}
      </div>
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A question answered with one choice (radio buttons) or several (checkboxes). */
export function ChoiceField<T extends string>({
  id,
  label,
  hint,
  error,
  choices,
  selected,
  onToggle,
  multiple = false,
}: FieldFrame & { choices: readonly Choice<T>[]; selected: readonly T[]; onToggle: (value: T) => void; multiple?: boolean }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset id={id} className={error ? 'question question-invalid' : 'question'} aria-describedby={describedBy(hintId, errorId)}>
      <legend>{label}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <div className="options">
        {choices.map((choice) => (
          <label key={choice.value} className="option" htmlFor={choiceId(id, choice.value)}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={choiceId(id, choice.value)}
              name={id}
              value={choice.value}
              checked={selected.includes(choice.value)}
              onChange={() => onToggle(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export const choiceId = (fieldId: string, value: string) => `${fieldId}-${value}`;
