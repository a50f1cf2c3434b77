import { Flex, Layout, Skeleton, theme } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet } from 'react-router';
import { useAdminTranslation } from '../i18n/use-admin-translation';
import type { AdminResource } from '../resources';
import { CycleSelectionProvider } from './cycle-selection';
import { CycleSwitcher } from './cycle-switcher';
import { LanguageSwitch } from './language-switch';
import { SideMenu } from './side-menu';

const { Sider, Header, Content } = Layout;

// Plain headings rather than antd Typography: Typography brings its editor into the shell bundle.
export function AdminLayout({ resources }: { resources: readonly AdminResource[] }) {
  const { t } = useAdminTranslation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
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
              <h1 style={{ margin: 0, flex: 1, fontSize: token.fontSizeHeading4, color: token.colorTextHeading }}>
                {t('app.title')}
              </h1>
              <CycleSwitcher />
              <LanguageSwitch />
            </Flex>
          </Header>
          <Content style={{ margin: token.marginLG }}>
            <Suspense fallback={<Skeleton active />}>
              <Outlet />
            </Suspense>
          </Content>
        </Layout>
      </Layout>
    </CycleSelectionProvider>
  );
}
