import { WebApplyCycleDocument, WebMyApplicationDocument, WebParticipatingSchoolsDocument, type WebApplyCycleQuery } from '@yingcai/schema';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { usePublicQuery } from '@yingcai/ui/public-query';
import { Navigate } from 'react-router';
import { formatCalendarDate } from '../../components/format-time';
import { QueryFallback } from '../../components/query-fallback';
import { ApplicantPage, isNotApplicant } from './applicant-page';
import { ApplicationForm } from './application-form';
import { useApplyTranslation } from './use-apply-translation';

type Cycle = WebApplyCycleQuery['cycle'];

function CycleApplication({ cycle }: { cycle: Cycle }) {
  const { t } = useApplyTranslation();
  const mine = usePublicQuery(WebMyApplicationDocument, { year: cycle.year });
  const schools = usePublicQuery(WebParticipatingSchoolsDocument, { year: cycle.year });
  if (isNotApplicant(mine.error)) return <p className="query-state">{t('onlyApplicants')}</p>;
  if (!mine.data || !schools.data || mine.loading || schools.loading) {
    const retry = () => (mine.error ? mine.refetch() : schools.refetch());
    return <QueryFallback loading={mine.loading || schools.loading} error={mine.error ?? schools.error} onRetry={retry} />;
  }
  const application = mine.data.myApplication;
  // R-APP-4: a submitted application is no longer edited here
  if (application && application.status !== 'DRAFT') return <Navigate to="/apply/status" replace />;
  return <ApplicationForm cycle={cycle} schools={schools.data.participatingSchools} application={application} />;
}

/** R-APP-4: said before anyone types — registration has not opened, or closed on its (extended) last day. */
function RegistrationClosed({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useApplyTranslation();
  const window = cycle.stepWindows.find((w) => w.step === 'registration');
  if (!window || window.open) return null;
  const notYet = toProgrammeDate(new Date()) < window.startsOn;
  const date = formatCalendarDate(notYet ? window.startsOn : window.lastDay, i18n.language);
  return <p className="query-state" role="status">{t(notYet ? 'registrationNotOpen' : 'registrationClosed', { year: cycle.year, date })}</p>;
}

function Application() {
  const { t } = useApplyTranslation();
  const { data, loading, error, refetch } = usePublicQuery(WebApplyCycleDocument);
  const open = data?.cycle.stepWindows.find((w) => w.step === 'registration')?.open ?? true;
  return (
    <>
      {data && <p className="account-page__lead">{t('cycle', { year: data.cycle.year })}</p>}
      {open && <p className="account-page__lead">{t('lead')}</p>}
      {data && !open && <RegistrationClosed cycle={data.cycle} />}
      {data && open && <CycleApplication cycle={data.cycle} />}
      {!data && <QueryFallback loading={loading} error={error} onRetry={refetch} />}
    </>
  );
}

/** /apply (我要报名): the signed-in applicant's application, saved as it is typed. */
export function ApplyPage() {
  const { t } = useApplyTranslation();
  return (
    <ApplicantPage title={t('heading')}>
      <Application />
    </ApplicantPage>
  );
}
