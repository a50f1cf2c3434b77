import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { AdminNoticeTemplatesDocument, AdminUpdateNoticeTemplateDocument, type AdminUpdateNoticeTemplateMutationVariables } from '@yingcai/schema';
import { describe, expect, it } from 'vitest';
import { anOfficeStaffMember } from '../../test/fixtures/session';
import { renderInConsole } from '../../test/render-in-console';
import { NoticeTemplatesPage } from './notice-templates-page';

const declined = {
  __typename: 'NoticeTemplate',
  key: 'school_declined',
  subject: '英才计划：报名审核进展',
  body: '{{name}}同学，您好：\n您的报名（报名号 {{applicationNumber}}）未获学校推荐，学校说明：{{note}}。',
  variables: ['name', 'applicationNumber', 'note'],
  edited: false,
  version: 0,
  updatedAt: null,
  smsProvider: 'tencent',
  smsTemplateId: '2000123',
};

const templatesMock: MockLink.MockedResponse = {
  request: { query: AdminNoticeTemplatesDocument },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: { data: { noticeTemplates: [declined] } },
};

function updateMock(answer: 'saved' | 'conflict') {
  const sent: AdminUpdateNoticeTemplateMutationVariables[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: AdminUpdateNoticeTemplateDocument, variables: () => true },
    result: (variables: AdminUpdateNoticeTemplateMutationVariables) => {
      sent.push(variables);
      if (answer === 'conflict') return { errors: [new GraphQLError('changed', { extensions: { code: 'CONFLICT' } })] };
      return { data: { updateNoticeTemplate: { ...declined, ...variables, edited: true, version: 1, updatedAt: '2025-11-25T02:00:00.000Z' } } };
    },
  };
  return { mock, sent };
}

async function openEditor() {
  const row = (await screen.findByRole('cell', { name: '学校未推荐' })).closest('tr') as HTMLElement;
  fireEvent.click(within(row).getByRole('button', { name: /编\s*辑/ }));
  return screen.findByRole('dialog');
}

describe('通知模板 (notice templates)', { timeout: 30_000 }, () => {
  it('previews the notice with sample values, refuses a placeholder the notice cannot fill, and saves with the version', async () => {
    const { mock, sent } = updateMock('saved');
    renderInConsole(<NoticeTemplatesPage />, [templatesMock, mock], '/', anOfficeStaffMember());
    const editor = await openEditor();
    expect(within(editor).getByText(/张明同学，您好/)).toBeTruthy();
    // Issue 23: the editor says which provider template a text message of this notice goes out as.
    expect(within(editor).getByText(/短信：以腾讯云短信模板 2000123 发送，参数依次为 \{1\} .+、\{2\} .+、\{3\} /)).toBeTruthy();

    const body = within(editor).getByLabelText('正文');
    fireEvent.change(body, { target: { value: '{{name}}：你的分数是{{score}}' } });
    expect(await within(editor).findByText('使用了此通知不支持的占位符，请只用下方列出的占位符')).toBeTruthy();
    expect((within(editor).getByRole('button', { name: /保\s*存/ }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(body, { target: { value: '{{name}}同学：学校说明 {{note}}' } });
    expect(await within(editor).findByText('张明同学：学校说明 成绩证明缺少盖章')).toBeTruthy();
    fireEvent.click(within(editor).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('“学校未推荐”已保存，之后发出的通知将使用新文本。')).toBeTruthy();
    expect(sent).toEqual([{ key: 'school_declined', subject: declined.subject, body: '{{name}}同学：学校说明 {{note}}', version: 0 }]);
  });

  it('says so when someone else changed the template first, keeping what was typed', async () => {
    const { mock } = updateMock('conflict');
    renderInConsole(<NoticeTemplatesPage />, [templatesMock, mock], '/', anOfficeStaffMember());
    const editor = await openEditor();
    fireEvent.change(within(editor).getByLabelText('标题'), { target: { value: '新标题' } });
    fireEvent.click(within(editor).getByRole('button', { name: /保\s*存/ }));
    expect(await within(editor).findByText('该模板已被他人修改，请关闭后重新打开再编辑。')).toBeTruthy();
    await waitFor(() => expect((within(editor).getByLabelText('标题') as HTMLInputElement).value).toBe('新标题'));
  });
});
