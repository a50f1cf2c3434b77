import { readConfig, type Config } from './env.js';
import { openDatabase } from './orm/database.js';
import { createServer } from './server.js';
import { StartupError } from './startup-error.js';

/** Read the environment, open the database, listen, and stop cleanly on SIGTERM. */
async function main(): Promise<void> {
  const config = readConfig();
  const database = await openDatabase(config.database);
  const fixedNow = config.fixedNow;
  const app = await createServer({ config, orm: database.orm, ...(fixedNow ? { clock: () => fixedNow } : {}) });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: finishing requests in flight`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  await app.listen({ host: config.host, port: config.port });
  printWelcome(config);
}

function printWelcome(config: Config): void {
  const base = `http://localhost:${config.port}`;
  const database = config.database.dialect === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
  console.log(
    [
      '',
      `英才 Yingcai is running (${config.nodeEnv}, ${database})`,
      `  public site  ${base}/`,
      `  console      ${base}/admin/`,
      `  GraphQL      ${base}/graphql`,
      `  health       ${base}/healthz`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`yingcai: ${error.message}`);
  } else {
    console.error('yingcai: could not start', error);
  }
  process.exit(1);
});
