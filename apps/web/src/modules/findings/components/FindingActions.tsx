import { App, Button, DatePicker, Flex, Form, Input, InputNumber } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../../app/i18n/useT.js';
import {
  EscalateFindingDocument,
  ReportRectificationProgressDocument,
  RequestFindingClosureDocument,
  ReturnRectificationDocument,
  SubmitRectificationPlanDocument,
  VerifyRectificationDocument,
} from '../../../generated/graphql.js';
import type { EvidenceRefInput } from '../../../generated/graphql.js';
import EvidenceUpload from './EvidenceUpload.js';
import FormModal from './FormModal.js';

export interface FindingActionRights {
  rectify: boolean;
  verify: boolean;
  escalate: boolean;
}

type Dialog = 'plan' | 'progress' | 'closure' | 'verify' | 'return' | 'escalate' | null;

/**
 * The commands the signed-in user may send for a finding in its current status. Which buttons show
 * is only a convenience: the API decides every command again.
 */
export default function FindingActions({
  finding,
  rights,
}: {
  finding: { id: string; status: string; escalated: boolean; percent: number };
  rights: FindingActionRights;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [uploading, setUploading] = useState(false);
  const options = { refetchQueries: 'active' as const, awaitRefetchQueries: true };
  const [submitPlan] = useMutation(SubmitRectificationPlanDocument, options);
  const [reportProgress] = useMutation(ReportRectificationProgressDocument, options);
  const [requestClosure] = useMutation(RequestFindingClosureDocument, options);
  const [verify] = useMutation(VerifyRectificationDocument, options);
  const [returnIt] = useMutation(ReturnRectificationDocument, options);
  const [escalate] = useMutation(EscalateFindingDocument, options);
  const findingId = finding.id;
  const close = () => setDialog(null);

  const buttons = [
    rights.rectify && finding.status === 'NOTIFIED' && (
      <Button key="plan" type="primary" onClick={() => setDialog('plan')}>
        {t('findings.actions.plan')}
      </Button>
    ),
    rights.rectify && finding.status === 'RECTIFYING' && (
      <Button key="progress" onClick={() => setDialog('progress')}>
        {t('findings.actions.progress')}
      </Button>
    ),
    rights.rectify && finding.status === 'RECTIFYING' && (
      <Button key="closure" type="primary" onClick={() => setDialog('closure')}>
        {t('findings.actions.requestClosure')}
      </Button>
    ),
    rights.verify && finding.status === 'AWAITING_VERIFICATION' && (
      <Button key="verify" type="primary" onClick={() => setDialog('verify')}>
        {t('findings.actions.verify')}
      </Button>
    ),
    rights.verify && finding.status === 'AWAITING_VERIFICATION' && (
      <Button key="return" danger onClick={() => setDialog('return')}>
        {t('findings.actions.return')}
      </Button>
    ),
    rights.escalate && !finding.escalated && finding.status !== 'CLOSED' && (
      <Button key="escalate" danger onClick={() => setDialog('escalate')}>
        {t('findings.actions.escalate')}
      </Button>
    ),
  ].filter(Boolean);

  if (buttons.length === 0) return null;
  return (
    <>
      <Flex gap="small" wrap data-testid="finding-actions">
        {buttons}
      </Flex>
      <FormModal<{ plan: string; measures: string; plannedCompletionDate: Dayjs }>
        title={t('findings.actions.plan')}
        open={dialog === 'plan'}
        onClose={close}
        width={640}
        onSubmit={async (values) => {
          await submitPlan({
            variables: {
              input: {
                findingId,
                plan: values.plan.trim(),
                measures: values.measures
                  .split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean),
                plannedCompletionDate: values.plannedCompletionDate.format('YYYY-MM-DD'),
              },
            },
          });
          void message.success(t('findings.plan.submitted'));
        }}
      >
        <Form.Item
          name="plan"
          label={t('findings.plan.plan')}
          rules={[{ required: true, whitespace: true, message: t('findings.plan.planRequired') }]}
        >
          <Input.TextArea autoFocus rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="measures"
          label={t('findings.plan.measures')}
          rules={[{ required: true, whitespace: true, message: t('findings.plan.measuresRequired') }]}
        >
          <Input.TextArea rows={4} placeholder={t('findings.plan.measuresPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="plannedCompletionDate"
          label={t('findings.plan.plannedCompletionDate')}
          rules={[{ required: true, message: t('findings.plan.dateRequired') }]}
        >
          <DatePicker />
        </Form.Item>
      </FormModal>
      <FormModal<{ percent: number; narrative: string; evidence?: EvidenceRefInput[] }>
        title={t('findings.actions.progress')}
        open={dialog === 'progress'}
        onClose={close}
        busy={uploading}
        initialValues={{ percent: finding.percent }}
        onSubmit={async (values) => {
          await reportProgress({
            variables: {
              input: {
                findingId,
                percent: values.percent,
                narrative: values.narrative.trim(),
                ...(values.evidence?.length ? { evidence: values.evidence } : {}),
              },
            },
          });
          void message.success(t('findings.progress.reported'));
        }}
      >
        <Form.Item
          name="percent"
          label={t('findings.progress.percent')}
          rules={[{ required: true, message: t('findings.progress.percentRequired') }]}
        >
          <InputNumber min={0} max={100} precision={0} autoFocus />
        </Form.Item>
        <Form.Item
          name="narrative"
          label={t('findings.progress.narrative')}
          rules={[{ required: true, whitespace: true, message: t('findings.progress.narrativeRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="evidence" label={t('findings.progress.evidence')}>
          <EvidenceUpload onBusyChange={setUploading} />
        </Form.Item>
      </FormModal>
      <FormModal<{ summary: string; evidence: EvidenceRefInput[] }>
        title={t('findings.actions.requestClosure')}
        open={dialog === 'closure'}
        onClose={close}
        busy={uploading}
        onSubmit={async (values) => {
          await requestClosure({
            variables: { input: { findingId, summary: values.summary.trim(), evidence: values.evidence } },
          });
          void message.success(t('findings.closure.requested'));
        }}
      >
        <Form.Item
          name="summary"
          label={t('findings.closure.summary')}
          rules={[{ required: true, whitespace: true, message: t('findings.closure.summaryRequired') }]}
        >
          <Input.TextArea autoFocus rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={t('findings.closure.evidence')}
          rules={[{ required: true, type: 'array', min: 1, message: t('findings.closure.evidenceRequired') }]}
        >
          <EvidenceUpload onBusyChange={setUploading} />
        </Form.Item>
      </FormModal>
      <FormModal<{ remarks?: string }>
        title={t('findings.actions.verify')}
        open={dialog === 'verify'}
        onClose={close}
        okText={t('findings.actions.verify')}
        warning={t('findings.verify.confirm')}
        onSubmit={async (values) => {
          const remarks = values.remarks?.trim();
          await verify({ variables: { input: { findingId, ...(remarks ? { remarks } : {}) } } });
          void message.success(t('findings.verify.verified'));
        }}
      >
        <Form.Item name="remarks" label={t('findings.verify.remarks')}>
          <Input.TextArea autoFocus rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        title={t('findings.actions.return')}
        open={dialog === 'return'}
        onClose={close}
        danger
        okText={t('findings.actions.return')}
        onSubmit={async (values) => {
          await returnIt({ variables: { input: { findingId, reason: values.reason.trim() } } });
          void message.success(t('findings.returnForm.returned'));
        }}
      >
        <Form.Item
          name="reason"
          label={t('findings.returnForm.reason')}
          rules={[{ required: true, whitespace: true, message: t('findings.returnForm.reasonRequired') }]}
        >
          <Input.TextArea autoFocus rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }>
        title={t('findings.actions.escalate')}
        open={dialog === 'escalate'}
        onClose={close}
        danger
        okText={t('findings.actions.escalate')}
        warning={t('findings.escalate.confirm')}
        onSubmit={async (values) => {
          await escalate({ variables: { input: { findingId, reason: values.reason.trim() } } });
          void message.success(t('findings.escalate.escalated'));
        }}
      >
        <Form.Item
          name="reason"
          label={t('findings.escalate.reason')}
          rules={[{ required: true, whitespace: true, message: t('findings.escalate.reasonRequired') }]}
        >
          <Input.TextArea autoFocus rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
