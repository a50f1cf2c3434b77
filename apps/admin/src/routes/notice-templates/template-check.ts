import { checkNoticeText, renderNotice, type NoticeText } from '@yingcai/domain/notices';

/** Values a preview fills in, so the office reads a notice as an applicant would. */
export const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  name: '张明',
  applicationNumber: 'SX2026-00001',
  year: '2026',
  note: '成绩证明缺少盖章',
  reason: '年级排名不在前15%',
  deadline: '二〇二五年十一月三十日',
};

/** The first problem with an edit as a message key, or the preview when there is none. */
export function previewOf(text: NoticeText, variables: readonly string[]): { problem: { field: string; code: string } | null; preview: NoticeText | null } {
  const [problem] = checkNoticeText(text, variables);
  if (problem) return { problem, preview: null };
  return { problem: null, preview: renderNotice(text, SAMPLE_VALUES) };
}
