import { Card, Flex, Layout, theme } from 'antd';
import type { ReactNode } from 'react';
import { useAdminTranslation } from '../i18n/use-admin-translation';
import { LanguageSwitch } from './language-switch';

/** The frame of the console's public pages (login, invitation): the title, the language, one card. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useAdminTranslation();
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: token.paddingLG }}>
        <main style={{ width: '100%', maxWidth: 480 }}>
          <Flex align="center" justify="space-between" gap={token.margin} style={{ marginBottom: token.marginLG }}>
            <h1 style={{ margin: 0, fontSize: token.fontSizeHeading3, color: token.colorTextHeading }}>{t('app.title')}</h1>
            <LanguageSwitch />
          </Flex>
          <Card title={title}>{children}</Card>
        </main>
      </Flex>
    </Layout>
  );
}
