import { PHASE_BETWEEN, PHASE_FINISHED, PHASE_NOT_STARTED } from '@yingcai/domain/cycle';
import type { AdminMessageKey } from '@yingcai/ui/i18n/admin.zh-CN';

const phaseKeys: Record<string, AdminMessageKey> = {
  [PHASE_NOT_STARTED]: 'phase.not_started',
  [PHASE_BETWEEN]: 'phase.between',
  [PHASE_FINISHED]: 'phase.finished',
};

/** The current phase as shown: the milestone's own name, or the words for a phase outside the schedule. */
export function describePhase(
  currentPhase: string,
  milestones: readonly { key: string; name: string }[],
  translate: (key: AdminMessageKey) => string,
): string {
  const milestone = milestones.find((m) => m.key === currentPhase);
  if (milestone) return milestone.name;
  const key = phaseKeys[currentPhase];
  return key ? translate(key) : currentPhase;
}
