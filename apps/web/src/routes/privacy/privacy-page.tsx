import { WebPrivacyNoticeDocument } from '@yingcai/schema';
import { usePublicQuery } from '@yingcai/ui/public-query';
import { useTranslation } from 'react-i18next';
import { QueryFallback } from '../../components/query-fallback';

/** /privacy (个人信息处理规则): how the programme handles personal information, in the version in force (issue 23). */
export function PrivacyPage() {
  const { t } = useTranslation('web');
  const { data, loading, error, refetch } = usePublicQuery(WebPrivacyNoticeDocument);
  const notice = data?.privacyNotice;
  return (
    <div className="account-page">
      <title>{`${t('privacy.title')} · ${t('site.title')}`}</title>
      <h1>{notice?.title ?? t('privacy.title')}</h1>
      {notice ? (
        <div className="form-card" lang="zh-CN">
          <p className="account-list__meta">{t('privacy.version', { version: notice.version })}</p>
          {notice.sections.map((section) => (
            <section key={section.heading}>
              <h2>{section.heading}</h2>
              <p>{section.body}</p>
            </section>
          ))}
        </div>
      ) : (
        <QueryFallback loading={loading} error={error} onRetry={refetch} />
      )}
    </div>
  );
}
