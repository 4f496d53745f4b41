import { Steps } from 'antd';
import { useT } from '../../../app/i18n/useT.js';
import { STEP_KEYS, taskSteps } from '../model/task-steps.js';
import type { TaskView } from '../model/task-view.js';

/** The lifecycle step bar: 交办 → 签收 → 办理 → 审核 → 办结, with a pending handoff or a cancellation marked. */
export default function TaskStepsBar({ task }: { task: TaskView }) {
  const t = useT();
  const lead = task.units.find((unit) => unit.role === 'LEAD');
  const state = taskSteps({
    status: task.status,
    leadAcknowledged: lead?.acknowledged ?? false,
    assignedAt: task.assignedAt,
    lastReportAt: task.lastReportAt,
    completionRequestedAt: task.completionRequestedAt,
  });
  return (
    <Steps
      size="small"
      current={state.current}
      status={state.status}
      aria-label={t('tasks.fields.percent')}
      items={STEP_KEYS.map((key, index) => ({
        title:
          index === state.current && state.handoffPending
            ? t('tasks.steps.handoff')
            : index === state.current && state.status === 'error'
              ? t('tasks.steps.cancelled')
              : t(`tasks.steps.${key}`),
      }))}
    />
  );
}
