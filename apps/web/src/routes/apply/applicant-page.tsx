import { GraphQLRequestError } from '@yingcai/ui/public-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '../../components/query-state';
import { useSession } from '../../session/session';
import { useApplyTranslation } from './use-apply-translation';
import './apply.css';

/** A page of the applicant's own: nobody signed in goes to /login, which brings them back here. */
export function ApplicantPage({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useApplyTranslation();
  const { me } = useSession();
  const { pathname } = useLocation();
  if (me === null) return <Navigate to="/login" replace state={{ next: pathname }} />;
  return (
    <div className="account-page">
      <title>{`${title} · ${t('site.title', { ns: 'web' })}`}</title>
      <h1>{title}</h1>
      {me === undefined ? <LoadingState /> : children}
    </div>
  );
}

/** Staff accounts never apply (decision 017): the API says FORBIDDEN. */
export const isNotApplicant = (error: unknown) => error instanceof GraphQLRequestError && (error.has('FORBIDDEN') || error.has('UNAUTHENTICATED'));
