import { Alert, Flex, Form, Tag, Tooltip } from 'antd';
import { useCallback } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { liveWarnings, type MentorDataValues } from './mentor-form-values';

/** A warning as the API or the domain gives it: R-MENTOR-1 or R-MENTOR-4, never a refusal. */
export interface Warning {
  rule: string;
  message: string;
  subject?: string | null;
}

/** The warning's sentence in the current language, by its rule; an unknown rule keeps the server's sentence. */
export function useDescribeWarning(): (warning: Warning) => string {
  const { t } = useAdminTranslation();
  return useCallback(
    (warning: Warning) => {
      if (warning.rule === 'R-MENTOR-1') return t('mentorWarning.noHonour');
      if (warning.rule === 'R-MENTOR-4' && warning.subject) return t('mentorWarning.unqualifiedMember', { subject: warning.subject });
      return warning.message;
    },
    [t],
  );
}

/** Beside the decision: one yellow tag per rule, its sentences on hover and for screen readers. */
export function WarningTags({ warnings }: { warnings: readonly Warning[] }) {
  const { t } = useAdminTranslation();
  const describe = useDescribeWarning();
  if (warnings.length === 0) return <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('mentors.noWarnings')}</span>;
  const rules = [...new Set(warnings.map((w) => w.rule))];
  return (
    <Flex wrap gap={4}>
      {rules.map((rule) => {
        const sentences = warnings.filter((w) => w.rule === rule).map(describe);
        const text = sentences.join('；');
        return (
          <Tooltip key={rule} title={text}>
            <Tag color="warning" aria-label={`${rule}：${text}`}>
              {rule}
              {sentences.length > 1 ? ` ×${sentences.length}` : ''}
            </Tag>
          </Tooltip>
        );
      })}
    </Flex>
  );
}

/** Yellow notes under the form, recomputed as honours and team change; they never block the submit. */
export function LiveWarnings() {
  const { t } = useAdminTranslation();
  const describe = useDescribeWarning();
  const form = Form.useFormInstance<MentorDataValues>();
  const honours = Form.useWatch('honours', form);
  const team = Form.useWatch('team', form);
  const warnings = liveWarnings({ honours, team });
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('mentors.liveWarnings')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {warnings.map((w, index) => (
            <li key={index}>{t('mentorWarning.line', { rule: w.rule, message: describe(w) })}</li>
          ))}
        </ul>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
