import { loadDataKeys } from './crypto/data-keys.js';
import { loadDotEnv, readConfig } from './env.js';
import { openDatabase } from './orm/database.js';
import { disableDemoSignIns } from './orm/seeders/demo-guard.js';

/**
 * `npm run demo:disable -w @yingcai/api`: on the database of DATABASE_URL (stop the server first on
 * SQLite), every demo account that could sign in with the published password is disabled and signed
 * out, so a production start accepts the database. The rows stay, as the audit log names them.
 */
async function disableDemo(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  const database = await openDatabase(config.database, { keys: loadDataKeys(config.dataKeys, new Date()).keys });
  try {
    const disabled = await disableDemoSignIns(database.orm.em.fork());
    console.log(disabled.length > 0 ? `disabled ${disabled.length} demo accounts: ${disabled.join(', ')}` : 'no demo account can sign in');
  } finally {
    await database.close();
  }
}

disableDemo().catch((error: unknown) => {
  console.error(`yingcai: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
