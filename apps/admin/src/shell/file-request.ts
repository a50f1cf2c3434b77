/** What a file route of the API answered: its status and JSON body. */
export interface FileAnswer<T> {
  ok: boolean;
  status: number;
  body: T;
}

/** The API's REST error body: the same codes as GraphQL, with a `reason` the screen translates. */
export interface FileRouteError {
  error: { code: string; message: string; reason?: string; [key: string]: unknown };
}

/**
 * Posts one file as multipart with the session cookie. The header stands in for Apollo's preflight
 * header: a form on another site cannot set it.
 */
export async function postFile<T>(url: string, file: Blob, fileName: string): Promise<FileAnswer<T>> {
  const form = new FormData();
  form.append('file', file, fileName);
  const response = await fetch(url, { method: 'POST', body: form, credentials: 'same-origin', headers: { 'x-requested-with': 'yingcai-admin' } });
  const body = (await response.json().catch(() => ({ error: { code: 'INTERNAL', message: '' } }))) as T;
  return { ok: response.ok, status: response.status, body };
}
