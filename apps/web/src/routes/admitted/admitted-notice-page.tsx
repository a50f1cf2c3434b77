import { WebAdmittedNoticeDocument, type WebAdmittedNoticeQuery } from '@yingcai/schema';
import { usePublicQuery } from '@yingcai/ui/public-query';
import { useState } from 'react';
import { QueryFallback } from '../../components/query-fallback';
import { formatDateTime } from '../../components/format-time';
import { useMentorCycle } from '../mentors/newest-cycle';
import { ObjectionForm } from './objection-form';
import { useAdmittedTranslation } from './use-admitted-translation';

type Notice = WebAdmittedNoticeQuery['admittedNotice'];
type Entry = Notice['entries'][number];

function NoticeList({ notice }: { notice: Notice }) {
  const { t, i18n } = useAdmittedTranslation();
  const [objecting, setObjecting] = useState<Entry | null>(null);
  const [sent, setSent] = useState(false);
  if (!notice.open || !notice.endsAt) return <p className="query-state">{t('closed')}</p>;
  return (
    <>
      <p className="mentor-page__lead">{t('lead', { year: notice.year, endsAt: formatDateTime(notice.endsAt, i18n.language) })}</p>
      {sent && <p role="status" className="form-success">{t('sent')}</p>}
      {objecting && (
        <ObjectionForm year={notice.year} entry={objecting} onDone={(done) => { setSent(done); setObjecting(null); }} />
      )}
      <p>{t('total', { count: notice.entries.length })}</p>
      <ul className="admitted-list">
        {notice.entries.map((entry) => (
          <li key={entry.id}>
            <strong>{entry.name}</strong> · {entry.schoolName} · {entry.disciplineName}{' '}
            <button type="button" className="button button--link" onClick={() => { setSent(false); setObjecting(entry); }} aria-label={`${t('object')}：${entry.name}`}>
              {t('object')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function NoticeOfYear({ year }: { year: number }) {
  const { data, loading, error, refetch } = usePublicQuery(WebAdmittedNoticeDocument, { year });
  if (!data || loading) return <QueryFallback loading={loading} error={error} onRetry={refetch} />;
  return <NoticeList notice={data.admittedNotice} />;
}

/** 录取公示: the admitted's name, school and discipline during the notice period, each open to an objection. */
export function AdmittedNoticePage() {
  const { t } = useAdmittedTranslation();
  const { cycle, loading, error, refetch } = useMentorCycle();
  return (
    <div className="mentor-page">
      <title>{`${t('title')} · ${t('site.title', { ns: 'web' })}`}</title>
      {/* Issue 23: the notice names minors; search engines keep it out (the server says so too). */}
      <meta name="robots" content="noindex" />
      <h1>{t('heading')}</h1>
      {cycle ? <NoticeOfYear year={cycle.year} /> : <QueryFallback loading={loading} error={error} onRetry={refetch} />}
    </div>
  );
}
