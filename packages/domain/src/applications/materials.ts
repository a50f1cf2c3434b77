import type { RuleViolation } from '../result.js';

/** R-APP-3: limits on supporting materials; product limits, kept here so client and server agree. */
export const MATERIAL_LIMITS = { maxCount: 5, maxBytes: 10 * 1024 * 1024 } as const;

export type MaterialType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** The extensions each accepted type may carry, lower case. */
export const MATERIAL_EXTENSIONS: Readonly<Record<MaterialType, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
};

export interface MaterialInput {
  /** The file name the applicant uploaded. */
  declaredName: string;
  /** The type found from the file's content (its magic bytes) by the API, never the browser's claim. */
  detectedType: string;
  size: number;
}

const violation = (message: string): RuleViolation => ({ rule: 'R-APP-3', message });

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).trim().toLowerCase();
};

const isMaterialType = (type: string): type is MaterialType => Object.hasOwn(MATERIAL_EXTENSIONS, type);

/**
 * R-APP-3: one supporting material is a PDF, JPEG or PNG of 1 byte to 10 MB whose detected type
 * matches the extension of its name (case-insensitive). Every problem is its own violation.
 */
export function checkMaterial(material: MaterialInput, maxBytes: number = MATERIAL_LIMITS.maxBytes): RuleViolation[] {
  const { declaredName, detectedType, size } = material;
  const violations: RuleViolation[] = [];
  const extension = extensionOf(declaredName);
  if (!isMaterialType(detectedType)) {
    violations.push(violation(`${declaredName} is not a PDF, JPEG or PNG file`));
  } else if (!MATERIAL_EXTENSIONS[detectedType].includes(extension)) {
    violations.push(violation(`${declaredName} is a ${detectedType} file but its name ends in ${JSON.stringify(extension)}; expected ${MATERIAL_EXTENSIONS[detectedType].join(' or ')}`));
  }
  if (!Number.isInteger(size) || size < 1) violations.push(violation(`${declaredName} is empty`));
  else if (size > maxBytes) violations.push(violation(`${declaredName} is larger than ${maxBytes / (1024 * 1024)} MB`));
  return violations;
}

/** R-APP-3: an application carries 0 to 5 supporting materials. */
export function checkMaterialCount(count: number, maxCount: number = MATERIAL_LIMITS.maxCount): RuleViolation[] {
  if (count <= maxCount) return [];
  return [violation(`at most ${maxCount} supporting materials, not ${count}`)];
}
