import { WebConfirmAdmissionDocument, WebDeclineAdmissionDocument } from '@yingcai/schema';
import { GraphQLRequestError, requestGraphQL } from '@yingcai/ui/public-query';
import { useState } from 'react';
import { useDescribeFailure } from '../../components/failure';
import { useApplyTranslation } from './use-apply-translation';

/** The sentence for a refused reply: someone replied elsewhere (reload), the deadline passed (R-SEL-5), or the API's reason. */
function useRefusal() {
  const { t } = useApplyTranslation();
  const describe = useDescribeFailure();
  return (error: unknown): string => {
    if (error instanceof GraphQLRequestError && error.has('CONFLICT')) return t('admission.conflict');
    const violations = error instanceof GraphQLRequestError ? (error.failure.violations ?? []) : [];
    if (violations.some((v) => v.rule === 'R-SEL-5' && v.message.includes('deadline'))) return t('admission.pastDeadline');
    return t('admission.failed', { message: describe(error) });
  };
}

/** R-SEL-5: 确认录取 / 放弃录取 on the version shown; after any answer the page reloads the application. */
export function useAdmissionReply(year: number, version: number, onChanged: () => void) {
  const refusal = useRefusal();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function send(request: () => Promise<unknown>) {
    setPending(true);
    setProblem(undefined);
    try {
      await request();
      onChanged();
    } catch (error) {
      setProblem(refusal(error));
      if (error instanceof GraphQLRequestError && error.has('CONFLICT')) onChanged();
    } finally {
      setPending(false);
    }
  }

  return {
    pending,
    problem,
    confirm: () => void send(() => requestGraphQL(WebConfirmAdmissionDocument, { year, version })),
    decline: (reason: string) => void send(() => requestGraphQL(WebDeclineAdmissionDocument, { year, version, reason: reason.trim() || null })),
  };
}
