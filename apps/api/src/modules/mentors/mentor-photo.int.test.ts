import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@yingcai/domain/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import sharp from 'sharp';
import { PNG, postFile } from '../../../test/fixtures/files.js';
import { addMentor } from '../../../test/fixtures/mentors.js';
import { startTestApi, type TestApi, type TestBrowser } from '../../../test/test-api.js';

const DIRECTORY = `query ($search: String) { mentorDirectory(year: 2026, search: $search) { rows { id photoUrl } } }`;

describe("mentors' photos (REST, out of band of GraphQL)", () => {
  let api: TestApi;
  let as: Record<Role, TestBrowser>;
  let chen: string;
  const photoDir = mkdtempSync(join(tmpdir(), 'yingcai-photos-'));

  const upload = async (browser: TestBrowser | null, mentorId: string, bytes: Buffer, name = 'photo.png', type = 'image/png') => {
    const { status, body } = await postFile(api, browser, `/api/mentors/${mentorId}/photo`, 'photo', { bytes, name, type });
    return { status, body: body as { photoUrl?: string; error?: { code: string } } };
  };
  const photoUrlOf = async (search: string) =>
    (await api.graphql<{ mentorDirectory: { rows: { photoUrl: string | null }[] } }>(DIRECTORY, { search })).data!.mentorDirectory.rows[0]!.photoUrl;

  beforeAll(async () => {
    api = await startTestApi({ env: { PHOTO_DIR: photoDir } });
    as = await signInEveryRole(api);
    chen = (await api.graphql<{ mentorDirectory: { rows: { id: string }[] } }>(DIRECTORY, { search: '陈教授' })).data!.mentorDirectory.rows[0]!.id;
  });
  afterAll(async () => {
    await api.close();
    rmSync(photoDir, { recursive: true, force: true });
  });

  it('refuses anyone not signed in, and accounts that are neither the mentor nor office staff', async () => {
    expect((await upload(null, chen, PNG)).status).toBe(401);
    expect((await upload(as.applicant, chen, PNG)).status).toBe(403);
    expect((await upload(as.university_coordinator, chen, PNG)).status).toBe(403);
    expect(await photoUrlOf('陈教授')).toBeNull();
  });

  it('the mentor uploads a PNG; the directory links it and anyone can fetch it', async () => {
    const { status, body } = await upload(as.mentor, chen, PNG);
    expect(status).toBe(200);
    expect(await photoUrlOf('陈教授')).toBe(body.photoUrl);
    const photo = await fetch(`${api.url}${body.photoUrl}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    // Issue 23: a person's photo is cached by the browser alone, and asked for again.
    expect(photo.headers.get('cache-control')).toBe('private, no-cache');
    expect(await sharp(Buffer.from(await photo.arrayBuffer())).metadata()).toMatchObject({ format: 'png', width: 1, height: 1 });
    expect(readdirSync(photoDir)).toEqual([body.photoUrl!.split('/').pop()]);
  });

  it('checks the bytes, not the name or the declared type, and refuses more than 2 MB', async () => {
    const before = await photoUrlOf('陈教授');
    const text = await upload(as.mentor, chen, Buffer.from('not a picture at all'), 'photo.jpg', 'image/jpeg');
    expect(text).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT' } } });
    const big = await upload(as.mentor, chen, Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]));
    expect(big.status).toBe(413);
    expect(await photoUrlOf('陈教授')).toBe(before);
  });

  it('office staff replace a photo with a phone JPEG; it comes back without its EXIF, and the old address is gone', async () => {
    const before = await photoUrlOf('陈教授');
    const fromPhone = await sharp({ create: { width: 6, height: 4, channels: 3, background: '#a33' } })
      .jpeg().withExif({ IFD0: { Make: 'PhoneMaker', Copyright: '太原市小店区某小区' } }).toBuffer();
    expect((await sharp(fromPhone).metadata()).exif).toBeDefined();
    const { status, body } = await upload(as.office_staff, chen, fromPhone, 'new.jpg', 'image/jpeg');
    expect(status).toBe(200);
    expect(body.photoUrl).toMatch(/\.jpg$/);
    const served = await fetch(`${api.url}${body.photoUrl}`);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await served.arrayBuffer());
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 6, height: 4 });
    expect(metadata.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);
    expect((await fetch(`${api.url}${before}`)).status).toBe(404);
  });

  it('serves no photo of a mentor who is not approved for any cycle', async () => {
    const pending = await addMentor(api.orm.em.fork(), { name: '钱待批', status: 'recommended' });
    const { status, body } = await upload(as.office_staff, pending.id, PNG);
    expect(status).toBe(200);
    expect((await fetch(`${api.url}${body.photoUrl}`)).status).toBe(404);
    expect((await fetch(`${api.url}/mentor-photos/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });
});
