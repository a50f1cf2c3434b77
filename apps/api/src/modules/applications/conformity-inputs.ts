import type { EntityManager } from '@mikro-orm/core';
import type { RuleViolation } from '@yingcai/domain';
import { conformityFlags, type ConformityContext } from '@yingcai/domain/selection';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { GuardianConsent } from '../accounts/index.js';
import type { Cycle } from '../cycles/index.js';
import { readRows } from '../../orm/read-rows.js';
import type { ApplicationRow } from './staff-rows.js';
import { approvedMentorIdsByDiscipline, participatingSchoolIds } from './submission-input.js';

/** R-APP-5: the other applications of the cycle carrying each ID number of the page (by its keyed hash), in one query. */
interface Holder {
  id: number;
  application_number: string | null;
  submitted_id_hash: string;
}

async function duplicatesOf(em: EntityManager, cycle: Cycle, rows: readonly ApplicationRow[]): Promise<Map<string, Holder[]>> {
  const hashes = [...new Set(rows.map((row) => row.submittedIdHash).filter((n): n is string => n !== null))];
  const holders = hashes.length === 0 ? [] : await readRows<Holder>(
    em,
    `select id, application_number, submitted_id_hash from application where cycle_id = ? and submitted_id_hash in (${hashes.map(() => '?').join(', ')})`,
    [cycle.id, ...hashes],
  );
  const byHash = new Map<string, Holder[]>();
  for (const holder of holders) byHash.set(holder.submitted_id_hash, [...(byHash.get(holder.submitted_id_hash) ?? []), holder]);
  return byHash;
}

/** R-CONSENT-1 (issue 23): the day each applicant's guardian withdrew the consent, for those who did. */
async function withdrawalsOf(em: EntityManager, rows: readonly ApplicationRow[]): Promise<Map<string, string>> {
  const applicants = [...new Set(rows.map((row) => row.applicant))];
  const consents = applicants.length === 0 ? [] : await em.find(GuardianConsent, { account: { $in: applicants }, withdrawnAt: { $ne: null } }, { fields: ['account', 'withdrawnAt'] });
  return new Map(consents.map((consent) => [consent.account.id, toProgrammeDate(consent.withdrawnAt!)]));
}

/**
 * R-SEL-1: the conformity flags of a page of applications. The inputs are read once per page, not per
 * row (approved mentors by discipline, participating schools, ID numbers shared), so the statements
 * a page costs do not grow with its size.
 */
export async function flagsOf(em: EntityManager, cycle: Cycle, rows: readonly ApplicationRow[]): Promise<Map<number, RuleViolation[]>> {
  const mentors = await approvedMentorIdsByDiscipline(em, cycle);
  const schools = await participatingSchoolIds(em, cycle);
  const duplicates = await duplicatesOf(em, cycle, rows);
  const withdrawn = await withdrawalsOf(em, rows);
  const base: Omit<ConformityContext, 'duplicateApplicationNumbers'> = {
    eligibilityRules: { subjectRankTopPercent: cycle.subjectRankTopPercent, overallRankTopPercent: cycle.overallRankTopPercent, participatingSchoolIds: schools },
    maxChoices: cycle.maxMentorChoices,
    approvedMentorIdsByDiscipline: mentors,
  };
  const flags = new Map<number, RuleViolation[]>();
  for (const row of rows) {
    const others = (duplicates.get(row.submittedIdHash ?? '') ?? []).filter((other) => other.id !== row.id);
    const application = { ...conformityOf(row), consentWithdrawnOn: withdrawn.get(row.applicant) ?? null };
    flags.set(row.id, conformityFlags(application, { ...base, duplicateApplicationNumbers: others.map((other) => other.application_number ?? `#${other.id}`) }));
  }
  return flags;
}

/** A submitted application has every field the rules read (submission required them). */
const conformityOf = (row: ApplicationRow) => ({
  disciplineCode: row.disciplineCode ?? '',
  mentorChoices: row.mentorChoices,
  eligibility: { grade: row.grade ?? 0, schoolId: row.school ?? '', gradeSize: row.gradeSize ?? 0, subjectRank: row.subjectRank, overallRank: row.overallRank },
});
