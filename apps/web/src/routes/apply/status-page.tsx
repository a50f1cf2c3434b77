import { WebApplyCycleDocument, WebMyApplicationDocument, type WebApplicationFragment, type WebMyApplicationQuery } from '@yingcai/schema';
import { usePublicQuery } from '@yingcai/ui/public-query';
import { Link } from 'react-router';
import { QueryFallback } from '../../components/query-fallback';
import { formatDateTime } from '../../components/format-time';
import { AdmissionReply } from './admission-reply';
import { ApplicantPage, isNotApplicant } from './applicant-page';
import { MaterialList } from './material-list';
import { applicationSteps, statusOf } from './status-steps';
import { useApplyTranslation } from './use-apply-translation';

const RESULTS = ['admitted', 'waitlisted', 'not_admitted'] as const;
const isResult = (status: string): status is (typeof RESULTS)[number] => (RESULTS as readonly string[]).includes(status);

function Steps({ application }: { application: WebApplicationFragment }) {
  const { t } = useApplyTranslation();
  const status = statusOf(application.status);
  return (
    <>
      <p>{t('status.current', { status: t(`statuses.${status}`) })}</p>
      {/* R-SEL-5: the result exists only once the office has published it, so the status alone says it. */}
      {isResult(status) && <p role="status" className="apply-result">{t(`status.result.${status}`)}</p>}
      <ol className="apply-steps">
        {applicationSteps(status).map((step) => (
          <li key={step.step} data-done={step.done || undefined} aria-current={step.current ? 'step' : undefined}>
            {t(`steps.${step.step}`)}
          </li>
        ))}
      </ol>
    </>
  );
}

function Facts({ application }: { application: WebApplicationFragment }) {
  const { t, i18n } = useApplyTranslation();
  return (
    <dl className="account-facts">
      <div className="account-facts__row">
        <dt>{t('status.number')}</dt>
        <dd>{application.applicationNumber ?? '—'}</dd>
      </div>
      <div className="account-facts__row">
        <dt>{t('status.submittedAt')}</dt>
        <dd>{application.submittedAt ? formatDateTime(application.submittedAt, i18n.language) : '—'}</dd>
      </div>
    </dl>
  );
}

type Interview = NonNullable<NonNullable<WebMyApplicationQuery['myApplication']>['interview']>;

/** R-SEL-5: the slot the office gave: when (Beijing time), where, or the link to join. */
function InterviewFacts({ interview }: { interview: Interview }) {
  const { t, i18n } = useApplyTranslation();
  const end = formatDateTime(interview.endsAt, i18n.language).split(' ').at(-1);
  return (
    <dl className="account-facts">
      <div className="account-facts__row">
        <dt>{t('status.interviewTime')}</dt>
        <dd>{`${formatDateTime(interview.startsAt, i18n.language)}–${end}`}</dd>
      </div>
      {interview.place && (
        <div className="account-facts__row">
          <dt>{t('status.interviewPlace')}</dt>
          <dd>{interview.place}</dd>
        </div>
      )}
      {interview.onlineLink && (
        <div className="account-facts__row">
          <dt>{t('status.interviewLink')}</dt>
          <dd><a href={interview.onlineLink} rel="noopener noreferrer" target="_blank">{interview.onlineLink}</a></dd>
        </div>
      )}
    </dl>
  );
}

function MyStatus({ year }: { year: number }) {
  const { t } = useApplyTranslation();
  const { data, loading, error, refetch } = usePublicQuery(WebMyApplicationDocument, { year });
  if (isNotApplicant(error)) return <p className="query-state">{t('onlyApplicants')}</p>;
  if (!data || loading) return <QueryFallback loading={loading} error={error} onRetry={refetch} />;
  const application = data.myApplication;
  if (!application) return <p>{t('status.none')} <Link to="/apply">{t('status.start')}</Link></p>;
  return (
    <section className="form-card">
      <Facts application={application} />
      {application.interview && <InterviewFacts interview={application.interview} />}
      <Steps application={application} />
      {application.admissionReply && (
        <AdmissionReply year={year} status={application.status} version={application.version} reply={application.admissionReply} onChanged={refetch} />
      )}
      <h2>{t('materials.heading')}</h2>
      <MaterialList materials={application.materials} />
      {application.status === 'DRAFT' && <Link to="/apply">{t('status.edit')}</Link>}
    </section>
  );
}

/** /apply/status (报名进度): the application number, the steps so far, when it was submitted, the materials, and once admitted 确认录取 / 放弃录取 (R-SEL-5). */
export function ApplicationStatusPage() {
  const { t } = useApplyTranslation();
  const { data, loading, error, refetch } = usePublicQuery(WebApplyCycleDocument);
  return (
    <ApplicantPage title={t('status.heading')}>
      {data ? <MyStatus year={data.cycle.year} /> : <QueryFallback loading={loading} error={error} onRetry={refetch} />}
    </ApplicantPage>
  );
}
