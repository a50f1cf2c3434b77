import type { CommonStrings } from './common.zh-CN';

export const commonEn: CommonStrings = {
  languages: {
    'zh-CN': '中文',
    en: 'English',
  },
  languageSwitch: 'Switch language',
  programme: {
    name: 'Young Talent Programme',
  },
  phases: {
    not_started: 'This cycle has not started yet.',
    between: 'We are between two steps of the cycle.',
    finished: 'This cycle has finished.',
  },
  timeline: {
    label: 'Cycle schedule',
    current: 'Current',
    done: 'Done',
    ongoing: 'In progress',
  },
  state: {
    loading: 'Loading…',
    loadFailed: 'Could not load. Please check your connection and try again.',
    retry: 'Try again',
  },
  listSeparator: ', ',
};
