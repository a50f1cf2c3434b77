import type { MigrationObject } from '@mikro-orm/core';
import { postgresqlMigrations } from './postgresql/index.js';
import { sqliteMigrations } from './sqlite/index.js';

/** Migrations are dialect SQL: one committed folder per dialect, generated from the same entities. */
export function migrationsOf(dialect: 'sqlite' | 'postgresql'): MigrationObject[] {
  return dialect === 'sqlite' ? sqliteMigrations : postgresqlMigrations;
}
