import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../core/config/config-error.js';
import { DEFAULT_REMIND_DAYS_BEFORE, loadFindingReminderSettings } from './finding-reminder-settings.js';

describe('the finding reminder settings', () => {
  it('reminds three days ahead when DUBAN_REMIND_DAYS_BEFORE is not set', () => {
    expect(DEFAULT_REMIND_DAYS_BEFORE).toBe(3);
    expect(loadFindingReminderSettings({})).toEqual({ remindDaysBefore: 3 });
    expect(loadFindingReminderSettings({ DUBAN_REMIND_DAYS_BEFORE: ' ' })).toEqual({ remindDaysBefore: 3 });
  });

  it('takes a whole number of days, 0 meaning only the overdue reminder', () => {
    expect(loadFindingReminderSettings({ DUBAN_REMIND_DAYS_BEFORE: '5' })).toEqual({ remindDaysBefore: 5 });
    expect(loadFindingReminderSettings({ DUBAN_REMIND_DAYS_BEFORE: '0' })).toEqual({ remindDaysBefore: 0 });
  });

  it.each(['-1', '2.5', 'three', '400'])('refuses %s with a message naming the variable', (value) => {
    expect(() => loadFindingReminderSettings({ DUBAN_REMIND_DAYS_BEFORE: value })).toThrow(ConfigError);
    expect(() => loadFindingReminderSettings({ DUBAN_REMIND_DAYS_BEFORE: value })).toThrow(
      /DUBAN_REMIND_DAYS_BEFORE/,
    );
  });
});
