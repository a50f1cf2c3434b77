import { runCommand } from './command.js';
import { unsealStoredMaterials } from './modules/applications/material-sealing.js';

/**
 * `npm run materials:unseal -w @yingcai/api`: every application material decrypted in place, before the
 * database is migrated below issue 22 (the next start seals them again). Stop the server first.
 */
runCommand((config) => async (database) => {
  const unsealed = await unsealStoredMaterials(database.orm.em.fork(), config.materialDir);
  console.log(`decrypted ${unsealed} application materials in ${config.materialDir}`);
});
