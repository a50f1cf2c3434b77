import type { ApplicationField, ApplicationValues } from './application-values';

/** What each section needs of the form: the values, a way to change them, and each field's message. */
export interface FormBinding {
  values: ApplicationValues;
  change: (next: Partial<ApplicationValues>) => void;
  errorOf: (field: ApplicationField) => string | undefined;
}

/** A text input's props for one field. */
export function textProps(form: FormBinding, field: Exclude<ApplicationField, 'mentorChoices' | 'gender' | 'grade'>) {
  return {
    name: field,
    value: form.values[field],
    onChange: (e: { target: { value: string } }) => form.change({ [field]: e.target.value }),
    error: form.errorOf(field),
  };
}
