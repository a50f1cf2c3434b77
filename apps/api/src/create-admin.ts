import { randomBytes } from 'node:crypto';
import { checkPassword } from '@yingcai/domain/access';
import { runCommand } from './command.js';
import { Account } from './modules/accounts/account.entity.js';
import { contactWhere, parseContact } from './modules/accounts/contact.js';
import { RoleGrant } from './modules/accounts/role-grant.entity.js';
import { hashPassword } from './modules/accounts/secrets.js';
import { StartupError } from './startup-error.js';

/**
 * `npm run admin:create -w @yingcai/api -- <e-mail> <name>`: the first admin of a deployment, on the
 * database of DATABASE_URL (stop the server first on SQLite). The password comes from ADMIN_PASSWORD,
 * or a random one is printed once.
 */
runCommand(() => {
  const [email, ...name] = process.argv.slice(2);
  if (!email || name.length === 0) throw new StartupError('usage: npm run admin:create -w @yingcai/api -- <e-mail> <name>');
  const contact = parseContact(email);
  const password = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
  const problems = checkPassword(password, { email: contact.value });
  if (problems.length > 0) throw new StartupError(`ADMIN_PASSWORD: ${problems.map((p) => p.message).join('; ')}`);
  return async (database) => {
    const em = database.orm.em.fork();
    const existing = await em.findOne(Account, contactWhere(contact), { populate: ['grants'] });
    if (existing?.grants.getItems().some((g) => g.role === 'admin')) throw new StartupError(`${contact.value} is already an admin`);
    const account = existing ?? em.create(Account, { email: contact.value, displayName: name.join(' '), status: 'active' });
    account.passwordHash = await hashPassword(password);
    account.status = 'active';
    em.create(RoleGrant, { account, role: 'admin', scopeId: null });
    await em.flush();
    console.log(`admin ${contact.value} ready${process.env.ADMIN_PASSWORD ? '' : `; password (shown once): ${password}`}`);
  };
});
