import type { AdminMessages } from './admin.zh-CN.js';

/** The office console's strings (namespace `admin`) in English. */
export const adminEn: AdminMessages = {
  app: {
    title: 'Young Talent Programme Console',
    shortTitle: 'YTP',
    notFound: 'Page not found',
    backHome: 'Back to start',
  },
  menu: {
    cycleSettings: 'Cycle settings',
  },
  header: {
    cycle: 'Cycle',
    cyclePlaceholder: 'Choose a cycle',
  },
  cycle: {
    none: 'No cycles yet',
    notFound: 'No cycle for {{year}}',
    loadFailed: 'The cycle could not be loaded. Please try again later.',
    retry: 'Retry',
    overview: 'Overview',
    name: 'Name',
    province: 'Province',
    year: 'Year',
    currentPhase: 'Current phase',
    disciplines: 'Disciplines',
    disciplineCode: 'Code',
    disciplineName: 'Name',
    universities: 'Implementing universities',
    districts: 'Eligible districts',
    rules: 'Selection and training rules',
    schedule: 'Schedule',
  },
  phase: {
    not_started: 'Not started',
    between: 'Between phases',
    finished: 'Finished',
  },
  rules: {
    subjectRank: 'Subject rank',
    subjectRankValue: 'Top {{value}}% of the grade',
    overallRank: 'Overall rank',
    overallRankValue: 'Top {{value}}% of the grade',
    interviewRatio: 'Interviewees per admission',
    interviewRatioValue: 'At least {{value}}:1',
    minAdmissions: 'Admissions',
    minAdmissionsValue: 'At least {{value}}',
    minTrainingSessions: 'Training sessions',
    minTrainingSessionsValue: 'At least {{value}} per student',
  },
  milestone: {
    name: 'Step',
    key: 'Key',
    startsOn: 'Starts',
    endsOn: 'Ends',
    status: 'Status',
  },
  milestoneStatus: {
    ended: 'Ended',
    current: 'In progress',
    open: 'Running alongside',
    upcoming: 'Not started',
  },
};
