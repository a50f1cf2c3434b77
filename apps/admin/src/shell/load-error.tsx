import { Alert, Button, Flex } from 'antd';
import { Link, useLocation } from 'react-router';
import { useAdminTranslation } from '../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from './api-failure';
import { loginPathFor } from './sign-in';

/** A screen's data could not be loaded: what the API said, a retry, and a way back in when the session ended. */
export function LoadError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const location = useLocation();
  const signedOut = failureOf(error).code === 'UNAUTHENTICATED';
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={describe(error)}
      action={
        <Flex gap={8}>
          {signedOut ? (
            <Link to={loginPathFor(location)}>{t('session.loginAgain')}</Link>
          ) : (
            <Button onClick={onRetry}>{t('session.retry')}</Button>
          )}
        </Flex>
      }
    />
  );
}
