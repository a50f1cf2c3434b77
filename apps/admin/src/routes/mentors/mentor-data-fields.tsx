import { HONOURS } from '@yingcai/domain/mentors';
import { Checkbox, Form, Input, InputNumber, Select, type FormRule } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { LiveWarnings } from './rule-warnings';
import { TeamFields } from './team-fields';

const MAX_FIELDS = 8;
const MAX_FIELD_LENGTH = 30;

/** The data the university enters and the mentor completes (R-MENTOR-1 honours, R-MENTOR-4 team), inside a Form. */
export function MentorDataFields() {
  const { t } = useAdminTranslation();
  const researchFieldRules: FormRule[] = [
    {
      validator: async (_, fields?: string[]) => {
        const given = (fields ?? []).filter((f) => f.trim());
        if (given.length < 1 || given.length > MAX_FIELDS) throw new Error(t('mentors.researchFieldsRequired'));
        if (given.some((f) => f.trim().length > MAX_FIELD_LENGTH)) throw new Error(t('mentors.researchFieldTooLong'));
      },
    },
  ];
  return (
    <>
      <Form.Item name="title" label={t('mentors.title')} rules={[{ max: 50 }]}>
        <Input placeholder={t('mentors.titlePlaceholder')} autoComplete="off" maxLength={50} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item name="honours" label={t('mentors.honours')}>
        <Checkbox.Group options={HONOURS.map((honour) => ({ value: honour.code, label: honour.name }))} />
      </Form.Item>
      <Form.Item name="researchFields" label={t('mentors.researchFields')} rules={researchFieldRules}>
        <Select mode="tags" aria-label={t('mentors.researchFields')} placeholder={t('mentors.researchFieldsPlaceholder')} open={false} tokenSeparators={[',', '，', '、']} />
      </Form.Item>
      <Form.Item name="profile" label={t('mentors.profile')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={4} maxLength={500} showCount />
      </Form.Item>
      <Form.Item name="capacity" label={t('mentors.capacity')} rules={[{ required: true, type: 'integer', min: 1, max: 10, message: t('mentors.capacityRequired') }]}>
        <InputNumber min={1} max={10} precision={0} aria-label={t('mentors.capacity')} />
      </Form.Item>
      <div style={{ marginBottom: 8 }}>{t('mentors.team')}</div>
      <TeamFields />
      <LiveWarnings />
    </>
  );
}
