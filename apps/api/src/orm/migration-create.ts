import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { Migrator } from '@mikro-orm/migrations';
import { repoRoot } from '../env.js';
import { createOrmOptions } from './config.js';
import { createScratchDatabase } from './scratch-database.js';

/**
 * `npm run migration:create -w @yingcai/api -- <name>`: diffs the entities against a fresh
 * database at the newest migration, once per dialect, and writes the new migration into
 * src/orm/migrations/<dialect>/ with its index. PostgreSQL comes from MIGRATION_DATABASE_URL.
 */
const name = process.argv[2] ?? 'change';
const postgresServer = process.env.MIGRATION_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

for (const serverUrl of [undefined, postgresServer]) {
  const scratch = await createScratchDatabase(serverUrl);
  const folder = join(repoRoot, 'apps/api/src/orm/migrations', scratch.database.dialect);
  const options = createOrmOptions(scratch.database);
  const orm = await MikroORM.init({ ...options, migrations: { ...options.migrations, path: folder, pathTs: folder } });
  try {
    const migrator = orm.getMigrator() as Migrator;
    await migrator.up();
    const created = await migrator.createMigration(folder, false, false, name);
    console.log(created.fileName ? `${scratch.database.dialect}: wrote ${created.fileName}` : `${scratch.database.dialect}: entities and migrations agree`);
    writeIndex(folder, scratch.database.dialect);
  } finally {
    await orm.close();
    await scratch.drop();
  }
}

function writeIndex(folder: string, dialect: string): void {
  const migrations = readdirSync(folder)
    .filter((file) => /^Migration\d+.*\.ts$/.test(file))
    .sort()
    .map((file) => {
      const source = readFileSync(join(folder, file), 'utf8');
      const className = /export class (\w+)/.exec(source)?.[1];
      if (!className) throw new Error(`${file} has no exported migration class`);
      return { module: file.replace(/\.ts$/, ''), className };
    });
  const lines = [
    '// Written by `npm run migration:create`: every migration of this folder, oldest first.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...migrations.map((m) => `import { ${m.className} } from './${m.module}.js';`),
    '',
    `export const ${dialect}Migrations: MigrationObject[] = [`,
    ...migrations.map((m) => `  { name: '${m.module}', class: ${m.className} },`),
    '];',
    '',
  ];
  writeFileSync(join(folder, 'index.ts'), lines.join('\n'));
}
