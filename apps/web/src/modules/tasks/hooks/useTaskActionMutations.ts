import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  TaskActionAcceptDocument,
  TaskActionAcknowledgeDocument,
  TaskActionApproveExtensionDocument,
  TaskActionApproveHandoffDocument,
  TaskActionCancelDocument,
  TaskActionRejectExtensionDocument,
  TaskActionRejectHandoffDocument,
  TaskActionReportDocument,
  TaskActionRequestCompletionDocument,
  TaskActionRequestExtensionDocument,
  TaskActionRequestHandoffDocument,
  TaskActionReturnDocument,
  TaskActionUrgeDocument,
  TaskDetailDocument,
} from '../../../generated/graphql.js';
import type { EvidenceRefInput, IndicatorFigureInput } from '../../../generated/graphql.js';
import type { TaskAction } from '../model/available-task-actions.js';

/** What the action forms collect; each action reads the fields it needs. */
export interface TaskActionValues {
  percent?: number;
  narrative?: string;
  figures?: IndicatorFigureInput[];
  evidence?: EvidenceRefInput[];
  summary?: string;
  reason?: string;
  comment?: string;
  toUnitId?: string;
  newDeadline?: string;
  message?: string;
}

const text = (value: string | undefined) => (value ?? '').trim();
const optional = (value: string | undefined) => (value?.trim() ? value.trim() : null);

// Mutations answer with the task's id and status only; the page then reads the task again (the API
// answers only once its projections have the change), which keeps every mutation document small.
const refetch = { refetchQueries: [TaskDetailDocument], awaitRefetchQueries: true };

/** One function to run any task command. */
export function useTaskActionMutations(taskId: string) {
  const [acknowledge, a1] = useMutation(TaskActionAcknowledgeDocument, refetch);
  const [report, a2] = useMutation(TaskActionReportDocument, refetch);
  const [requestCompletion, a3] = useMutation(TaskActionRequestCompletionDocument, refetch);
  const [accept, a4] = useMutation(TaskActionAcceptDocument, refetch);
  const [returnTask, a5] = useMutation(TaskActionReturnDocument, refetch);
  const [requestHandoff, a6] = useMutation(TaskActionRequestHandoffDocument, refetch);
  const [approveHandoff, a7] = useMutation(TaskActionApproveHandoffDocument, refetch);
  const [rejectHandoff, a8] = useMutation(TaskActionRejectHandoffDocument, refetch);
  const [requestExtension, a9] = useMutation(TaskActionRequestExtensionDocument, refetch);
  const [approveExtension, a10] = useMutation(TaskActionApproveExtensionDocument, refetch);
  const [rejectExtension, a11] = useMutation(TaskActionRejectExtensionDocument, refetch);
  const [urge, a12] = useMutation(TaskActionUrgeDocument, refetch);
  const [cancel, a13] = useMutation(TaskActionCancelDocument, refetch);
  const busy = [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13].some((state) => state.loading);

  const run = useCallback(
    async (action: TaskAction, values: TaskActionValues = {}): Promise<void> => {
      switch (action) {
        case 'acknowledge':
          await acknowledge({ variables: { taskId } });
          return;
        case 'report':
          await report({
            variables: {
              input: {
                taskId,
                percent: values.percent ?? 0,
                narrative: text(values.narrative),
                figures: values.figures?.length ? values.figures : null,
                evidence: values.evidence?.length ? values.evidence : null,
              },
            },
          });
          return;
        case 'requestCompletion':
          await requestCompletion({
            variables: {
              input: {
                taskId,
                summary: text(values.summary),
                evidence: values.evidence?.length ? values.evidence : null,
              },
            },
          });
          return;
        case 'accept':
          await accept({ variables: { input: { taskId, comment: optional(values.comment) } } });
          return;
        case 'return':
          await returnTask({ variables: { input: { taskId, reason: text(values.reason) } } });
          return;
        case 'requestHandoff':
          await requestHandoff({
            variables: { input: { taskId, toUnitId: values.toUnitId ?? '', reason: text(values.reason) } },
          });
          return;
        case 'approveHandoff':
          await approveHandoff({ variables: { input: { taskId, comment: optional(values.comment) } } });
          return;
        case 'rejectHandoff':
          await rejectHandoff({ variables: { input: { taskId, reason: text(values.reason) } } });
          return;
        case 'requestExtension':
          await requestExtension({
            variables: {
              input: { taskId, newDeadline: values.newDeadline ?? '', reason: text(values.reason) },
            },
          });
          return;
        case 'approveExtension':
          await approveExtension({ variables: { input: { taskId, comment: optional(values.comment) } } });
          return;
        case 'rejectExtension':
          await rejectExtension({ variables: { input: { taskId, reason: text(values.reason) } } });
          return;
        case 'urge':
          await urge({ variables: { input: { taskId, message: text(values.message) } } });
          return;
        case 'cancel':
          await cancel({ variables: { input: { taskId, reason: text(values.reason) } } });
          return;
        default: {
          const unexpected: never = action;
          throw new Error(`unknown task action ${String(unexpected)}`);
        }
      }
    },
    [
      taskId,
      acknowledge,
      report,
      requestCompletion,
      accept,
      returnTask,
      requestHandoff,
      approveHandoff,
      rejectHandoff,
      requestExtension,
      approveExtension,
      rejectExtension,
      urge,
      cancel,
    ],
  );
  return { run, busy };
}
