import type { WebParticipatingSchoolsQuery } from '@yingcai/schema';
import { useId, useState } from 'react';
import { NOT_LISTED } from './self-check';
import { useEligibilityTranslation } from './use-eligibility-translation';

export type ParticipatingSchool = WebParticipatingSchoolsQuery['participatingSchools'][number];

interface SchoolFieldProps {
  schools: readonly ParticipatingSchool[];
  value: string;
  onChange: (schoolId: string) => void;
  error: string | undefined;
}

/** R-APP-1: one of the cycle's participating schools, narrowed by a search, or "not listed". */
export function SchoolField({ schools, value, onChange, error }: SchoolFieldProps) {
  const { t } = useEligibilityTranslation();
  const id = useId();
  const [search, setSearch] = useState('');
  const shown = schools.filter((s) => s.name.includes(search.trim()) || s.id === value);
  return (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-search`}>
        {t('schoolSearch')}
      </label>
      <input id={`${id}-search`} className="field__input" type="search" value={search} onChange={(e) => setSearch(e.target.value)} aria-describedby={`${id}-hint`} />
      <div id={`${id}-hint`} className="field__hint">
        {t('schoolSearchHint')}
      </div>
      <label className="field__label" htmlFor={id}>
        {t('school')}
      </label>
      <select id={id} className="field__input" value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        <option value="">{t('schoolChoose')}</option>
        {shown.map((school) => (
          <option key={school.id} value={school.id}>
            {school.name}
          </option>
        ))}
        <option value={NOT_LISTED}>{t('schoolNotListed')}</option>
      </select>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
