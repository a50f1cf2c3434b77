import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cycleListMock } from '../../../test/fixtures/cycle';
import { renderInConsole } from '../../../test/render-in-console';
import { ImportDialog } from './import-dialog';
import { aCleanReport, aReportWithBadRows } from './schools-fixtures';

const xlsx = () => new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], '学校名录.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

/** The API's answers in turn, recording each request's address and header. */
function answering(...answers: { status: number; body: unknown }[]) {
  const requests: { url: string; header: string | null }[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    requests.push({ url, header: new Headers(init.headers).get('x-requested-with') });
    const answer = answers.shift()!;
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return requests;
}

async function pick(file: File) {
  const input = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!found) throw new Error('no file input');
    return found;
  });
  fireEvent.change(input, { target: { files: [file] } });
}

const confirmButton = () => screen.getByRole('button', { name: /确认导入/ }) as HTMLButtonElement;

afterEach(() => vi.unstubAllGlobals());

describe('导入 the school register', { timeout: 30_000 }, () => {
  it('previews a dry run with bad rows first and their Chinese reasons; 确认导入 stays off', async () => {
    const requests = answering({ status: 200, body: aReportWithBadRows() });
    renderInConsole(<ImportDialog onClose={() => {}} onDone={() => {}} />, [cycleListMock([2026])]);
    expect(confirmButton().disabled).toBe(true);
    await pick(xlsx());

    expect(await screen.findByText('新增 1 所，更新 1 所，无变化 0 所，有问题 2 行。')).toBeTruthy();
    expect(screen.getByText('有 2 行存在问题，请在 Excel 中改正后重新上传；全部无误后才能导入。')).toBeTruthy();
    const rows = within(screen.getByRole('dialog')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(['4', '5', '2', '3']);
    expect(within(rows[0]!).getByText('文件内重复')).toBeTruthy();
    expect(within(rows[0]!).getByText('与前面的行学校名称重复')).toBeTruthy();
    expect(within(rows[1]!).getByText('所在区县不在本省区县表中')).toBeTruthy();
    expect(within(rows[1]!).getByText('办学性质应为：公办或民办')).toBeTruthy();
    expect(confirmButton().disabled).toBe(true);
    expect(requests).toEqual([{ url: '/api/schools/import?dryRun=1', header: 'yingcai-admin' }]);
  });

  it('imports a clean file after the dry run, then reports what it did', async () => {
    const requests = answering({ status: 200, body: aCleanReport() }, { status: 200, body: aCleanReport(true) });
    const onDone = vi.fn();
    renderInConsole(<ImportDialog onClose={() => {}} onDone={onDone} />, [cycleListMock([2026])]);
    await pick(xlsx());
    expect(await screen.findByText('检查无误，可以导入。')).toBeTruthy();
    await waitFor(() => expect(confirmButton().disabled).toBe(false));
    fireEvent.click(confirmButton());
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('导入完成：新增 1 所，更新 1 所。'));
    expect(requests.map((r) => r.url)).toEqual(['/api/schools/import?dryRun=1', '/api/schools/import']);
  });

  it('says in Chinese why a file was refused', async () => {
    answering(
      { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: 'x', reason: 'NOT_XLSX' } } },
      { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: 'x', reason: 'MISSING_COLUMNS', columns: ['学校类型', '办学性质'] } } },
    );
    renderInConsole(<ImportDialog onClose={() => {}} onDone={() => {}} />, [cycleListMock([2026])]);
    await pick(xlsx());
    expect(await screen.findByText('文件不是 Excel 工作簿（.xlsx），请另存为 .xlsx 后重新上传。')).toBeTruthy();
    await pick(xlsx());
    expect(await screen.findByText('第一行缺少列：学校类型、办学性质。')).toBeTruthy();
    expect(confirmButton().disabled).toBe(true);
  });
});
