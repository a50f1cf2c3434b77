import { WebRegisterDocument } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { failureReason, useDescribeFailure } from '../../components/failure';
import { FormProblems, hasErrors, identityOf, PasswordHint, SubmitButton, TextField, type FieldErrors } from '../../components/form';

type Field = 'displayName' | 'contact' | 'password';

const CONTACT_REASONS = new Set(['BAD_CONTACT', 'CONTACT_IN_USE']);

/** /register: name, e-mail or mobile, password → a code goes to the contact → /verify. */
export function RegisterPage() {
  const { t } = useTranslation('web');
  const describe = useDescribeFailure();
  const navigate = useNavigate();
  const [displayName, setDisplayName] = useState('');
  const [contact, setContact] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<unknown>();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      displayName: displayName.trim() ? undefined : t('form.nameRequired'),
      contact: contact.trim() ? undefined : t('form.contactRequired'),
      password: password ? undefined : t('form.passwordRequired'),
    };
    setErrors(found);
    setFailure(undefined);
    if (hasErrors(found)) return;
    setPending(true);
    try {
      const { register } = await requestGraphQL(WebRegisterDocument, { displayName: displayName.trim(), contact: contact.trim(), password });
      await navigate(`/verify?contact=${encodeURIComponent(contact.trim())}`, { state: { sentTo: register.sentTo } });
    } catch (error) {
      setFailure(error);
      setPending(false);
    }
  }

  const reason = failureReason(failure);
  return (
    <div className="account-page">
      <title>{`${t('register.title')} · ${t('site.title')}`}</title>
      <h1>{t('register.heading')}</h1>
      <p className="account-page__lead">{t('register.lead')}</p>
      <form className="form form-card" noValidate onSubmit={(e) => void submit(e)}>
        <FormProblems fields={errors} failure={failure === undefined ? undefined : describe(failure)} />
        <TextField
          label={t('register.name')}
          name="displayName"
          autoComplete="name"
          required
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={errors.displayName}
          hint={t('register.nameHint')}
        />
        <TextField
          label={t('register.contact')}
          name="contact"
          type="text"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={contact}
          onChange={(e) => setContact(e.target.value)}
          error={errors.contact}
          invalid={reason !== undefined && CONTACT_REASONS.has(reason)}
          hint={t('form.contactHint')}
        />
        <TextField
          label={t('register.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          invalid={reason === 'WEAK_PASSWORD'}
          hint={<PasswordHint password={password} identity={identityOf(contact.trim(), displayName.trim())} />}
          liveHint
        />
        <SubmitButton pending={pending}>{t('register.submit')}</SubmitButton>
      </form>
      <p className="form-links">
        <span>
          {t('register.haveAccount')} <Link to="/login">{t('register.login')}</Link>
        </span>
      </p>
    </div>
  );
}
