/** 学校类型: the kinds of school the office's register keeps. */
export const SCHOOL_TYPES = [
  { code: 'senior_high', name: '高级中学' },
  { code: 'complete', name: '完全中学' },
  { code: 'through', name: '一贯制学校' },
  { code: 'other', name: '其他' },
] as const;

export type SchoolType = (typeof SCHOOL_TYPES)[number]['code'];

/** 办学性质: public (公办) or private (民办). */
export const SCHOOL_OWNERSHIPS = [
  { code: 'public', name: '公办' },
  { code: 'private', name: '民办' },
] as const;

export type SchoolOwnership = (typeof SCHOOL_OWNERSHIPS)[number]['code'];
