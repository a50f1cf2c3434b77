import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useAdminTranslation } from '../i18n/use-admin-translation';

export function NotFound() {
  const { t } = useAdminTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('app.notFound')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('app.backHome')}
        </Button>
      }
    />
  );
}
