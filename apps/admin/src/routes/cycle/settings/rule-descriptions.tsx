import { Descriptions, type DescriptionsProps } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import type { SettingsRules } from './queries';
import { RuleTag } from './rule-tag';

export function RuleDescriptions({ rules }: { rules: SettingsRules }) {
  const { t } = useAdminTranslation();
  const item = (key: string, label: string, rule: string, value: string) => ({
    key,
    label: (
      <span>
        {label}
        <RuleTag rule={rule} />
      </span>
    ),
    children: value,
  });
  const items: DescriptionsProps['items'] = [
    item('subjectRank', t('rules.subjectRank'), 'R-APP-2', t('rules.subjectRankValue', { value: rules.subjectRankTopPercent })),
    item('overallRank', t('rules.overallRank'), 'R-APP-2', t('rules.overallRankValue', { value: rules.overallRankTopPercent })),
    item('maxMentorChoices', t('rules.maxMentorChoices'), 'R-APP-3', t('rules.maxMentorChoicesValue', { value: rules.maxMentorChoices })),
    item('interviewRatio', t('rules.interviewRatio'), 'R-SEL-4', t('rules.interviewRatioValue', { value: rules.interviewRatio })),
    item('minAdmissions', t('rules.minAdmissions'), 'R-SEL-6', t('rules.minAdmissionsValue', { value: rules.minAdmissions })),
    item(
      'minTrainingSessions',
      t('rules.minTrainingSessions'),
      'R-TRAIN-4',
      t('rules.minTrainingSessionsValue', { value: rules.minTrainingSessions }),
    ),
    item('weights', t('rules.weights'), 'R-SEL-5', t('rules.weightsValue', { assessment: rules.assessmentWeight, interview: rules.interviewWeight })),
    item('publicNoticeDays', t('rules.publicNoticeDays'), 'R-SEL-5', t('rules.publicNoticeDaysValue', { value: rules.publicNoticeDays })),
  ];
  return <Descriptions bordered size="small" column={1} items={items} styles={{ label: { width: 320 } }} />;
}
