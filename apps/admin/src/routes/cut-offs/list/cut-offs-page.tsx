import { useQuery } from '@apollo/client/react';
import { AdminCutOffBoardDocument } from '@yingcai/schema';
import { Alert, Table, Typography } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useCycleSelection } from '../../../shell/cycle-selection';
import { LoadError } from '../../../shell/load-error';
import { cutOffColumns } from './cut-off-columns';
import { cutOffInput, viewOf, type CutOffDraft, type DisciplineView } from './cut-off-draft';
import type { Outcome } from '../../../shell/board-action';
import { useCutOffActions } from './use-cut-off-actions';

/** 分数线 (R-SEL-3, R-SEL-4): planned admissions and the cut-off per discipline, checked as typed, then published. */
export function CutOffsPage() {
  const { year } = useCycleSelection();
  return year === undefined ? null : <CutOffsOfYear year={year} />;
}

function CutOffsOfYear({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const { data, error, refetch } = useQuery(AdminCutOffBoardDocument, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const [drafts, setDrafts] = useState<Record<string, CutOffDraft>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const board = data?.cutOffBoard;
  const ratio = board?.interviewRatio ?? 3;
  const { busy, saveCutOff, publishList } = useCutOffActions(year, ratio);

  if (error && !board) return <LoadError title={t('cutOffs.loadFailed')} error={error} onRetry={() => void refetch()} />;
  const views = (board?.disciplines ?? []).map((row) => viewOf(row, drafts[row.disciplineCode] ?? {}, ratio));

  const settle = async (code: string, done: Promise<Outcome>) => {
    const result = await done;
    setOutcome(result);
    // Saved, or someone else's change reloaded: what was typed for this discipline is settled either way.
    if (result.ok || result.conflict) setDrafts(({ [code]: _settled, ...rest }) => rest);
    if (!result.ok && result.conflict) void refetch();
  };
  const columns = cutOffColumns(t, {
    busy,
    onDraft: (code, change) => setDrafts((current) => ({ ...current, [code]: { ...current[code], ...change } })),
    onSave: (view: DisciplineView) => void settle(view.row.disciplineCode, saveCutOff(cutOffInput(view)!, view.row.disciplineName)),
    onPublish: (view: DisciplineView) =>
      void settle(view.row.disciplineCode, publishList(view.row.disciplineCode, view.row.version!, view.row.disciplineName, view.invited)),
  });
  const planned = views.reduce((sum, v) => sum + (v.planned ?? 0), 0);
  const invited = views.reduce((sum, v) => sum + v.invited, 0);

  return (
    <>
      <Typography.Paragraph type="secondary">{t('cutOffs.hint', { ratio })}</Typography.Paragraph>
      {outcome && (
        <Alert type={outcome.ok ? 'success' : 'error'} showIcon role={outcome.ok ? 'status' : 'alert'} title={outcome.message}
          closable={{ onClose: () => setOutcome(null) }} style={{ marginBottom: 16 }} />
      )}
      <Table<DisciplineView>
        rowKey={(v) => v.row.disciplineCode}
        size="middle"
        loading={!board}
        columns={columns}
        dataSource={views}
        pagination={false}
        scroll={{ x: 'max-content' }}
        footer={() => (
          <strong>
            {t('cutOffs.overall')}：{t('cutOffs.overallLine', { planned, invited, ratio: planned ? `${(invited / planned).toFixed(2)} : 1` : '—' })}
          </strong>
        )}
      />
    </>
  );
}
