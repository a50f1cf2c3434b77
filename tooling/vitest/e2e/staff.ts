import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AdminAcceptInvitationDocument, AdminExtendWindowDocument, AdminInviteStaffDocument, AdminLoginDocument, type Role,
} from '@yingcai/schema';
import { print } from 'graphql';
import { request, type APIRequestContext } from 'playwright-core';
import { inject } from 'vitest';
import { readOutboxMatch } from './outbox.js';

export interface StaffLogin {
  email: string;
  password: string;
}

/** One GraphQL operation over the API's own endpoint, with the cookies the context holds. */
async function send<R, V>(api: APIRequestContext, document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const response = await api.post('/graphql', { data: { query: print(document), variables } });
  const body = (await response.json()) as { data?: R; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A cookie jar signed in as someone; dispose it when done. */
async function signedIn(login: StaffLogin): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: inject('baseUrl') });
  await send(api, AdminLoginDocument, { input: { login: login.email, password: login.password } });
  return api;
}

/**
 * A staff account as the console makes one: the harness's admin invites it with one role (bound to a
 * school for a coordinator), and the link sent to the outbox is accepted with a password.
 */
export async function createStaff(displayName: string, role: Role, scopeId?: string): Promise<StaffLogin> {
  const login = { email: `${role.toLowerCase()}-${Date.now()}@yingcai.test`, password: `${displayName} e2e passphrase 2026` };
  const admin = await signedIn(inject('adminLogin'));
  try {
    await send(admin, AdminInviteStaffDocument, { input: { email: login.email, displayName, roles: [{ role, scopeId }] } });
  } finally {
    await admin.dispose();
  }
  const token = await readOutboxMatch(login.email, /(?<=invitation#token=)[^\s&]+/);
  const invited = await request.newContext({ baseURL: inject('baseUrl') });
  try {
    await send(invited, AdminAcceptInvitationDocument, { input: { token, password: login.password } });
  } finally {
    await invited.dispose();
  }
  return login;
}

/** R-APP-4: the office keeps the 2026 registration (and so the school's recommendation) open for one school. */
export async function extendRegistration(office: StaffLogin, schoolId: string, extendedUntil: string): Promise<void> {
  const api = await signedIn(office);
  try {
    await send(api, AdminExtendWindowDocument, { year: 2026, milestoneKey: 'registration', extendedUntil, reason: '浏览器测试', schoolId });
  } finally {
    await api.dispose();
  }
}
