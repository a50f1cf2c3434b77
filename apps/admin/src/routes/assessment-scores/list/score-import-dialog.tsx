import type { ScoreImportReport } from '@yingcai/domain/selection';
import { Alert } from 'antd';
import { useAdminTranslation, useCommonTranslation } from '../../../i18n/use-admin-translation';
import { FileImportDialog } from '../../../shell/file-import-dialog';
import type { FileRouteError } from '../../../shell/file-request';
import { ScoreImportPreview } from './score-import-preview';

const FILE_ERRORS = [
  'NOT_XLSX', 'NOT_UTF8', 'BAD_CSV', 'FILE_TOO_LARGE', 'MISSING_COLUMNS', 'EMPTY_SHEET', 'NO_FILE', 'NO_YEAR', 'BAD_ROWS', 'MISSING_HEADER',
] as const;
const CODES = ['CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'] as const;

function useDescribeFileError() {
  const { t } = useAdminTranslation();
  const { t: tc } = useCommonTranslation();
  return (answer: FileRouteError | null): string => {
    const error = answer?.error;
    const reason = FILE_ERRORS.find((r) => r === error?.reason);
    if (reason === 'MISSING_COLUMNS') return t('scoreImport.fileError.MISSING_COLUMNS', { columns: ((error?.columns as string[]) ?? []).join(tc('listSeparator')) });
    if (reason) return t(`scoreImport.fileError.${reason}`);
    const code = CODES.find((c) => c === error?.code);
    return code ? t(`scoreImport.fileError.${code}`) : t('scoreImport.fileError.OTHER');
  };
}

const badOf = (report: ScoreImportReport) => report.counts.invalid + report.counts.unmatched + report.counts.duplicate + report.counts.refused;

interface ScoreImportDialogProps {
  year: number;
  onClose: () => void;
  onDone: (notice: string) => void;
}

/** 导入成绩 (R-SEL-2): the national platform's export, checked row by row, imported only when every row is good. */
export function ScoreImportDialog({ year, onClose, onDone }: ScoreImportDialogProps) {
  const { t } = useAdminTranslation();
  const describeFileError = useDescribeFileError();
  return (
    <FileImportDialog<ScoreImportReport>
      url={`/api/assessment-scores/import?year=${year}`}
      accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
      texts={{
        title: t('scoreImport.title'),
        hint: <p>{t('scoreImport.hint')}</p>,
        pick: t('scoreImport.pick'),
        checking: t('scoreImport.checking'),
        confirm: t('scoreImport.confirm'),
        cancel: t('scoreImport.cancel'),
      }}
      describeFailure={describeFileError}
      summarise={(report) => {
        const bad = badOf(report);
        const { assess, replace, unchanged } = report.counts;
        return {
          bad,
          // not `replace`: i18next reads that option as the values to interpolate
          title: t('scoreImport.summary', { firstScores: assess, replaced: replace, unchanged, bad }),
          description: bad > 0 ? t('scoreImport.badRows', { count: bad }) : t('scoreImport.noBadRows'),
        };
      }}
      preview={(report) => (
        <>
          {report.notInFile > 0 && <Alert type="info" showIcon title={t('scoreImport.notInFile', { count: report.notInFile })} style={{ marginBottom: 12 }} />}
          <ScoreImportPreview report={report} />
        </>
      )}
      onClose={onClose}
      onDone={(done) => onDone(t('scoreImport.done', { file: done.fileName, firstScores: done.counts.assess, replaced: done.counts.replace }))}
    />
  );
}
