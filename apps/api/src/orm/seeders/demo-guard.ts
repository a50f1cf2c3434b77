import type { EntityManager } from '@mikro-orm/core';
import { Account } from '../../modules/accounts/account.entity.js';
import { contactWhere, parseContact } from '../../modules/accounts/contact.js';
import { Session } from '../../modules/accounts/session.entity.js';
import { StartupError } from '../../startup-error.js';
import { DEMO_LOGINS } from './demo-data.js';

/** Every demo account has an address of the reserved .test domain, or the demo applicant's phone. */
const DEMO_EMAIL_DOMAIN = '@yingcai.test';
const demoPhones = () => DEMO_LOGINS.filter((login) => !login.includes('@'));
const signInLogins = () => ({ $or: DEMO_LOGINS.map((login) => contactWhere(parseContact(login))) });
const isDemo = (account: Pick<Account, 'email' | 'phone'>) => account.email?.endsWith(DEMO_EMAIL_DOMAIN) || (account.phone !== null && demoPhones().includes(account.phone));

export class DemoDataError extends StartupError {}

/** Issue 21: demo data goes only into a new database, or one that holds nothing but demo data. */
export async function refuseDemoIntoRealData(em: EntityManager, where: string): Promise<void> {
  // Contacts are encrypted (issue 22): they are read and told apart here, in a database of demo data or a new one.
  const real = (await em.find(Account, {}, { fields: ['email', 'phone'] })).filter((account) => !isDemo(account)).length;
  if (real > 0) {
    throw new DemoDataError(`DEMO=1 is refused: ${where} holds ${real} accounts that are not demo accounts; demo data goes only into a new database (leave DEMO unset for this one)`);
  }
}

/** Issue 21: a production start refuses a database where a demo account (published password) can still sign in. */
export async function refuseDemoSignIns(em: EntityManager, where: string): Promise<void> {
  const open = await em.find(Account, { ...signInLogins(), status: { $ne: 'disabled' } }, { fields: ['email', 'phone'] });
  if (open.length > 0) {
    throw new DemoDataError(
      `${where} holds demo accounts with the published password (${open.map((a) => a.email ?? a.phone).join(', ')}): ` +
        'disable them with `npm run demo:disable -w @yingcai/api` (stop the server first on SQLite), or start with NODE_ENV=development',
    );
  }
}

/** Disables every demo account that could sign in and ends its sessions; the rows stay for the audit trail. */
export async function disableDemoSignIns(em: EntityManager): Promise<string[]> {
  const accounts = await em.find(Account, { ...signInLogins(), status: { $ne: 'disabled' } });
  for (const account of accounts) em.assign(account, { status: 'disabled', passwordHash: null });
  await em.nativeDelete(Session, { account: { $in: accounts.map((a) => a.id) } });
  await em.flush();
  return accounts.map((a) => a.email ?? a.phone ?? a.id);
}
