import {
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSession } from '../../../app/auth/useSession.js';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { useUnitOptions } from '../../task-lists/hooks/useUnitOptions.js';
import { useTaskActionMutations } from '../hooks/useTaskActionMutations.js';
import type { TaskActionValues } from '../hooks/useTaskActionMutations.js';
import { availableTaskActions } from '../model/available-task-actions.js';
import type { TaskAction } from '../model/available-task-actions.js';
import { figureInputProps } from '../model/figure-input.js';
import type { TaskView } from '../model/task-view.js';
import EvidenceInput from './EvidenceInput.js';
import FigureChange from './FigureChange.js';

/** Actions decided by a click and a confirmation: they carry no text of their own. */
const CONFIRM_ONLY: Partial<Record<TaskAction, true>> = {
  acknowledge: true,
  accept: true,
  approveHandoff: true,
  approveExtension: true,
};
const DANGEROUS: Partial<Record<TaskAction, true>> = {
  cancel: true,
  return: true,
  rejectHandoff: true,
  rejectExtension: true,
};

interface FormValues {
  percent?: number;
  narrative?: string;
  figures?: Record<string, number | null | undefined>;
  evidence?: TaskActionValues['evidence'];
  summary?: string;
  reason?: string;
  toUnitId?: string;
  newDeadline?: Dayjs;
  message?: string;
}

