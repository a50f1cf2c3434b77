import { MATERIAL_EXTENSIONS, MATERIAL_LIMITS } from '@yingcai/domain/applications';
import { useId, type ChangeEvent } from 'react';
import { FormAlert } from '../../components/form';
import { MaterialList } from './material-list';
import { materialSentences } from './material-problems';
import type { useMaterials } from './use-materials';
import { useApplyTranslation } from './use-apply-translation';

const ACCEPT = Object.entries(MATERIAL_EXTENSIONS).flatMap(([type, extensions]) => [type, ...extensions.map((e) => `.${e}`)]).join(',');
const MAX_MB = MATERIAL_LIMITS.maxBytes / 1024 / 1024;

function FilePicker({ disabled, onPick }: { disabled: boolean; onPick: (file: File) => void }) {
  const { t } = useApplyTranslation();
  const id = useId();
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // the same file can be picked again after a refusal
    event.target.value = '';
    if (file) onPick(file);
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('materials.pick')}
      </label>
      <input id={id} type="file" className="apply-materials__picker" accept={ACCEPT} disabled={disabled} onChange={pick} />
    </div>
  );
}

/** 申请材料 (R-APP-3): up to 5 PDF, JPEG or PNG files of 10 MB each, uploaded one at a time to the draft. */
export function MaterialsSection({ materials }: { materials: ReturnType<typeof useMaterials> }) {
  const { t } = useApplyTranslation();
  const { list, busy, problem, upload, remove } = materials;
  const full = list.length >= MATERIAL_LIMITS.maxCount;
  return (
    <section className="form-card form" aria-labelledby="apply-materials" aria-busy={busy ? true : undefined}>
      <h2 id="apply-materials">{t('materials.heading')}</h2>
      <p className="field__hint">{t('materials.hint', { max: MATERIAL_LIMITS.maxCount, mb: MAX_MB })}</p>
      <MaterialList materials={list} busy={busy} onDelete={(material) => void remove(material)} />
      {problem && (
        <FormAlert>
          {materialSentences(t, problem).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </FormAlert>
      )}
      {busy?.action === 'upload' && (
        <p role="status" className="apply-materials__progress">
          <progress aria-label={t('materials.uploading', { name: busy.fileName })} />
          {t('materials.uploading', { name: busy.fileName })}
        </p>
      )}
      {full ? <p>{t('materials.full', { max: MATERIAL_LIMITS.maxCount })}</p> : <FilePicker disabled={busy !== null} onPick={(file) => void upload(file)} />}
      <p className="field__hint">{t('materials.count', { count: list.length, max: MATERIAL_LIMITS.maxCount })}</p>
    </section>
  );
}
