import { useMutation } from '@apollo/client/react';
import {
  AdminDeclareConflictOfInterestDocument, AdminSubmitScoreSheetDocument, type AdminInterviewRubricQuery, type AdminMyInterviewFragment,
} from '@yingcai/schema';
import { Alert, Button, Divider, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { failureOf, useDescribeFailure } from '../../shell/api-failure';

export type Criterion = AdminInterviewRubricQuery['interviewRubric'][number];
type SheetValues = Record<string, number | string | null | undefined>;

interface ScoreFormProps {
  interview: AdminMyInterviewFragment;
  rubric: readonly Criterion[];
  /** After a sheet or a declaration was saved, with the sentence to show. */
  onDone: (message: string) => void;
}

const COMMENT = '__comment';

/** R-SEL-5: the member's score sheet for one interviewee, whole points per criterion within its maximum, or a conflict of interest with its reason. */
export function ScoreForm({ interview, rubric, onDone }: ScoreFormProps) {
  const { t } = useAdminTranslation();
  const describe = useDescribeFailure();
  const [form] = Form.useForm<SheetValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [declaring, setDeclaring] = useState(false);
  const [reason, setReason] = useState('');
  const [submit, { loading: submitting }] = useMutation(AdminSubmitScoreSheetDocument);
  const [declare, { loading: declaringBusy }] = useMutation(AdminDeclareConflictOfInterestDocument);
  const values = Form.useWatch([], form) as SheetValues | undefined;
  const total = rubric.reduce((sum, c) => sum + (Number(values?.[c.code]) || 0), 0);
  const maximum = rubric.reduce((sum, c) => sum + c.maxPoints, 0);
  const initial = Object.fromEntries([
    ...(interview.sheet?.points ?? []).map((p) => [p.criterion, p.points]),
    [COMMENT, interview.sheet?.comment ?? ''],
  ]);

  const explain = (error: unknown): string => {
    const { code, field } = failureOf(error);
    const criterion = rubric.find((c) => c.code === field);
    if (code === 'BAD_USER_INPUT' && criterion) {
      form.setFields([{ name: criterion.code, errors: [t('scoring.outOfRange', { name: criterion.name, max: criterion.maxPoints })] }]);
      return t('scoring.outOfRange', { name: criterion.name, max: criterion.maxPoints });
    }
    if (code === 'RULE_VIOLATION') return interview.sheet?.conflict ? t('scoring.alreadyConflicted') : t('scoring.fixed');
    return t('scoring.failed', { reason: describe(error) });
  };

  const send = async (sheet: SheetValues) => {
    setFailure(null);
    const points = rubric.map((c) => ({ criterion: c.code, points: Number(sheet[c.code]) }));
    try {
      await submit({ variables: { assignmentId: interview.assignmentId, input: { points, comment: String(sheet[COMMENT] ?? '').trim() || null } } });
      onDone(t('scoring.submitted', { name: interview.name ?? '' }));
    } catch (error) {
      setFailure(explain(error));
    }
  };

  const sendConflict = async () => {
    if (!reason.trim()) return setFailure(t('scoring.reasonRequired'));
    setFailure(null);
    try {
      await declare({ variables: { assignmentId: interview.assignmentId, reason: reason.trim() } });
      onDone(t('scoring.declared', { name: interview.name ?? '' }));
    } catch (error) {
      setFailure(explain(error));
    }
  };

  return (
    <>
      <Form<SheetValues> form={form} layout="vertical" requiredMark={false} initialValues={initial} onFinish={(sheet) => void send(sheet)}>
        {rubric.map((c) => (
          <Form.Item
            key={c.code}
            name={c.code}
            label={t('scoring.criterion', { name: c.name, max: c.maxPoints })}
            rules={[
              { required: true, message: t('scoring.pointsRequired', { name: c.name }) },
              { type: 'integer', min: 0, max: c.maxPoints, message: t('scoring.outOfRange', { name: c.name, max: c.maxPoints }) },
            ]}
          >
            <InputNumber style={{ width: 160 }} />
          </Form.Item>
        ))}
        <Form.Item name={COMMENT} label={t('scoring.comment')}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Typography.Paragraph strong>{t('scoring.sheetTotal', { total, max: maximum })}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('scoring.submit')}
        </Button>
      </Form>
      <Divider />
      <Typography.Paragraph type="secondary">{t('scoring.declareHint')}</Typography.Paragraph>
      {declaring ? (
        <>
          <Input.TextArea aria-label={t('scoring.reason')} placeholder={t('scoring.reason')} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button danger style={{ marginTop: 8 }} loading={declaringBusy} onClick={() => void sendConflict()}>
            {t('scoring.declareConfirm')}
          </Button>
        </>
      ) : (
        <Button danger onClick={() => setDeclaring(true)}>
          {t('scoring.declare')}
        </Button>
      )}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginTop: 12 }} />}
    </>
  );
}
