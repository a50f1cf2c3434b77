/** The office console's strings (namespace `admin`), Chinese first. */
export const adminZhCN = {
  app: {
    title: '英才计划管理后台',
    shortTitle: '英才',
    notFound: '页面不存在',
    backHome: '返回首页',
  },
  menu: {
    cycleSettings: '周期设置',
  },
  header: {
    cycle: '周期',
    cyclePlaceholder: '选择周期',
  },
  cycle: {
    none: '暂无周期',
    notFound: '未找到 {{year}} 年度的周期',
    loadFailed: '周期数据加载失败，请稍后重试',
    retry: '重试',
    overview: '基本信息',
    name: '名称',
    province: '省份',
    year: '年度',
    currentPhase: '当前阶段',
    disciplines: '学科',
    disciplineCode: '代码',
    disciplineName: '名称',
    universities: '实施高校',
    districts: '生源区县',
    rules: '遴选与培养规则',
    schedule: '日程安排',
  },
  phase: {
    not_started: '未开始',
    between: '阶段间隙',
    finished: '已结束',
  },
  rules: {
    subjectRank: '单科成绩排名',
    subjectRankValue: '年级前 {{value}}%',
    overallRank: '综合成绩排名',
    overallRankValue: '年级前 {{value}}%',
    interviewRatio: '面试与录取人数比',
    interviewRatioValue: '不低于 {{value}}:1',
    minAdmissions: '录取人数',
    minAdmissionsValue: '不少于 {{value}} 人',
    minTrainingSessions: '培养活动次数',
    minTrainingSessionsValue: '每人不少于 {{value}} 次',
  },
  milestone: {
    name: '阶段',
    key: '标识',
    startsOn: '开始日期',
    endsOn: '结束日期',
    status: '状态',
  },
  milestoneStatus: {
    ended: '已结束',
    current: '进行中',
    open: '同期进行',
    upcoming: '未开始',
  },
} as const;

type Messages<T> = { readonly [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** The shape every translation of the console's strings must have. */
export type AdminMessages = Messages<typeof adminZhCN>;

type KeyPaths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : KeyPaths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of the `admin` namespace, e.g. `menu.cycleSettings`. */
export type AdminMessageKey = KeyPaths<typeof adminZhCN>;
