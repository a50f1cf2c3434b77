import { useMutation, useQuery } from '@apollo/client/react';
import { AdminPanelCandidatesDocument, AdminSetInterviewPanelDocument, type AdminInterviewSlotFragment } from '@yingcai/schema';
import { Alert, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';
import { slotTime } from './slot-text';

interface PanelDialogProps {
  year: number;
  slot: AdminInterviewSlotFragment;
  onClose: () => void;
  onSaved: () => void;
  onConflict: () => void;
}

/** 设置评委 (R-SEL-5): the slot's panel, chosen among office staff and the mentors approved for the cycle in its discipline. */
export function PanelDialog({ year, slot, onClose, onSaved, onConflict }: PanelDialogProps) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [chosen, setChosen] = useState(slot.members.map((m) => m.accountId));
  const [failure, setFailure] = useState<string | null>(null);
  const { data } = useQuery(AdminPanelCandidatesDocument, { variables: { year, disciplineCode: slot.disciplineCode } });
  const [setPanel, { loading }] = useMutation(AdminSetInterviewPanelDocument);
  const role = (value: string) => t(`interviews.role${value}` as 'interviews.roleMENTOR');
  const options = (data?.panelCandidates ?? []).map((c) => ({ value: c.accountId, label: `${c.name}（${role(c.role)}）` }));

  const save = async () => {
    setFailure(null);
    try {
      await setPanel({ variables: { slotId: slot.id, version: slot.version, accountIds: chosen } });
      onSaved();
    } catch (error) {
      const { code } = failureOf(error);
      if (code === 'CONFLICT') return onConflict();
      if (code === 'RULE_VIOLATION') return setFailure(t('interviews.panelMustStay'));
      setFailure(code === 'BAD_USER_INPUT' ? t('interviews.panelRefused') : t('interviews.failed', { reason: describe(error) }));
    }
  };

  return (
    <Modal open title={t('interviews.panelDialog', { time: slotTime(slot.startsAt, slot.endsAt) })} okText={t('interviews.save')} cancelText={t('interviews.cancel')} onOk={() => void save()} onCancel={onClose} confirmLoading={loading} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('interviews.panelHint')}</Typography.Paragraph>
      <Select mode="multiple" aria-label={t('interviews.panel')} style={{ width: '100%' }} value={chosen} onChange={setChosen} options={options} optionFilterProp="label" />
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
