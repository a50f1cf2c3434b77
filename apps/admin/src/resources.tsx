import {
  AimOutlined, AuditOutlined, BankOutlined, BarChartOutlined, CalendarOutlined, CheckCircleOutlined, ClockCircleOutlined, CommentOutlined, ContainerOutlined,
  DatabaseOutlined, DeploymentUnitOutlined, FileDoneOutlined, FileSearchOutlined, FormOutlined, FunnelPlotOutlined, MailOutlined, NotificationOutlined, SettingOutlined, SolutionOutlined,
  TeamOutlined, TrophyOutlined, UserOutlined,
} from '@ant-design/icons';
import type { AdminMessageKey } from '@yingcai/ui/i18n/admin.zh-CN';
import { lazy, type ReactNode } from 'react';
import type { OfficeStep } from '@yingcai/domain/windows';
import type { RequiredRole } from './shell/access';

const CycleSettingsPage = lazy(() =>
  import('./routes/cycle/settings/cycle-settings-page').then((m) => ({ default: m.CycleSettingsPage })),
);
const ParticipationPage = lazy(() =>
  import('./routes/participation/participation-page').then((m) => ({ default: m.ParticipationPage })),
);
const SchoolsPage = lazy(() => import('./routes/schools/list/schools-page').then((m) => ({ default: m.SchoolsPage })));
const WindowsPage = lazy(() => import('./routes/windows/extend/windows-page').then((m) => ({ default: m.WindowsPage })));
const MentorsPage = lazy(() => import('./routes/mentors/mentors-page').then((m) => ({ default: m.MentorsPage })));
const MentorPoolPage = lazy(() => import('./routes/mentor-pool/mentor-pool-page').then((m) => ({ default: m.MentorPoolPage })));
const SchoolRecommendationPage = lazy(() =>
  import('./routes/applications/school-recommendation-page').then((m) => ({ default: m.SchoolRecommendationPage })),
);
const ReviewPage = lazy(() => import('./routes/applications/review-page').then((m) => ({ default: m.ReviewPage })));
const SelectionDashboardPage = lazy(() =>
  import('./routes/selection-dashboard/dashboard-page').then((m) => ({ default: m.SelectionDashboardPage })),
);
const NoticeTemplatesPage = lazy(() =>
  import('./routes/notice-templates/notice-templates-page').then((m) => ({ default: m.NoticeTemplatesPage })),
);
const AssessmentScoresPage = lazy(() =>
  import('./routes/assessment-scores/list/assessment-scores-page').then((m) => ({ default: m.AssessmentScoresPage })),
);
const AdmissionPage = lazy(() => import('./routes/admission/board/admission-page').then((m) => ({ default: m.AdmissionPage })));
const ObjectionsPage = lazy(() => import('./routes/admission/objections/objections-page').then((m) => ({ default: m.ObjectionsPage })));
const ConfirmationPage = lazy(() => import('./routes/confirmation/confirmation-page').then((m) => ({ default: m.ConfirmationPage })));
const CohortPage = lazy(() => import('./routes/cohort/cohort-page').then((m) => ({ default: m.CohortPage })));
const CutOffsPage = lazy(() => import('./routes/cut-offs/list/cut-offs-page').then((m) => ({ default: m.CutOffsPage })));
const InterviewsPage = lazy(() => import('./routes/interviews/interviews-page').then((m) => ({ default: m.InterviewsPage })));
const ScoringPage = lazy(() => import('./routes/interview-scoring/scoring-page').then((m) => ({ default: m.ScoringPage })));
const AccountsPage = lazy(() => import('./routes/accounts/list/accounts-page').then((m) => ({ default: m.AccountsPage })));
const OutboxPage = lazy(() => import('./routes/outbox/list/outbox-page').then((m) => ({ default: m.OutboxPage })));
const AuditPage = lazy(() => import('./routes/audit/list/audit-page').then((m) => ({ default: m.AuditPage })));
const MyAccountPage = lazy(() => import('./routes/me/show/my-account-page').then((m) => ({ default: m.MyAccountPage })));

/** One screen of the console: its menu entry, its route and who may open it. */
export interface AdminResource {
  key: string;
  labelKey: AdminMessageKey;
  icon: ReactNode;
  /** Below the `/admin` basename. */
  path: string;
  element: ReactNode;
  /** The menu hides, and the route refuses, a screen the signed-in account's roles do not allow. */
  requiredRole: RequiredRole;
  /** False for screens reached from the header rather than the side menu. */
  inMenu: boolean;
  /** The office step the screen takes, whose closed window it says up front (issue 11). */
  windowStep?: OfficeStep;
}

