import { CheckOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useAdminTranslation } from '../i18n/use-admin-translation';

interface BulkApproveButtonProps {
  /** How many rows are selected; none disables the button. */
  count: number;
  /** The question naming what is approved, e.g. 确定通过所选 2 所学校的参与申请吗？ */
  confirmTitle: string;
  /** A line under the question for what the office should know first, e.g. rows with flags. */
  warning?: string;
  busy: boolean;
  onConfirm: () => unknown;
}

/** 批量通过（n）: approves the selected rows of a table after a confirmation that says how many. */
export function BulkApproveButton({ count, confirmTitle, warning, busy, onConfirm }: BulkApproveButtonProps) {
  const { t } = useAdminTranslation();
  return (
    <Popconfirm
      title={confirmTitle}
      description={warning}
      okText={t('bulkApprove.ok')}
      cancelText={t('bulkApprove.cancel')}
      onConfirm={onConfirm}
      disabled={count === 0}
    >
      <Button type="primary" icon={<CheckOutlined />} disabled={count === 0} loading={busy}>
        {count ? t('bulkApprove.buttonCount', { count }) : t('bulkApprove.button')}
      </Button>
    </Popconfirm>
  );
}
