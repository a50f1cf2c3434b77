import { useMutation } from '@apollo/client/react';
import { AdminExtendWindowDocument, type AdminWindowExtensionFragment } from '@yingcai/schema';
import { Alert, Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../../shell/api-failure';
import { SchoolSearchSelect } from '../../../shell/school-search-select';

export type Extension = AdminWindowExtensionFragment;

interface ExtendValues {
  milestoneKey: string;
  schoolId?: string;
  applicantContact?: string;
  extendedUntil: Dayjs;
  reason: string;
}

interface ExtendFormProps {
  year: number;
  milestones: readonly { key: string; name: string; endsOn: string }[];
  onDone: (extension: Extension) => void;
}

/** Registration (R-APP-4) and admission confirmation (R-SEL-5) can be extended for one applicant. */
const APPLICANT_WINDOWS: readonly string[] = ['registration', 'admission_confirmation'];

/** Picks a milestone, optionally one school (searched in the register) or one applicant, a later last day and a reason. */
export function ExtendForm({ year, milestones, onDone }: ExtendFormProps) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [form] = Form.useForm<ExtendValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [extend, { loading }] = useMutation(AdminExtendWindowDocument);
  const endOf = (key: string | undefined) => milestones.find((m) => m.key === key)?.endsOn;

  const submit = async (values: ExtendValues) => {
    setFailure(null);
    try {
      const result = await extend({
        variables: {
          year,
          milestoneKey: values.milestoneKey,
          extendedUntil: values.extendedUntil.format('YYYY-MM-DD'),
          reason: values.reason.trim(),
          schoolId: values.schoolId ?? null,
          applicantContact: values.applicantContact?.trim() || null,
        },
      });
      form.resetFields();
      if (result.data) onDone(result.data.extendWindow);
    } catch (error) {
      setFailure(t('windows.failed', { reason: describe(error) }));
    }
  };

  return (
    <Form<ExtendValues> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} style={{ maxWidth: 520 }}>
      <Form.Item name="milestoneKey" label={t('windows.milestone')} rules={[{ required: true, message: t('windows.milestoneRequired') }]}>
        <Select options={milestones.map((m) => ({ value: m.key, label: `${m.name}（${t('windows.endsOn', { date: m.endsOn })}）` }))} />
      </Form.Item>
      <Form.Item name="schoolId" label={t('windows.school')} extra={t('windows.schoolHint')}>
        <SchoolSearchSelect placeholder={t('windows.allSchools')} />
      </Form.Item>
      <Form.Item noStyle dependencies={['milestoneKey', 'schoolId']}>
        {({ getFieldValue }) =>
          APPLICANT_WINDOWS.includes(getFieldValue('milestoneKey') as string) && !getFieldValue('schoolId') ? (
            <Form.Item name="applicantContact" label={t('windows.applicant')} extra={t('windows.applicantHint')}>
              <Input placeholder={t('windows.applicantPlaceholder')} autoComplete="off" />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      <Form.Item
        name="extendedUntil"
        label={t('windows.extendedUntil')}
        dependencies={['milestoneKey']}
        rules={[
          { required: true, message: t('windows.dateRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value: Dayjs | undefined) => {
              const end = endOf(getFieldValue('milestoneKey'));
              if (!value || !end || value.format('YYYY-MM-DD') > end) return Promise.resolve();
              return Promise.reject(new Error(t('windows.dateAfterEnd', { date: end })));
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={t('windows.reason')} rules={[{ required: true, whitespace: true, message: t('windows.reasonRequired') }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('windows.submit')}
      </Button>
    </Form>
  );
}
