import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * The floor the API is measured against: bare node:http running graphql-js `execute` over the
 * same schema, parse and validate cached, answering the same data from memory.
 */
export async function startGraphQLFloor(sdl: string, rootValue: Record<string, unknown>): Promise<{ url: string; server: Server }> {
  const schema = buildSchema(sdl);
  const documents = new Map<string, DocumentNode>();
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', async () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      const result = await execute({ schema, document: documentOf(schema, documents, query), rootValue, variableValues: variables });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

function documentOf(schema: GraphQLSchema, cache: Map<string, DocumentNode>, query: string): DocumentNode {
  let document = cache.get(query);
  if (!document) {
    document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw errors[0];
    cache.set(query, document);
  }
  return document;
}
