import type { HomeCycleQuery } from '@yingcai/schema';

export type HomeCycle = HomeCycleQuery['cycle'];
