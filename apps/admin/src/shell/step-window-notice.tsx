import { useQuery } from '@apollo/client/react';
import type { OfficeStep } from '@yingcai/domain/windows';
import { AdminStepWindowsDocument } from '@yingcai/schema';
import { Alert } from 'antd';
import { useAdminTranslation } from '../i18n/use-admin-translation';
import { useCycleSelection } from './cycle-selection';

/** Issue 11: a page of an office step says up front when the step's window is closed, before anyone acts. */
export function StepWindowNotice({ step }: { step: OfficeStep }) {
  const { t } = useAdminTranslation();
  const { year } = useCycleSelection();
  const { data } = useQuery(AdminStepWindowsDocument, { variables: { year: year ?? 0 }, skip: year === undefined, fetchPolicy: 'cache-and-network' });
  const window = data?.cycle?.stepWindows.find((w) => w.step === step);
  if (!window || window.open) return null;
  const text = t('stepWindow.closed', { step: t(`stepWindow.steps.${step}`), start: window.startsOn, end: window.lastDay, rule: window.rule });
  return <Alert type="warning" showIcon role="status" title={text} style={{ marginBottom: 16 }} />;
}
