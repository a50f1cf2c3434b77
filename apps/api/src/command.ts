import { loadDataKeys } from './crypto/data-keys.js';
import { loadDotEnv, readConfig, type Config } from './env.js';
import { openDatabase, type OpenDatabase } from './orm/database.js';

/**
 * Runs a maintenance command (`admin:create`, `demo:disable`, `keys:rotate`) on the database of
 * DATABASE_URL: settings and `.env` read, the data keys loaded, the database closed after; a failure is
 * one line and exit 1. `command` checks its arguments and returns the work to do on the open database.
 * Stop the server first on SQLite: it holds the file's lock.
 */
export function runCommand(command: (config: Config) => (database: OpenDatabase) => Promise<void>, options: { mayCreateKeys?: boolean } = {}): void {
  const run = async () => {
    loadDotEnv();
    const config = readConfig();
    // The command checks its arguments first: a usage error opens (and migrates) no database.
    const work = command(config);
    const keySettings = { ...config.dataKeys, mayCreate: config.dataKeys.mayCreate && (options.mayCreateKeys ?? true) };
    const database = await openDatabase(config.database, { keys: loadDataKeys(keySettings, new Date()).keys });
    try {
      await work(database);
    } finally {
      await database.close();
    }
  };
  run().catch((error: unknown) => {
    console.error(`yingcai: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
