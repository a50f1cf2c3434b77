import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './form.css';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  /** Said under the field, linked to it with aria-describedby. */
  hint?: ReactNode;
  /** What is wrong with the value; marks the field aria-invalid. */
  error?: string | undefined;
  /** Marks the field aria-invalid without a message of its own (the form's alert says why). */
  invalid?: boolean;
  /** The hint changes as the user types (password rules): read it out politely. */
  liveHint?: boolean;
}

/** A labelled input with its hint and error linked for screen readers; 16 px text so phones do not zoom. */
export function TextField({ label, hint, error, invalid, liveHint, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input"
        aria-invalid={error || invalid ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {hint && (
        <div id={hintId} className="field__hint" aria-live={liveHint ? 'polite' : undefined}>
          {hint}
        </div>
      )}
    </div>
  );
}

/** A labelled checkbox with its error linked for screen readers (an agreement the form needs ticked). */
export function CheckField({ name, label, checked, onChange, error, invalid }: {
  name: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
  invalid?: boolean;
}) {
  const id = useId();
  return (
    <>
      <div className="field field--check">
        <input
          id={id}
          type="checkbox"
          name={name}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error || invalid ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </>
  );
}

/** An error said out loud when it appears (role=alert); nothing when there is none. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <div className="form-alert" role="alert">
      {children}
    </div>
  );
}

/** Good news, announced politely (role=status). */
export function FormNotice({ children }: { children: ReactNode }) {
  return (
    <div className="form-notice" role="status">
      {children}
    </div>
  );
}

export function SubmitButton({ pending, children }: { pending: boolean; children: ReactNode }) {
  const { t } = useTranslation('web');
  return (
    <button type="submit" className="button form-submit" disabled={pending} aria-busy={pending || undefined}>
      {pending ? t('form.submitting') : children}
    </button>
  );
}

/** Client-side messages for a form: the first one goes to the alert, each to its field. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function hasErrors<K extends string>(errors: FieldErrors<K>): boolean {
  return Object.values(errors).some(Boolean);
}

/** The alert of a form: its fields' messages, else the API's sentence. */
export function FormProblems<K extends string>({ fields, failure, extra }: { fields: FieldErrors<K>; failure?: string | undefined; extra?: ReactNode }) {
  const { t } = useTranslation('web');
  const messages = Object.values(fields).filter((m): m is string => typeof m === 'string' && m !== '');
  if (messages.length === 0 && !failure) return null;
  return (
    <FormAlert>
      {messages.length > 0 ? (
        <>
          <p>{t('form.problemsHeading')}</p>
          <ul>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{failure}</p>
      )}
      {extra}
    </FormAlert>
  );
}
