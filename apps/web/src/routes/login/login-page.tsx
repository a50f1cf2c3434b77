import { WebLoginDocument } from '@yingcai/schema';
import { requestGraphQL } from '@yingcai/ui/public-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { failureReason, useDescribeFailure } from '../../components/failure';
import { FormNotice, FormProblems, hasErrors, SubmitButton, TextField, type FieldErrors } from '../../components/form';
import { useSession } from '../../session/session';

type Field = 'login' | 'password';

/** What another page tells the login page: a reset password, the contact to fill in. */
export interface LoginState {
  passwordReset?: boolean;
  login?: string;
}

/** /login: e-mail or mobile and password → /account. */
export function LoginPage() {
  const { t } = useTranslation('web');
  const describe = useDescribeFailure();
  const navigate = useNavigate();
  const { signedIn } = useSession();
  const state = (useLocation().state as LoginState | null) ?? {};
  const [login, setLogin] = useState(state.login ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [failure, setFailure] = useState<unknown>();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      login: login.trim() ? undefined : t('form.contactRequired'),
      password: password ? undefined : t('form.passwordRequired'),
    };
    setErrors(found);
    setFailure(undefined);
    if (hasErrors(found)) return;
    setPending(true);
    try {
      const data = await requestGraphQL(WebLoginDocument, { login: login.trim(), password });
      signedIn(data.login);
      await navigate('/account', { replace: true });
    } catch (error) {
      setFailure(error);
      setPending(false);
    }
  }

  const reason = failureReason(failure);
  const unverified = reason === 'ACCOUNT_UNVERIFIED';
  return (
    <div className="account-page">
      <title>{`${t('login.title')} · ${t('site.title')}`}</title>
      <h1>{t('login.heading')}</h1>
      <form className="form form-card" noValidate onSubmit={(e) => void submit(e)}>
        {state.passwordReset && failure === undefined && <FormNotice>{t('login.passwordReset')}</FormNotice>}
        <FormProblems
          fields={errors}
          failure={failure === undefined ? undefined : describe(failure)}
          extra={
            unverified && (
              <p>
                <Link to={`/verify?contact=${encodeURIComponent(login.trim())}`}>{t('login.verifyNow')}</Link>
              </p>
            )
          }
        />
        <TextField
          label={t('login.login')}
          name="login"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
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
