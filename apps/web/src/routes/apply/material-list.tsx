import { materialUrl } from './material-requests';
import type { Material, MaterialsBusy } from './use-materials';
import { useApplyTranslation } from './use-apply-translation';

/** Bytes as a phone screen has room for: 820 B, 312 KB, 2.4 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface MaterialListProps {
  materials: readonly Material[];
  /** Given on the form; the status page lists without it. */
  onDelete?: (material: Material) => void;
  busy?: MaterialsBusy;
}

/** The applicant's materials, each a link to its file with its size, and 删除 while the draft is open. */
export function MaterialList({ materials, onDelete, busy = null }: MaterialListProps) {
  const { t } = useApplyTranslation();
  if (materials.length === 0) return <p>{t('materials.none')}</p>;
  return (
    <ul className="apply-materials" aria-label={t('materials.heading')}>
      {materials.map((material) => (
        <li key={material.id} className="apply-materials__item">
          <a href={materialUrl(material.id)} className="apply-materials__name">
            {material.fileName}
          </a>
          <span className="apply-materials__size">{formatSize(material.size)}</span>
          {onDelete && (
            <button
              type="button"
              className="link-button"
              disabled={busy !== null}
              aria-label={t('materials.deleteNamed', { name: material.fileName })}
              onClick={() => onDelete(material)}
            >
              {busy?.action === 'delete' && busy.id === material.id ? t('materials.deleting') : t('materials.delete')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
