import { LanguageSwitch } from '@yingcai/ui/language-switch/language-switch';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LoadingState } from '../components/query-state';
import './site-layout.css';

export function SiteLayout() {
  const { t } = useTranslation('web');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-brand">
            <span className="site-brand__region">{t('site.brandRegion')}</span>
            <span className="site-brand__name">{t('site.brand')}</span>
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('site.footer')}</p>
      </footer>
    </>
  );
}
