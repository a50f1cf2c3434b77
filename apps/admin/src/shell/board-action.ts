import { failureOf } from './api-failure';

/** What a board's action came to, as the sentence to show; a CONFLICT asks the page to reload its board. */
export type Outcome = { ok: true; message: string } | { ok: false; message: string; conflict: boolean };

/** What one decision on a row came to: done, someone else decided first (CONFLICT), or refused with a sentence. */
export type DecisionResult = { kind: 'done' } | { kind: 'conflict' } | { kind: 'failed'; message: string };

export const isConflict = (error: unknown): boolean => failureOf(error).code === 'CONFLICT';

/** Sends a mutation; answers `done` when it went through, else what `failed` makes of the error. */
export async function outcomeOf(send: () => Promise<unknown>, done: string, failed: (error: unknown) => Outcome): Promise<Outcome> {
  try {
    await send();
    return { ok: true, message: done };
  } catch (error) {
    return failed(error);
  }
}
