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

/** A REST route's answer (file uploads), keyed by method and path, e.g. `POST /api/applications/mine/materials`. */
export interface RestAnswer {
  status: number;
  body?: unknown;
}

type OperationAnswer = GraphQLAnswer | RestAnswer | ((variables: Record<string, unknown>) => GraphQLAnswer | RestAnswer);

export interface SentOperation {
  operation: string;
  variables: Record<string, unknown>;
  /** A REST request's body as sent (FormData for an upload). */
  body?: unknown;
}

const isRest = (answer: GraphQLAnswer | RestAnswer): answer is RestAnswer => 'status' in answer;

/** What a request asks for: a GraphQL operation's name and variables, or a REST route as `METHOD /path`. */
function requestOf(url: string, init?: RequestInit): SentOperation {
  const path = url.split('?')[0]!;
  if (path !== '/graphql') return { operation: `${init?.method ?? 'GET'} ${path}`, variables: {}, body: init?.body };
  const body = JSON.parse(String(init?.body)) as { query: string; variables?: Record<string, unknown> };
  return { operation: /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? '?', variables: body.variables ?? {} };
}

/**
 * Answers each request by its operation's name or REST route (an array answers in order, the last
 * repeating); a request without an answer fails the test. Returns what was sent, in order.
 */
export function mockOperations(answers: Record<string, OperationAnswer | OperationAnswer[]>) {
  const sent: SentOperation[] = [];
  const counts = new Map<string, number>();
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const request = requestOf(url, init);
    const { operation, variables } = request;
    sent.push(request);
    const given = answers[operation];
    if (!given) throw new Error(`no answer for ${operation}`);
    const count = counts.get(operation) ?? 0;
    counts.set(operation, count + 1);
    const list = Array.isArray(given) ? given : [given];
    const pick = list[Math.min(count, list.length - 1)]!;
    const answer = typeof pick === 'function' ? pick(variables) : pick;
    if (answer instanceof Error) throw answer;
    if (isRest(answer)) return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
    return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return { fetch, sent, sentOf: (operation: string) => sent.filter((s) => s.operation === operation) };
}
