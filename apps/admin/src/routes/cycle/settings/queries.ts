import type { CycleSettingsQuery } from '@yingcai/schema';

// The documents live in @yingcai/schema (documents/admin/cycle-settings.graphql), generated and typed there.
export { CycleSettingsDocument } from '@yingcai/schema';

export type SettingsCycle = NonNullable<CycleSettingsQuery['cycle']>;
export type SettingsMilestone = SettingsCycle['milestones'][number];
export type SettingsRules = SettingsCycle['rules'];
