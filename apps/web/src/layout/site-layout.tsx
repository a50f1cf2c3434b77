import { LanguageSwitch } from '@yingcai/ui/language-switch/language-switch';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { LoadingState } from '../components/query-state';
import { SessionProvider, useSession } from '../session/session';
import './site-layout.css';

/** 登录 / 注册 when signed out, 我的账户 when signed in; nothing while the site asks, so nothing jumps. */
function AccountNav() {
  const { t } = useTranslation('web');
  const { me } = useSession();
  if (me === undefined) return null;
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      {me ? (
        <NavLink to="/account">{t('nav.account')}</NavLink>
      ) : (
        <>
          <NavLink to="/login">{t('nav.login')}</NavLink>
          <NavLink to="/register">{t('nav.register')}</NavLink>
        </>
      )}
    </nav>
  );
}

function SiteNav() {
  const { t } = useTranslation('web');
  return (
    <nav className="site-nav" aria-label={t('nav.site')}>
      <NavLink to="/eligibility">{t('nav.eligibility')}</NavLink>
      <NavLink to="/mentors">{t('nav.mentors')}</NavLink>
      <NavLink to="/admitted">{t('nav.admitted')}</NavLink>
    </nav>
  );
}

export function SiteLayout() {
  const { t } = useTranslation('web');
  return (
    <SessionProvider>
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-brand">
            <span className="site-brand__region">{t('site.brandRegion')}</span>
            <span className="site-brand__name">{t('site.brand')}</span>
          </Link>
          <div className="site-header__tools">
            <SiteNav />
            <AccountNav />
            <LanguageSwitch />
          </div>
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
    </SessionProvider>
  );
}
