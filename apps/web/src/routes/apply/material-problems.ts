import { MATERIAL_EXTENSIONS, MATERIAL_LIMITS, type MaterialType } from '@yingcai/domain/applications';
import type { TFunction } from 'i18next';
import { MaterialRequestError, type MaterialFailure } from './material-requests';
import type { MaterialProblem } from './use-materials';

type T = TFunction<'apply'>;
type Violation = NonNullable<MaterialFailure['violations']>[number];

/** Names for what the bytes were found to be; anything else is said as its media type. */
const KINDS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpeg', 'image/png': 'png', 'application/zip': 'zip' };

const kindOf = (t: T, detectedType: string) => (KINDS[detectedType] ? t(`materials.kinds.${KINDS[detectedType]}` as 'materials.kinds.pdf') : detectedType);

function violationSentence(t: T, violation: Violation, name: string): string {
  const detected = violation.detectedType ?? '';
  switch (violation.problem) {
    case 'TYPE':
      return detected ? t('materials.errors.TYPE_DETECTED', { name, kind: kindOf(t, detected) }) : t('materials.errors.TYPE', { name });
    case 'EXTENSION': {
      const extensions = (MATERIAL_EXTENSIONS[detected as MaterialType] ?? []).map((e) => `.${e}`).join(t('materials.or'));
      return t('materials.errors.EXTENSION', { name, kind: kindOf(t, detected), extensions });
    }
    case 'EMPTY':
    case 'TOO_LARGE':
      return t(`materials.errors.${violation.problem}`, { name, mb: MATERIAL_LIMITS.maxBytes / 1024 / 1024 });
    case 'TOO_MANY':
      return t('materials.errors.TOO_MANY', { max: MATERIAL_LIMITS.maxCount });
    default:
      return violation.rule === 'R-APP-4' ? t('materials.errors.submitted') : t('rules.other', { rule: violation.rule, message: violation.message });
  }
}

const KNOWN_CODES = new Set(['CONFLICT', 'UNAUTHENTICATED', 'NOT_FOUND']);

/** Each reason an upload or deletion was refused, as a Chinese sentence (R-APP-3's problems one by one). */
export function materialSentences(t: T, { action, fileName, error }: MaterialProblem): string[] {
  const failure = error instanceof MaterialRequestError ? error.failure : null;
  if (failure?.violations?.length) return failure.violations.map((v) => violationSentence(t, v, fileName));
  if (failure?.reason === 'NO_DRAFT') return [t('materials.errors.NO_DRAFT')];
  if (failure && KNOWN_CODES.has(failure.code)) return [t(`materials.errors.${failure.code}` as 'materials.errors.CONFLICT', { name: fileName })];
  return [action === 'upload' ? t('materials.errors.uploadFailed', { name: fileName }) : t('materials.errors.deleteFailed', { name: fileName })];
}
