import { WebMentorDocument, type WebMentorQuery } from '@yingcai/schema';
import { GraphQLRequestError, usePublicQuery } from '@yingcai/ui/public-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryFallback } from '../../components/query-fallback';
import { directoryHref } from './directory-params';
import { MentorAvatar } from './mentor-avatar';
import { useMentorCycle } from './newest-cycle';
import { ResearchFields } from './research-fields';
import { useMentorsTranslation } from './use-mentors-translation';
import './mentors.css';

type PublicMentor = WebMentorQuery['publicMentor'];

function MentorDetails({ mentor }: { mentor: PublicMentor }) {
  const { t } = useMentorsTranslation();
  return (
    <article className="mentor-profile" aria-labelledby="mentor-name">
      <title>{`${mentor.name} · ${t('title')} · ${t('site.title', { ns: 'web' })}`}</title>
      <header className="mentor-profile__head">
        <MentorAvatar name={mentor.name} photoUrl={mentor.photoUrl} large />
        <div>
          <h1 id="mentor-name">{mentor.name}</h1>
          <p className="mentor-card__place">{[mentor.title, mentor.university.name, mentor.discipline.name].filter(Boolean).join(' · ')}</p>
        </div>
      </header>
      <h2>{t('researchFields')}</h2>
      <ResearchFields fields={mentor.researchFields} label={t('researchFields')} />
      {mentor.honours.length > 0 && (
        <>
          <h2>{t('honours')}</h2>
          <ul className="mentor-honours">
            {mentor.honours.map((honour) => (
              <li key={honour}>{honour}</li>
            ))}
          </ul>
        </>
      )}
      {mentor.profile && (
        <>
          <h2>{t('profile')}</h2>
          <p className="mentor-profile__text">{mentor.profile}</p>
        </>
      )}
    </article>
  );
}

function MentorOfYear({ id, year }: { id: string; year: number }) {
  const { t } = useMentorsTranslation();
  const { data, loading, error, refetch } = usePublicQuery(WebMentorDocument, { id, year });
  const mentor = data?.publicMentor;
  if (mentor && !loading) {
    return (
      <>
        <Link className="mentor-page__back" to={directoryHref({ discipline: mentor.discipline.code, search: '', page: 1 }, {})}>
          {t('back')}
        </Link>
        <MentorDetails mentor={mentor} />
      </>
    );
  }
  if (error instanceof GraphQLRequestError && error.has('NOT_FOUND')) return <p className="query-state">{t('notFound')}</p>;
  return <QueryFallback loading={loading} error={error} onRetry={refetch} />;
}

function MentorOfNewestCycle({ id }: { id: string }) {
  const { t } = useMentorsTranslation();
  const { cycle, loading, error, refetch, unpublished } = useMentorCycle();
  if (cycle) return <MentorOfYear id={id} year={cycle.year} />;
  if (unpublished) return <p className="query-state">{t('noCycle')}</p>;
  return <QueryFallback loading={loading} error={error} onRetry={refetch} />;
}

/** A mentor's public page; the year comes with the directory's link, else the newest cycle's. */
export function MentorProfilePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const year = Number.parseInt(params.get('year') ?? '', 10);
  return <div className="mentor-page">{year > 0 ? <MentorOfYear id={id} year={year} /> : <MentorOfNewestCycle id={id} />}</div>;
}
