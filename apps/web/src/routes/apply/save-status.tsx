import type { SaveState } from './use-application-draft';
import { useApplyTranslation } from './use-apply-translation';

/** 已保存 / 正在保存 / 保存失败 (重试), announced politely as it changes. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useApplyTranslation();
  return (
    <div className={`apply-save apply-save--${state}`} role="status">
      {t(`save.${state}`)}
      {state === 'failed' && (
        <>
          {' '}
          <button type="button" className="button button--secondary" onClick={onRetry}>
            {t('save.retry')}
          </button>
        </>
      )}
    </div>
  );
}
