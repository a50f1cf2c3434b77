import { useMutation } from '@apollo/client/react';
import { CopyCycleDocument, CycleListDocument } from '@yingcai/schema';
import { Alert, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../../shell/api-failure';
import type { SettingsCycle } from './queries';

interface CopyCycleDialogProps {
  cycle: Pick<SettingsCycle, 'id' | 'year'>;
  onClose: () => void;
  onCopied: (year: number) => void;
}

/** 复制为新周期: the office starts next year's cycle from this one (issue 11). */
export function CopyCycleDialog({ cycle, onClose, onCopied }: CopyCycleDialogProps) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [year, setYear] = useState<number | null>(cycle.year + 1);
  const [failure, setFailure] = useState<string | null>(null);
  const [copy, { loading }] = useMutation(CopyCycleDocument, { refetchQueries: [CycleListDocument], awaitRefetchQueries: true });

  const submit = async () => {
    if (year === null) return;
    setFailure(null);
    try {
      const result = await copy({ variables: { cycleId: cycle.id, year } });
      if (result.data) onCopied(result.data.copyCycle.year);
    } catch (error) {
      setFailure(t('cycle.failed', { reason: describe(error) }));
    }
  };

  return (
    <Modal open title={t('cycle.copyTitle', { year: cycle.year })} okText={t('cycle.copySubmit')} cancelText={t('cycle.cancel')} onOk={() => void submit()} onCancel={onClose} confirmLoading={loading} okButtonProps={{ disabled: year === null }} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('cycle.copyHint')}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('cycle.copyYear')} htmlFor="copy-year">
          <InputNumber id="copy-year" min={2000} max={2100} precision={0} value={year} onChange={setYear} />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon role="alert" title={failure} />}
    </Modal>
  );
}
