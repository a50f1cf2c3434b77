import { useMutation } from '@apollo/client/react';
import { AdminCutOffBoardDocument, AdminPublishInvitationsDocument, AdminSetCutOffDocument, type AdminCutOffBoardFragment, type CutOffInput } from '@yingcai/schema';
import type { ApolloCache } from '@apollo/client';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../../shell/api-failure';
import { isConflict, outcomeOf, type Outcome } from '../../../shell/board-action';
import { figuresOf, violationsOf } from '../../../shell/violations';

/** setCutOff and publishInvitations, each answered with a Chinese sentence; a CONFLICT asks the page to reload. */
export function useCutOffActions(year: number, ratio: number) {
  const { t } = useAdminTranslation();
  const describeFailure = useDescribeFailure();
  // Each mutation answers with the whole board: it replaces the board on screen.
  const keep = (cache: ApolloCache, board: AdminCutOffBoardFragment | undefined) => {
    if (board) cache.writeQuery({ query: AdminCutOffBoardDocument, variables: { year }, data: { cutOffBoard: board } });
  };
  const [save, saving] = useMutation(AdminSetCutOffDocument, { update: (cache, { data }) => keep(cache, data?.setCutOff) });
  const [publish, publishing] = useMutation(AdminPublishInvitationsDocument, { update: (cache, { data }) => keep(cache, data?.publishInvitations) });

  const failed = (error: unknown): Outcome => {
    if (isConflict(error)) return { ok: false, message: t('cutOffs.conflict'), conflict: true };
    const rule = violationsOf(error)?.[0]?.rule;
    const { invited, required, assessed, maxAdmissions } = figuresOf(error);
    if (rule === 'R-SEL-4' && maxAdmissions !== undefined) {
      return { ok: false, message: t('cutOffs.ratioRefused', { ratio, invited, required, assessed, max: maxAdmissions }), conflict: false };
    }
    if (rule === 'R-SEL-3' || rule === 'R-SEL-4') return { ok: false, message: t(`cutOffs.violation.${rule}`, { ratio }), conflict: false };
    return { ok: false, message: t('cutOffs.failed', { reason: describeFailure(error) }), conflict: false };
  };

  const run = (send: () => Promise<unknown>, message: string) => outcomeOf(send, message, failed);

  return {
    busy: saving.loading || publishing.loading,
    saveCutOff: (input: CutOffInput, discipline: string) =>
      run(() => save({ variables: { year, input } }), t('cutOffs.saved', { discipline })),
    publishList: (code: string, version: number, discipline: string, invited: number) =>
      run(() => publish({ variables: { year, disciplineCode: code, version } }), t('cutOffs.publishedDone', { discipline, invited })),
  };
}
