import type { CalendarDate } from '@yingcai/domain/cycle';
import { Flex } from 'antd';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { CycleOverview } from './cycle-overview';
import { DisciplineTable } from './discipline-table';
import type { SettingsCycle } from './queries';
import { RuleDescriptions } from './rule-descriptions';
import { ScheduleTable } from './schedule-table';
import { SettingsSection } from './settings-section';

export function CycleSettingsView({ cycle, today }: { cycle: SettingsCycle; today: CalendarDate }) {
  const { t } = useAdminTranslation();
  return (
    <Flex vertical gap={16}>
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
