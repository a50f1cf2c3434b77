import { WebLoginDocument } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ContactField } from '../../components/fields';
import { FormNotice, FormProblems, SubmitButton, TextField } from '../../components/form';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session/session';

/** What another page tells the login page: a reset password, the contact to fill in. */
export interface LoginState {
  passwordReset?: boolean;
  login?: string;
  /** The signed-in page that sent the visitor here, to go back to (/apply). */
  next?: string;
}

/** /login: e-mail or mobile and password → /account. */
export function LoginPage() {
  const { t } = useTranslation('web');
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const state = (useLocation().state as LoginState | null) ?? {};
  const [login, setLogin] = useState(state.login ?? '');
  const [password, setPassword] = useState('');
  const { errors, failure, reason, pending, submit } = useSubmit<'login' | 'password'>();

  function logIn(event: FormEvent) {
    event.preventDefault();
    const found = {
      login: login.trim() ? undefined : t('form.contactRequired'),
      password: password ? undefined : t('form.passwordRequired'),
    };
    return submit(
      found,
      async () => {
        const data = await requestGraphQL(WebLoginDocument, { login: login.trim(), password });
        signedIn(data.login);
        await navigate(state.next ?? '/account', { replace: true });
      },
      { navigates: true },
    );
  }

  const unverified = reason === 'ACCOUNT_UNVERIFIED';
  return (
    <div className="account-page">
      <title>{`${t('login.title')} · ${t('site.title')}`}</title>
      <h1>{t('login.heading')}</h1>
      <form className="form form-card" noValidate onSubmit={(e) => void logIn(e)}>
        {state.passwordReset && failure === undefined && <FormNotice>{t('login.passwordReset')}</FormNotice>}
        <FormProblems
          fields={errors}
          failure={failure}
          extra={
            unverified && (
              <p>
                <Link to={`/verify?contact=${encodeURIComponent(login.trim())}`}>{t('login.verifyNow')}</Link>
              </p>
            )
          }
        />
        <ContactField
          label={t('login.login')}
          name="login"
          value={login}
          onChange={(e) => setLogin(e.target.value)}
          error={errors.login}
          invalid={reason === 'WRONG_CREDENTIALS' || reason === 'BAD_CONTACT'}
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          invalid={reason === 'WRONG_CREDENTIALS'}
        />
        <SubmitButton pending={pending}>{t('login.submit')}</SubmitButton>
      </form>
      <p className="form-links">
        <Link to="/forgot-password">{t('login.forgot')}</Link>
        <span>
          {t('login.noAccount')} <Link to="/register">{t('login.register')}</Link>
        </span>
      </p>
    </div>
  );
}
