import { Button, InputNumber, Popconfirm, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { type useAdminTranslation } from '../../../i18n/use-admin-translation';
import { formatDateTime } from '../../../shell/date-time';
import { cutOffInput, type CutOffDraft, type DisciplineView } from './cut-off-draft';

type AdminT = ReturnType<typeof useAdminTranslation>['t'];

export interface ColumnHandlers {
  busy: boolean;
  onDraft: (code: string, change: CutOffDraft) => void;
  onSave: (view: DisciplineView) => void;
  onPublish: (view: DisciplineView) => void;
}

const ratioText = (invited: number, planned: number | null) => (planned ? `${(invited / planned).toFixed(2)} : 1` : '—');

function proposalText(view: DisciplineView, t: AdminT) {
  const { proposal } = view;
  if (!proposal) return '—';
  if (!proposal.reachable) {
    return <Typography.Text type="warning">{t('cutOffs.tooFew', { assessed: view.row.scores.length, required: proposal.required, max: proposal.maxAdmissions })}</Typography.Text>;
  }
  return proposal.cutOff ?? t('cutOffs.noneInvited');
}

function actions(view: DisciplineView, t: AdminT, handlers: ColumnHandlers) {
  if (view.row.publishedAt) return <Tag color="success">{t('cutOffs.publishedAt', { at: formatDateTime(view.row.publishedAt) })}</Tag>;
  const canSave = view.changed && !view.short && cutOffInput(view) !== null;
  const canPublish = !view.changed && view.row.version != null;
  const discipline = view.row.disciplineName;
  return (
    <Space>
      <Button size="small" disabled={!canSave || handlers.busy} onClick={() => handlers.onSave(view)}>
        {t('cutOffs.save')}
      </Button>
      <Popconfirm
        title={t('cutOffs.publishConfirm', { discipline, cutOff: view.cutOff ?? '—', invited: view.invited })}
        onConfirm={() => handlers.onPublish(view)}
        disabled={!canPublish || handlers.busy}
      >
        <Button size="small" type="primary" disabled={!canPublish || handlers.busy}>
          {t('cutOffs.publish')}
        </Button>
      </Popconfirm>
    </Space>
  );
}

/** The 分数线 table's columns: what the office types, what the rules make of it, and what it may do. */
export function cutOffColumns(t: AdminT, handlers: ColumnHandlers): TableColumnsType<DisciplineView> {
  return [
    { key: 'discipline', title: t('cutOffs.discipline'), render: (_, v) => v.row.disciplineName },
    { key: 'assessed', title: t('cutOffs.assessed'), align: 'right', render: (_, v) => v.row.scores.length },
    {
      key: 'planned',
      title: t('cutOffs.planned'),
      render: (_, v) => (
        <InputNumber<number>
          aria-label={`${v.row.disciplineName}${t('cutOffs.planned')}`}
          min={0}
          max={1000}
          precision={0}
          value={v.planned}
          disabled={Boolean(v.row.publishedAt)}
          onChange={(planned) => handlers.onDraft(v.row.disciplineCode, { planned, cutOff: undefined })}
        />
      ),
    },
    { key: 'proposal', title: t('cutOffs.proposal'), render: (_, v) => proposalText(v, t) },
    {
      key: 'cutOff',
      title: t('cutOffs.cutOff'),
      render: (_, v) => (
        <InputNumber<number>
          aria-label={`${v.row.disciplineName}${t('cutOffs.cutOff')}`}
          min={0}
          max={100}
          step={0.5}
          precision={2}
          value={v.cutOff}
          disabled={Boolean(v.row.publishedAt) || v.planned == null || v.planned === 0}
          onChange={(cutOff) => handlers.onDraft(v.row.disciplineCode, { cutOff })}
        />
      ),
    },
    {
      key: 'invited',
      title: t('cutOffs.invited'),
      render: (_, v) => {
        if (v.short) return <Typography.Text type="danger">{t('cutOffs.shortOfRatio', { invited: v.invited, required: v.required })}</Typography.Text>;
        // R-SEL-3: a plan without a cut-off cannot be saved; say so instead of a bare 0.
        if (!v.row.publishedAt && v.planned && v.cutOff == null) return <Typography.Text type="warning">{t('cutOffs.cutOffMissing')}</Typography.Text>;
        return v.invited;
      },
    },
    { key: 'ratio', title: t('cutOffs.ratio'), render: (_, v) => ratioText(v.invited, v.planned) },
    { key: 'actions', title: t('cutOffs.actions'), render: (_, v) => actions(v, t, handlers) },
  ];
}
