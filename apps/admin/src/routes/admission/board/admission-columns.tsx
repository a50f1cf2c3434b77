import type { AdminAdmissionBoardFragment, AdmissionDecision } from '@yingcai/schema';
import { Button, Select, Tag, type TableColumnsType } from 'antd';
import { type useAdminTranslation } from '../../../i18n/use-admin-translation';

export type CandidateRow = AdminAdmissionBoardFragment['disciplines'][number]['candidates'][number];
type T = ReturnType<typeof useAdminTranslation>['t'];

const DECISIONS: AdmissionDecision[] = ['admitted', 'waitlisted', 'not_admitted'];
const COLOURS: Record<AdmissionDecision, string> = { admitted: 'green', waitlisted: 'gold', not_admitted: 'default' };

interface Handlers {
  busy: boolean;
  published: boolean;
  onDecide: (row: CandidateRow, decision: AdmissionDecision) => void;
}

/** One discipline's ranking: scores, the proposal as a tag, the decision as a choice until publication. */
export function admissionColumns(t: T, { busy, published, onDecide }: Handlers): TableColumnsType<CandidateRow> {
  const label = (decision: AdmissionDecision) => t(`admission.decisions.${decision}`);
  return [
    { title: t('admission.rank'), dataIndex: 'rank', width: 64 },
    { title: t('admission.name'), dataIndex: 'name' },
    { title: t('admission.school'), dataIndex: 'schoolName' },
    { title: t('admission.assessmentScore'), dataIndex: 'assessmentScore', align: 'right' },
    { title: t('admission.interviewScore'), dataIndex: 'interviewScore', align: 'right' },
    { title: t('admission.combined'), dataIndex: 'combined', align: 'right', render: (value: number) => <strong>{value.toFixed(2)}</strong> },
    { title: t('admission.proposal'), dataIndex: 'proposal', render: (value: AdmissionDecision) => <Tag color={COLOURS[value]}>{label(value)}</Tag> },
    {
      title: t('admission.decision'),
      key: 'decision',
      render: (_, row) => (published ? <Tag color={COLOURS[row.decision]}>{label(row.decision)}</Tag> : (
        <>
          <Select<AdmissionDecision> aria-label={t('admission.decisionLabel', { name: row.name })} value={row.decision} disabled={busy} style={{ width: 104 }}
            options={DECISIONS.map((value) => ({ value, label: label(value) }))} onChange={(value) => onDecide(row, value)} />
          {row.decidedByOffice && <Tag style={{ marginLeft: 8 }}>{t('admission.decidedByOffice')}</Tag>}
        </>
      )),
    },
    {
      title: t('admission.evidence'),
      key: 'evidence',
      render: (_, row) => <Button type="link" size="small" href={`/api/admission/evidence.xlsx?applicationId=${row.applicationId}`}>{t('admission.evidence')}</Button>,
    },
  ];
}
