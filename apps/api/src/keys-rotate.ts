import { runCommand } from './command.js';
import { ENCRYPTED_COLUMNS } from './crypto/encrypted-columns.js';
import { rotateDataKeys } from './crypto/rotate-keys.js';
import { StartupError } from './startup-error.js';

/**
 * `npm run keys:rotate -w @yingcai/api`: a new data key, every encrypted value re-encrypted under it, the
 * old key retired once no value uses it (issue 22). Stop every server first: they hold the keys they
 * started with. Resumable: run it again after a crash and it goes on.
 */
runCommand(
  (config) => {
    if (config.dataKeys.inline) throw new StartupError('keys:rotate writes the key file: give it as DATA_KEYS_FILE, not DATA_KEYS');
    return async (database) => {
      const connection = database.orm.em.fork().getConnection();
      await rotateDataKeys(config.dataKeys.file, (sql, params) => connection.execute(sql, params), ENCRYPTED_COLUMNS, (line) => console.log(line), new Date());
    };
  },
  { mayCreateKeys: false },
);
