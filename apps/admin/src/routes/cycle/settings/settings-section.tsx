import { theme } from 'antd';
import type { ReactNode } from 'react';

// A plain panel instead of antd Card: Card pulls in Tabs, which this page does not need.
export function SettingsSection({ title, children }: { title: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <section
      style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: token.paddingLG }}
    >
      <h2 style={{ margin: `0 0 ${token.marginMD}px`, fontSize: token.fontSizeHeading5, color: token.colorTextHeading }}>
        {title}
      </h2>
      {children}
    </section>
  );
}
