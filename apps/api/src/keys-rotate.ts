import { ENCRYPTED_COLUMNS } from './crypto/encrypted-columns.js';
import { loadDataKeys } from './crypto/data-keys.js';
import { rotateDataKeys } from './crypto/rotate-keys.js';
import { loadDotEnv, readConfig } from './env.js';
import { openDatabase } from './orm/database.js';
import { StartupError } from './startup-error.js';

/**
 * `npm run keys:rotate -w @yingcai/api`: a new data key, every encrypted value re-encrypted under it, the
 * old key retired once no value uses it (issue 22). Stop every server first: they hold the keys they
 * started with. Resumable: run it again after a crash and it goes on.
 */
async function rotate(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  if (config.dataKeys.inline) throw new StartupError('keys:rotate writes the key file: give it as DATA_KEYS_FILE, not DATA_KEYS');
  const database = await openDatabase(config.database, { keys: loadDataKeys({ ...config.dataKeys, mayCreate: false }, new Date()).keys });
  try {
    const connection = database.orm.em.fork().getConnection();
    await rotateDataKeys(config.dataKeys.file, (sql, params) => connection.execute(sql, params), ENCRYPTED_COLUMNS, (line) => console.log(line), new Date());
  } finally {
    await database.close();
  }
}

rotate().catch((error: unknown) => {
  console.error(`yingcai: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
