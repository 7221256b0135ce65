import type { ReactNode } from 'react';

/** A label, an optional hint and an error tied to one input by id (the input is the child). */
export function Field(props: {
  id: string;
  label: string;
  required?: boolean;
  requiredLabel?: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="intake-field">
      <label htmlFor={props.id}>
        {props.label}
        {props.required && <span className="intake-required"> ({props.requiredLabel})</span>}
      </label>
      {props.hint && (
        <p className="intake-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.children}
      {props.error && (
        <p className="intake-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** aria-describedby for an input with a hint and/or an error. */
export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
