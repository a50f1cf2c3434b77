import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { SiteLayout } from './layout/site-layout';
import { HomePage } from './routes/home/home-page';

// every page but home loads on demand, so the first load stays within budget
const NotFoundPage = lazy(() =>
  import('./routes/not-found/not-found-page').then((m) => ({ default: m.NotFoundPage })),
);
const RegisterPage = lazy(() => import('./routes/register/register-page').then((m) => ({ default: m.RegisterPage })));
const VerifyPage = lazy(() => import('./routes/verify/verify-page').then((m) => ({ default: m.VerifyPage })));
const LoginPage = lazy(() => import('./routes/login/login-page').then((m) => ({ default: m.LoginPage })));
const ForgotPasswordPage = lazy(() =>
  import('./routes/forgot-password/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })),
);
const MentorDirectoryPage = lazy(() =>
  import('./routes/mentors/mentor-directory-page').then((m) => ({ default: m.MentorDirectoryPage })),
);
const MentorProfilePage = lazy(() =>
  import('./routes/mentors/mentor-profile-page').then((m) => ({ default: m.MentorProfilePage })),
);
const AdmittedNoticePage = lazy(() =>
  import('./routes/admitted/admitted-notice-page').then((m) => ({ default: m.AdmittedNoticePage })),
);
const EligibilityPage = lazy(() =>
  import('./routes/eligibility/eligibility-page').then((m) => ({ default: m.EligibilityPage })),
);
const ApplyPage = lazy(() => import('./routes/apply/apply-page').then((m) => ({ default: m.ApplyPage })));
const ApplicationStatusPage = lazy(() =>
  import('./routes/apply/status-page').then((m) => ({ default: m.ApplicationStatusPage })),
);
const PrivacyPage = lazy(() => import('./routes/privacy/privacy-page').then((m) => ({ default: m.PrivacyPage })));
const AccountPage = lazy(() => import('./routes/account/account-page').then((m) => ({ default: m.AccountPage })));

export const routes: RouteObject[] = [
  {
    element: <SiteLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'eligibility', element: <EligibilityPage /> },
      { path: 'mentors', element: <MentorDirectoryPage /> },
      { path: 'mentors/:id', element: <MentorProfilePage /> },
      { path: 'admitted', element: <AdmittedNoticePage /> },
      { path: 'register', element: <RegisterPage /> },
      { path: 'privacy', element: <PrivacyPage /> },
      { path: 'verify', element: <VerifyPage /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'apply', element: <ApplyPage /> },
      { path: 'apply/status', element: <ApplicationStatusPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
