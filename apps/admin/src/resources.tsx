import { SettingOutlined } from '@ant-design/icons';
import type { AdminMessageKey } from '@yingcai/ui/i18n/admin.zh-CN';
import { lazy, type ReactNode } from 'react';

const CycleSettingsPage = lazy(() =>
  import('./routes/cycle/settings/cycle-settings-page').then((m) => ({ default: m.CycleSettingsPage })),
);

/** One screen of the console: its menu entry, its route and who may open it. */
export interface AdminResource {
  key: string;
  labelKey: AdminMessageKey;
  icon: ReactNode;
  /** Below the `/admin` basename. */
  path: string;
  element: ReactNode;
  /** Open to every visitor while null; roles arrive with login. */
  requiredRole: string | null;
}

export const adminResources: readonly AdminResource[] = [
  {
    key: 'cycle',
    labelKey: 'menu.cycleSettings',
    icon: <SettingOutlined />,
    path: '/cycle',
    element: <CycleSettingsPage />,
    requiredRole: null,
  },
];
