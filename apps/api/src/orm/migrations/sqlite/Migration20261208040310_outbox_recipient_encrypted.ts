import { Migration20261208040310_outbox_recipient_encrypted as SameStep } from '../postgresql/Migration20261208040310_outbox_recipient_encrypted.js';

/** Issues 22, 23: PostgreSQL's steps; SQLite's recipient column is already text. */
export class Migration20261208040310_outbox_recipient_encrypted extends SameStep {
  protected override async recipientType(): Promise<void> {}
}
