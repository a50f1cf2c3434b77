import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { checkMaterial, checkMaterialCount, MATERIAL_LIMITS, type MaterialType } from '@yingcai/domain/applications';
import type { Actor } from '@yingcai/domain/access';
import { fileTypeFromBuffer } from 'file-type';
import { sealFile } from '../../crypto/file-cipher.js';
import type { Context } from '../../graphql/context.js';
import { AppError, notFound, ruleViolation } from '../../graphql/errors.js';
import { audit } from '../audit/index.js';
import { loadCycle } from '../cycles/index.js';
import { requireApplicant } from './application-access.js';
import { ApplicationMaterial } from './application-material.entity.js';
import { Application } from './application.entity.js';

/** A file as the multipart route received it; `truncated` when it went past the size limit. */
export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
  truncated: boolean;
}

/** Only the applicant changes their materials ('self', as for the draft). */
export const requireMaterialOwner = (ctx: Context): Actor => requireApplicant(ctx, 'application.save_own');

/** The name without any path a browser or tool may send, control characters or surrounding blanks, at most 200 characters. */
export function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, 200 - extension.length) + extension;
}

const draftOnly = (application: Application) => {
  // R-APP-4: a submitted application is the school's and the office's to judge, no longer the applicant's to change.
  if (application.status !== 'draft') throw ruleViolation([{ rule: 'R-APP-4', message: `the application is ${application.status}: only a draft's materials can be changed` }]);
};

/** The applicant's draft, checked; a material leaves its version alone, so the form's next save is not a CONFLICT. */
async function ownDraft(em: EntityManager, accountId: string, year: number): Promise<Application> {
  const cycle = await loadCycle(em, year);
  const application = await em.findOne(Application, { cycle, applicant: accountId });
  if (!application) throw new AppError('NOT_FOUND', `no application for ${year}: save a draft first`, { reason: 'NO_DRAFT' });
  draftOnly(application);
  return application;
}

/** R-APP-3: the type from the bytes, the name's extension and the size, each problem named. */
async function checkFile(file: UploadedFile, fileName: string): Promise<MaterialType> {
  const detectedType = (await fileTypeFromBuffer(file.bytes))?.mime ?? '';
  // past the limit the route kept only the first bytes: the size is "more than the limit"
  const size = file.truncated ? MATERIAL_LIMITS.maxBytes + 1 : file.bytes.length;
  const problems = checkMaterial({ declaredName: fileName, detectedType, size });
  if (problems.length > 0) throw ruleViolation(problems);
  return detectedType as MaterialType;
}

/** R-APP-3: the lowest free slot; none free is the sixth material. */
async function freeSlot(em: EntityManager, application: Application): Promise<number> {
  const taken = new Set((await em.find(ApplicationMaterial, { application }, { fields: ['slot'] })).map((m) => m.slot));
  const slot = Array.from({ length: MATERIAL_LIMITS.maxCount }, (_, i) => i + 1).find((s) => !taken.has(s));
  if (slot === undefined) throw ruleViolation(checkMaterialCount(taken.size + 1));
  return slot;
}

async function store(materialDir: string, key: string, sealed: Buffer): Promise<void> {
  await mkdir(materialDir, { recursive: true });
  const partial = join(materialDir, `${key}.partial`);
  await writeFile(partial, sealed);
  await rename(partial, join(materialDir, key));
}

/**
 * R-APP-3: the applicant adds a supporting material to their draft. The file is written before the
 * row commits and removed if anything fails, so a refusal leaves neither a row nor a file.
 */
export async function uploadMaterial(ctx: Context, materialDir: string, year: number, file: UploadedFile): Promise<ApplicationMaterial> {
  const actor = requireMaterialOwner(ctx);
  const fileName = cleanFileName(file.fileName);
  const storageKey = randomBytes(16).toString('hex');
  try {
    return await ctx.em.transactional(async (em) => {
      const application = await ownDraft(em, actor.accountId, year);
      const mediaType = await checkFile(file, fileName);
      const { sealed, dataKey } = sealFile(file.bytes);
      const material = em.create(ApplicationMaterial, {
        application, slot: await freeSlot(em, application), storageKey, dataKey, fileName, mediaType, size: file.bytes.length, uploadedAt: ctx.now,
      });
      await em.flush();
      audit(em, ctx, { action: 'application.upload_material', subjectType: 'application_material', subjectId: String(material.id), subjectAccountId: actor.accountId, as: 'self' });
      await store(materialDir, storageKey, sealed);
      return material;
    });
  } catch (error) {
    await rm(join(materialDir, storageKey), { force: true });
    if (error instanceof UniqueConstraintViolationException) throw new AppError('CONFLICT', 'another material was being uploaded at the same time: upload this one again');
    throw error;
  }
}

/** The applicant removes a material of their draft; the file goes once the row is gone. */
export async function deleteMaterial(ctx: Context, materialDir: string, id: string): Promise<void> {
  const actor = requireMaterialOwner(ctx);
  const storageKey = await ctx.em.transactional(async (em) => {
    const material = /^\d{1,10}$/.test(id)
      ? await em.findOne(ApplicationMaterial, { id: Number(id), application: { applicant: actor.accountId } }, { populate: ['application'] })
      : null;
    if (!material) throw notFound(`no material ${id} of yours`);
    draftOnly(material.application.getEntity());
    em.remove(material);
    audit(em, ctx, { action: 'application.delete_material', subjectType: 'application_material', subjectId: id, subjectAccountId: actor.accountId, as: 'self' });
    return material.storageKey;
  });
  await rm(join(materialDir, storageKey), { force: true });
}
