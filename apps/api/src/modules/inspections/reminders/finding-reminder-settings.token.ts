/** Injection token of the `FindingReminderSettings`. */
export const FINDING_REMINDER_SETTINGS = Symbol('FINDING_REMINDER_SETTINGS');
