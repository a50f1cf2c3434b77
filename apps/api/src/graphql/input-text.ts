import type { ApolloServerPlugin } from '@apollo/server';
import { hasControlCharacter } from '@yingcai/domain';
import { Kind, type ValueNode } from 'graphql';
import type { Context } from './context.js';
import { AppError } from './errors.js';

/** `field` is the input field's own name (what a form marks), `path` where it sits in the request. */
const refusal = (path: string) =>
  new AppError('BAD_USER_INPUT', `${path} holds a control character: remove it and send again`, {
    reason: 'CONTROL_CHARACTER',
    field: path.replace(/\[\d+\]/g, '').split('.').at(-1),
    path,
    http: { status: 400 },
  });

/** The path of the first string at or under `value` holding a control character, or null. */
function badVariable(value: unknown, path: string): string | null {
  if (typeof value === 'string') return hasControlCharacter(value) ? path : null;
  if (Array.isArray(value)) return firstOf(value.map((item, i) => [`${path}[${i}]`, item] as const), badVariable);
  if (value && typeof value === 'object') return firstOf(Object.entries(value).map(([key, item]) => [`${path}.${key}`, item] as const), badVariable);
  return null;
}

function badLiteral(node: ValueNode, path: string): string | null {
  if (node.kind === Kind.STRING) return hasControlCharacter(node.value) ? path : null;
  if (node.kind === Kind.LIST) return firstOf(node.values.map((item, i) => [`${path}[${i}]`, item] as const), badLiteral);
  if (node.kind === Kind.OBJECT) return firstOf(node.fields.map((field) => [`${path}.${field.name.value}`, field.value] as const), badLiteral);
  return null;
}

function firstOf<T>(entries: readonly (readonly [string, T])[], find: (value: T, path: string) => string | null): string | null {
  for (const [path, value] of entries) {
    const found = find(value, path);
    if (found) return found;
  }
  return null;
}

/**
 * Issue 10: no text with a control character (a NUL above all) reaches a resolver or the database.
 * Checked once per request, before execution, over every variable and every literal argument, so a
 * field added to the schema later is covered without naming it here.
 */
export function refuseControlCharacters(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const inVariables = firstOf(Object.entries(request.variables ?? {}), (value, name) => badVariable(value, name));
          if (inVariables) throw refusal(inVariables);
          const literals: (readonly [string, ValueNode])[] = [];
          collectArguments(document.definitions, literals);
          const inLiterals = firstOf(literals, badLiteral);
          if (inLiterals) throw refusal(inLiterals);
        },
      };
    },
  };
}

/** Every argument written into the document, named by its field and argument (`register.input`). */
function collectArguments(nodes: readonly unknown[], into: (readonly [string, ValueNode])[]): void {
  for (const node of nodes as { kind?: string; name?: { value: string }; arguments?: { name: { value: string }; value: ValueNode }[]; selectionSet?: { selections: unknown[] } }[]) {
    for (const argument of node.arguments ?? []) into.push([`${node.name?.value}.${argument.name.value}`, argument.value]);
    if (node.selectionSet) collectArguments(node.selectionSet.selections, into);
  }
}
