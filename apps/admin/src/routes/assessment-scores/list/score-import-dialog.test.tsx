import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cycleListMock } from '../../../test/fixtures/cycle';
import { renderInConsole } from '../../../test/render-in-console';
import { ScoreImportDialog } from './score-import-dialog';
import { aCleanScoreReport, aScoreReportWithBadRows } from './scores-fixtures';

const csv = () => new File(['身份证号,成绩\n'], '成绩.csv', { type: 'text/csv' });

/** The API's answers in turn, recording each request's address. */
function answering(...answers: { status: number; body: unknown }[]) {
  const urls: string[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    urls.push(url);
    const answer = answers.shift()!;
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  }));
  return urls;
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
const open = (onDone = () => {}) => renderInConsole(<ScoreImportDialog year={2026} onClose={() => {}} onDone={onDone} />, [cycleListMock([2026])]);

afterEach(() => vi.unstubAllGlobals());

describe('R-SEL-2 导入潜质测评成绩', { timeout: 30_000 }, () => {
  it('previews a dry run: bad rows first with Chinese reasons, the replaced score, and no import while any row is bad', async () => {
    const urls = answering({ status: 200, body: aScoreReportWithBadRows() });
    open();
    await pick(csv());
    expect(await screen.findByText('首次录入 1 人，更新 1 人，无变化 0 人，有问题 4 行。')).toBeTruthy();
    expect(screen.getByText('另有 3 名已测评考生不在此文件中，将保留原成绩。')).toBeTruthy();
    const rows = within(screen.getByRole('dialog')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual(['4', '5', '6', '7', '2', '3']);
    expect(within(rows[0]!).getByText('本届没有对应的已提交报名')).toBeTruthy();
    expect(within(rows[1]!).getByText('与前面的行是同一名考生')).toBeTruthy();
    expect(within(rows[2]!).getByText('该报名未通过资料审核或已进入后续环节（当前：资料审核未通过），不能录入成绩')).toBeTruthy();
    expect(within(rows[3]!).getByText('成绩应在 0 到 100 之间')).toBeTruthy();
    expect(within(rows[5]!).getByText('原 70')).toBeTruthy();
    expect(confirmButton().disabled).toBe(true);
    expect(urls).toEqual(['/api/assessment-scores/import?year=2026&dryRun=1']);
  });

  it('imports a clean file after the dry run and says what it did', async () => {
    const urls = answering({ status: 200, body: aCleanScoreReport() }, { status: 200, body: aCleanScoreReport(true) });
    const onDone = vi.fn();
    open(onDone);
    await pick(csv());
    expect(await screen.findByText('检查无误，可以导入。')).toBeTruthy();
    await waitFor(() => expect(confirmButton().disabled).toBe(false));
    fireEvent.click(confirmButton());
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('导入完成（成绩.csv）：首次录入 2 人，更新 1 人。'));
    expect(urls).toEqual(['/api/assessment-scores/import?year=2026&dryRun=1', '/api/assessment-scores/import?year=2026']);
  });

  it('says in Chinese why a file was refused: a GBK CSV, missing columns', async () => {
    answering(
      { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: 'x', reason: 'NOT_UTF8' } } },
      { status: 400, body: { error: { code: 'BAD_USER_INPUT', message: 'x', reason: 'MISSING_COLUMNS', columns: ['身份证号', '报名号'] } } },
    );
    open();
    await pick(csv());
    expect(await screen.findByText(/CSV 文件不是 UTF-8 编码（可能是 GBK）/)).toBeTruthy();
    await pick(csv());
    expect(await screen.findByText('第一行缺少列：身份证号、报名号。')).toBeTruthy();
    expect(confirmButton().disabled).toBe(true);
  });
});
