import { loadDataKeys } from './crypto/data-keys.js';
import { loadDotEnv, productionWarnings, readConfig, type Config } from './env.js';
import { DEMO_PASSWORD, type DemoLogin } from './orm/seeders/demo-data.js';
import { sealStoredMaterials } from './modules/applications/material-sealing.js';
import { openDatabase } from './orm/database.js';
import { createServer } from './server.js';
import { StartupError } from './startup-error.js';

/** Read the environment, open the database, listen, and stop cleanly on SIGTERM. */
async function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  const { keys, created } = loadDataKeys(config.dataKeys, new Date());
  if (created) console.log(`英才 Yingcai made the data keys at ${created}: back this file up apart from the database`);
  const database = await openDatabase(config.database, { demo: config.demo, production: config.nodeEnv === 'production', keys, now: config.fixedNow });
  const sealed = await sealStoredMaterials(database.orm.em.fork(), config.materialDir);
  if (sealed > 0) console.log(`英才 Yingcai encrypted ${sealed} application materials stored before issue 22`);
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
  printWelcome(config, database.demoLogins);
  for (const warning of productionWarnings(config)) console.warn(`WARNING (production): ${warning}`);
}

function printWelcome(config: Config, demoLogins: DemoLogin[]): void {
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
      ...(demoLogins.length > 0
        ? [`Demo logins (DEMO=1, never in production), password ${DEMO_PASSWORD}:`, ...demoLogins.map((d) => `  ${d.role.padEnd(24)} ${d.login}`), '']
        : []),
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
