import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { can, type Actor } from '@yingcai/domain/access';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { Caches } from '../../cache/caches.js';
import { AppError, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/index.js';
import { MentorAppointment } from './mentor-appointment.entity.js';
import { Mentor } from './mentor.entity.js';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

/** What the bytes are, not what the file name or header says. */
const KINDS: Record<string, { ext: string; mime: string }> = {
  'image/jpeg': { ext: 'jpg', mime: 'image/jpeg' },
  'image/png': { ext: 'png', mime: 'image/png' },
};
const PHOTO_KEY = /^[0-9a-f-]{36}-[0-9a-f]{12}\.(jpg|png)$/;

export interface PhotoRequest {
  em: EntityManager;
  caches: Caches;
  photoDir: string;
  actor: Actor | null;
  now: Date;
  ip: string | null;
  requestId: string;
}

/**
 * Issue 23: a photo from a phone carries EXIF — where and when it was taken, the device. Re-encoded by
 * sharp, the picture keeps its orientation (applied to the pixels) and loses every metadata block.
 */
async function withoutMetadata(bytes: Buffer): Promise<Buffer> {
  try {
    return await sharp(bytes).rotate().toBuffer();
  } catch {
    throw new AppError('BAD_USER_INPUT', 'the photo could not be read as an image', { reason: 'UNREADABLE_IMAGE' });
  }
}

/** The mentor themself or office staff replaces the photo; each photo gets a new key, so its address can be cached for good. */
export async function replaceMentorPhoto(request: PhotoRequest, mentorId: string, bytes: Buffer): Promise<string> {
  const { em, actor } = request;
  if (!actor) throw new AppError('UNAUTHENTICATED', 'sign in first');
  const mentor = await em.findOne(Mentor, { id: mentorId });
  if (!mentor) throw notFound(`no mentor ${mentorId}`);
  const decision = can(actor, 'mentor.update_photo', { kind: 'mentor', mentorId, universityId: String(mentor.university.id) });
  if (!decision.allowed) throw new AppError('FORBIDDEN', decision.reason);
  const kind = KINDS[(await fileTypeFromBuffer(bytes))?.mime ?? ''];
  if (!kind) throw new AppError('BAD_USER_INPUT', 'a photo must be a JPEG or PNG image');
  const key = `${mentor.id}-${randomBytes(6).toString('hex')}.${kind.ext}`;
  await mkdir(request.photoDir, { recursive: true });
  const partial = join(request.photoDir, `${key}.partial`);
  await writeFile(partial, await withoutMetadata(bytes));
  await rename(partial, join(request.photoDir, key));
  const previous = mentor.photo;
  mentor.photo = key;
  audit(em, request, { action: 'mentor.update_photo', subjectType: 'mentor', subjectId: mentor.id, as: decision.as });
  await em.flush();
  request.caches.mentorDirectory.clear();
  if (previous && PHOTO_KEY.test(previous)) await rm(join(request.photoDir, previous), { force: true });
  return key;
}

/** A photo goes out only while its mentor is approved for some cycle. */
export async function readPublicPhoto(em: EntityManager, photoDir: string, key: string): Promise<{ bytes: Buffer; mime: string } | null> {
  if (!PHOTO_KEY.test(key)) return null;
  const mentor = await em.findOne(Mentor, { photo: key });
  if (!mentor || (await em.count(MentorAppointment, { mentor, status: 'approved' })) === 0) return null;
  const mime = key.endsWith('.png') ? 'image/png' : 'image/jpeg';
  return { bytes: await readFile(join(photoDir, key)), mime };
}

export const photoUrlOf = (key: string): string => `/mentor-photos/${key}`;
