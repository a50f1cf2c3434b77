import type { EntityManager } from '@mikro-orm/core';
import { Account } from '../accounts/index.js';
import type { Application } from '../applications/index.js';
import { AuditEntry } from '../audit/index.js';
import { InterviewAssignment, ScoreSheet } from '../interviews/index.js';
import { publicationViolations, type AdmissionState } from './admission-board.js';

/** One line of the appeal evidence: what, its value, who and when where there is one. */
export interface EvidenceLine {
  section: string;
  item: string;
  value: string;
  who: string;
  at: Date | null;
}

const line = (section: string, item: string, value: string | number, who = '', at: Date | null = null): EvidenceLine => ({ section, item, value: String(value), who, at });

/** R-SEL-4 per discipline and overall, R-SEL-6: held or not, on the counts as they stand. */
function ruleLines(state: AdmissionState): EvidenceLine[] {
  const broken = publicationViolations(state);
  const held = (rule: string, code: string | null) => !broken.some((v) => v.rule === rule && v.disciplineCode === code);
  const verdict = (ok: boolean) => (ok ? '满足' : '不满足');
  const perDiscipline = state.perDiscipline.map((d) =>
    line('规则检查', `R-SEL-4 ${d.name}`, `面试 ${d.admissions.interviewees} 人，录取 ${d.admissions.admitted} 人：${verdict(held('R-SEL-4', d.code))}`));
  const interviewees = state.perDiscipline.reduce((sum, d) => sum + d.admissions.interviewees, 0);
  const admitted = state.perDiscipline.reduce((sum, d) => sum + d.admissions.admitted, 0);
  return [
    ...perDiscipline,
    line('规则检查', 'R-SEL-4 全省', `面试 ${interviewees} 人，录取 ${admitted} 人，比例不低于 ${state.cycle.interviewRatio}:1：${verdict(held('R-SEL-4', null))}`),
    line('规则检查', 'R-SEL-6', `录取 ${admitted} 人，不少于 ${state.cycle.minAdmissions} 人：${verdict(held('R-SEL-6', null))}`),
  ];
}

async function scoreLines(em: EntityManager, state: AdmissionState, application: Application): Promise<EvidenceLine[]> {
  const assignment = await em.findOne(InterviewAssignment, { application });
  // R-SEL-5: a member who declared a conflict of interest is not part of the score, so not of the evidence.
  const sheets = assignment ? await em.find(ScoreSheet, { assignment, conflict: false }, { populate: ['member'], orderBy: { id: 'asc' } }) : [];
  const row = state.perDiscipline.flatMap((d) => d.admissions.rows).find((r) => r.application.id === application.id);
  const rankOf = state.perDiscipline.find((d) => d.code === application.disciplineCode);
  return [
    line('成绩', '潜质测评成绩', application.assessmentScore ?? ''),
    ...sheets.map((s) => line('成绩', '面试评分', s.total ?? '', s.member.getEntity().displayName, s.submittedAt)),
    line('成绩', '面试成绩（评分均值）', assignment?.score ?? '', '', assignment?.recordedAt ?? null),
    line('成绩', '权重', `测评 ${state.cycle.assessmentWeight}，面试 ${state.cycle.interviewWeight}`),
    line('成绩', '综合成绩', row?.combined ?? ''),
    line('成绩', '学科排名', row ? `${row.rank} / ${rankOf?.admissions.rows.length ?? 0}` : ''),
  ];
}

async function decisionLines(em: EntityManager, application: Application): Promise<EvidenceLine[]> {
  const entries = await em.find(AuditEntry, { subjectType: 'application', subjectId: application.applicationNumber, action: { $like: 'application.%' } }, { orderBy: { at: 'asc', id: 'asc' } });
  const ids = [...new Set(entries.map((e) => e.actorAccountId).filter((id): id is string => id !== null))];
  const names = new Map((ids.length ? await em.find(Account, { id: { $in: ids } }) : []).map((a) => [a.id, a.displayName]));
  return entries.map((e) => line('决定', e.action, e.reason ?? '', e.actorAccountId ? names.get(e.actorAccountId) ?? e.actorAccountId : '', e.at));
}

/** The evidence of one application's admission for an appeal: rule checks, scores per panel member, total and rank, each decision. */
export async function admissionEvidence(em: EntityManager, state: AdmissionState, application: Application): Promise<EvidenceLine[]> {
  return [...ruleLines(state), ...(await scoreLines(em, state, application)), ...(await decisionLines(em, application))];
}
