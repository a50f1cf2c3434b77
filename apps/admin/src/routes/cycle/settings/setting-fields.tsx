import { CYCLE_SETTING_LIMITS, type CycleSettingKey } from '@yingcai/domain/cycle';
import { Form, InputNumber } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { RuleTag } from './rule-tag';

// The labels the read-only page uses; the limits and rule IDs come from domain, as the API checks them.
const LABELS: Record<CycleSettingKey, string> = {
  subjectRankTopPercent: 'rules.subjectRank',
  overallRankTopPercent: 'rules.overallRank',
  maxMentorChoices: 'rules.maxMentorChoices',
  interviewRatio: 'rules.interviewRatio',
  assessmentWeight: 'rules.assessmentWeight',
  interviewWeight: 'rules.interviewWeight',
  publicNoticeDays: 'rules.publicNoticeDays',
  minAdmissions: 'rules.minAdmissions',
  minTrainingSessions: 'rules.minTrainingSessions',
};

/** One number input per setting, each with its rule ID and the range the rule allows. */
export function SettingFields() {
  const { t } = useAdminTranslation();
  return (Object.keys(LABELS) as CycleSettingKey[]).map((key) => {
    const limit = CYCLE_SETTING_LIMITS[key];
    const label = t(LABELS[key] as 'rules.subjectRank');
    return (
      <Form.Item
        key={key}
        name={['settings', key]}
        label={<span>{label}<RuleTag rule={limit.rule} /></span>}
        rules={[{ required: true, type: 'number', min: limit.min, max: limit.max, message: t('cycle.settingRange', { rule: limit.rule, min: limit.min, max: limit.max }) }]}
      >
        <InputNumber aria-label={label} precision={limit.whole ? 0 : 2} step={limit.whole ? 1 : 0.1} style={{ width: 160 }} />
      </Form.Item>
    );
  });
}
