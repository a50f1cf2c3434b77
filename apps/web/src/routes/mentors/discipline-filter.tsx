import type { WebMentorCycleQuery } from '@yingcai/schema';
import { Link } from 'react-router';
import { directoryHref, type DirectoryParams } from './directory-params';
import { useMentorsTranslation } from './use-mentors-translation';

type Discipline = WebMentorCycleQuery['cycle']['disciplines'][number];

// R-SCOPE-1: the chips are the cycle's disciplines, in its order
export function DisciplineFilter({ disciplines, params }: { disciplines: Discipline[]; params: DirectoryParams }) {
  const { t } = useMentorsTranslation();
  const chips = [{ code: null, name: t('allDisciplines') }, ...disciplines];
  return (
    <nav className="discipline-chips" aria-label={t('filterLabel')}>
      {chips.map((chip) => (
        <Link
          key={chip.code ?? 'all'}
          className="discipline-chips__chip"
          to={directoryHref(params, { discipline: chip.code })}
          aria-current={params.discipline === chip.code ? 'page' : undefined}
        >
          {chip.name}
        </Link>
      ))}
    </nav>
  );
}
