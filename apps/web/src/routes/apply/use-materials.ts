import { MATERIAL_LIMITS } from '@yingcai/domain/applications';
import type { WebApplicationMaterialFragment } from '@yingcai/schema';
import { useState } from 'react';
import { deleteMaterial, MaterialRequestError, postMaterial } from './material-requests';

export type Material = WebApplicationMaterialFragment;

/** What is under way: one upload or one deletion at a time. */
export type MaterialsBusy = { action: 'upload'; fileName: string } | { action: 'delete'; id: string } | null;

/** A refused or failed upload or deletion, said in a sentence by `materialSentences`. */
export interface MaterialProblem {
  action: 'upload' | 'delete';
  fileName: string;
  error: unknown;
}

/** R-APP-3, said before sending 10 MB over a phone's network only to hear it is too large. */
const tooLarge = () => new MaterialRequestError({ code: 'RULE_VIOLATION', violations: [{ rule: 'R-APP-3', message: 'too large', problem: 'TOO_LARGE' }] });

/** The applicant's materials: upload one file at a time to the draft (created first if need be), delete one. */
export function useMaterials(year: number, initial: readonly Material[], ensureDraft: () => Promise<void>) {
  const [list, setList] = useState<Material[]>([...initial]);
  const [busy, setBusy] = useState<MaterialsBusy>(null);
  const [problem, setProblem] = useState<MaterialProblem>();

  async function run(next: NonNullable<MaterialsBusy>, fileName: string, work: () => Promise<void>) {
    setProblem(undefined);
    setBusy(next);
    try {
      await work();
    } catch (error) {
      setProblem({ action: next.action, fileName, error });
    } finally {
      setBusy(null);
    }
  }

  function upload(file: File) {
    if (file.size > MATERIAL_LIMITS.maxBytes) {
      setProblem({ action: 'upload', fileName: file.name, error: tooLarge() });
      return Promise.resolve();
    }
    return run({ action: 'upload', fileName: file.name }, file.name, async () => {
      await ensureDraft();
      const material = await postMaterial(year, file);
      setList((materials) => [...materials, material]);
    });
  }

  function remove(material: Material) {
    return run({ action: 'delete', id: material.id }, material.fileName, async () => {
      await deleteMaterial(material.id);
      setList((materials) => materials.filter((m) => m.id !== material.id));
    });
  }

  return { list, busy, problem, upload, remove };
}
