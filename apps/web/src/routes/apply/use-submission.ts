import { WebSubmitApplicationDocument } from '@yingcai/schema';
import { GraphQLRequestError, requestGraphQL } from '@yingcai/ui/public-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { problemsOf, type SubmissionProblems } from './submission-problems';
import type { useApplicationDraft } from './use-application-draft';

type Draft = ReturnType<typeof useApplicationDraft>;

/** 提交报名: saves what is still unsaved, submits with the version just saved, and goes to the status page. */
export function useSubmission(year: number, draft: Draft) {
  const navigate = useNavigate();
  const [problems, setProblems] = useState<SubmissionProblems>();
  const [pending, setPending] = useState(false);

  async function submit() {
    setPending(true);
    setProblems(undefined);
    try {
      await draft.save();
      await requestGraphQL(WebSubmitApplicationDocument, { year, version: draft.version() ?? 0 });
      await navigate('/apply/status');
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.has('CONFLICT')) await draft.reload().catch(() => undefined);
      setProblems(problemsOf(error));
      setPending(false);
    }
  }

  return { problems, pending, submit: () => void submit() };
}
