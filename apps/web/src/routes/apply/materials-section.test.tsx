import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WebApplicationMaterialFragment } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/render-route';
import { applyPageAnswers, buildApplication, savedAnswer } from './apply.fixture';

const UPLOAD = 'POST /api/applications/mine/materials';
const MB = 1024 * 1024;

const material = (id: string, fileName: string, size = 312_000): WebApplicationMaterialFragment =>
  ({ id, fileName, mediaType: 'application/pdf', size, uploadedAt: '2025-11-15T02:00:00.000Z' });
const refused = (violation: Record<string, string>) =>
  ({ status: 422, body: { error: { code: 'RULE_VIOLATION', rules: ['R-APP-3'], violations: [{ rule: 'R-APP-3', message: 'refused', ...violation }] } } });

function pick(name: string, size?: number) {
  const file = new File(['%PDF-1.4'], name, { type: 'application/pdf' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('选择文件上传'), { target: { files: [file] } });
}

const section = () => screen.getByRole('region', { name: '申请材料' });

describe('MaterialsSection (申请材料) on /apply', () => {
  it('R-APP-3 uploads the picked file while saying so, lists it with its size and a link, and deletes it', async () => {
    const { api } = renderRoute('/apply', {
      ...applyPageAnswers(),
      [UPLOAD]: { status: 201, body: material('7', '成绩单.pdf') },
      'DELETE /api/applications/mine/materials/7': { status: 204 },
    });
    await screen.findByLabelText('选择文件上传');
    expect(within(section()).getByText('还没有上传材料。')).toBeTruthy();
    pick('成绩单.pdf');
    expect(within(section()).getByRole('status').textContent).toContain('正在上传“成绩单.pdf”…');
    const link = await within(section()).findByRole('link', { name: '成绩单.pdf' });
    expect(link.getAttribute('href')).toBe('/api/application-materials/7');
    expect(within(section()).getByText('305 KB')).toBeTruthy();
    expect(within(section()).getByText('已上传 1/5 个')).toBeTruthy();
    const sent = api.sentOf(UPLOAD)[0]!.body as FormData;
    expect((sent.get('file') as File).name).toBe('成绩单.pdf');
    fireEvent.click(within(section()).getByRole('button', { name: '删除“成绩单.pdf”' }));
    await waitFor(() => expect(within(section()).queryByRole('link', { name: '成绩单.pdf' })).toBeNull());
    expect(api.sentOf('DELETE /api/applications/mine/materials/7')).toHaveLength(1);
  });

  it('R-APP-3 says each refusal in Chinese: a PNG named .pdf, a zip named .pdf, a sixth file; over 10 MB without sending it', async () => {
    const { api } = renderRoute('/apply', {
      ...applyPageAnswers(),
      [UPLOAD]: [
        refused({ problem: 'EXTENSION', detectedType: 'image/png' }),
        refused({ problem: 'TYPE', detectedType: 'application/zip' }),
        refused({ problem: 'TOO_MANY' }),
      ],
    });
    await screen.findByLabelText('选择文件上传');
    pick('奖状.pdf');
    expect((await screen.findByRole('alert')).textContent).toBe('“奖状.pdf”实际上是PNG 图片，与文件名的扩展名不符；请把扩展名改为 .png 后再上传（R-APP-3）。');
    pick('论文.pdf');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('“论文.pdf”实际上是ZIP 压缩包，不是 PDF、JPEG 或 PNG 文件，不能上传（R-APP-3）。'));
    pick('第六个.pdf');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('最多上传 5 个材料（R-APP-3），请先删除一个再上传。'));
    pick('扫描件.pdf', 10 * MB + 1);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('“扫描件.pdf”超过 10 MB，请压缩或拆分后再上传（R-APP-3）。'));
    expect(api.sentOf(UPLOAD)).toHaveLength(3);
    expect(within(section()).getByText('还没有上传材料。')).toBeTruthy();
  });

  it('R-APP-3 with five materials the picker gives way to a note that the limit is reached', async () => {
    const five = ['1', '2', '3', '4', '5'].map((id) => material(id, `材料${id}.pdf`, 2 * MB));
    renderRoute('/apply', applyPageAnswers(buildApplication({ materials: five })));
    expect(await screen.findByText('已上传 5 个材料，达到上限；如需更换，请先删除一个。')).toBeTruthy();
    expect(screen.queryByLabelText('选择文件上传')).toBeNull();
    expect(within(section()).getAllByRole('listitem')).toHaveLength(5);
    expect(within(section()).getAllByText('2.0 MB')).toHaveLength(5);
  });

  it('before anything is saved, an upload first creates the empty draft the material belongs to', async () => {
    const { api } = renderRoute('/apply', {
      ...applyPageAnswers(null),
      WebSaveApplicationDraft: savedAnswer(buildApplication({ version: 1 })),
      [UPLOAD]: { status: 201, body: material('8', 'award.png') },
    });
    await screen.findByLabelText('选择文件上传');
    pick('award.png');
    expect(await within(section()).findByRole('link', { name: 'award.png' })).toBeTruthy();
    expect(api.sentOf('WebSaveApplicationDraft')[0]!.variables).toEqual({ year: 2026, input: {}, version: null });
    expect(api.sent.map((s) => s.operation).indexOf(UPLOAD)).toBeGreaterThan(api.sent.map((s) => s.operation).indexOf('WebSaveApplicationDraft'));
  });

  it('R-APP-4 an application submitted meanwhile is said as such', async () => {
    renderRoute('/apply', {
      ...applyPageAnswers(),
      [UPLOAD]: { status: 422, body: { error: { code: 'RULE_VIOLATION', rules: ['R-APP-4'], violations: [{ rule: 'R-APP-4', message: 'submitted' }] } } },
    });
    await screen.findByLabelText('选择文件上传');
    pick('a.pdf');
    expect((await screen.findByRole('alert')).textContent).toBe('报名已提交，材料不能再修改（R-APP-4）。');
  });
});
