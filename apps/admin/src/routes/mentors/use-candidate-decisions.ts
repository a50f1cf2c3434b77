import { useState } from 'react';
import { useAdminTranslation, useCommonTranslation } from '../../i18n/use-admin-translation';
import type { Notice } from '../../shell/notice-alert';
import type { AppointmentRow } from './mentor-query';
import { useDecideMentor, type Decision } from './use-decide-mentor';
import type { DecisionResult } from '../../shell/board-action';

/** Decisions on a candidates table: one row at a time or the selected rows in turn, with a notice of what each came to. */
export function useCandidateDecisions(refetch: () => unknown) {
  const { t } = useAdminTranslation();
  const { t: tc } = useCommonTranslation();
  const decide = useDecideMentor();
  const [selected, setSelected] = useState<AppointmentRow[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [deciding, setDeciding] = useState(false);
  const names = (rows: readonly AppointmentRow[]) => rows.map((r) => r.mentor.name).join(tc('listSeparator'));

  const afterDecisions = (next: Notice) => {
    setNotice(next);
    setSelected([]);
    void refetch();
  };

  const decideOne = async (row: AppointmentRow, decision: Decision): Promise<DecisionResult> => {
    setNotice(null);
    const result = await decide(row, decision);
    const name = row.mentor.name;
    if (result.kind === 'done') afterDecisions({ type: 'success', lines: [t(decision.approve ? 'mentors.approved' : 'mentors.rejected', { name })] });
    else if (result.kind === 'conflict') afterDecisions({ type: 'warning', lines: [t('mentors.conflict', { name })] });
    else if (decision.approve) setNotice({ type: 'error', lines: [t('mentors.decideFailed', { name, reason: result.message })] });
    return result;
  };

  // One request per candidate, each with its own version, one after the other.
  const approveSelected = async () => {
    setNotice(null);
    setDeciding(true);
    const outcomes: { row: AppointmentRow; result: DecisionResult }[] = [];
    for (const row of selected) outcomes.push({ row, result: await decide(row, { approve: true }) });
    setDeciding(false);
    const of = (kind: DecisionResult['kind']) => outcomes.filter((o) => o.result.kind === kind);
    const [done, conflicts, failed] = [of('done'), of('conflict'), of('failed')];
    const lines: string[] = [];
    if (done.length) lines.push(t('mentors.bulkSucceeded', { count: done.length, names: names(done.map((o) => o.row)) }));
    if (conflicts.length) lines.push(t('mentors.bulkConflicts', { count: conflicts.length, names: names(conflicts.map((o) => o.row)) }));
    if (failed.length) {
      const details = failed
        .map(({ row, result }) => t('mentors.decideFailed', { name: row.mentor.name, reason: result.kind === 'failed' ? result.message : '' }))
        .join(tc('listSeparator'));
      lines.push(t('mentors.bulkFailed', { count: failed.length, details }));
    }
    afterDecisions({ type: conflicts.length || failed.length ? 'warning' : 'success', lines });
  };

  return { selected, setSelected, notice, setNotice, deciding, decideOne, approveSelected };
}
