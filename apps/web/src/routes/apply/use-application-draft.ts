import { WebMyApplicationDocument, WebSaveApplicationDraftDocument, type WebApplicationFragment } from '@yingcai/schema';
import { GraphQLRequestError, requestGraphQL } from '@yingcai/ui/public-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { changedFields, draftInput, typedFields, valuesOf, withFields, type ApplicationField, type ApplicationValues } from './application-values';

/** Saved after this long without a keystroke: one request per pause, not per character. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState = 'saved' | 'saving' | 'failed';

/** Why the last save was refused: the API's field and reason, or none for a network failure. */
export interface SaveRefusal {
  field: string | undefined;
  reason: string | undefined;
  error: unknown;
}

function refusalOf(error: unknown): SaveRefusal {
  const failure = error instanceof GraphQLRequestError ? error.failure : {};
  return { field: failure.field, reason: failure.reason ?? failure.code, error };
}

/**
 * The applicant's draft as typed, saved a pause after the last change with the version last read.
 * A failed save keeps every keystroke; a CONFLICT loads the server's draft and lays what was typed here over it.
 */
export function useApplicationDraft(year: number, initial: WebApplicationFragment | null, maxMentorChoices: number) {
  const [values, setValues] = useState(() => valuesOf(initial, maxMentorChoices));
  const [state, setState] = useState<SaveState>('saved');
  const [refusal, setRefusal] = useState<SaveRefusal>();
  const [conflict, setConflict] = useState(false);
  const saved = useRef(values);
  const version = useRef<number | null>(initial?.version ?? null);
  const typed = useRef(values);
  useLayoutEffect(() => {
    typed.current = values;
  }, [values]);

  const reload = useCallback(async () => {
    const data = await requestGraphQL(WebMyApplicationDocument, { year });
    const server = valuesOf(data.myApplication, maxMentorChoices);
    const kept = typedFields(typed.current, saved.current);
    saved.current = server;
    version.current = data.myApplication?.version ?? null;
    setValues(withFields(server, typed.current, kept));
    setConflict(true);
    // what was typed here goes out again, with the version just read
    setState(kept.length > 0 ? 'saving' : 'saved');
  }, [year, maxMentorChoices]);

  const send = useCallback(async (current: ApplicationValues, fields: ApplicationField[]) => {
    try {
      const data = await requestGraphQL(WebSaveApplicationDraftDocument, { year, input: draftInput(current, fields), version: version.current });
      version.current = data.saveApplicationDraft.version;
      saved.current = withFields(saved.current, current, fields);
      setRefusal(undefined);
      setState(changedFields(typed.current, saved.current).length > 0 ? 'saving' : 'saved');
    } catch (error) {
      if (!(error instanceof GraphQLRequestError && error.has('CONFLICT'))) throw error;
      await reload();
    }
  }, [year, reload]);

  const saving = useRef<Promise<void> | null>(null);
  /** Sends what changed since the last save, after any save still on its way; resolves when the draft is saved. */
  const save = useCallback(async (): Promise<void> => {
    while (saving.current) await saving.current.catch(() => undefined);
    const current = typed.current;
    const fields = changedFields(current, saved.current);
    if (fields.length === 0) {
      setState((shown) => (shown === 'failed' ? shown : 'saved'));
      return;
    }
    setState('saving');
    saving.current = send(current, fields);
    try {
      await saving.current;
    } catch (error) {
      setRefusal(refusalOf(error));
      setState('failed');
      throw error;
    } finally {
      saving.current = null;
    }
  }, [send]);

  /** Saves what is typed; with nothing saved yet, creates the empty draft that materials belong to. */
  const ensureDraft = useCallback(async (): Promise<void> => {
    await save();
    if (version.current === null) await send(typed.current, []);
  }, [save, send]);

  useEffect(() => {
    const timer = setTimeout(() => void save().catch(() => undefined), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [values, save]);

  // leaving the page or closing the tab inside the pause still sends what was typed
  useEffect(() => {
    const flush = () => void save().catch(() => undefined);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [save]);

  const change = useCallback((next: Partial<ApplicationValues>) => {
    setValues((old) => ({ ...old, ...next }));
    // typed but not yet sent is not 已保存; a failure stays on show until a save succeeds
    setState((shown) => (shown === 'failed' ? shown : 'saving'));
  }, []);
  return { values, change, state, refusal, conflict, save, ensureDraft, reload, version: () => version.current };
}
