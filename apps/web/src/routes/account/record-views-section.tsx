import { WebMyRecordViewsDocument } from '@yingcai/schema';
import { usePublicQuery } from '@yingcai/ui/public-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format-time';
import { QueryFallback } from '../../components/query-fallback';

/** i18next reads dots as nesting: account.reveal_contact is looked up as account_reveal_contact. */
const key = (value: string) => value.replace(/\./g, '_');

/** Who else read or changed my record: when (Beijing time), who and in what role, what, and why. */
export function RecordViewsSection() {
  const { t, i18n } = useTranslation('web');
  const { data, loading, error, refetch } = usePublicQuery(WebMyRecordViewsDocument);
  // my own steps taken before signing in (registering, verifying) are not someone else looking
  const views = data?.myRecordViews.filter((view) => view.viewerRole !== 'self');
  return (
    <section className="form-card" aria-labelledby="account-views">
      <h2 id="account-views">{t('account.views.heading')}</h2>
      <p>{t('account.views.lead')}</p>
      {views ? (
        views.length === 0 ? (
          <p className="account-list__meta">{t('account.views.empty')}</p>
        ) : (
          <ul className="account-list">
            {views.map((view, index) => {
              const role = view.viewerRole
                ? t(`account.views.roles.${key(view.viewerRole)}` as 'account.views.roles.admin', { defaultValue: view.viewerRole })
                : undefined;
              const action = t(`account.views.actions.${key(view.action)}` as 'account.views.actions.account_reveal_contact', {
                defaultValue: view.action,
              });
              return (
                <li key={`${view.at}-${index}`} className="account-list__item">
                  <p className="account-list__meta">
                    <time dateTime={view.at}>{formatDateTime(view.at, i18n.language)}</time>
                  </p>
                  <p className="account-list__title">
                    {view.viewerName ?? t('account.views.system')}
                    {role && <span className="account-badge">{role}</span>}
                  </p>
                  <p>{action}</p>
                  {view.reason && <p className="account-list__meta">{t('account.views.reason', { reason: view.reason })}</p>}
                </li>
              );
            })}
          </ul>
        )
      ) : (
        <QueryFallback loading={loading} error={error} onRetry={refetch} />
      )}
    </section>
  );
}
