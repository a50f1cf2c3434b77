import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { can, type Actor, type Role } from '@yingcai/domain/access';
import { openFile } from '../../crypto/file-cipher.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { audit } from '../audit/index.js';
import { signedIn } from '../../graphql/access.js';
import { ApplicationMaterial } from './application-material.entity.js';
import { toMaterialType, type ApplicationMaterialType } from './application-material.type.js';
import type { Application } from './application.entity.js';

/** The materials of some applications, oldest first, in one query whatever their number. */
export async function materialsOf(em: EntityManager, applications: readonly { id: number }[]): Promise<ReadonlyMap<number, ApplicationMaterialType[]>> {
  const byApplication = new Map<number, ApplicationMaterialType[]>(applications.map((a) => [a.id, []]));
  if (applications.length === 0) return byApplication;
  const rows = await em.find(ApplicationMaterial, { application: { $in: applications.map((a) => a.id) } }, { orderBy: { id: 'asc' } });
  for (const row of rows) byApplication.get(row.application.id)?.push(toMaterialType(row));
  return byApplication;
}

/**
 * Who may read a material: the applicant themself (application.read_own), or, once the application is
 * submitted, the office and the coordinator of its school (application.read). Null for anyone else.
 */
function readerOf(actor: Actor, application: Application): Role | 'self' | null {
  const own = can(actor, 'application.read_own', { kind: 'person', accountId: application.applicant.id });
  if (own.allowed) return own.as;
  // a draft is the applicant's own: staff see nothing of it (decision 017)
  if (application.status === 'draft') return null;
  const staff = can(actor, 'application.read', { kind: 'school', schoolId: application.school?.id ?? '' });
  return staff.allowed ? staff.as : null;
}

export interface MaterialFile {
  material: ApplicationMaterial;
  /** The file decrypted, whole: at most 10 MB (R-APP-3), and checked before a byte goes out. */
  bytes: Buffer;
}

/** A material's file for someone allowed to read it; anyone else hears it does not exist. Staff reads are audited. */
export async function openMaterial(ctx: Context, materialDir: string, id: string): Promise<MaterialFile> {
  const actor = signedIn(ctx);
  const material = /^\d{1,10}$/.test(id) ? await ctx.em.findOne(ApplicationMaterial, { id: Number(id) }, { populate: ['application'] }) : null;
  const as = material && readerOf(actor, material.application.getEntity());
  if (!material || !as) throw notFound(`no material ${id}`);
  if (as !== 'self') {
    const application = material.application.getEntity();
    audit(ctx.em, ctx, { action: 'application.read_material', subjectType: 'application_material', subjectId: id, subjectAccountId: application.applicant.id, as });
    await ctx.em.flush();
  }
  const stored = await readFile(join(materialDir, material.storageKey));
  return { material, bytes: material.dataKey === null ? stored : openFile(stored, material.dataKey, `application_material ${material.id}`) };
}