// The API checks every request; these roles only keep the console from offering what would be refused.
export const adminResources: readonly AdminResource[] = [
  {
    key: 'cycle',
    labelKey: 'menu.cycleSettings',
    icon: <SettingOutlined />,
    path: '/cycle',
    element: <CycleSettingsPage />,
    requiredRole: 'ANY_STAFF',
    inMenu: true,
  },
  {
    key: 'participation',
    labelKey: 'menu.participation',
    icon: <BankOutlined />,
    path: '/participation',
    element: <ParticipationPage />,
    requiredRole: ['OFFICE_STAFF', 'SCHOOL_COORDINATOR'],
    inMenu: true,
  },
  {
    key: 'schools',
    labelKey: 'menu.schools',
    icon: <DatabaseOutlined />,
    path: '/schools',
    element: <SchoolsPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
  },
  {
    key: 'windows',
    labelKey: 'menu.windows',
    icon: <ClockCircleOutlined />,
    path: '/windows',
    element: <WindowsPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
  },
  {
    key: 'mentors',
    labelKey: 'menu.mentors',
    icon: <SolutionOutlined />,
    path: '/mentors',
    element: <MentorsPage />,
    requiredRole: ['OFFICE_STAFF', 'UNIVERSITY_COORDINATOR', 'MENTOR'],
    inMenu: true,
  },
  {
    key: 'mentor-pool',
    labelKey: 'menu.mentorPool',
    icon: <ContainerOutlined />,
    path: '/mentor-pool',
    element: <MentorPoolPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
  },
  {
    key: 'school-recommendation',
    labelKey: 'menu.schoolRecommendation',
    icon: <FileDoneOutlined />,
    path: '/school-recommendation',
    element: <SchoolRecommendationPage />,
    // R-APP-4: the coordinator decides; the office reads every school's list.
    requiredRole: ['SCHOOL_COORDINATOR', 'OFFICE_STAFF'],
    inMenu: true,
  },
  {
    key: 'review',
    labelKey: 'menu.review',
    icon: <FileSearchOutlined />,
    path: '/review',
    element: <ReviewPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
    windowStep: 'review',
  },
  {
    key: 'assessment-scores',
    labelKey: 'menu.assessmentScores',
    icon: <BarChartOutlined />,
    path: '/assessment-scores',
    element: <AssessmentScoresPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
    windowStep: 'import_scores',
  },
  {
    key: 'cut-offs',
    labelKey: 'menu.cutOffs',
    icon: <AimOutlined />,
    path: '/cut-offs',
    element: <CutOffsPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
    windowStep: 'set_cut_offs',
  },
  {
    key: 'admission',
    labelKey: 'menu.admission',
    icon: <TrophyOutlined />,
    path: '/admission',
    element: <AdmissionPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
    windowStep: 'decide_admissions',
  },
  {
    key: 'objections',
    labelKey: 'menu.objections',
    icon: <CommentOutlined />,
    path: '/objections',
    element: <ObjectionsPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
  },
  {
    key: 'interviews',
    labelKey: 'menu.interviews',
    icon: <CalendarOutlined />,
    path: '/interviews',
    element: <InterviewsPage />,
    // R-SEL-5: the university runs the interviews with the office.
    requiredRole: ['OFFICE_STAFF', 'UNIVERSITY_COORDINATOR'],
    inMenu: true,
    windowStep: 'arrange_interviews',
  },
  {
    key: 'interview-scoring',
    labelKey: 'menu.interviewScoring',
    icon: <FormOutlined />,
    path: '/interview-scoring',
    element: <ScoringPage />,
    // R-SEL-5: panel members are mentors and office staff; the API lists only their own panels' interviewees.
    requiredRole: ['MENTOR', 'OFFICE_STAFF'],
    inMenu: true,
    windowStep: 'score_interviews',
  },
  {
    key: 'confirmation',
    labelKey: 'menu.confirmation',
    icon: <CheckCircleOutlined />,
    path: '/confirmation',
    element: <ConfirmationPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
    windowStep: 'manage_confirmations',
  },
  {
    key: 'cohort',
    labelKey: 'menu.cohort',
    icon: <DeploymentUnitOutlined />,
    path: '/cohort',
    element: <CohortPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
  },
  {
    key: 'selection-dashboard',
    labelKey: 'menu.selectionDashboard',
    icon: <FunnelPlotOutlined />,
    path: '/selection',
    element: <SelectionDashboardPage />,
    requiredRole: ['OFFICE_STAFF', 'ANALYST'],
    inMenu: true,
  },
  {
    key: 'notice-templates',
    labelKey: 'menu.noticeTemplates',
    icon: <NotificationOutlined />,
    path: '/notice-templates',
    element: <NoticeTemplatesPage />,
    requiredRole: 'OFFICE_STAFF',
    inMenu: true,
  },
  {
    key: 'accounts',
    labelKey: 'menu.accounts',
    icon: <TeamOutlined />,
    path: '/accounts',
    element: <AccountsPage />,
    requiredRole: 'ADMIN',
    inMenu: true,
  },
  {
    key: 'outbox',
    labelKey: 'menu.outbox',
    icon: <MailOutlined />,
    path: '/outbox',
    element: <OutboxPage />,
    requiredRole: ['OFFICE_STAFF', 'ADMIN'],
    inMenu: true,
  },
  {
    key: 'audit',
    labelKey: 'menu.audit',
    icon: <AuditOutlined />,
    path: '/audit',
    element: <AuditPage />,
    requiredRole: 'ADMIN',
    inMenu: true,
  },
  {
    key: 'me',
    labelKey: 'menu.myAccount',
    icon: <UserOutlined />,
    path: '/me',
    element: <MyAccountPage />,
    requiredRole: 'ANY_STAFF',
    inMenu: false,
  },
];
