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
  accountErrors: {
    WEAK_PASSWORD: '密码不符合要求。',
    BAD_CONTACT: '请填写正确的电子邮箱或11位手机号码。',
    CONTACT_IN_USE: '该邮箱或手机号已注册，请直接登录或找回密码。',
    CODE_INVALID: '验证码错误或已失效，请检查后重试，或重新获取验证码。',
    CONTROL_CHARACTER: '输入内容含有无法保存的隐藏控制字符（常见于从其他软件复制的文字），请删除后重新输入。',
    WRONG_CREDENTIALS: '账号或密码错误。',
    WRONG_PASSWORD: '当前密码不正确。',
    ACCOUNT_DISABLED: '该账号已被停用，请联系省级管理办公室。',
    ACCOUNT_UNVERIFIED: '账号尚未验证，请先输入发送给您的验证码。',
    INVITATION_EXPIRED: '邀请链接已过期，请联系管理员重新邀请。',
    INVITATION_USED: '邀请链接已使用，请直接登录。',
    RATE_LIMITED: '尝试次数过多，请在 {{minutes}} 分钟后再试。',
    BAD_GRANT: '角色或绑定对象不正确。',
    UNAUTHENTICATED: '请先登录。',
    FORBIDDEN: '您没有权限进行此操作。',
    NOT_FOUND: '未找到相应内容。',
    CONFLICT: '内容已被他人修改，请刷新后重试。',
    BAD_USER_INPUT: '输入有误，请检查后重试。',
    INTERNAL: '系统出错，请稍后再试。',
  },
  passwordProblems: {
    TOO_SHORT: '密码至少需要8个字符（可以使用较长的中文或英文短语）。',
    TOO_LONG: '密码不能超过128个字符。',
    COMMON: '这是常见密码，容易被猜到，请换一个。',
    CONTAINS_IDENTITY: '密码不能包含您的邮箱、手机号或姓名。',
  },
};

export type CommonStrings = typeof commonZhCN;
