import { InboxOutlined } from '@ant-design/icons';
import { Alert, Modal, Spin, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { postFile, type FileRouteError } from './file-request';

/** What a dry run or a commit of a file import answers. */
export interface ImportReport {
  committed: boolean;
}

/** The dialog's words: each import names its own file and rows. */
export interface FileImportTexts {
  title: string;
  hint: ReactNode;
  pick: string;
  checking: string;
  confirm: string;
  cancel: string;
}

export interface FileImportDialogProps<R extends ImportReport> {
  /** The import route, with any query of its own; the dialog adds `dryRun=1` for the check. */
  url: string;
  /** What the file picker offers, e.g. `.xlsx,.csv`. */
  accept: string;
  texts: FileImportTexts;
  /** A sentence for a refused file, or for no answer at all (null). */
  describeFailure: (error: FileRouteError | null) => string;
  /** The dry run's headline: how many rows are bad (the commit waits for none) and what the file would do. */
  summarise: (report: R) => { bad: number; title: string; description: string };
  preview: (report: R) => ReactNode;
  onClose: () => void;
  onDone: (report: R) => void;
}

const withDryRun = (url: string) => `${url}${url.includes('?') ? '&' : '?'}dryRun=1`;

/**
 * 导入: upload a spreadsheet, see what each row would do (a dry run on the server), and import only a
 * file without bad rows, all at once (decision 012). Every import of the console is this dialog.
 */
export function FileImportDialog<R extends ImportReport>({ url, accept, texts, describeFailure, summarise, preview, onClose, onDone }: FileImportDialogProps<R>) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<R | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (chosen: File, dryRun: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await postFile<R | FileRouteError>(dryRun ? withDryRun(url) : url, chosen, chosen.name);
      if ('error' in answer.body) {
        setFailure(describeFailure(answer.body));
        return null;
      }
      return answer.body;
    } catch {
      setFailure(describeFailure(null));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const check = async (chosen: File) => {
    setFile(chosen);
    setReport(null);
    setReport(await send(chosen, true));
  };

  const commit = async () => {
    if (!file) return;
    const done = await send(file, false);
    if (done?.committed) onDone(done);
  };

  const summary = report ? summarise(report) : null;
  return (
    <Modal
      open
      width={860}
      title={texts.title}
      okText={texts.confirm}
      cancelText={texts.cancel}
      okButtonProps={{ disabled: !summary || summary.bad > 0 }}
      onOk={() => void commit()}
      onCancel={onClose}
      confirmLoading={busy && report !== null}
      destroyOnHidden
    >
      <div>{texts.hint}</div>
      <Upload.Dragger
        accept={accept}
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(chosen) => {
          void check(chosen);
          return false; // the dialog sends the file itself, with the dry run
        }}
        style={{ marginTop: 12 }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{file ? file.name : texts.pick}</p>
      </Upload.Dragger>
      {busy && !report && <Spin style={{ display: 'block', marginTop: 16 }} tip={texts.checking} />}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginTop: 16 }} />}
      {report && summary && (
        <>
          <Alert
            type={summary.bad > 0 ? 'warning' : 'success'}
            showIcon
            role="status"
            title={summary.title}
            description={summary.description}
            style={{ margin: '16px 0' }}
          />
          {preview(report)}
        </>
      )}
    </Modal>
  );
}
