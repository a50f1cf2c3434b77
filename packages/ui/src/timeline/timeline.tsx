import { useTranslation } from 'react-i18next';
import { formatMonthRange, todayInShanghai } from '../i18n/format-date';
import './timeline.css';

export interface TimelineMilestone {
  key: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface TimelineProps {
  milestones: readonly TimelineMilestone[];
  /** A milestone key, or `not_started`, `between`, `finished`. */
  currentPhase: string;
  /** Asia/Shanghai date used to tell finished steps while between two; defaults to today. */
  today?: string;
}

type StepState = 'done' | 'current' | 'ongoing' | 'pending';

const phaseLines = ['not_started', 'between', 'finished'] as const;
type PhaseLine = (typeof phaseLines)[number];

function isPhaseLine(phase: string): phase is PhaseLine {
  return (phaseLines as readonly string[]).includes(phase);
}

// the date that splits done from ongoing: the current step's opening, or today between two steps
function referenceDate(current: TimelineMilestone | undefined, currentPhase: string, today?: string) {
  if (current) return current.startsOn;
  if (currentPhase === 'between') return today ?? todayInShanghai();
  return undefined;
}

function stepStates(milestones: readonly TimelineMilestone[], currentPhase: string, today?: string): StepState[] {
  const current = milestones.find((m) => m.key === currentPhase);
  const reference = referenceDate(current, currentPhase, today);
  return milestones.map((m) => {
    if (m === current) return 'current';
    if (currentPhase === 'finished') return 'done';
    if (reference === undefined || m.startsOn > reference) return 'pending';
    return m.endsOn < reference ? 'done' : 'ongoing';
  });
}

export function Timeline({ milestones, currentPhase, today }: TimelineProps) {
  const { t, i18n } = useTranslation('common');
  const states = stepStates(milestones, currentPhase, today);

  return (
    <div className="yc-timeline">
      {isPhaseLine(currentPhase) && <p className="yc-timeline__phase">{t(`phases.${currentPhase}`)}</p>}
      <ol className="yc-timeline__steps" aria-label={t('timeline.label')}>
        {milestones.map((m, index) => {
          const state = states[index] ?? 'pending';
          return (
            <li
              key={m.key}
              className={`yc-timeline__step yc-timeline__step--${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="yc-timeline__marker" aria-hidden="true" />
              <span className="yc-timeline__name">{m.name}</span>
              <span className="yc-timeline__window">
                {formatMonthRange(m.startsOn, m.endsOn, i18n.language)}
              </span>
              {state === 'current' && <span className="yc-timeline__badge">{t('timeline.current')}</span>}
              {state === 'done' && <span className="yc-timeline__hidden">{t('timeline.done')}</span>}
              {state === 'ongoing' && <span className="yc-timeline__hidden">{t('timeline.ongoing')}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
