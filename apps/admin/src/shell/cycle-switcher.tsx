import { Select } from 'antd';
import { useAdminTranslation } from '../i18n/use-admin-translation';
import { useCycleSelection } from './cycle-selection';

export function CycleSwitcher() {
  const { t } = useAdminTranslation();
  const { cycles, loading, year, selectYear } = useCycleSelection();
  return (
    <Select<number>
      aria-label={t('header.cycle')}
      placeholder={t('header.cyclePlaceholder')}
      loading={loading}
      value={year}
      onChange={selectYear}
      options={cycles.map((cycle) => ({ value: cycle.year, label: cycle.name }))}
      popupMatchSelectWidth={false}
      style={{ minWidth: 200 }}
    />
  );
}
