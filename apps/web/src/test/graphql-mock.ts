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
