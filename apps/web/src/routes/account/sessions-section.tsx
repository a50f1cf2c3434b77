import { WebEndSessionDocument, WebMySessionsDocument } from '@yingcai/schema';
import { requestGraphQL, usePublicQuery } from '@yingcai/ui/public-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDescribeFailure } from '../../components/failure';
import { FormAlert, FormNotice } from '../../components/form';
import { formatDateTime } from '../../components/format-time';
import { ErrorState, LoadingState } from '../../components/query-state';
import { describeDevice } from './device';

/** The browsers signed in to my account; any but this one can be signed out. */
export function SessionsSection() {
  const { t, i18n } = useTranslation('web');
  const describe = useDescribeFailure();
  const { data, loading, error, refetch } = usePublicQuery(WebMySessionsDocument);
  const [ending, setEnding] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const [ended, setEnded] = useState(false);

  async function end(handle: string) {
    setEnding(handle);
    setFailure(undefined);
    setEnded(false);
    try {
      await requestGraphQL(WebEndSessionDocument, { handle });
      setEnded(true);
      refetch();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setEnding(undefined);
    }
  }

  const sessions = data?.mySessions;
  return (
    <section className="form-card" aria-labelledby="account-sessions">
      <h2 id="account-sessions">{t('account.sessions.heading')}</h2>
      <p>{t('account.sessions.lead')}</p>
      {failure !== undefined && <FormAlert>{describe(failure)}</FormAlert>}
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
      ) : loading ? (
        <LoadingState />
      ) : error ? (
        <ErrorState onRetry={refetch} />
      ) : null}
    </section>
  );
}
