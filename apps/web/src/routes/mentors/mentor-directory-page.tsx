import { WebMentorDirectoryDocument } from '@yingcai/schema';
import { usePublicQuery } from '@yingcai/ui/public-query';
import { QueryFallback } from '../../components/query-fallback';
import { DirectoryPager } from './directory-pager';
import { useDirectoryParams, type DirectoryParams } from './directory-params';
import { DisciplineFilter } from './discipline-filter';
import { MentorCard } from './mentor-card';
import { MentorSearch } from './mentor-search';
import { useMentorCycle, type MentorCycle } from './newest-cycle';
import { useMentorsTranslation } from './use-mentors-translation';
import './mentors.css';

const PAGE_SIZE = 10;

function DirectoryResults({ year, params }: { year: number; params: DirectoryParams }) {
  const { t } = useMentorsTranslation();
  const variables = { year, disciplineCode: params.discipline, search: params.search || null, page: { page: params.page, pageSize: PAGE_SIZE } };
  const { data, loading, error, refetch } = usePublicQuery(WebMentorDirectoryDocument, variables);
  if (!data || loading) return <QueryFallback loading={loading} error={error} onRetry={refetch} />;
  const { rows, total } = data.mentorDirectory;
  if (rows.length === 0) {
    return <p className="query-state">{params.search ? t('emptySearch', { search: params.search }) : t('empty')}</p>;
  }
  return (
    <>
      <p className="mentor-directory__total">{t('total', { count: total })}</p>
      <ul className="mentor-list">
        {rows.map((mentor) => (
          <li key={mentor.id}>
            <MentorCard mentor={mentor} year={year} />
          </li>
        ))}
      </ul>
      <DirectoryPager params={params} pages={Math.ceil(total / PAGE_SIZE)} />
    </>
  );
}

function Directory({ cycle }: { cycle: MentorCycle }) {
  const params = useDirectoryParams();
  return (
    <>
      <DisciplineFilter disciplines={cycle.disciplines} params={params} />
      <MentorSearch key={params.search} params={params} />
      <DirectoryResults year={cycle.year} params={params} />
    </>
  );
}

/** 导师风采: the cycle's approved mentors, by discipline and search (R-APP-3). */
export function MentorDirectoryPage() {
  const { t } = useMentorsTranslation();
  const { cycle, loading, error, refetch, unpublished } = useMentorCycle();
  return (
    <div className="mentor-page">
      <title>{`${t('title')} · ${t('site.title', { ns: 'web' })}`}</title>
      {cycle && <p className="mentor-page__kicker">{t('cycle', { year: cycle.year })}</p>}
      <h1>{t('heading')}</h1>
      <p className="mentor-page__lead">{t('lead')}</p>
      {cycle ? (
        <Directory cycle={cycle} />
      ) : unpublished ? (
        <p className="query-state">{t('noCycle')}</p>
      ) : (
        <QueryFallback loading={loading} error={error} onRetry={refetch} />
      )}
    </div>
  );
}
