import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cycleListMock, cycleSettingsMock } from '../../test/fixtures/cycle';
import { renderInConsole } from '../../test/render-in-console';
import { aMentor, anAppointment, appointmentsMock, confirmMock, sentAppointment, updateMock } from './mentor-fixtures';
import { MentorsPage } from './mentors-page';

const recommended = anAppointment({ id: 7, version: 2, status: 'RECOMMENDED', confirmedAt: null, universityApprovedAt: null });

const renderAsMentor = (mocks: Parameters<typeof renderInConsole>[1]) =>
  renderInConsole(<MentorsPage />, [cycleListMock([2026]), cycleSettingsMock(), ...mocks], '/', aMentor());

const confirmed = (version: number) => ({
  data: { confirmMentor: sentAppointment({ ...recommended, status: 'CONFIRMED', confirmedAt: '2025-10-12T02:00:00.000Z', version: version + 1 }) },
});

async function confirmData() {
  fireEvent.click(await screen.findByRole('button', { name: '确认资料' }));
  const question = await screen.findByText('确认后资料将不能修改，确定吗？');
  fireEvent.click(within(question.closest('.ant-popover') as HTMLElement).getByRole('button', { name: /确\s*定/ }));
}

describe('导师遴选 for a mentor', { timeout: 30_000 }, () => {
  it('R-MENTOR-2 the mentor confirms their data with the version read, and the steps move on', async () => {
    const { mock } = appointmentsMock(() => ({ rows: [recommended], total: 1 }));
    const { mock: confirm, sentVariables } = confirmMock(({ version }) => confirmed(version));
    const { mock: update, sentVariables: updates } = updateMock(() => ({ errors: [{ message: 'unexpected' }] }));
    renderAsMentor([mock, confirm, update]);

    expect(await screen.findByText('陈教授 · 物理学 · 山西大学')).toBeTruthy();
    expect(screen.getByText('导师确认').closest('.ant-steps-item')?.className).toContain('process');
    await confirmData();

    expect(await screen.findByText('已确认资料，等待高校审核。')).toBeTruthy();
    // Nothing was changed, so nothing is saved before confirming.
    expect(updates).toEqual([]);
    expect(sentVariables).toEqual([{ id: 7, version: 2 }]);
    await waitFor(() => expect(screen.getByText('高校审核').closest('.ant-steps-item')?.className).toContain('process'));
  });

  it('R-MENTOR-2 saves what the mentor changed first, then confirms with the saved version', async () => {
    const { mock } = appointmentsMock(() => ({ rows: [recommended], total: 1 }));
    const { mock: update, sentVariables: updates } = updateMock(({ version }) => ({
      data: { updateMentorData: sentAppointment({ ...recommended, capacity: 4, version: version + 1 }) },
    }));
    const { mock: confirm, sentVariables } = confirmMock(({ version }) => confirmed(version));
    renderAsMentor([mock, update, confirm]);

    fireEvent.change(await screen.findByLabelText('指导学生数'), { target: { value: '4' } });
    await confirmData();

    expect(await screen.findByText('已确认资料，等待高校审核。')).toBeTruthy();
    expect(updates).toEqual([
      {
        id: 7,
        version: 2,
        data: {
          title: '教授',
          honours: ['changjiang_scholar'],
          researchFields: ['量子光学', '冷原子'],
          profile: '从事量子光学研究。',
          capacity: 4,
          team: [{ name: '刘博士', degree: 'DOCTORATE', title: 'INTERMEDIATE' }],
        },
      },
    ]);
    expect(sentVariables).toEqual([{ id: 7, version: 3 }]);
  });

  it('shows the rejection reason on the step it stopped at, and the letter of an approved mentor', async () => {
    const rejected = anAppointment({ id: 8, status: 'REJECTED', universityApprovedAt: null, rejectionReason: '研究方向与学科不符' });
    const approved = anAppointment({ id: 9, year: 2026, status: 'APPROVED', letterNumber: 'YC2026-001', mentor: { ...recommended.mentor, disciplineCode: 'chemistry' } });
    const { mock } = appointmentsMock(() => ({ rows: [rejected, approved], total: 2 }));
    renderAsMentor([mock]);

    const reasons = await screen.findAllByText('未通过原因：研究方向与学科不符');
    expect(reasons.some((r) => r.closest('.ant-steps-item')?.textContent?.includes('高校审核'))).toBe(true);
    expect(screen.queryByRole('button', { name: '确认资料' })).toBeNull();
    expect(screen.getByRole('button', { name: /下载聘书/ })).toBeTruthy();
    expect(screen.getByText('聘书编号：YC2026-001')).toBeTruthy();
  });
});

describe('照片 for the public directory', { timeout: 30_000 }, () => {
  it('uploads the chosen photo for the mentor’s own record and says why a file is refused', async () => {
    const { mock } = appointmentsMock(() => ({ rows: [recommended], total: 1 }));
    const posted: { url: string; file: FormDataEntryValue | null }[] = [];
    const answers = [
      new Response(JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: 'a photo must be a JPEG or PNG image' } }), { status: 400 }),
      new Response(JSON.stringify({ photoUrl: '/mentor-photos/new.png' }), { status: 200 }),
    ];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (url: string, init?: RequestInit) => {
      posted.push({ url, file: (init?.body as FormData).get('file') });
      return answers.shift()!;
    }) as typeof fetch;
    try {
      renderAsMentor([mock]);
      const input = (await screen.findByLabelText(/上传照片/, { selector: 'input' })) as HTMLInputElement;
      fireEvent.change(input, { target: { files: [new File(['not an image'], 'photo.png', { type: 'image/png' })] } });
      expect(await screen.findByText('照片未能上传：文件不是 JPEG 或 PNG 图片')).toBeTruthy();
      fireEvent.change(input, { target: { files: [new File(['png bytes'], 'me.png', { type: 'image/png' })] } });
      expect(await screen.findByText('照片已更新，导师风采页将显示新照片。')).toBeTruthy();
      expect(posted.map((p) => [p.url, (p.file as File).name])).toEqual([
        ['/api/mentors/mentor-1/photo', 'photo.png'],
        ['/api/mentors/mentor-1/photo', 'me.png'],
      ]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
