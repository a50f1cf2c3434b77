import { checkPassword } from '@yingcai/domain/access';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './form';

/** An e-mail or mobile number: the e-mail keyboard, offered the saved login, typed as is. */
export function ContactField(field: TextFieldProps) {
  return (
    <TextField
      name="contact"
      inputMode="email"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      required
      {...field}
    />
  );
}

const CODE_REASONS = new Set(['CODE_INVALID']);

interface CodeFieldProps extends TextFieldProps {
  /** The API's reason for the last failure; a wrong, old, used or locked code marks the field. */
  reason: string | undefined;
}

/** The six-digit code sent by e-mail or SMS; phones offer it from the message (one-time-code). */
export function CodeField({ reason, ...field }: CodeFieldProps) {
  const { t } = useTranslation('web');
  return (
    <TextField
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      pattern="[0-9]*"
      required
      invalid={reason !== undefined && CODE_REASONS.has(reason)}
      hint={t('verify.codeHint')}
      {...field}
    />
  );
}

export interface PasswordIdentity {
  email?: string | null;
  phone?: string | null;
  displayName?: string | null;
}

/** What a contact field holds, for the password rules: an e-mail when it has an @, else a phone. */
export function identityOf(contact: string, displayName: string): PasswordIdentity {
  return contact.includes('@') ? { email: contact, displayName } : { phone: contact, displayName };
}

/**
 * The password rules, live: the same domain check the API runs, for a quick word while typing.
 * The API decides; its answer is shown in the form's alert.
 */
function PasswordHint({ password, identity }: { password: string; identity: PasswordIdentity }) {
  const { t } = useTranslation('web');
  const { t: tc } = useTranslation('common');
  if (!password) return <span>{t('form.passwordRule')}</span>;
  const problems = checkPassword(password, identity);
  if (problems.length === 0) return <span className="field__hint--ok">{t('form.passwordOk')}</span>;
  return (
    <ul className="field__problems">
      {problems.map((p) => (
        <li key={p.code}>{tc(`passwordProblems.${p.code}`)}</li>
      ))}
    </ul>
  );
}

interface NewPasswordFieldProps extends TextFieldProps {
  value: string;
  /** Whose password it is: the rules refuse one that contains the e-mail, phone or name. */
  identity: PasswordIdentity;
  /** The API's reason for the last failure; WEAK_PASSWORD marks the field. */
  reason: string | undefined;
}

/** A new password with its rules checked live as the user types. */
export function NewPasswordField({ identity, reason, ...field }: NewPasswordFieldProps) {
  return (
    <TextField
      type="password"
      autoComplete="new-password"
      required
      invalid={reason === 'WEAK_PASSWORD'}
      liveHint
      hint={<PasswordHint password={field.value} identity={identity} />}
      {...field}
    />
  );
}
