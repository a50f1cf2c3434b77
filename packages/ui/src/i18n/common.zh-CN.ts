export const commonZhCN = {
  languages: {
    'zh-CN': '中文',
    en: 'English',
  },
  languageSwitch: '切换语言',
  programme: {
    name: '中学生英才计划',
  },
  phases: {
    not_started: '本年度尚未开始',
    between: '当前处于两个阶段之间',
    finished: '本年度已结束',
  },
  timeline: {
    label: '年度日程',
    current: '当前阶段',
    done: '已完成',
    ongoing: '进行中',
  },
  state: {
    loading: '正在加载…',
    loadFailed: '加载失败，请检查网络后重试。',
    retry: '重试',
  },
  listSeparator: '、',
};

export type CommonStrings = typeof commonZhCN;
