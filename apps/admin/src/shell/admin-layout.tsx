import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { AdminMeDocument } from '@yingcai/schema';
import { Alert, Button, Flex, Layout, Skeleton, theme } from 'antd';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useAdminTranslation } from '../i18n/use-admin-translation';
import type { AdminResource } from '../resources';
import { hasStaffRole, mayOpen, type SessionAccount } from './access';
import { failureOf } from './api-failure';
import { CycleSelectionProvider } from './cycle-selection';
import { CycleSwitcher } from './cycle-switcher';
import { LanguageSwitch } from './language-switch';
import { SessionProvider } from './session';
import { SideMenu } from './side-menu';
import { loginPathFor, useLogout } from './sign-in';

const { Sider, Header, Content } = Layout;

const NoConsoleAccess = lazy(() => import('./access-denied').then((m) => ({ default: m.NoConsoleAccess })));

/** The shell asks who is signed in: nobody goes to the login (and comes back), an applicant is turned away. */
export function AdminLayout({ resources }: { resources: readonly AdminResource[] }) {
  const { t } = useAdminTranslation();
  const location = useLocation();
  const { data, error, refetch } = useQuery(AdminMeDocument);
  if (!data) {
    if (!error) {
      return (
        <Centered>
          <div aria-busy="true" aria-label={t('session.checking')}>
            <Skeleton active />
          </div>
        </Centered>
      );
    }
    if (failureOf(error).code === 'UNAUTHENTICATED') return <Navigate to={loginPathFor(location)} replace />;
    return (
      <Centered>
        <Alert
          type="error"
          showIcon
          title={t('session.loadFailed')}
          action={<Button onClick={() => void refetch()}>{t('session.retry')}</Button>}
        />
      </Centered>
    );
  }
  const me = data.me;
  if (!me) return <Navigate to={loginPathFor(location)} replace />;
  if (!hasStaffRole(me.roles)) {
    return (
      <Centered>
        <Suspense fallback={<Skeleton active />}>
          <NoConsoleAccess />
        </Suspense>
      </Centered>
    );
  }
  return (
    <SessionProvider value={me}>
      <ConsoleFrame account={me} resources={resources.filter((r) => r.inMenu && mayOpen(r.requiredRole, me.roles))} />
    </SessionProvider>
  );
}

function Centered({ children }: { children: ReactNode }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', padding: 24 }}>
      <div style={{ width: '100%', maxWidth: 560 }}>{children}</div>
    </Flex>
  );
}

// Plain headings rather than antd Typography: Typography brings its editor into the shell bundle.
function ConsoleFrame({ account, resources }: { account: SessionAccount; resources: readonly AdminResource[] }) {
  const { t } = useAdminTranslation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  const { logout, loggingOut, failure } = useLogout();
  return (
    <CycleSelectionProvider>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg">
          <div style={{ color: token.colorTextLightSolid, padding: token.padding, textAlign: 'center', fontWeight: 600 }}>
            {t('app.shortTitle')}
          </div>
          <SideMenu resources={resources} />
        </Sider>
        <Layout>
          <Header style={{ background: token.colorBgContainer, paddingInline: token.paddingLG }}>
            <Flex align="center" gap={token.margin} style={{ height: '100%' }}>
              <h1 style={{ margin: 0, flex: 1, fontSize: token.fontSizeHeading4, color: token.colorTextHeading, whiteSpace: 'nowrap' }}>
                {t('app.title')}
              </h1>
              <CycleSwitcher />
              <LanguageSwitch />
              <Link to="/me" title={t('header.myAccount', { name: account.displayName })}>
                <UserOutlined /> {account.displayName}
              </Link>
              <Button icon={<LogoutOutlined />} loading={loggingOut} onClick={() => void logout()}>
                {t('header.logout')}
              </Button>
            </Flex>
          </Header>
          <Content style={{ margin: token.marginLG }}>
            {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: token.margin }} />}
            <Suspense fallback={<Skeleton active />}>
              <Outlet />
            </Suspense>
          </Content>
        </Layout>
      </Layout>
    </CycleSelectionProvider>
  );
}
