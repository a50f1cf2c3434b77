import type { WebMentorCardFragment } from '@yingcai/schema';
import { Link } from 'react-router';
import { MentorAvatar } from './mentor-avatar';
import { ResearchFields } from './research-fields';
import { useMentorsTranslation } from './use-mentors-translation';

export function mentorHref(mentor: Pick<WebMentorCardFragment, 'id'>, year: number): string {
  return `/mentors/${encodeURIComponent(mentor.id)}?year=${year}`;
}

export function MentorCard({ mentor, year }: { mentor: WebMentorCardFragment; year: number }) {
  const { t } = useMentorsTranslation();
  return (
    <article className="mentor-card" aria-labelledby={`mentor-${mentor.id}`}>
      <MentorAvatar name={mentor.name} photoUrl={mentor.photoUrl} />
      <div className="mentor-card__body">
        <h2 id={`mentor-${mentor.id}`} className="mentor-card__name">
          <Link to={mentorHref(mentor, year)}>{mentor.name}</Link>
          {mentor.title && <span className="mentor-card__title">{mentor.title}</span>}
        </h2>
        <p className="mentor-card__place">
          {mentor.university.name} · {mentor.discipline.name}
        </p>
        <ResearchFields fields={mentor.researchFields} label={t('researchFields')} />
        {mentor.profile && <p className="mentor-card__profile">{mentor.profile}</p>}
      </div>
    </article>
  );
}
