import { vi } from 'vitest';

export type GraphQLAnswer = { data?: unknown; errors?: { message: string; extensions?: { code: string } }[] } | Error;

/** Answers the page's requests to /graphql in order, the last answer repeating; returns the fetch spy. */
export function mockGraphQL(...answers: GraphQLAnswer[]) {
  let next = 0;
  const fetch = vi.fn(async () => {
    const answer = answers[Math.min(next++, answers.length - 1)];
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** What the API says about a failure, as `extensions` of a GraphQL error. */
export interface FailureExtensions {
  code: string;
  reason?: string;
  retryAfterSeconds?: number;
  problems?: string[];
  field?: string;
  fields?: string[];
  violations?: { rule: string; message: string }[];
}

/** One GraphQL error answer, as the API sends it. */
export function failure(extensions: FailureExtensions, message = 'refused'): GraphQLAnswer {
  return { errors: [{ message, extensions }] };
}

type OperationAnswer = GraphQLAnswer | ((variables: Record<string, unknown>) => GraphQLAnswer);

export interface SentOperation {
  operation: string;
  variables: Record<string, unknown>;
}

/**
 * Answers each request by its operation's name (an array answers in order, the last repeating);
 * an operation without an answer fails the test. Returns what was sent, in order.
 */
export function mockOperations(answers: Record<string, OperationAnswer | OperationAnswer[]>) {
  const sent: SentOperation[] = [];
  const counts = new Map<string, number>();
  const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '?';
    const variables = body.variables ?? {};
    sent.push({ operation, variables });
    const given = answers[operation];
    if (!given) throw new Error(`no answer for ${operation}`);
    const count = counts.get(operation) ?? 0;
    counts.set(operation, count + 1);
    const list = Array.isArray(given) ? given : [given];
    const pick = list[Math.min(count, list.length - 1)]!;
    const answer = typeof pick === 'function' ? pick(variables) : pick;
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, sent, sentOf: (operation: string) => sent.filter((s) => s.operation === operation) };
}
