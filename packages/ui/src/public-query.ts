import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { useCallback, useEffect, useState } from 'react';
import type { ApiFailure } from './i18n/describe-error';

/** A GraphQL answer with errors: the API's codes (NOT_FOUND, RULE_VIOLATION, …) for the screen to switch on. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
    /** The first error's extensions: code, and for account failures reason, retryAfterSeconds, problems. */
    readonly failure: ApiFailure = {},
  ) {
    super(message);
  }

  has(code: string): boolean {
    return this.codes.includes(code);
  }
}

interface GraphQLBody<R> {
  data?: R | null;
  errors?: { message: string; extensions?: ApiFailure }[];
}

/**
 * One typed request to the API. The public pages use this instead of Apollo Client, which
 * would cost ~50 KiB gzipped on the phone's first load (docs/decisions/007).
 */
export async function requestGraphQL<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables?: V,
  signal?: AbortSignal,
): Promise<R> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({ query: print(document), variables }),
    ...(signal ? { signal } : {}),
  });
  const body = (await response.json()) as GraphQLBody<R>;
  if (body.errors?.length || !body.data) {
    const errors = body.errors ?? [];
    throw new GraphQLRequestError(
      errors[0]?.message ?? `HTTP ${response.status}`,
      errors.map((e) => e.extensions?.code ?? 'INTERNAL'),
      errors[0]?.extensions ?? { code: 'INTERNAL' },
    );
  }
  return body.data;
}

export interface PublicQueryState<R> {
  data: R | undefined;
  loading: boolean;
  error: Error | undefined;
  refetch: () => void;
}

/** Runs a query when the component mounts, again when its variables change or on `refetch`. */
export function usePublicQuery<R, V extends Record<string, unknown>>(
  document: TypedDocumentNode<R, V>,
  variables?: V,
): PublicQueryState<R> {
  const [attempt, setAttempt] = useState(0);
  const variablesJson = JSON.stringify(variables ?? null);
  const requestKey = `${attempt}:${variablesJson}`;
  const [result, setResult] = useState<{ key: string; data?: R; error?: Error }>();
  useEffect(() => {
    const controller = new AbortController();
    const parsed = (JSON.parse(variablesJson) as V | null) ?? undefined;
    requestGraphQL(document, parsed, controller.signal).then(
      (data) => setResult({ key: requestKey, data }),
      (error: Error) => controller.signal.aborted || setResult({ key: requestKey, error }),
    );
    return () => controller.abort();
  }, [document, requestKey, variablesJson]);
  const refetch = useCallback(() => setAttempt((n) => n + 1), []);
  const loading = result?.key !== requestKey;
  return { data: result?.data, loading, error: loading ? undefined : result?.error, refetch };
}
