import type { EntityManager } from '@mikro-orm/core';
import { toProgrammeDate } from '@yingcai/domain/cycle';
import type { Context } from '../../graphql/context.js';
import { ruleViolation } from '../../graphql/errors.js';
import { Account } from '../accounts/index.js';
import { audit } from '../audit/index.js';
import { type Cycle, loadCycle } from '../cycles/index.js';
import { requireApplicant } from './application-access.js';
import { checkVersion, saveLocked } from '../../orm/locked-unit-of-work.js';
import { Application } from './application.entity.js';
import type { ApplicationDraftInput } from './application.input.js';
import { readDraftInput } from './draft-input.js';

/** The applicant's application in a cycle, with its school, or null. */
export const findOwnApplication = (em: EntityManager, cycle: Cycle, accountId: string): Promise<Application | null> =>
  em.findOne(Application, { cycle, applicant: accountId }, { populate: ['school', 'cycle'] });

export async function myApplication(ctx: Context, year: number): Promise<Application | null> {
  const actor = requireApplicant(ctx, 'application.read_own');
  return findOwnApplication(ctx.em, await loadCycle(ctx.em, year), actor.accountId);
}

/**
 * Creates or updates the applicant's draft with whatever part was sent (drafts save as the applicant
 * types). The first save sends no version; every later one the version it read, or CONFLICT.
 */
export async function saveApplicationDraft(ctx: Context, year: number, input: ApplicationDraftInput, version: number | null): Promise<Application> {
  const actor = requireApplicant(ctx, 'application.save_own');
  return saveLocked(ctx, async (em) => {
    const cycle = await loadCycle(em, year);
    const changes = await readDraftInput(em, cycle, input, toProgrammeDate(ctx.now));
    const existing = await findOwnApplication(em, cycle, actor.accountId);
    checkVersion(existing, version);
    if (existing && existing.status !== 'draft') {
      throw ruleViolation([{ rule: 'R-APP-4', message: `the application is ${existing.status}: only a draft can be changed` }]);
    }
    const application = existing ?? em.create(Application, { cycle, applicant: em.getReference(Account, actor.accountId), createdAt: ctx.now, updatedAt: ctx.now });
    em.assign(application, { ...changes, updatedAt: ctx.now });
    audit(em, ctx, { action: 'application.save_draft', subjectType: 'application', subjectId: `${year}:${actor.accountId}`, subjectAccountId: actor.accountId, as: 'self' });
    return application;
  });
}
