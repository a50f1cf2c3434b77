import { useMutation } from '@apollo/client/react';
import { AdminDecideMentorDocument } from '@yingcai/schema';
import { useCallback } from 'react';
import { failureOf } from '../../shell/api-failure';
import type { DecisionResult } from '../../shell/board-action';
import { useDescribeMentorFailure } from './mentor-rules';
import type { AppointmentRow } from './mentor-query';

export type Decision = { approve: true } | { approve: false; reason: string };

/**
 * R-MENTOR-2: approves (the university's or the office's step, the server knows which) or rejects one
 * candidate with the version it was read at; a stale version comes back as CONFLICT.
 */
export function useDecideMentor() {
  const describe = useDescribeMentorFailure();
  const [mutate] = useMutation(AdminDecideMentorDocument);
  return useCallback(
    async (row: AppointmentRow, decision: Decision): Promise<DecisionResult> => {
      const reason = decision.approve ? {} : { reason: decision.reason };
      try {
        await mutate({ variables: { id: row.id, version: row.version, approve: decision.approve, ...reason } });
        return { kind: 'done' };
      } catch (error) {
        if (failureOf(error).code === 'CONFLICT') return { kind: 'conflict' };
        return { kind: 'failed', message: describe(error).lines.join(' ') };
      }
    },
    [mutate, describe],
  );
}
