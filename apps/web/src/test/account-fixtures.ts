import type { WebAccountQuery, WebMeFragment, WebMyRecordViewsQuery, WebMySessionsQuery } from '@yingcai/schema';

export const consentText = {
  version: '2026-1',
  text: '本人是申请人的法定监护人，已阅读山西省中学生英才计划的实施方案与个人信息处理说明。',
};

export function buildMe(overrides: Partial<WebMeFragment> = {}): WebMeFragment {
  return {
    id: 'acc-1',
    displayName: '李明',
    email: 'liming@example.com',
    phone: null,
    guardianConsent: null,
    ...overrides,
  };
}

export const signedOut = { data: { me: null } };
export const signedIn = (me: WebMeFragment = buildMe()) => ({ data: { me } });

export function accountAnswer(me: WebMeFragment | null = buildMe()): { data: WebAccountQuery } {
  return { data: { me, guardianConsentText: consentText } };
}

export function sessionsAnswer(): { data: WebMySessionsQuery } {
  return {
    data: {
      mySessions: [
        {
          handle: 'h-current',
          createdAt: '2026-11-25T01:00:00.000Z',
          lastSeenAt: '2026-11-25T02:00:00.000Z',
          userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
          current: true,
        },
        {
          handle: 'h-other',
          createdAt: '2026-11-20T12:00:00.000Z',
          lastSeenAt: '2026-11-24T16:30:00.000Z',
          userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0',
          current: false,
        },
      ],
    },
  };
}

export function recordViewsAnswer(): { data: WebMyRecordViewsQuery } {
  return {
    data: {
      myRecordViews: [
        { at: '2026-11-24T16:30:00.000Z', viewerName: '王老师', viewerRole: 'admin', action: 'account.reveal_contact', reason: '核实报名信息' },
        { at: '2026-11-23T02:00:00.000Z', viewerName: '李老师', viewerRole: 'office_staff', action: 'application.list', reason: null },
        { at: '2026-11-20T12:00:00.000Z', viewerName: null, viewerRole: 'self', action: 'account.register', reason: null },
      ],
    },
  };
}

/** Every query of a signed-in account page, answered. */
export function accountPageAnswers(me: WebMeFragment = buildMe()) {
  return {
    WebSession: signedIn(me),
    WebAccount: accountAnswer(me),
    WebMySessions: sessionsAnswer(),
    WebMyRecordViews: recordViewsAnswer(),
  };
}
