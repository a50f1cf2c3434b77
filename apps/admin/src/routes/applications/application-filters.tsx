import type { ApplicationStatus } from '@yingcai/schema';
import { Select } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { SchoolSearchSelect } from '../../shell/school-search-select';
import type { ApplicationView } from './application-query';

type Filters = Pick<ApplicationView, 'status' | 'disciplineCode' | 'schoolId' | 'flagged'>;

interface ApplicationFiltersProps {
  view: ApplicationView;
  statuses: readonly ApplicationStatus[];
  /** What no status chosen means: every status for the school's list, 待审核 for the review. */
  statusPlaceholder: string;
  disciplines: readonly { code: string; name: string }[];
  /** The office picks a school; a coordinator sees only their own. */
  bySchool: boolean;
  /** The review only: flagged or unflagged rows. */
  byFlags: boolean;
  onFilter: (change: Filters) => void;
}

const FLAGGED = { yes: true, no: false } as const;

/** Status, discipline, school and flags above a staff list; the server filters. */
export function ApplicationFilters({ view, statuses, statusPlaceholder, disciplines, bySchool, byFlags, onFilter }: ApplicationFiltersProps) {
  const { t } = useAdminTranslation();
  const flagged = view.flagged === undefined ? undefined : view.flagged ? 'yes' : 'no';
  return (
    <>
      <Select<ApplicationStatus>
        aria-label={t('applications.status')}
        placeholder={statusPlaceholder}
        allowClear
        value={view.status}
        onChange={(status) => onFilter({ status })}
        options={statuses.map((value) => ({ value, label: t(`applicationStatus.${value}`) }))}
        style={{ width: 160 }}
      />
      <Select<string>
        aria-label={t('applications.discipline')}
        placeholder={t('applications.allDisciplines')}
        allowClear
        value={view.disciplineCode}
        onChange={(disciplineCode) => onFilter({ disciplineCode })}
        options={disciplines.map((d) => ({ value: d.code, label: d.name }))}
        style={{ width: 180 }}
      />
      {bySchool && (
        <SchoolSearchSelect
          aria-label={t('applications.school')}
          placeholder={t('applications.allSchools')}
          value={view.schoolId}
          onChange={(schoolId) => onFilter({ schoolId })}
          style={{ width: 220 }}
        />
      )}
      {byFlags && (
        <Select<keyof typeof FLAGGED>
          aria-label={t('review.flagged')}
          placeholder={t('review.flagged')}
          allowClear
          value={flagged}
          onChange={(value) => onFilter({ flagged: value ? FLAGGED[value] : undefined })}
          options={[
            { value: 'yes', label: t('review.flaggedOnly') },
            { value: 'no', label: t('review.unflaggedOnly') },
          ]}
          style={{ width: 150 }}
        />
      )}
    </>
  );
}
