import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useSession } from '../../shell/session';
import { NoticeAlert, type Notice } from '../../shell/notice-alert';
import { CandidateTable } from './candidate-table';
import { useDisciplines } from '../../shell/use-disciplines';

// The recommendation form (checkboxes, tags, team rows) loads when someone first recommends.
const RecommendForm = lazy(() => import('./recommend-form').then((m) => ({ default: m.RecommendForm })));

/** The university a coordinator recommends for: the scope of their UNIVERSITY_COORDINATOR grant. */
function useCoordinatedUniversity(): string | undefined {
  const account = useSession();
  return account.roles.find((grant) => grant.role === 'UNIVERSITY_COORDINATOR' && grant.scopeId)?.scopeId ?? undefined;
}

/** 本校推荐 (R-MENTOR-2): a university coordinator recommends candidates and approves them after the mentor confirms. */
export function UniversityView({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const universityId = useCoordinatedUniversity();
  const { disciplines } = useDisciplines(year);
  const [recommending, setRecommending] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  // A new recommendation is a new row: the table starts again from its first page.
  const [generation, setGeneration] = useState(0);
  if (!universityId) return <Alert type="warning" showIcon title={t('mentors.noUniversity')} />;

  const recommendButton = (
    <Button type="primary" icon={<PlusOutlined />} disabled={!disciplines} onClick={() => setRecommending(true)}>
      {t('mentors.recommend')}
    </Button>
  );
  return (
    <>
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      <CandidateTable key={generation} year={year} decider="university" extra={recommendButton} />
      <Suspense fallback={null}>
        {recommending && disciplines && (
          <RecommendForm
            year={year}
            universityId={universityId}
            disciplines={disciplines}
            onClose={() => setRecommending(false)}
            onRecommended={(name) => {
              setRecommending(false);
              setNotice({ type: 'success', lines: [t('mentors.recommended', { name })] });
              setGeneration((g) => g + 1);
            }}
          />
        )}
      </Suspense>
    </>
  );
}
