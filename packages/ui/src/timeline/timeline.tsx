import { useTranslation } from 'react-i18next';
import { milestoneStatus, toProgrammeDate } from '@yingcai/domain/cycle';
import { formatMonthRange } from '../i18n/format-date';
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
  /** The Asia/Shanghai date that places the other steps; defaults to today. */
  today?: string;
}

const phaseLines = ['not_started', 'between', 'finished'] as const;
type PhaseLine = (typeof phaseLines)[number];

function isPhaseLine(phase: string): phase is PhaseLine {
  return (phaseLines as readonly string[]).includes(phase);
}

export function Timeline({ milestones, currentPhase, today }: TimelineProps) {
  const { t, i18n } = useTranslation('common');
  const date = today ?? toProgrammeDate(new Date());

  return (
    <div className="yc-timeline">
      {isPhaseLine(currentPhase) && <p className="yc-timeline__phase">{t(`phases.${currentPhase}`)}</p>}
      <ol className="yc-timeline__steps" aria-label={t('timeline.label')}>
        {milestones.map((m) => {
          const state = milestoneStatus(m, currentPhase, date);
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
              {state === 'ended' && <span className="yc-timeline__hidden">{t('timeline.done')}</span>}
              {state === 'open' && <span className="yc-timeline__hidden">{t('timeline.ongoing')}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
