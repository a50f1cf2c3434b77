import type { MentorStatus } from '@yingcai/schema';
import { Input, Select } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { MENTOR_STATUSES, type CandidateView } from './mentor-query';

interface CandidateFiltersProps {
  view: CandidateView;
  disciplines: readonly { code: string; name: string }[];
  onFilter: (change: Partial<Pick<CandidateView, 'status' | 'disciplineCode' | 'search'>>) => void;
}

/** Status, discipline and a search over names and research fields; the server filters. */
export function CandidateFilters({ view, disciplines, onFilter }: CandidateFiltersProps) {
  const { t } = useAdminTranslation();
  return (
    <>
      <Select<MentorStatus>
        aria-label={t('mentors.status')}
        placeholder={t('mentors.allStatuses')}
        allowClear
        value={view.status}
        onChange={(status) => onFilter({ status })}
        options={MENTOR_STATUSES.map((value) => ({ value, label: t(`mentorStatus.${value}`) }))}
        style={{ width: 150 }}
      />
      <Select<string>
        aria-label={t('mentors.discipline')}
        placeholder={t('mentors.allDisciplines')}
        allowClear
        value={view.disciplineCode}
        onChange={(disciplineCode) => onFilter({ disciplineCode })}
        options={disciplines.map((d) => ({ value: d.code, label: d.name }))}
        style={{ width: 180 }}
      />
      <Input.Search
        aria-label={t('mentors.search')}
        placeholder={t('mentors.search')}
        allowClear
        defaultValue={view.search}
        onSearch={(search) => onFilter({ search: search.trim() || undefined })}
        style={{ width: 240 }}
      />
    </>
  );
}
