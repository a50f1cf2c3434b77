import type { WebApplicationMaterialFragment } from '@yingcai/schema';

/** What the API said when it refused a material: the same codes as GraphQL, with R-APP-3's problem per violation. */
export interface MaterialFailure {
  code: string;
  reason?: string;
  violations?: { rule: string; message: string; problem?: string; detectedType?: string }[];
}

/** A refused or failed request; no failure means the request never got an answer (offline). */
export class MaterialRequestError extends Error {
  constructor(readonly failure: MaterialFailure | null) {
    super(failure?.code ?? 'network');
  }
}

/** Where a material's file is read (the API checks who asks). */
export const materialUrl = (id: string) => `/api/application-materials/${id}`;

// a header a form on another site cannot set: the API's guard against cross-site posts
const SAME_SITE = { 'x-requested-with': 'yingcai-web' };

async function send(url: string, init: RequestInit): Promise<Response> {
  const response = await fetch(url, { ...init, credentials: 'same-origin', headers: SAME_SITE }).catch(() => null);
  if (!response) throw new MaterialRequestError(null);
  if (response.ok) return response;
  const body = (await response.json().catch(() => null)) as { error?: MaterialFailure } | null;
  throw new MaterialRequestError(body?.error ?? { code: 'INTERNAL' });
}

/** R-APP-3: one file to the applicant's draft; the API checks its type from the bytes, its size and the count. */
export async function postMaterial(year: number, file: File): Promise<WebApplicationMaterialFragment> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await send(`/api/applications/mine/materials?year=${year}`, { method: 'POST', body: form });
  return (await response.json()) as WebApplicationMaterialFragment;
}

export async function deleteMaterial(id: string): Promise<void> {
  await send(`/api/applications/mine/materials/${id}`, { method: 'DELETE' });
}
