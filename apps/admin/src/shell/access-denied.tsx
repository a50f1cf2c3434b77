import { Button, Result } from 'antd';
import { useAdminTranslation } from '../i18n/use-admin-translation';
import { useLogout } from './sign-in';

/** A staff screen this account's roles do not reach. */
export function Forbidden() {
  const { t } = useAdminTranslation();
  return <Result status="403" title={t('session.forbidden')} subTitle={t('session.forbiddenHint')} />;
}

/** Signed in, but with no staff role (an applicant): the console is not theirs. */
export function NoConsoleAccess() {
  const { t } = useAdminTranslation();
  const { logout, loggingOut, failure } = useLogout();
  return (
    <Result
      status="403"
      title={t('session.noAccess')}
      subTitle={failure ?? t('session.noAccessHint')}
      extra={
        <Button type="primary" loading={loggingOut} onClick={() => void logout()}>
          {t('session.switchAccount')}
        </Button>
      }
    />
  );
}
