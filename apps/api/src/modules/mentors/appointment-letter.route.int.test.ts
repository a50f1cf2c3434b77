import type { Role } from '@yingcai/domain/access';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInEveryRole } from '../../../test/fixtures/accounts.js';
import { startTestApi, type TestApi } from '../../../test/test-api.js';
import { Cycle } from '../cycles/cycle.entity.js';
import { University } from '../cycles/university.entity.js';
import { MentorAppointment } from './mentor-appointment.entity.js';
import { Mentor } from './mentor.entity.js';

type Browsers = Awaited<ReturnType<typeof signInEveryRole>>;

interface Appointments {
  /** The demo mentor's own, approved with a letter. */
  own: number;
  /** Another mentor's (陈晓明), approved with a letter. */
  other: number;
  /** Approved by the university only: no letter number yet. */
  pending: number;
}

/** Rows written through the ORM, as the approval chain (another change) will leave them. */
async function seedAppointments(api: TestApi): Promise<Appointments> {
  const em = api.orm.em.fork();
  const cycle = await em.findOneOrFail(Cycle, { year: 2026 });
  const university = await em.findOneOrFail(University, { name: '山西大学' });
  // The demo mentor account's record, approved for 2026 by the demo data.
  const own = await em.findOneOrFail(MentorAppointment, { cycle, mentor: { name: '陈教授（演示）' } });
  own.letterNumber = 'SX-2026-0001';
  const chen = em.create(Mentor, { name: '陈晓明', university, disciplineCode: 'physics' });
  const wang = em.create(Mentor, { name: '王立新', university, disciplineCode: 'chemistry' });
  const appoint = (mentor: Mentor, letterNumber: string | null, status: 'approved' | 'university_approved') =>
    em.create(MentorAppointment, {
      cycle, mentor, status, capacity: 2, letterNumber,
      recommendedAt: new Date('2026-03-01T02:00:00Z'),
      approvedAt: status === 'approved' ? new Date('2026-04-20T02:00:00Z') : null,
    });
  const other = appoint(chen, 'SX-2026-0002', 'approved');
  const pending = appoint(wang, null, 'university_approved');
  await em.flush();
  return { own: own.id, other: other.id, pending: pending.id };
}

async function textOf(pdf: ArrayBuffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const content = await (await document.getPage(1)).getTextContent();
  await document.destroy();
  return content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, '');
}

describe('GET /api/mentor-appointments/:id/letter.pdf', () => {
  let api: TestApi;
  let browsers: Browsers;
  let ids: Appointments;
  const get = (id: number | string, role?: Role) => {
    const cookie = role ? browsers[role].cookie : null;
    return fetch(`${api.url}/api/mentor-appointments/${id}/letter.pdf`, { headers: cookie ? { cookie } : {} });
  };
  const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; reason?: string } }).error;

  beforeAll(async () => {
    api = await startTestApi();
    browsers = await signInEveryRole(api);
    ids = await seedAppointments(api);
  });
  afterAll(() => api.close());

  it('R-MENTOR-2: the office downloads a new mentor’s letter as a PDF named 导师聘书-{number}.pdf, with name, number and cycle', async () => {
    const response = await get(ids.other, 'office_staff');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('导师聘书-SX-2026-0002.pdf')}`);
    expect(disposition).toContain('filename="appointment-letter-SX-2026-0002.pdf"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await textOf(await response.arrayBuffer());
    for (const expected of ['陈晓明', '编号：SX-2026-0002', '山西大学物理学', '2026年度中学生英才计划导师', '山西省英才计划工作办公室', '二〇二六年四月二十日']) {
      expect(text).toContain(expected);
    }
  });

  it('the mentor downloads their own letter; their university’s coordinator too', async () => {
    const own = await get(ids.own, 'mentor');
    expect(own.status).toBe(200);
    expect(await textOf(await own.arrayBuffer())).toContain('陈教授（演示）');
    const coordinator = await get(ids.other, 'university_coordinator');
    expect(coordinator.status).toBe(200);
    await coordinator.arrayBuffer();
  });

  it.each<Role>(['mentor', 'school_coordinator', 'analyst', 'admin', 'applicant'])('%s may not read another mentor’s letter: 403 FORBIDDEN', async (role) => {
    const response = await get(ids.other, role);
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('anonymous: 401 UNAUTHENTICATED, before anything is looked up', async () => {
    for (const id of [ids.other, 999_999]) {
      const response = await get(id);
      expect(response.status).toBe(401);
      expect(await errorOf(response)).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('a cookie naming no live session: 401, and the cookie is cleared as GraphQL clears it', async () => {
    const response = await fetch(`${api.url}/api/mentor-appointments/${ids.other}/letter.pdf`, { headers: { cookie: 'yingcai_session=stale' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('set-cookie')).toMatch(/^yingcai_session=;/);
    await response.arrayBuffer();
  });

  it('an appointment without a letter number: 409 CONFLICT, reason LETTER_NOT_ISSUED', async () => {
    const response = await get(ids.pending, 'office_staff');
    expect(response.status).toBe(409);
    expect(await errorOf(response)).toMatchObject({ code: 'CONFLICT', reason: 'LETTER_NOT_ISSUED' });
  });

  it.each(['999999', 'abc', '1.5'])('no appointment %s: 404 NOT_FOUND', async (id) => {
    const response = await get(id, 'office_staff');
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'NOT_FOUND' });
  });
});
