import { useMutation } from '@apollo/client/react';
import { App, DatePicker, Divider, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { AddTaskToListDocument, EditDraftTaskDocument } from '../../../generated/graphql.js';
import type { IndicatorSetInput } from '../../../generated/graphql.js';
import type { ListTask } from '../hooks/useListTasks.js';
import { TaskIdForAdd } from '../model/task-id-for-add.js';
import IndicatorsEditor from './IndicatorsEditor.js';
import type { IndicatorValue, RateValue } from './IndicatorsEditor.js';

interface Values {
  area: string;
  title: string;
  description: string;
  leadUnitId: string;
  cooperatingUnitIds?: string[];
  deadline: Dayjs;
  indicators?: IndicatorValue[];
  rates?: RateValue[];
}

interface Props {
  open: boolean;
  listId: string;
  areas: readonly string[];
  units: readonly { id: string; name: string }[];
  task?: ListTask | null;
  onClose: () => void;
  onSaved: () => void;
}

function indicatorSet(values: Values): IndicatorSetInput {
  return {
    indicators: (values.indicators ?? []).map((indicator) => ({
      id: indicator.id,
      name: indicator.name.trim(),
      unitOfMeasure: indicator.unitOfMeasure.trim(),
      kind: indicator.kind ?? null,
      scale: indicator.kind === 'AMOUNT' ? (indicator.scale ?? null) : null,
      target: indicator.target ?? null,
      partOf: indicator.partOf ?? null,
      sumOf: indicator.sumOf?.length ? indicator.sumOf : null,
    })),
    rates: (values.rates ?? []).map((rate) => ({
      id: rate.id,
      name: rate.name.trim(),
      numerator: rate.numerator ?? '',
      denominator: rate.denominator ?? '',
    })),
  };
}

/** Adds a task to a drafted list or edits a drafted task, indicators included. */
export default function TaskFormModal({ open, listId, areas, units, task, onClose, onSaved }: Props) {
  const t = useT();
  const describe = useErrorMessage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [add, adding] = useMutation(AddTaskToListDocument);
  const [edit, editing] = useMutation(EditDraftTaskDocument);
  const lead = Form.useWatch('leadUnitId', form);
  // One id per task being added, sent again by a submit repeated after a failure (see TaskIdForAdd).
  const [taskIds] = useState(() => new TaskIdForAdd());

  useEffect(() => {
    if (open) taskIds.forget();
  }, [open, taskIds]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (task) {
      form.setFieldsValue({
        area: task.area,
        title: task.title,
        description: task.description,
        leadUnitId: task.leadUnitId,
        cooperatingUnitIds: task.cooperatingUnitIds,
        deadline: dayjs(task.deadline),
        indicators: task.indicators.map((indicator) => ({
          id: indicator.id,
          name: indicator.name,
          unitOfMeasure: indicator.unitOfMeasure,
          kind: indicator.kind,
          scale: indicator.kind === 'AMOUNT' ? indicator.scale : null,
          target: indicator.target,
          partOf: indicator.partOf,
          sumOf: indicator.sumOf,
        })),
        // The read model names a task's rates but not their terms: they must be chosen again to change them.
        rates: task.rates.map((rate) => ({ id: rate.id, name: rate.name })),
      });
    } else {
      form.setFieldsValue({ area: areas[0], cooperatingUnitIds: [], indicators: [], rates: [] });
    }
  }, [open, task, areas, form]);

  const submit = async (values: Values) => {
    const fields = {
      area: values.area,
      title: values.title.trim(),
      description: values.description.trim(),
      leadUnitId: values.leadUnitId,
      cooperatingUnitIds: values.cooperatingUnitIds ?? [],
      deadline: values.deadline.format('YYYY-MM-DD'),
    };
    const indicatorsTouched = form.isFieldsTouched(['indicators']) || form.isFieldsTouched(['rates']);
    try {
      if (task) {
        await edit({
          variables: {
            input: {
              taskId: task.id,
              ...fields,
              ...(indicatorsTouched ? { indicators: indicatorSet(values) } : {}),
            },
          },
        });
        message.success(t('taskLists.taskForm.saved'));
      } else {
        await taskIds.submit((taskId) =>
          add({ variables: { input: { listId, taskId, ...fields, indicators: indicatorSet(values) } } }),
        );
        message.success(t('taskLists.taskForm.added'));
      }
      onSaved();
    } catch (error) {
      message.error(describe(error));
    }
  };

  const unitOptions = units.map((unit) => ({ value: unit.id, label: unit.name }));
  return (
    <Modal
      open={open}
      title={task ? t('taskLists.taskForm.editTitle') : t('taskLists.taskForm.addTitle')}
      okText={t('taskLists.taskForm.save')}
      cancelText={t('taskLists.taskForm.cancel')}
      confirmLoading={adding.loading || editing.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={880}
      destroyOnHidden
      styles={{ body: { maxHeight: '68vh', overflowY: 'auto', paddingRight: 8 } }}
    >
      <Form<Values> form={form} layout="vertical" name="task" onFinish={submit}>
        <Form.Item
          name="area"
          label={t('taskLists.taskForm.area')}
          rules={[{ required: true, message: t('taskLists.taskForm.areaRequired') }]}
        >
          <Select options={areas.map((area) => ({ value: area, label: area }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('taskLists.taskForm.title')}
          rules={[{ required: true, whitespace: true, message: t('taskLists.taskForm.titleRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('taskLists.taskForm.description')}
          rules={[{ required: true, whitespace: true, message: t('taskLists.taskForm.descriptionRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="leadUnitId"
          label={t('taskLists.taskForm.leadUnit')}
          rules={[{ required: true, message: t('taskLists.taskForm.leadUnitRequired') }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={unitOptions} />
        </Form.Item>
        <Form.Item
          name="cooperatingUnitIds"
          label={t('taskLists.taskForm.cooperatingUnits')}
          dependencies={['leadUnitId']}
          rules={[
            {
              validator: (_, value: string[] | undefined) =>
                value?.includes(form.getFieldValue('leadUnitId') as string)
                  ? Promise.reject(new Error(t('taskLists.taskForm.leadAlsoCooperating')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={unitOptions.filter((option) => option.value !== lead)}
          />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('taskLists.taskForm.deadline')}
          rules={[{ required: true, message: t('taskLists.taskForm.deadlineRequired') }]}
        >
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Divider titlePlacement="start">{t('taskLists.taskForm.indicators')}</Divider>
        <IndicatorsEditor form={form} />
      </Form>
    </Modal>
  );
}
