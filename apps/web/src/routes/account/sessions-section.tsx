import { WebEndSessionDocument, WebMySessionsDocument } from '@yingcai/schema';
import { requestGraphQL, usePublicQuery } from '@yingcai/ui/public-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert, FormNotice } from '../../components/form';
import { formatDateTime } from '../../components/format-time';
import { QueryFallback } from '../../components/query-fallback';
import { useSubmit } from '../../components/use-submit';
import { describeDevice } from './device';

/** The browsers signed in to my account; any but this one can be signed out. */
export function SessionsSection() {
  const { t, i18n } = useTranslation('web');
  const { data, loading, error, refetch } = usePublicQuery(WebMySessionsDocument);
  const [ending, setEnding] = useState<string>();
  const { failure, submit } = useSubmit();
  const [ended, setEnded] = useState(false);

  function end(handle: string) {
    setEnded(false);
    return submit(
      {},
      async () => {
        await requestGraphQL(WebEndSessionDocument, { handle });
        setEnded(true);
        refetch();
      },
      { busy: (busy) => setEnding(busy ? handle : undefined) },
    );
  }

  const sessions = data?.mySessions;
  return (
    <section className="form-card" aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('account.sessions.heading')}</h2>
      <p>{t('account.sessions.lead')}</p>
      {failure !== undefined && <FormAlert>{failure}</FormAlert>}
      {ended && <FormNotice>{t('account.sessions.ended')}</FormNotice>}
      {sessions ? (
        <ul className="account-list">
          {sessions.map((session) => {
            const device = describeDevice(session.userAgent) ?? t('account.sessions.unknownDevice');
            return (
              <li key={session.handle} className="account-list__item" aria-current={session.current ? 'true' : undefined}>
                <p className="account-list__title">
                  {device}
                  {session.current && <span className="account-badge">{t('account.sessions.current')}</span>}
                </p>
                <p className="account-list__meta">{t('account.sessions.lastSeen', { time: formatDateTime(session.lastSeenAt, i18n.language) })}</p>
                <p className="account-list__meta">{t('account.sessions.signedIn', { time: formatDateTime(session.createdAt, i18n.language) })}</p>
                {!session.current && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={ending !== undefined}
                    aria-busy={ending === session.handle || undefined}
                    aria-label={t('account.sessions.endLabel', { device })}
                    onClick={() => void end(session.handle)}
                  >
                    {ending === session.handle ? t('account.sessions.ending') : t('account.sessions.end')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <QueryFallback loading={loading} error={error} onRetry={refetch} />
      )}
    </section>
  );
}
