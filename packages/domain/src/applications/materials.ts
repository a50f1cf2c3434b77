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

/** Which limit a material breaks, for a client's own sentence: the message is the server's English. */
export type MaterialProblem = 'TYPE' | 'EXTENSION' | 'EMPTY' | 'TOO_LARGE' | 'TOO_MANY';

export interface MaterialViolation extends RuleViolation {
  problem: MaterialProblem;
  /** TYPE and EXTENSION: what the bytes are ('' when nothing was recognised). */
  detectedType?: string;
}

const violation = (problem: MaterialProblem, message: string, detectedType?: string): MaterialViolation =>
  ({ rule: 'R-APP-3', message, problem, ...(detectedType === undefined ? {} : { detectedType }) });

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).trim().toLowerCase();
};

const isMaterialType = (type: string): type is MaterialType => Object.hasOwn(MATERIAL_EXTENSIONS, type);

/**
 * R-APP-3: one supporting material is a PDF, JPEG or PNG of 1 byte to 10 MB whose detected type
 * matches the extension of its name (case-insensitive). Every problem is its own violation.
 */
export function checkMaterial(material: MaterialInput, maxBytes: number = MATERIAL_LIMITS.maxBytes): MaterialViolation[] {
  const { declaredName, detectedType, size } = material;
  const violations: MaterialViolation[] = [];
  const extension = extensionOf(declaredName);
  if (!isMaterialType(detectedType)) {
    const found = detectedType || 'of no recognised type';
    violations.push(violation('TYPE', `${declaredName} is ${found}, not a PDF, JPEG or PNG file`, detectedType));
  } else if (!MATERIAL_EXTENSIONS[detectedType].includes(extension)) {
    violations.push(violation('EXTENSION', `${declaredName} is a ${detectedType} file but its name ends in ${JSON.stringify(extension)}; expected ${MATERIAL_EXTENSIONS[detectedType].join(' or ')}`, detectedType));
  }
  if (!Number.isInteger(size) || size < 1) violations.push(violation('EMPTY', `${declaredName} is empty`));
  else if (size > maxBytes) violations.push(violation('TOO_LARGE', `${declaredName} is larger than ${maxBytes / (1024 * 1024)} MB`));
  return violations;
}

/** R-APP-3: an application carries 0 to 5 supporting materials. */
export function checkMaterialCount(count: number, maxCount: number = MATERIAL_LIMITS.maxCount): MaterialViolation[] {
  if (count <= maxCount) return [];
  return [violation('TOO_MANY', `at most ${maxCount} supporting materials, not ${count}`)];
}
