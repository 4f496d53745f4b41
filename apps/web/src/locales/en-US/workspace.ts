import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/workspace.js';

export default {
  title: 'My to-do',
  subtitle: 'To-do of {unit}',
  noUnit: 'Your account is not bound to a unit, so there is no to-do to show',
  groups: {
    toAcknowledge: 'To acknowledge',
    toReport: 'To report',
    returned: 'Returned',
    awaitingDecision: 'Awaiting decision',
    overdue: 'Overdue',
    findingsToRectify: 'Findings to rectify',
  },
  columns: {
    title: 'Task',
    area: 'Area',
    deadline: 'Deadline',
    percent: 'Progress',
    status: 'Status',
    actions: 'Actions',
    lastReportAt: 'Last report',
  },
  actions: { acknowledge: 'Acknowledge', report: 'Report progress', open: 'Details' },
  acknowledgeConfirm: 'Acknowledge the task "{title}"? Work on it starts now.',
  acknowledged: 'Acknowledged',
  reported: 'Progress submitted',
  empty: 'Nothing to do',
  report: {
    title: 'Progress report: {title}',
    percent: 'Progress (%)',
    percentRequired: 'Enter the progress',
    percentRange: 'Progress is between 0 and 100',
    narrative: 'What was done',
    narrativeRequired: 'Describe the progress',
    narrativePlaceholder: 'What was done in this period and what it achieved',
    figures: 'Indicator figures',
    figureHint: 'Enter cumulative raw counts; rates are derived',
    target: 'Target {target}',
    evidence: 'Evidence',
    submit: 'Submit',
  },
} satisfies DeepPartial<typeof zh>;
