import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  AdminAdmitFromWaitlistDocument, AdminConfirmationBoardDocument, AdminLapseUnconfirmedAdmissionsDocument, type AdminConfirmationBoardFragment,
} from '@yingcai/schema';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../shell/api-failure';
import { isConflict, outcomeOf, type Outcome } from '../../shell/board-action';
import { violationsOf } from '../../shell/violations';

/** admitFromWaitlist and lapseUnconfirmedAdmissions, each answered with a Chinese sentence; a CONFLICT asks the page to reload. */
export function useConfirmationActions(year: number, ratio: number) {
  const { t } = useAdminTranslation();
  const describeFailure = useDescribeFailure();
  // Each mutation answers with the whole board: it replaces the board on screen.
  const keep = (cache: ApolloCache, board: AdminConfirmationBoardFragment | undefined) => {
    if (board) cache.writeQuery({ query: AdminConfirmationBoardDocument, variables: { year }, data: { confirmationBoard: board } });
  };
  const [admit, admitting] = useMutation(AdminAdmitFromWaitlistDocument, { update: (cache, { data }) => keep(cache, data?.admitFromWaitlist) });
  const [lapse, lapsing] = useMutation(AdminLapseUnconfirmedAdmissionsDocument, { update: (cache, { data }) => keep(cache, data?.lapseUnconfirmedAdmissions) });

  const failed = (error: unknown): Outcome => {
    if (isConflict(error)) return { ok: false, message: t('confirmation.conflict'), conflict: true };
    const violation = violationsOf(error)?.[0];
    if (violation?.rule === 'R-SEL-4' || violation?.rule === 'R-SEL-5') {
      return { ok: false, message: t(`confirmation.${violation.rule}`, { ratio }), conflict: false };
    }
    return { ok: false, message: t('confirmation.failed', { reason: describeFailure(error) }), conflict: false };
  };

  const run = (send: () => Promise<unknown>, message: string) => outcomeOf(send, message, failed);

  return {
    busy: admitting.loading || lapsing.loading,
    offerPlace: (applicationId: string, version: number, name: string) =>
      run(() => admit({ variables: { applicationId, version } }), t('confirmation.offered', { name })),
    lapseUnconfirmed: () => run(() => lapse({ variables: { year } }), t('confirmation.lapsed')),
  };
}
