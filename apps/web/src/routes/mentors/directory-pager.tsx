import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { directoryHref, type DirectoryParams } from './directory-params';

export function DirectoryPager({ params, pages }: { params: DirectoryParams; pages: number }) {
  const { t } = useTranslation('web');
  if (pages <= 1) return null;
  return (
    <nav className="directory-pager" aria-label={t('mentors.pages')}>
      {params.page > 1 && <Link to={directoryHref(params, { page: params.page - 1 })}>{t('mentors.previous')}</Link>}
      <span>{t('mentors.pageOf', { page: params.page, pages })}</span>
      {params.page < pages && <Link to={directoryHref(params, { page: params.page + 1 })}>{t('mentors.next')}</Link>}
    </nav>
  );
}
