import { InboxOutlined } from '@ant-design/icons';
import type { SchoolImportReport } from '@yingcai/domain/schools';
import { Alert, Modal, Spin, Upload } from 'antd';
import { useState } from 'react';
import { useAdminTranslation, useCommonTranslation } from '../../../i18n/use-admin-translation';
import { postFile, type FileRouteError } from '../../../shell/file-request';
import { ImportPreview } from './import-preview';

const IMPORT_URL = '/api/schools/import';
const FILE_ERRORS = ['NOT_XLSX', 'FILE_TOO_LARGE', 'MISSING_COLUMNS', 'EMPTY_SHEET', 'NO_FILE', 'BAD_ROWS', 'MISSING_HEADER'] as const;

type Answer = SchoolImportReport | FileRouteError;

/** A sentence for a refused file: by reason, else by code. */
function useDescribeFileError() {
  const { t } = useAdminTranslation();
  const { t: tc } = useCommonTranslation();
  return ({ error }: FileRouteError): string => {
    const reason = FILE_ERRORS.find((r) => r === error.reason);
    if (reason === 'MISSING_COLUMNS') return t('schoolImport.fileError.MISSING_COLUMNS', { columns: ((error.columns as string[]) ?? []).join(tc('listSeparator')) });
    if (reason) return t(`schoolImport.fileError.${reason}`);
    if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') return t(`schoolImport.fileError.${error.code}`);
    return t('schoolImport.fileError.OTHER');
  };
}

interface ImportDialogProps {
  onClose: () => void;
  onDone: (notice: string) => void;
}

/** 导入: upload the office's .xlsx, see what each row would do, and import only a file without bad rows. */
export function ImportDialog({ onClose, onDone }: ImportDialogProps) {
  const { t } = useAdminTranslation();
  const describeFileError = useDescribeFileError();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<SchoolImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (chosen: File, dryRun: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      const answer = await postFile<Answer>(`${IMPORT_URL}${dryRun ? '?dryRun=1' : ''}`, chosen, chosen.name);
      if ('error' in answer.body) {
        setFailure(describeFileError(answer.body));
        return null;
      }
      return answer.body;
    } catch {
      setFailure(t('schoolImport.fileError.OTHER'));
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
    if (done?.committed) onDone(t('schoolImport.done', { new: done.counts.new, update: done.counts.update }));
  };

  const bad = report ? report.counts.invalid + report.counts.duplicate : 0;
  return (
    <Modal
      open
      width={760}
      title={t('schoolImport.title')}
      okText={t('schoolImport.confirm')}
      cancelText={t('schoolImport.cancel')}
      okButtonProps={{ disabled: !report || bad > 0 }}
      onOk={() => void commit()}
      onCancel={onClose}
      confirmLoading={busy && report !== null}
      destroyOnHidden
    >
      <p>{t('schoolImport.hint')}</p>
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(chosen) => {
          void check(chosen);
          return false; // the dialog sends the file itself, with the dry run
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{file ? file.name : t('schoolImport.pick')}</p>
      </Upload.Dragger>
      {busy && !report && <Spin style={{ display: 'block', marginTop: 16 }} tip={t('schoolImport.checking')} />}
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginTop: 16 }} />}
      {report && (
        <>
          <Alert
            type={bad > 0 ? 'warning' : 'success'}
            showIcon
            role="status"
            title={t('schoolImport.summary', { new: report.counts.new, update: report.counts.update, unchanged: report.counts.unchanged, bad })}
            description={bad > 0 ? t('schoolImport.badRows', { count: bad }) : t('schoolImport.noBadRows')}
            style={{ margin: '16px 0' }}
          />
          <ImportPreview report={report} />
        </>
      )}
    </Modal>
  );
}
