import type { CalendarDate } from '@yingcai/domain/cycle';
import { Flex } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { CycleActions } from './cycle-actions';
import { CycleOverview } from './cycle-overview';
import { DisciplineTable } from './discipline-table';
import type { SettingsCycle } from './queries';
import { RuleDescriptions } from './rule-descriptions';
import { ScheduleTable } from './schedule-table';
import { SettingsSection } from './settings-section';

export function CycleSettingsView({ cycle, today, onDone }: { cycle: SettingsCycle; today: CalendarDate; onDone: (notice: string) => void }) {
  const { t } = useAdminTranslation();
  return (
    <Flex vertical gap={16}>
      <CycleActions cycle={cycle} today={today} onDone={onDone} />
      <SettingsSection title={t('cycle.overview')}>
        <CycleOverview cycle={cycle} />
      </SettingsSection>
      <SettingsSection title={t('cycle.disciplines')}>
        <DisciplineTable disciplines={cycle.disciplines} />
      </SettingsSection>
      <SettingsSection title={t('cycle.rules')}>
        <RuleDescriptions rules={cycle.rules} />
      </SettingsSection>
      <SettingsSection title={t('cycle.schedule')}>
        <ScheduleTable milestones={cycle.milestones} currentPhase={cycle.currentPhase} today={today} />
      </SettingsSection>
    </Flex>
  );
}
