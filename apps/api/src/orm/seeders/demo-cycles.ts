import type { EntityManager } from '@mikro-orm/core';
import type { CalendarDate } from '@yingcai/domain/cycle';
import { copyCycleRows, copyRubricRows, Cycle } from '../../modules/cycles/index.js';
import { Mentor } from '../../modules/mentors/index.js';
import { Participation } from '../../modules/schools/participation.entity.js';
import { approveDemoAppointment } from './demo-data.js';

const startOf = (cycle: Cycle, key: string): CalendarDate | undefined => cycle.milestones.getItems().find((m) => m.key === key)?.startsOn;

/**
 * For `npm start` only: while the newest cycle's cohort is already training, the next cycle is
 * running its selection, so the demo copies it as the office would — with the demo mentors approved
 * and the demo schools taking part again. On 2026-12-07 that makes 2027; on 2025-11-15, nothing.
 */
export async function seedDemoCycles(em: EntityManager, today: CalendarDate): Promise<void> {
  for (;;) {
    const [newest] = await em.find(Cycle, {}, { orderBy: { year: 'desc' }, limit: 1, populate: ['disciplines', 'districts', 'milestones', 'universities'] });
    const training = newest && startOf(newest, 'training');
    if (!newest || !training || training > today) return;
    const next = copyCycleRows(em, newest, newest.year + 1);
    await em.flush();
    await copyRubricRows(em, newest.id, next.id);
    const decided = new Date(`${startOf(next, 'mentor_recommendation') ?? today}T02:00:00Z`);
    const mentors = await em.find(Mentor, { isDemo: true }, { orderBy: { name: 'asc' } });
    mentors.forEach((mentor, i) => approveDemoAppointment(em, next, mentor, `DEMO-${next.year}-${String(i + 1).padStart(2, '0')}`, decided));
    for (const earlier of await em.find(Participation, { cycle: newest, status: 'approved', school: { isDemo: true } })) {
      em.create(Participation, { cycle: next, school: earlier.school, status: 'approved', team: earlier.team, submittedAt: decided, decidedAt: decided });
    }
    await em.flush();
  }
}
