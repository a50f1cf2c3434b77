import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printSchema } from 'graphql';
import { createSchema } from './graphql/schema.js';

/** Writes the schema the API serves to a file: the contract the front ends generate their types from. */
const target = resolve(process.argv[2] ?? 'schema.graphql');
const schema = await createSchema();
writeFileSync(target, `${printSchema(schema)}\n`);
console.log(`wrote ${target}`);
