/**
 * The settings as the options page names them: one short label per field, shared by the section
 * legends, the repair notice ("reset to defaults: Delay, Theme") and the import report ("Changed: …").
 */
import type { MessageKey } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';

/** Every field the user can change, in the order the page shows them. */
export type SettingField = Exclude<keyof Settings, 'schemaVersion'>;

export const FIELD_LABELS: Record<SettingField, MessageKey> = {
  paused: 'optionsFieldPaused',
  density: 'optionsFieldDensity',
  kinds: 'optionsFieldKinds',
  trigger: 'optionsFieldTrigger',
  dwellMs: 'optionsFieldDwell',
  theme: 'optionsFieldTheme',
  highlightStyle: 'optionsFieldHighlight',
  onlyListedSites: 'optionsFieldOnlyListed',
  siteRules: 'optionsFieldSiteRules',
};

export const SETTING_FIELDS = Object.keys(FIELD_LABELS) as SettingField[];

/** Whether `name` is a field of the settings the user can change. */
export function isSettingField(name: string): name is SettingField {
  return Object.hasOwn(FIELD_LABELS, name);
}

/** The fields whose values differ between `before` and `after`, in page order. */
export function changedFields(before: Settings, after: Settings): SettingField[] {
  // Settings are plain JSON with a fixed key order (repairSettings builds them), so JSON compares them.
  return SETTING_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}
