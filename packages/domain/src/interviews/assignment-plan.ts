/** An invited applicant waiting for a slot. */
export interface WaitingInterviewee {
  applicationId: string;
  applicationNumber: string;
}

/** A slot of the discipline with the places still free. */
export interface OpenSlot {
  slotId: string;
  startsAt: Date;
  free: number;
}

export interface AssignmentPlan {
  assignments: { applicationId: string; slotId: string }[];
  /** Applicants left without a slot because the slots are full, in application number order. */
  unplaced: string[];
}

/**
 * R-SEL-5 auto-assignment: the waiting applicants in application number order fill the slots in
 * the order they start (then by id), each up to its free places. Pure: the same input gives the same plan.
 */
export function planAssignments(waiting: readonly WaitingInterviewee[], slots: readonly OpenSlot[]): AssignmentPlan {
  const queue = [...waiting].sort((a, b) => compare(a.applicationNumber, b.applicationNumber) || compare(a.applicationId, b.applicationId));
  const ordered = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || compare(a.slotId, b.slotId));
  const assignments: AssignmentPlan['assignments'] = [];
  for (const slot of ordered) {
    for (let free = slot.free; free > 0 && queue.length > 0; free -= 1) {
      assignments.push({ applicationId: queue.shift()!.applicationId, slotId: slot.slotId });
    }
  }
  return { assignments, unplaced: queue.map((applicant) => applicant.applicationId) };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
