import { readFileSync } from 'node:fs';
import {
  buildSchema, getNamedType, isInputObjectType, isLeafType, isListType, isNonNullType, type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/test-api.js';

const schema = buildSchema(readFileSync(new URL('../../../../packages/schema/schema.graphql', import.meta.url), 'utf8'));
const BAD = 'a\u0000b';

interface Probe {
  operation: string;
  variables: Record<string, unknown>;
  field: string;
}

/** A value of `type` with BAD at `path` (input field names); null when the path does not end in a String. */
function valueAt(type: GraphQLInputType, path: string[]): unknown {
  if (isNonNullType(type)) return valueAt(type.ofType, path);
  if (isListType(type)) return [valueAt(type.ofType, path)];
  if (isInputObjectType(type)) return { [path[0]!]: valueAt(type.getFields()[path[0]!]!.type, path.slice(1)) };
  return BAD;
}

/** Every path from an argument's type to a String leaf, through input objects (each type once per path). */
function stringPaths(type: GraphQLInputType, seen: string[] = []): string[][] {
  const named = getNamedType(type);
  if (isLeafType(named)) return named.name === 'String' ? [[]] : [];
  if (!isInputObjectType(named) || seen.includes(named.name)) return [];
  return Object.values(named.getFields()).flatMap((field) => stringPaths(field.type, [...seen, named.name]).map((rest) => [field.name, ...rest]));
}

function probesOf(kind: 'query' | 'mutation', fields: Record<string, GraphQLField<unknown, unknown>>): Probe[] {
  return Object.values(fields).flatMap((field) => {
    const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
    return field.args.flatMap((arg) =>
      stringPaths(arg.type).map((path) => ({
        // The other required arguments are declared and left out: the check runs before variables are read.
        operation: `${kind} (${field.args.map((other) => `$${other.name}: ${other.type.toString()}`).join(', ')}) { ${field.name}(${field.args.map((other) => `${other.name}: $${other.name}`).join(', ')}) ${selection} }`,
        variables: { [arg.name]: valueAt(arg.type, path) },
        field: path.at(-1) ?? arg.name,
      })),
    );
  });
}

const probes = [...probesOf('query', schema.getQueryType()!.getFields()), ...probesOf('mutation', schema.getMutationType()!.getFields())];

describe('issue 10: control characters in text input', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it(`every String argument and input field of the schema (${probes.length}) refuses a NUL, naming the field`, async () => {
    expect(probes.length).toBeGreaterThan(100);
    const answered = await Promise.all(probes.map(async (probe) => [probe, (await api.graphql(probe.operation, probe.variables)).errors?.[0]?.extensions] as const));
    const wrong = answered.filter(([probe, extensions]) => extensions?.code !== 'BAD_USER_INPUT' || extensions.reason !== 'CONTROL_CHARACTER' || extensions.field !== probe.field);
    expect(wrong.map(([probe, extensions]) => `${probe.operation} ${JSON.stringify(extensions)}`)).toEqual([]);
  });

  it('a control character written into the document is refused too, and a line break is text', async () => {
    const literal = await api.graphql('mutation { requestPasswordReset(contact: "a\\u0007@example.com") }');
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CONTROL_CHARACTER', field: 'contact' });
    const lineBreak = await api.graphql('mutation ($c: String!) { requestPasswordReset(contact: $c) }', { c: 'a\nb@example.com' });
    expect(lineBreak.errors?.[0]?.extensions?.reason).toBe('BAD_CONTACT');
  });
});