/** The buttons the signed-in role may use on this task, each with its form or confirmation. */
export default function TaskActionBar({
  task,
  only,
}: {
  task: TaskView;
  /** Offer only these (the inbox shows the decisions asked for, not urging or cancelling). */
  only?: readonly TaskAction[];
}) {
  const t = useT();
  const describe = useErrorMessage();
  const { message, modal } = App.useApp();
  const { session } = useSession();
  const units = useUnitOptions();
  const { run, busy } = useTaskActionMutations(task.id);
  const [open, setOpen] = useState<TaskAction | null>(null);
  const [uploading, setUploading] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const user = session?.user;
  if (!user) return null;

  const offered = availableTaskActions(
    {
      status: task.status,
      leadUnitId: task.leadUnitId,
      units: task.units,
      hasPendingHandoff: task.pendingHandoff !== null,
      hasPendingExtension: task.pendingExtension !== null,
    },
    user,
  );
  const actions = only ? offered.filter((action) => only.includes(action)) : offered;
  if (actions.length === 0) return null;
  const mine = task.units.find((unit) => unit.unitId === user.unitId && unit.role !== 'FORMER_LEAD');

  const execute = async (action: TaskAction, values: TaskActionValues = {}) => {
    try {
      await run(action, values);
      message.success(t('tasks.actions.done', { action: t(`tasks.actions.${action}`) }));
      return true;
    } catch (error) {
      message.error(describe(error));
      return false;
    }
  };

  const confirmText = (action: TaskAction): string => {
    switch (action) {
      case 'acknowledge':
        return t('tasks.actions.confirmAcknowledge');
      case 'accept':
        return t('tasks.actions.confirmAccept');
      case 'approveHandoff':
        return t('tasks.actions.confirmApproveHandoff', { unit: task.pendingHandoff?.toUnitName ?? '' });
      case 'approveExtension':
        return t('tasks.actions.confirmApproveExtension', {
          date: task.pendingExtension?.requestedDeadline ?? '',
        });
      default:
        return '';
    }
  };

  const start = (action: TaskAction) => {
    if (CONFIRM_ONLY[action]) {
      modal.confirm({
        title: t(`tasks.actions.${action}`),
        content: confirmText(action),
        okText: t('tasks.actions.confirm'),
        cancelText: t('tasks.actions.dismiss'),
        onOk: () => execute(action),
      });
      return;
    }
    form.resetFields();
    if (action === 'report') form.setFieldsValue({ percent: mine?.percent ?? 0 });
    if (action === 'urge') form.setFieldsValue({ message: t('tasks.forms.messageDefault') });
    setOpen(action);
  };

  const submit = async (values: FormValues) => {
    if (!open) return;
    const payload: TaskActionValues = {
      percent: values.percent,
      narrative: values.narrative,
      evidence: values.evidence,
      summary: values.summary,
      reason: values.reason,
      toUnitId: values.toUnitId,
      message: values.message,
      newDeadline: values.newDeadline?.format('YYYY-MM-DD'),
      figures: Object.entries(values.figures ?? {}).flatMap(([indicatorId, value]) =>
        value === null || value === undefined ? [] : [{ indicatorId, value }],
      ),
    };
    const go = async () => {
      if (await execute(open, payload)) setOpen(null);
    };
    if (open === 'cancel') {
      modal.confirm({
        title: t('tasks.actions.cancel'),
        content: t('tasks.actions.confirmCancel'),
        okText: t('tasks.actions.confirm'),
        okButtonProps: { danger: true },
        cancelText: t('tasks.actions.dismiss'),
        onOk: go,
      });
      return;
    }
    await go();
  };

  const reason = (
    <Form.Item
      name="reason"
      label={t('tasks.forms.reason')}
      rules={[{ required: true, whitespace: true, message: t('tasks.forms.reasonRequired') }]}
    >
      <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
    </Form.Item>
  );
  const minPercent = mine?.percent ?? 0;
  const fields = (action: TaskAction) => {
    switch (action) {
      case 'report':
        return (
          <>
            <Form.Item
              name="percent"
              label={t('tasks.forms.percent')}
              rules={[
                { required: true, message: t('tasks.forms.percentRequired') },
                {
                  type: 'number',
                  min: minPercent,
                  max: 100,
                  message: t('tasks.forms.percentRange', { min: minPercent }),
                },
              ]}
            >
              <InputNumber min={0} max={100} precision={0} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item
              name="narrative"
              label={t('tasks.forms.narrative')}
              rules={[{ required: true, whitespace: true, message: t('tasks.forms.narrativeRequired') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
            {task.indicators.length > 0 ? (
              <Form.Item label={t('tasks.forms.figures')} extra={t('tasks.forms.figuresHint')}>
                <Flex vertical>
                  {task.indicators.map((indicator) => (
                    <Form.Item
                      key={indicator.id}
                      name={['figures', indicator.id]}
                      label={`${indicator.name}（${indicator.unitOfMeasure}）`}
                      // The unit's own cumulative figure: the task's figure sums every unit's.
                      initialValue={
                        mine?.figures.find((figure) => figure.indicatorId === indicator.id)?.value
                      }
                      extra={
                        <FigureChange
                          indicatorId={indicator.id}
                          last={mine?.figures.find((figure) => figure.indicatorId === indicator.id)?.value}
                        />
                      }
                      rules={[{ type: 'number', min: 0, message: t('tasks.forms.figureInvalid') }]}
                      style={{ marginBottom: 8 }}
                    >
                      <InputNumber {...figureInputProps(indicator)} style={{ width: 200 }} />
                    </Form.Item>
                  ))}
                </Flex>
              </Form.Item>
            ) : null}
            <Form.Item name="evidence" label={t('tasks.forms.evidence')}>
              <EvidenceInput onBusyChange={setUploading} />
            </Form.Item>
          </>
        );
      case 'requestCompletion':
        return (
          <>
            <Form.Item
              name="summary"
              label={t('tasks.forms.summary')}
              rules={[{ required: true, whitespace: true, message: t('tasks.forms.summaryRequired') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} />
            </Form.Item>
            <Form.Item name="evidence" label={t('tasks.forms.evidence')}>
              <EvidenceInput onBusyChange={setUploading} />
            </Form.Item>
          </>
        );
      case 'requestHandoff':
        return (
          <>
            <Form.Item
              name="toUnitId"
              label={t('tasks.forms.toUnit')}
              rules={[{ required: true, message: t('tasks.forms.toUnitRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={units.active
                  .filter((unit) => unit.id !== task.leadUnitId)
                  .map((unit) => ({ value: unit.id, label: unit.name }))}
              />
            </Form.Item>
            {reason}
          </>
        );
      case 'requestExtension':
        return (
          <>
            <Form.Item
              name="newDeadline"
              label={t('tasks.forms.newDeadline')}
              rules={[
                { required: true, message: t('tasks.forms.newDeadlineRequired') },
                {
                  validator: (_, value: Dayjs | undefined) =>
                    !value || value.isAfter(dayjs(task.deadline), 'day')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('tasks.forms.newDeadlineLater', { date: task.deadline }))),
                },
              ]}
            >
              <DatePicker disabledDate={(day) => !day.isAfter(dayjs(task.deadline), 'day')} />
            </Form.Item>
            {reason}
          </>
        );
      case 'urge':
        return (
          <Form.Item
            name="message"
            label={t('tasks.forms.message')}
            rules={[{ required: true, whitespace: true, message: t('tasks.forms.messageRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        );
      case 'cancel':
        return (
          <>
            <Typography.Paragraph type="danger">{t('tasks.actions.confirmCancel')}</Typography.Paragraph>
            {reason}
          </>
        );
      default:
        return reason;
    }
  };

  return (
    <>
      <Space wrap aria-label={t('tasks.actions.title')} role="group">
        {actions.map((action, index) => (
          <Button
            key={action}
            type={index === 0 && !DANGEROUS[action] ? 'primary' : 'default'}
            danger={!!DANGEROUS[action]}
            loading={busy && open === action}
            onClick={() => start(action)}
          >
            {t(`tasks.actions.${action}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={open !== null}
        title={open ? t(`tasks.actions.${open}`) : ''}
        okText={t('tasks.actions.submit')}
        cancelText={t('tasks.actions.dismiss')}
        okButtonProps={{ danger: open ? !!DANGEROUS[open] : false, disabled: uploading }}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
        width={640}
      >
        <Form<FormValues> form={form} layout="vertical" name="task-action" onFinish={submit}>
          {open ? fields(open) : null}
        </Form>
      </Modal>
    </>
  );
}
