import type { SchoolImportReport } from '@yingcai/domain/schools';
import { useAdminTranslation, useCommonTranslation } from '../../../i18n/use-admin-translation';
import type { FileRouteError } from '../../../shell/file-request';
import { FileImportDialog } from '../../../shell/file-import-dialog';
import { ImportPreview } from './import-preview';

const IMPORT_URL = '/api/schools/import';
const FILE_ERRORS = ['NOT_XLSX', 'FILE_TOO_LARGE', 'MISSING_COLUMNS', 'EMPTY_SHEET', 'NO_FILE', 'BAD_ROWS', 'MISSING_HEADER'] as const;

/** A sentence for a refused file: by reason, else by code. */
function useDescribeFileError() {
  const { t } = useAdminTranslation();
  const { t: tc } = useCommonTranslation();
  return (answer: FileRouteError | null): string => {
    if (!answer) return t('schoolImport.fileError.OTHER');
    const { error } = answer;
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
  return (
    <FileImportDialog<SchoolImportReport>
      url={IMPORT_URL}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      texts={{
        title: t('schoolImport.title'),
        hint: <p>{t('schoolImport.hint')}</p>,
        pick: t('schoolImport.pick'),
        checking: t('schoolImport.checking'),
        confirm: t('schoolImport.confirm'),
        cancel: t('schoolImport.cancel'),
      }}
      describeFailure={describeFileError}
      summarise={(report) => {
        const bad = report.counts.invalid + report.counts.duplicate;
        return {
          bad,
          title: t('schoolImport.summary', { new: report.counts.new, update: report.counts.update, unchanged: report.counts.unchanged, bad }),
          description: bad > 0 ? t('schoolImport.badRows', { count: bad }) : t('schoolImport.noBadRows'),
        };
      }}
      preview={(report) => <ImportPreview report={report} />}
      onClose={onClose}
      onDone={(done) => onDone(t('schoolImport.done', { new: done.counts.new, update: done.counts.update }))}
    />
  );
}
