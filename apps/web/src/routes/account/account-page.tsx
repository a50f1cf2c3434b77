import { WebAccountDocument, WebLogoutDocument, type WebMeFragment } from '@yingcai/schema';
import { requestGraphQL, usePublicQuery } from '@yingcai/ui/public-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { FormAlert } from '../../components/form';
import { QueryFallback } from '../../components/query-fallback';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session/session';
import { ChangePasswordSection } from './change-password-section';
import { GuardianConsentSection } from './guardian-consent-section';
import { RecordViewsSection } from './record-views-section';
import { SessionsSection } from './sessions-section';
import './account-page.css';

function DetailsSection({ me }: { me: WebMeFragment }) {
  const { t } = useTranslation('web');
  const rows: [string, string | null][] = [
    [t('account.details.name'), me.displayName],
    [t('account.details.email'), me.email],
    [t('account.details.phone'), me.phone],
  ];
  return (
    <section className="form-card" aria-labelledby="account-details">
      <h2 id="account-details">{t('account.details.heading')}</h2>
      <dl className="account-facts">
        {rows.map(([label, value]) => (
          <div key={label} className="account-facts__row">
            <dt>{label}</dt>
            <dd>{value ?? t('account.details.none')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function LogoutButton() {
  const { t } = useTranslation('web');
  const navigate = useNavigate();
  const { signedOut } = useSession();
  const { failure, pending, submit } = useSubmit();

  function logout() {
    return submit(
      {},
      async () => {
        await requestGraphQL(WebLogoutDocument, {});
        signedOut();
        await navigate('/', { replace: true });
      },
      { navigates: true },
    );
  }

  return (
    <div className="account-logout">
      {failure !== undefined && <FormAlert>{failure}</FormAlert>}
      <button type="button" className="button button--secondary" disabled={pending} aria-busy={pending || undefined} onClick={() => void logout()}>
        {pending ? t('account.loggingOut') : t('account.logout')}
      </button>
    </div>
  );
}

/** /account: my details, password, devices, guardian consent (R-CONSENT-1), who looked at my record. */
export function AccountPage() {
  const { t } = useTranslation('web');
  const { signedIn, signedOut } = useSession();
  const { data, loading, error, refetch } = usePublicQuery(WebAccountDocument);
  // the account as the last change left it (a recorded consent), else as loaded
  const [changed, setChanged] = useState<WebMeFragment>();
  const [sessionsKey, setSessionsKey] = useState(0);
  const me = changed ?? data?.me;

  useEffect(() => {
    if (!data) return;
    if (data.me) signedIn(data.me);
    else signedOut();
  }, [data, signedIn, signedOut]);

  const title = <title>{`${t('account.title')} · ${t('site.title')}`}</title>;
  if (data && !data.me) return <Navigate to="/login" replace />;
  if (!me || !data) {
    return (
      <div className="account-page">
        {title}
        <h1>{t('account.heading')}</h1>
        <QueryFallback loading={loading} error={error} onRetry={refetch} />
      </div>
    );
  }

  function consentRecorded(next: WebMeFragment) {
    setChanged(next);
    signedIn(next);
  }

  return (
    <div className="account-page account-page--wide">
      {title}
      <div className="account-page__top">
        <div>
          <h1>{t('account.heading')}</h1>
          <p className="account-page__lead">{t('account.greeting', { name: me.displayName })}</p>
        </div>
        <LogoutButton />
      </div>
      <p className="account-page__note">{t('account.timeZone')}</p>
      <p>
        <Link className="button" to="/apply">
          {t('account.apply')}
        </Link>{' '}
        <Link to="/apply/status">{t('account.applyStatus')}</Link>
      </p>
      <DetailsSection me={me} />
      <GuardianConsentSection me={me} text={data.guardianConsentText} onRecorded={consentRecorded} onTextChanged={refetch} />
      <ChangePasswordSection me={me} onChanged={() => setSessionsKey((n) => n + 1)} />
      <SessionsSection key={sessionsKey} />
      <RecordViewsSection />
    </div>
  );
}
