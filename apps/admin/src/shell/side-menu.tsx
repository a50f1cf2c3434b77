import { Menu } from 'antd';
import { Link, useLocation } from 'react-router';
import { useAdminTranslation } from '../i18n/use-admin-translation';
import type { AdminResource } from '../resources';

const isWithin = (pathname: string, path: string): boolean =>
  pathname === path || pathname.startsWith(`${path}/`);

/** The resources given, which the shell has already narrowed to what the account may open. */
export function SideMenu({ resources }: { resources: readonly AdminResource[] }) {
  const { t } = useAdminTranslation();
  const { pathname } = useLocation();
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={resources.filter((r) => isWithin(pathname, r.path)).map((r) => r.key)}
      items={resources.map((r) => ({
        key: r.key,
        icon: r.icon,
        label: <Link to={r.path}>{t(r.labelKey)}</Link>,
      }))}
    />
  );
}
