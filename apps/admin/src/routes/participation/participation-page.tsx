import { Alert, Empty, Skeleton, Tabs } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useCycleSelection } from '../../shell/cycle-selection';
import { useSession } from '../../shell/session';

// The office's table and a school's form are different screens for different people: each loads its own code.
const OfficeTable = lazy(() => import('./office-table').then((m) => ({ default: m.OfficeTable })));
const CoordinatorView = lazy(() => import('./coordinator-view').then((m) => ({ default: m.CoordinatorView })));

const loading = <Skeleton active paragraph={{ rows: 8 }} />;

/**
 * 参与中学 (R-SCOPE-3, R-ORG-2) for the cycle chosen in the header: the office decides every school's
 * application; a school coordinator applies for their own school. Someone who is both sees both.
 */
export function ParticipationPage() {
  const { t } = useAdminTranslation();
  const account = useSession();
  const { year, loading: cyclesLoading, failed } = useCycleSelection();
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return cyclesLoading ? loading : <Empty description={t('cycle.none')} />;

  const office = account.roles.some((grant) => grant.role === 'OFFICE_STAFF');
  const school = account.roles.some((grant) => grant.role === 'SCHOOL_COORDINATOR');
  // A new cycle starts on its first page, with nothing selected.
  const officeTable = <OfficeTable key={year} year={year} />;
  const coordinatorView = <CoordinatorView year={year} />;
  let content: ReactNode;
  if (office && school) {
    content = (
      <Tabs
        items={[
          { key: 'office', label: t('participation.officeTab'), children: officeTable },
          { key: 'school', label: t('participation.schoolTab'), children: coordinatorView },
        ]}
      />
    );
  } else {
    content = office ? officeTable : coordinatorView;
  }
  return <Suspense fallback={loading}>{content}</Suspense>;
}
