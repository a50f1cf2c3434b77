import { contactRequest, resetPasswordRequest, typedCode } from '@yingcai/domain/requests';
import { WebRequestPasswordResetDocument, WebResetPasswordDocument } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CodeField, ContactField, identityOf, NewPasswordField } from '../../components/fields';
import { FormNotice, FormProblems, hasErrors, SubmitButton } from '../../components/form';
import { useRequestCheck } from '../../components/request-check';
import { useSubmit } from '../../components/use-submit';
import type { LoginState } from '../login/login-page';

/**
 * /forgot-password: the contact → a code (the API answers the same whether or not an account
 * exists) → code and new password → /login with a note.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation('web');
  const navigate = useNavigate();
  const [step, setStep] = useState<'contact' | 'reset'>('contact');
  const [contact, setContact] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const { errors, failure, reason, pending, submit, clear } = useSubmit<'contact' | 'code' | 'password'>();
  const [sentCount, setSentCount] = useState(0);
  const check = useRequestCheck();

  function sendCode(event?: FormEvent) {
    event?.preventDefault();
    return submit({ contact: check(contactRequest, { contact }).contact }, async () => {
      await requestGraphQL(WebRequestPasswordResetDocument, { contact: contact.trim() });
      setStep('reset');
      setSentCount((n) => n + 1);
    });
  }

  function reset(event: FormEvent) {
    event.preventDefault();
    const typed = typedCode(code);
    const problems = check(resetPasswordRequest, { contact, code, password });
    const found = { code: problems.code, password: problems.password };
    return submit(
      found,
      async () => {
        await requestGraphQL(WebResetPasswordDocument, { contact: contact.trim(), code: typed, password });
        const state: LoginState = { passwordReset: true, login: contact.trim() };
        await navigate('/login', { replace: true, state });
      },
      { navigates: true },
    );
  }

  function changeContact() {
    setStep('contact');
    clear();
  }

  const problems = <FormProblems fields={errors} failure={failure} />;
  return (
    <div className="account-page">
      <title>{`${t('forgot.title')} · ${t('site.title')}`}</title>
      <h1>{t('forgot.heading')}</h1>
      {step === 'contact' ? (
        <>
          <p className="account-page__lead">{t('forgot.lead')}</p>
          <form className="form form-card" noValidate onSubmit={(e) => void sendCode(e)}>
            {problems}
            <ContactField
              label={t('forgot.contact')}
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
            <CodeField label={t('forgot.code')} value={code} onChange={(e) => setCode(e.target.value)} error={errors.code} reason={reason} />
            <NewPasswordField
              label={t('forgot.password')}
              name="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={errors.password}
              reason={reason}
              identity={identityOf(contact.trim(), '')}
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
