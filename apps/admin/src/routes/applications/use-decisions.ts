import { useMutation } from '@apollo/client/react';
import { AdminApproveApplicationsDocument, AdminRecommendApplicationDocument, AdminReviewApplicationDocument } from '@yingcai/schema';
import { useCallback } from 'react';
import { failureOf } from '../../shell/api-failure';
import type { DecisionResult } from '../../shell/board-action';
import type { StaffRow } from './application-query';
import { conflictNumber, useDescribeDecisionFailure } from './application-rules';

/** A decision with or without the note or reason the applicant sees. */
export type Decision = { yes: true; note?: string } | { yes: false; note: string };

function useOutcome() {
  const describe = useDescribeDecisionFailure();
  return useCallback(
    async (send: () => Promise<unknown>): Promise<DecisionResult> => {
      try {
        await send();
        return { kind: 'done' };
      } catch (error) {
        if (failureOf(error).code === 'CONFLICT') return { kind: 'conflict' };
        return { kind: 'failed', message: describe(error) };
      }
    },
    [describe],
  );
}

/** R-APP-4: the school recommends (a note optional) or declines (a note required), with the version it read. */
export function useRecommend() {
  const [mutate] = useMutation(AdminRecommendApplicationDocument);
  const outcome = useOutcome();
  return useCallback(
    (row: StaffRow, decision: Decision) =>
      outcome(() => mutate({ variables: { id: row.id, version: row.version, recommend: decision.yes, ...(decision.note ? { note: decision.note } : {}) } })),
    [mutate, outcome],
  );
}

/** R-SEL-1: the office finds one application conformant, or not with a reason, with the version it read. */
export function useReview() {
  const [mutate] = useMutation(AdminReviewApplicationDocument);
  const outcome = useOutcome();
  return useCallback(
    (row: StaffRow, decision: Decision) =>
      outcome(() => mutate({ variables: { id: row.id, version: row.version, conformant: decision.yes, ...(decision.yes ? {} : { reason: decision.note }) } })),
    [mutate, outcome],
  );
}

/** What a bulk approval came to: all approved, none because one was decided elsewhere (named), or none with the reasons. */
export type BulkResult = { kind: 'done' } | { kind: 'conflict'; number: string | null } | { kind: 'failed'; message: string };

/** R-SEL-1 批量通过: the selected rows with their versions in one request, all or none. */
export function useApproveSelected() {
  const [mutate] = useMutation(AdminApproveApplicationsDocument);
  const describe = useDescribeDecisionFailure();
  return useCallback(
    async (rows: readonly StaffRow[]): Promise<BulkResult> => {
      try {
        await mutate({ variables: { items: rows.map(({ id, version }) => ({ id, version })) } });
        return { kind: 'done' };
      } catch (error) {
        const number = conflictNumber(error);
        if (number !== undefined) return { kind: 'conflict', number };
        return { kind: 'failed', message: describe(error) };
      }
    },
    [mutate, describe],
  );
}
