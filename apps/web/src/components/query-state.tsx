import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation('common');
  return (
    <p className="query-state" role="status">
      {t('state.loading')}
    </p>
  );
}

export function ErrorState({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div className="query-state query-state--error" role="alert">
      <p>{t('state.loadFailed')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}
