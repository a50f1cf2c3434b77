import type { EntityManager } from '@mikro-orm/core';
import type { ApplicationStatus } from '@yingcai/domain/applications';
import { checkPublication, proposeAdmissions, type AdmissionRow, type DisciplineAdmissions } from '@yingcai/domain/selection';
import { Application } from '../applications/index.js';
import type { Cycle } from '../cycles/index.js';
import { InterviewAssignment } from '../interviews/index.js';
import { DisciplineCutOff } from '../selection/index.js';
import { AdmissionPublication } from './admission-publication.entity.js';
import type { AdmissionBoardType, AdmissionDecisionValue, DisciplineAdmissionsType } from './admission.type.js';

/** Interviewed, and every status an interviewee reaches after the admission (R-SEL-5). */
export const INTERVIEWEE_STATUSES: readonly ApplicationStatus[] = ['interviewed', 'admitted', 'waitlisted', 'not_admitted', 'confirmed', 'declined'];

export interface Candidate {
  applicationNumber: string;
  assessment: number;
  interview: number | null;
  decision: Application['admissionDecision'];
  application: Application;
}

/** The interviewees of a cycle by discipline with their scores, in two queries. */
export async function candidatesByDiscipline(em: EntityManager, cycle: Cycle): Promise<Map<string, Candidate[]>> {
  const applications = await em.find(Application, { cycle, status: { $in: [...INTERVIEWEE_STATUSES] } }, { populate: ['school'], orderBy: { applicationNumber: 'asc' } });
  const assignments = applications.length === 0 ? [] : await em.find(InterviewAssignment, { application: { $in: applications } });
  const interviewOf = new Map(assignments.map((a) => [a.application.id, a.score]));
  const byCode = new Map<string, Candidate[]>();
  for (const application of applications) {
    const candidate = {
      applicationNumber: application.applicationNumber!, assessment: application.assessmentScore ?? 0,
      interview: interviewOf.get(application.id) ?? null, decision: application.admissionDecision, application,
    };
    byCode.set(application.disciplineCode ?? '', [...(byCode.get(application.disciplineCode ?? '') ?? []), candidate]);
  }
  return byCode;
}

export interface AdmissionState {
  cycle: Cycle;
  perDiscipline: { code: string; name: string; planned: number; admissions: DisciplineAdmissions<Candidate> }[];
  publication: AdmissionPublication | null;
}

/** R-SEL-5: every discipline's ranking with the cycle's weights and its plan, as stored now. */
export async function loadAdmissionState(em: EntityManager, cycle: Cycle): Promise<AdmissionState> {
  await em.populate(cycle, ['disciplines']);
  const candidates = await candidatesByDiscipline(em, cycle);
  const plans = new Map((await em.find(DisciplineCutOff, { cycle })).map((plan) => [plan.disciplineCode, plan.plannedAdmissions]));
  const weights = { assessment: cycle.assessmentWeight, interview: cycle.interviewWeight };
  const perDiscipline = cycle.disciplines.getItems().map((d) => {
    const planned = plans.get(d.code) ?? 0;
    return { code: d.code, name: d.name, planned, admissions: proposeAdmissions(candidates.get(d.code) ?? [], planned, weights) };
  });
  return { cycle, perDiscipline, publication: await em.findOne(AdmissionPublication, { cycle }) };
}

/** R-SEL-4 per discipline and overall on interviewees : admitted, and R-SEL-6 on the total admitted. */
export function publicationViolations(state: AdmissionState) {
  return checkPublication({
    perDiscipline: state.perDiscipline.map(({ code, admissions }) => ({ code, invited: admissions.interviewees, admitted: admissions.admitted })),
    interviewRatio: state.cycle.interviewRatio,
    minAdmissions: state.cycle.minAdmissions,
  });
}

const candidateView = (row: AdmissionRow<Candidate>) => ({
  applicationId: String(row.application.id),
  applicationNumber: row.applicationNumber,
  name: row.application.name ?? '',
  schoolName: row.application.school?.getEntity().name ?? '',
  rank: row.rank,
  assessmentScore: row.assessment,
  interviewScore: row.interview!,
  combined: row.combined,
  proposal: row.proposal as AdmissionDecisionValue,
  decision: row.decision as AdmissionDecisionValue,
  decidedByOffice: row.application.admissionDecidedAt !== null,
  version: row.application.version,
});

export function toAdmissionBoard(state: AdmissionState): AdmissionBoardType {
  const disciplines: DisciplineAdmissionsType[] = state.perDiscipline.map(({ code, name, planned, admissions }) => ({
    disciplineCode: code, disciplineName: name, plannedAdmissions: planned, interviewees: admissions.interviewees,
    admitted: admissions.admitted, candidates: admissions.rows.map(candidateView),
  }));
  const { cycle, publication } = state;
  return {
    year: cycle.year, assessmentWeight: cycle.assessmentWeight, interviewWeight: cycle.interviewWeight,
    interviewRatio: cycle.interviewRatio, minAdmissions: cycle.minAdmissions,
    interviewees: disciplines.reduce((sum, d) => sum + d.interviewees, 0),
    admitted: disciplines.reduce((sum, d) => sum + d.admitted, 0),
    disciplines, violations: publicationViolations(state),
    publishedAt: publication?.publishedAt ?? null, noticeEndsAt: publication?.noticeEndsAt ?? null,
  };
}
