import { Link } from 'react-router';
import { directoryHref, type DirectoryParams } from './directory-params';
import { useMentorsTranslation } from './use-mentors-translation';

export function DirectoryPager({ params, pages }: { params: DirectoryParams; pages: number }) {
  const { t } = useMentorsTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="directory-pager" aria-label={t('pages')}>
      {params.page > 1 && <Link to={directoryHref(params, { page: params.page - 1 })}>{t('previous')}</Link>}
      <span>{t('pageOf', { page: params.page, pages })}</span>
      {params.page < pages && <Link to={directoryHref(params, { page: params.page + 1 })}>{t('next')}</Link>}
    </nav>
  );
}
