import { Migration20261207180000_identity_lookup_hashes as SameStep } from '../postgresql/Migration20261207180000_identity_lookup_hashes.js';

/** Issue 22: PostgreSQL's steps, with SQLite's unique index and its phone column already text. */
export class Migration20261207180000_identity_lookup_hashes extends SameStep {
  protected override async swapUnique(from: string, to: string): Promise<void> {
    await this.run(`drop index application_cycle_id_${from}_unique`);
    await this.run(`create unique index application_cycle_id_${to}_unique on application (cycle_id, ${to})`);
  }

  protected override async phoneType(): Promise<void> {}
}
