import { runCommand } from './command.js';
import { disableDemoSignIns } from './orm/seeders/demo-guard.js';

/**
 * `npm run demo:disable -w @yingcai/api`: every demo account that could sign in with the published
 * password is disabled and signed out, so a production start accepts the database. The rows stay, as
 * the audit log names them.
 */
runCommand(() => async (database) => {
  const disabled = await disableDemoSignIns(database.orm.em.fork());
  console.log(disabled.length > 0 ? `disabled ${disabled.length} demo accounts: ${disabled.join(', ')}` : 'no demo account can sign in');
});
