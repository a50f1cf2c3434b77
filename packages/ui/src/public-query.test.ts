import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { GraphQLRequestError, requestGraphQL } from './public-query';

const CYCLE_YEAR = parse('query CycleYear($year: Int) { cycle(year: $year) { year } }') as TypedDocumentNode<
  { cycle: { year: number } },
  { year: number }
>;

function answer(body: unknown, status = 200) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('requestGraphQL: a typed request to /graphql without Apollo', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('posts the printed document with its variables and returns the data', async () => {
    const fetch = answer({ data: { cycle: { year: 2026 } } });
    await expect(requestGraphQL(CYCLE_YEAR, { year: 2026 })).resolves.toEqual({ cycle: { year: 2026 } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(JSON.parse(init.body as string)).toEqual({
      query: expect.stringContaining('cycle(year: $year)'),
      variables: { year: 2026 },
    });
  });

  it('turns GraphQL errors into a GraphQLRequestError carrying the API codes', async () => {
    answer({ data: null, errors: [{ message: 'no programme cycle for 1999', extensions: { code: 'NOT_FOUND' } }] });
    const error = await requestGraphQL(CYCLE_YEAR, { year: 1999 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).has('NOT_FOUND')).toBe(true);
    expect((error as GraphQLRequestError).message).toBe('no programme cycle for 1999');
  });

  it('a 400 with a syntax error is an error too, not empty data', async () => {
    answer({ errors: [{ message: 'Syntax Error', extensions: { code: 'BAD_USER_INPUT' } }] }, 400);
    await expect(requestGraphQL(CYCLE_YEAR, { year: 2026 })).rejects.toMatchObject({ codes: ['BAD_USER_INPUT'] });
  });
});
