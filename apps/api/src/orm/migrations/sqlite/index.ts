// Written by `npm run migration:create`: every migration of this folder, oldest first.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125182532_initial } from './Migration20261125182532_initial.js';
import { Migration20261125190209_accounts } from './Migration20261125190209_accounts.js';
import { Migration20261125192050_participation } from './Migration20261125192050_participation.js';
import { Migration20261125202939_window_extension } from './Migration20261125202939_window_extension.js';
import { Migration20261125211837_mentor_pool } from './Migration20261125211837_mentor_pool.js';
import { Migration20261125222737_application } from './Migration20261125222737_application.js';
import { Migration20261125224202_school_review } from './Migration20261125224202_school_review.js';
import { Migration20261126003941_interviews } from './Migration20261126003941_interviews.js';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261125182532_initial', class: Migration20261125182532_initial },
  { name: 'Migration20261125190209_accounts', class: Migration20261125190209_accounts },
  { name: 'Migration20261125192050_participation', class: Migration20261125192050_participation },
  { name: 'Migration20261125202939_window_extension', class: Migration20261125202939_window_extension },
  { name: 'Migration20261125211837_mentor_pool', class: Migration20261125211837_mentor_pool },
  { name: 'Migration20261125222737_application', class: Migration20261125222737_application },
  { name: 'Migration20261125224202_school_review', class: Migration20261125224202_school_review },
  { name: 'Migration20261126003941_interviews', class: Migration20261126003941_interviews },
];
