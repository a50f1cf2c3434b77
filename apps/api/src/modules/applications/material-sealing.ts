import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { openFile, sealFile } from '../../crypto/file-cipher.js';
import { ApplicationMaterial } from './application-material.entity.js';

const BATCH = 100;

interface Direction {
  /** The files still to change: their rows' data key is null (to seal) or set (to unseal). */
  sealed: boolean;
  /** The name a changed file waits under until its row says what it holds. */
  suffix: string;
  change: (stored: Buffer, material: ApplicationMaterial) => { bytes: Buffer; dataKey: string | null };
}

const SEAL: Direction = { sealed: false, suffix: '.sealed', change: (stored) => { const { sealed, dataKey } = sealFile(stored); return { bytes: sealed, dataKey }; } };
const UNSEAL: Direction = {
  sealed: true,
  suffix: '.clear',
  change: (stored, material) => ({ bytes: openFile(stored, material.dataKey!, `application_material ${material.id}`), dataKey: null }),
};

/**
 * Issue 22: the materials stored before their encryption are sealed in place at start, a file at a time:
 * the new file is written beside the old, the row takes its key, then the new file replaces the old. A
 * start after a crash finishes or drops what waits beside, so every file is readable through its row.
 */
export const sealStoredMaterials = (em: EntityManager, materialDir: string): Promise<number> => rewriteFiles(em, materialDir, SEAL);

/** The way back (`npm run materials:unseal`), before migrating below issue 22. */
export const unsealStoredMaterials = (em: EntityManager, materialDir: string): Promise<number> => rewriteFiles(em, materialDir, UNSEAL);

async function rewriteFiles(em: EntityManager, materialDir: string, direction: Direction): Promise<number> {
  await finishWaiting(em, materialDir, direction);
  let changed = 0;
  for (let after = 0; ; ) {
    const batch = await em.fork().find(ApplicationMaterial, { dataKey: direction.sealed ? { $ne: null } : null, id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: BATCH });
    for (const material of batch) changed += await rewriteFile(em, materialDir, material, direction);
    if (batch.length < BATCH) return changed;
    after = batch.at(-1)!.id;
  }
}

async function rewriteFile(em: EntityManager, materialDir: string, material: ApplicationMaterial, direction: Direction): Promise<number> {
  const path = join(materialDir, material.storageKey);
  const stored = await readFile(path).catch(() => null);
  if (!stored) return 0; // a file lost before: nothing to protect, and its row answers as before
  const { bytes, dataKey } = direction.change(stored, material);
  await writeFile(`${path}${direction.suffix}`, bytes);
  await em.fork().nativeUpdate(ApplicationMaterial, { id: material.id }, { dataKey });
  await rename(`${path}${direction.suffix}`, path);
  return 1;
}

/** A file written beside its old one by a run that stopped: it replaces the old once its row took the change, else it goes. */
async function finishWaiting(em: EntityManager, materialDir: string, direction: Direction): Promise<void> {
  const waiting = (await readdir(materialDir).catch(() => [] as string[])).filter((name) => name.endsWith(direction.suffix));
  for (const name of waiting) {
    const storageKey = name.slice(0, -direction.suffix.length);
    const row = await em.fork().findOne(ApplicationMaterial, { storageKey });
    const taken = row !== null && (row.dataKey !== null) === !direction.sealed;
    if (taken) await rename(join(materialDir, name), join(materialDir, storageKey));
    else await rm(join(materialDir, name), { force: true });
  }
}
