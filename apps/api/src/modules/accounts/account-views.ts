import type { EntityManager } from '@mikro-orm/core';
import type { RoleGrant as GrantData } from '@yingcai/domain/access';
import { needsGuardianConsent } from '@yingcai/domain/consent';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import { maskEmail, maskPhone } from '@yingcai/domain/privacy';
import { University } from '../cycles/index.js';
import { Mentor } from '../mentors/index.js';
import { School } from '../schools/index.js';
import type { Account, AccountStatus } from './account.entity.js';
import { type AccountStatusValue, type RoleValue, type AccountRowType, type MeType, type RoleGrantType } from './account.type.js';
import { GuardianConsent } from './guardian-consent.entity.js';
import { grantsOf } from './sessions.js';

/** Names of the schools, mentors and universities that grants are bound to, in one query per kind; a province is its own name. */
export async function describeGrants(em: EntityManager, grants: GrantData[]): Promise<RoleGrantType[]> {
  const ids = (role: string) => grants.filter((g) => g.role === role && g.scopeId).map((g) => g.scopeId!);
  // Most accounts hold no bound role: ask only for the kinds that are there (`me` runs this on every page).
  const named = <T>(wanted: string[], load: () => Promise<T[]>) => (wanted.length > 0 ? load() : Promise.resolve([]));
  const [schools, mentors, universities] = await Promise.all([
    named(ids('school_coordinator'), () => em.find(School, { id: { $in: ids('school_coordinator') } })),
    named(ids('mentor'), () => em.find(Mentor, { id: { $in: ids('mentor') } })),
    named(ids('university_coordinator'), () => em.find(University, { id: { $in: ids('university_coordinator').map(Number) } })),
  ]);
  const names = new Map<string, string>([
    ...schools.map((s) => [s.id, s.name] as const),
    ...mentors.map((m) => [m.id, m.name] as const),
    ...universities.map((u) => [String(u.id), u.name] as const),
    ...ids('office_staff').map((province) => [province, province] as const),
  ]);
  return grants.map((g) => ({ role: g.role as RoleValue, scopeId: g.scopeId, scopeName: g.scopeId ? (names.get(g.scopeId) ?? null) : null }));
}


const statusValue = (status: AccountStatus) => status as AccountStatusValue;

export async function toMe(em: EntityManager, account: Account, now: Date): Promise<MeType> {
  const consent = await em.findOne(GuardianConsent, { account: account.id });
  return {
    id: account.id,
    displayName: account.displayName,
    email: account.email,
    phone: account.phone,
    status: statusValue(account.status),
    roles: await describeGrants(em, grantsOf(account)),
    guardianConsent: consent && {
      dateOfBirth: consent.dateOfBirth,
      guardianName: consent.guardianName,
      guardianPhone: maskPhone(consent.guardianPhone),
      consentVersion: consent.consentVersion,
      consentedAt: consent.consentedAt,
      withdrawnAt: consent.withdrawnAt,
      required: needsGuardianConsent(consent.dateOfBirth, toProgrammeDate(now)),
    },
  };
}

/** A row of the admin list: the server masks contact details; revealing them is a separate, audited call. */
export async function toAccountRows(em: EntityManager, accounts: Account[]): Promise<AccountRowType[]> {
  const described = await describeGrants(em, accounts.flatMap(grantsOf));
  let next = 0;
  return accounts.map((account) => {
    const roles = described.slice(next, (next += account.grants.length));
    return {
      id: account.id,
      displayName: account.displayName,
      email: account.email && maskEmail(account.email),
      phone: account.phone && maskPhone(account.phone),
      status: statusValue(account.status),
      roles,
      createdAt: account.createdAt,
      lastLoginAt: account.lastLoginAt,
    };
  });
}
