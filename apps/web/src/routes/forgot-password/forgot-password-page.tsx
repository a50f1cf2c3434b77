import { WebRequestPasswordResetDocument, WebResetPasswordDocument } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { failureReason, useDescribeFailure } from '../../components/failure';
import { FormNotice, FormProblems, hasErrors, identityOf, PasswordHint, SubmitButton, TextField, type FieldErrors } from '../../components/form';
import type { LoginState } from '../login/login-page';

type Field = 'contact' | 'code' | 'password';

const CODE = /^\d{6}$/;
const CODE_REASONS = new Set(['CODE_INVALID', 'CODE_EXPIRED', 'CODE_USED', 'CODE_LOCKED']);

/**
 * /forgot-password: the contact → a code (the API answers the same whether or not an account
 * exists) → code and new password → /login with a note.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('web');
  const describe = useDescribeFailure();
  const navigate = useNavigate();
  const [step, setStep] = useState<'contact' | 'reset'>('contact');
  const [contact, setContact] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<unknown>();
  const [pending, setPending] = useState(false);
  const [sentCount, setSentCount] = useState(0);

  async function sendCode(event?: FormEvent) {
    event?.preventDefault();
    const found: FieldErrors<Field> = { contact: contact.trim() ? undefined : t('form.contactRequired') };
    setErrors(found);
    setFailure(undefined);
    if (hasErrors(found)) return;
    setPending(true);
    try {
      await requestGraphQL(WebRequestPasswordResetDocument, { contact: contact.trim() });
      setStep('reset');
      setSentCount((n) => n + 1);
    } catch (error) {
      setFailure(error);
    } finally {
      setPending(false);
    }
  }

  async function reset(event: FormEvent) {
    event.preventDefault();
    const typed = code.replace(/\s/g, '');
    const found: FieldErrors<Field> = {
      code: CODE.test(typed) ? undefined : t('form.codeFormat'),
      password: password ? undefined : t('form.passwordRequired'),
    };
    setErrors(found);
    setFailure(undefined);
    if (hasErrors(found)) return;
    setPending(true);
    try {
      await requestGraphQL(WebResetPasswordDocument, { contact: contact.trim(), code: typed, password });
      const state: LoginState = { passwordReset: true, login: contact.trim() };
      await navigate('/login', { replace: true, state });
    } catch (error) {
      setFailure(error);
      setPending(false);
    }
  }

  function changeContact() {
    setStep('contact');
    setErrors({});
    setFailure(undefined);
  }

  const reason = failureReason(failure);
  const problems = <FormProblems fields={errors} failure={failure === undefined ? undefined : describe(failure)} />;
  return (
    <div className="account-page">
      <title>{`${t('forgot.title')} · ${t('site.title')}`}</title>
      <h1>{t('forgot.heading')}</h1>
      {step === 'contact' ? (
        <>
          <p className="account-page__lead">{t('forgot.lead')}</p>
          <form className="form form-card" noValidate onSubmit={(e) => void sendCode(e)}>
            {problems}
            <TextField
              label={t('forgot.contact')}
              name="contact"
              inputMode="email"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={contact}
              onChange={(e) => setContact(e.target.value)}
              error={errors.contact}
              invalid={reason === 'BAD_CONTACT'}
            />
            <SubmitButton pending={pending}>{t('forgot.send')}</SubmitButton>
          </form>
        </>
      ) : (
        <>
          <p className="account-page__lead">{t('forgot.afterReset')}</p>
          <form className="form form-card" noValidate onSubmit={(e) => void reset(e)}>
            {failure === undefined && !hasErrors(errors) ? (
              <FormNotice key={sentCount}>{t('forgot.sent', { contact: contact.trim() })}</FormNotice>
            ) : (
              problems
            )}
            <TextField
              label={t('forgot.code')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              pattern="[0-9]*"
              required
              value={code}
              onChange={(e) => setCode(e.target.value)}
              error={errors.code}
              invalid={reason !== undefined && CODE_REASONS.has(reason)}
              hint={t('verify.codeHint')}
            />
            <TextField
              label={t('forgot.password')}
              name="password"
              type="password"
              autoComplete="new-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors.password}
              invalid={reason === 'WEAK_PASSWORD'}
              liveHint
              hint={<PasswordHint password={password} identity={identityOf(contact.trim(), '')} />}
            />
            <SubmitButton pending={pending}>{t('forgot.submit')}</SubmitButton>
            <button type="button" className="button button--secondary" disabled={pending} onClick={() => void sendCode()}>
              {t('forgot.resend')}
            </button>
          </form>
          <p className="form-links">
            <button type="button" className="link-button" onClick={changeContact}>
              {t('forgot.changeContact')}
            </button>
          </p>
        </>
      )}
      <p className="form-links">
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </div>
  );
}
