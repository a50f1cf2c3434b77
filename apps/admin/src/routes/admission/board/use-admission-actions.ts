import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import {
  AdminAdmissionBoardDocument, AdminDecideAdmissionDocument, AdminPublishAdmissionsDocument,
  type AdminAdmissionBoardFragment, type AdmissionDecision,
} from '@yingcai/schema';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useDescribeFailure } from '../../../shell/api-failure';
import { isConflict, outcomeOf, type Outcome } from '../../../shell/board-action';
import { violationsOf } from '../../../shell/violations';

/** decideAdmission and publishAdmissions, each answered with a Chinese sentence naming the rule; a CONFLICT asks for a reload. */
export function useAdmissionActions(year: number, board: AdminAdmissionBoardFragment | undefined) {
  const { t } = useAdminTranslation();
  const describeFailure = useDescribeFailure();
  // Each mutation answers with the whole board: it replaces the board on screen, checks included.
  const keep = (cache: ApolloCache, next: AdminAdmissionBoardFragment | undefined) => {
    if (next) cache.writeQuery({ query: AdminAdmissionBoardDocument, variables: { year }, data: { admissionBoard: next } });
  };
  const [decide, deciding] = useMutation(AdminDecideAdmissionDocument, { update: (cache, { data }) => keep(cache, data?.decideAdmission) });
  const [publish, publishing] = useMutation(AdminPublishAdmissionsDocument, { update: (cache, { data }) => keep(cache, data?.publishAdmissions) });
  const names = new Map((board?.disciplines ?? []).map((d) => [d.disciplineCode, d.disciplineName]));

  const failed = (error: unknown): Outcome => {
    if (isConflict(error)) return { ok: false, message: t('admission.conflict'), conflict: true };
    const violations = violationsOf(error);
    if (violations?.length) {
      const message = violations.map((v) => {
        const code = (v as { disciplineCode?: string | null }).disciplineCode;
        const where = code ? names.get(code) ?? code : t('admission.overall');
        return v.rule === 'R-SEL-4' || v.rule === 'R-SEL-5' || v.rule === 'R-SEL-6'
          ? t(`admission.violation.${v.rule}`, { ratio: board?.interviewRatio ?? 3, min: board?.minAdmissions ?? 40, where })
          : v.message;
      });
      return { ok: false, message: [...new Set(message)].join(' '), conflict: false };
    }
    return { ok: false, message: t('admission.failed', { reason: describeFailure(error) }), conflict: false };
  };

  const run = (send: () => Promise<unknown>, message: string) => outcomeOf(send, message, failed);

  return {
    busy: deciding.loading || publishing.loading,
    decide: (candidate: { applicationId: string; name: string; version: number }, decision: AdmissionDecision) =>
      run(() => decide({ variables: { applicationId: candidate.applicationId, decision, version: candidate.version } }),
        t('admission.decided', { name: candidate.name, decision: t(`admission.decisions.${decision}`) })),
    publish: () => run(() => publish({ variables: { year } }), t('admission.publishedDone', { admitted: board?.admitted ?? 0 })),
  };
}
