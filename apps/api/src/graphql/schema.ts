import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CycleResolver } from '../modules/cycles/cycle.resolver.js';

/** The whole API: every feature's resolver, listed once. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [CycleResolver], validate: false });
}
