// Written by `npm run migration:create`: every migration of this folder, oldest first.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125182532_initial } from './Migration20261125182532_initial.js';
import { Migration20261125190209_accounts } from './Migration20261125190209_accounts.js';
import { Migration20261125192050_participation } from './Migration20261125192050_participation.js';
import { Migration20261125202939_window_extension } from './Migration20261125202939_window_extension.js';
import { Migration20261125211837_mentor_pool } from './Migration20261125211837_mentor_pool.js';
import { Migration20261125222737_application } from './Migration20261125222737_application.js';
import { Migration20261125224202_school_review } from './Migration20261125224202_school_review.js';
import { Migration20261126003930_application_material } from './Migration20261126003930_application_material.js';
import { Migration20261126003941_interviews } from './Migration20261126003941_interviews.js';
import { Migration20261126003947_assessment_scores_and_cut_offs } from './Migration20261126003947_assessment_scores_and_cut_offs.js';
import { Migration20261126004330_notice_template } from './Migration20261126004330_notice_template.js';
import { Migration20261126004547_applicant_extension } from './Migration20261126004547_applicant_extension.js';
import { Migration20261126012706_review_queue_index } from './Migration20261126012706_review_queue_index.js';
import { Migration20261126012759_admission_and_public_notice } from './Migration20261126012759_admission_and_public_notice.js';
import { Migration20261126012839_admission_confirmation } from './Migration20261126012839_admission_confirmation.js';
import { Migration20261126020146_funnel_index } from './Migration20261126020146_funnel_index.js';
import { Migration20261207160742_encrypted_identity_fields } from './Migration20261207160742_encrypted_identity_fields.js';
import { Migration20261207160743_encrypt_identity_values } from './Migration20261207160743_encrypt_identity_values.js';
import { Migration20261207180000_identity_lookup_hashes } from './Migration20261207180000_identity_lookup_hashes.js';
import { Migration20261207181000_account_contacts_by_hash } from './Migration20261207181000_account_contacts_by_hash.js';
import { Migration20261207181044_material_data_key } from './Migration20261207181044_material_data_key.js';

export const sqliteMigrations: MigrationObject[] = [
  { name: 'Migration20261125182532_initial', class: Migration20261125182532_initial },
  { name: 'Migration20261125190209_accounts', class: Migration20261125190209_accounts },
  { name: 'Migration20261125192050_participation', class: Migration20261125192050_participation },
  { name: 'Migration20261125202939_window_extension', class: Migration20261125202939_window_extension },
  { name: 'Migration20261125211837_mentor_pool', class: Migration20261125211837_mentor_pool },
  { name: 'Migration20261125222737_application', class: Migration20261125222737_application },
  { name: 'Migration20261125224202_school_review', class: Migration20261125224202_school_review },
  { name: 'Migration20261126003930_application_material', class: Migration20261126003930_application_material },
  { name: 'Migration20261126003941_interviews', class: Migration20261126003941_interviews },
  { name: 'Migration20261126003947_assessment_scores_and_cut_offs', class: Migration20261126003947_assessment_scores_and_cut_offs },
  { name: 'Migration20261126004330_notice_template', class: Migration20261126004330_notice_template },
  { name: 'Migration20261126004547_applicant_extension', class: Migration20261126004547_applicant_extension },
  { name: 'Migration20261126012706_review_queue_index', class: Migration20261126012706_review_queue_index },
  { name: 'Migration20261126012759_admission_and_public_notice', class: Migration20261126012759_admission_and_public_notice },
  { name: 'Migration20261126012839_admission_confirmation', class: Migration20261126012839_admission_confirmation },
  { name: 'Migration20261126020146_funnel_index', class: Migration20261126020146_funnel_index },
  { name: 'Migration20261207160742_encrypted_identity_fields', class: Migration20261207160742_encrypted_identity_fields },
  { name: 'Migration20261207160743_encrypt_identity_values', class: Migration20261207160743_encrypt_identity_values },
  { name: 'Migration20261207180000_identity_lookup_hashes', class: Migration20261207180000_identity_lookup_hashes },
  { name: 'Migration20261207181000_account_contacts_by_hash', class: Migration20261207181000_account_contacts_by_hash },
  { name: 'Migration20261207181044_material_data_key', class: Migration20261207181044_material_data_key },
];
