import { Alert, Empty, Flex, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { useCycleSelection } from '../../shell/cycle-selection';
import { useDisciplines } from '../../shell/use-disciplines';
import { SlotTable } from './slot-table';

/** 面试安排 (R-SEL-5) for the office and the university: one discipline's slots, panels, interviewees and recorded interviews. */
export function InterviewsPage() {
  const { t } = useAdminTranslation();
  const { year, loading, failed } = useCycleSelection();
  if (failed) return <Alert type="error" showIcon title={t('cycle.loadFailed')} />;
  if (year === undefined) return loading ? <Skeleton active /> : <Empty description={t('cycle.none')} />;
  return <DisciplineInterviews key={year} year={year} />;
}

function DisciplineInterviews({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const { disciplines } = useDisciplines(year);
  const [chosen, setChosen] = useState<string>();
  const disciplineCode = chosen ?? disciplines?.[0]?.code;
  return (
    <>
      <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('menu.interviews')}</Typography.Title>
        <Select
          aria-label={t('interviews.discipline')}
          style={{ minWidth: 200 }}
          value={disciplineCode}
          onChange={setChosen}
          options={(disciplines ?? []).map((d) => ({ value: d.code, label: d.name }))}
        />
      </Flex>
      {disciplineCode && <SlotTable key={disciplineCode} year={year} disciplineCode={disciplineCode} />}
    </>
  );
}
