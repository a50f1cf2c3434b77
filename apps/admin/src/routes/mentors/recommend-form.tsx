import { useMutation } from '@apollo/client/react';
import { AdminRecommendMentorDocument } from '@yingcai/schema';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { MentorDataFields } from './mentor-data-fields';
import { NEW_RECOMMENDATION, toRecommendInput, type RecommendValues } from './mentor-form-values';
import { useDescribeMentorFailure } from './mentor-rules';

interface RecommendFormProps {
  year: number;
  universityId: string;
  disciplines: readonly { code: string; name: string }[];
  onClose: () => void;
  onRecommended: (name: string) => void;
}

/** 推荐导师 (R-MENTOR-2): the university enters a candidate; the candidate is invited by e-mail to confirm. */
export function RecommendForm({ year, universityId, disciplines, onClose, onRecommended }: RecommendFormProps) {
  const { t } = useAdminTranslation();
  const [form] = Form.useForm<RecommendValues>();
  const [recommend, { loading }] = useMutation(AdminRecommendMentorDocument);
  const describeFailure = useDescribeMentorFailure();
  const [refusal, setRefusal] = useState<string[] | null>(null);

  const submit = async (values: RecommendValues) => {
    setRefusal(null);
    const input = toRecommendInput(values, year, universityId);
    try {
      await recommend({ variables: { input } });
    } catch (error) {
      const failure = describeFailure(error);
      if (failure.code === 'CONFLICT') setRefusal([t('mentorRules.line', { rule: 'R-MENTOR-2', message: t('mentorRules.duplicate') })]);
      else if (failure.field && failure.field !== 'universityId') form.setFields([{ name: failure.field, errors: failure.lines }]);
      else setRefusal(failure.lines);
      return;
    }
    onRecommended(input.name);
  };

  return (
    <Modal
      open
      width={760}
      title={t('mentors.recommendTitle')}
      okText={t('mentors.recommendSubmit')}
      cancelText={t('mentors.confirmCancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form<RecommendValues> form={form} layout="vertical" initialValues={NEW_RECOMMENDATION} onFinish={(v) => void submit(v)} scrollToFirstError>
        <Form.Item name="name" label={t('mentors.name')} rules={[{ required: true, whitespace: true, message: t('mentors.nameRequired') }]}>
          <Input autoComplete="off" maxLength={50} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item name="disciplineCode" label={t('mentors.discipline')} rules={[{ required: true, message: t('mentors.disciplineRequired') }]}>
          <Select aria-label={t('mentors.discipline')} options={disciplines.map((d) => ({ value: d.code, label: d.name }))} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('mentors.email')}
          extra={t('mentors.emailHint')}
          rules={[
            { required: true, whitespace: true, message: t('mentors.emailRequired') },
            { type: 'email', message: t('mentors.emailInvalid') },
          ]}
        >
          <Input type="email" autoComplete="off" style={{ maxWidth: 320 }} />
        </Form.Item>
        <MentorDataFields />
      </Form>
      {refusal && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('mentors.recommendFailed', { reason: refusal.join(' ') })}
        />
      )}
    </Modal>
  );
}
