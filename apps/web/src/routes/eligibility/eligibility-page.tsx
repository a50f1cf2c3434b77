import { WebEligibilityCycleDocument, WebParticipatingSchoolsDocument, type WebEligibilityCycleQuery } from '@yingcai/schema';
import { GraphQLRequestError, usePublicQuery } from '@yingcai/ui/public-query';
import { QueryFallback } from '../../components/query-fallback';
import { SelfCheckForm } from './self-check-form';
import { useEligibilityTranslation } from './use-eligibility-translation';
import './eligibility.css';

export type EligibilityCycle = WebEligibilityCycleQuery['cycle'];

function CycleSelfCheck({ cycle }: { cycle: EligibilityCycle }) {
  const { data, loading, error, refetch } = usePublicQuery(WebParticipatingSchoolsDocument, { year: cycle.year });
  if (!data || loading) return <QueryFallback loading={loading} error={error} onRetry={refetch} />;
  return <SelfCheckForm cycle={cycle} schools={data.participatingSchools} />;
}

/** 资格自测: R-APP-1 and R-APP-2 checked in the browser by the server's own function; nothing is sent. */
export function EligibilityPage() {
  const { t } = useEligibilityTranslation();
  const { data, loading, error, refetch } = usePublicQuery(WebEligibilityCycleDocument);
  const unpublished = error instanceof GraphQLRequestError && error.has('NOT_FOUND');
  return (
    <div className="account-page eligibility-page">
      <title>{`${t('title')} · ${t('site.title', { ns: 'web' })}`}</title>
      {data && <p className="eligibility-page__kicker">{t('cycle', { year: data.cycle.year })}</p>}
      <h1>{t('heading')}</h1>
      <p className="account-page__lead">{t('lead')}</p>
      {data ? (
        <CycleSelfCheck cycle={data.cycle} />
      ) : unpublished ? (
        <p className="query-state">{t('noCycle')}</p>
      ) : (
        <QueryFallback loading={loading} error={error} onRetry={refetch} />
      )}
    </div>
  );
}
