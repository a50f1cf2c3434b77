import { Alert } from 'antd';

/** What the last decisions came to, one line per outcome, under an optional heading. */
export interface Notice {
  type: 'success' | 'warning' | 'error';
  title?: string;
  lines: string[];
}

export function NoticeAlert({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const inline = !notice.title && notice.lines.length === 1;
  return (
    <Alert
      type={notice.type}
      showIcon
      role="status"
      title={inline ? notice.lines[0] : notice.title}
      description={
        inline ? undefined : (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {notice.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )
      }
      closable={{ onClose }}
      style={{ marginBottom: 16 }}
    />
  );
}
