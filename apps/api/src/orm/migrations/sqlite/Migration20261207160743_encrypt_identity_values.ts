import { Migration20261207160743_encrypt_identity_values as SameStep } from '../postgresql/Migration20261207160743_encrypt_identity_values.js';

/** Issue 22: the data step is plain SQL both dialects read alike; its one definition is PostgreSQL's. */
export class Migration20261207160743_encrypt_identity_values extends SameStep {}
