import { Timeline } from '@yingcai/ui/timeline/timeline';
import { useTranslation } from 'react-i18next';
import type { HomeCycle } from './home-cycle';
import { HomeSection } from './home-section';

interface ScheduleSectionProps {
  milestones: HomeCycle['milestones'];
  currentPhase: string;
}

export function ScheduleSection({ milestones, currentPhase }: ScheduleSectionProps) {
  const { t } = useTranslation('web');
  return (
    <HomeSection id="schedule" title={t('home.timeline.heading')}>
      <Timeline milestones={milestones} currentPhase={currentPhase} />
    </HomeSection>
  );
}
