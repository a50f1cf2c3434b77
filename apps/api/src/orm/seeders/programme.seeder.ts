import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { insertCycle } from './cycle-seed.js';
import { shanxi2026 } from './shanxi-2026.js';

/** What a new database starts with: the first customer's cycle. */
export class ProgrammeSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    await insertCycle(em, shanxi2026);
  }
}
