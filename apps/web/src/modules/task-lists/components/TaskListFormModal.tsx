import { useMutation } from '@apollo/client/react';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';
import { DraftTaskListDocument, EditTaskListDocument } from '../../../generated/graphql.js';
import type { TaskListFieldsFragment } from '../../../generated/graphql.js';

interface Values {
  year: number;
  title: string;
  documentNumber?: string;
  areas: string[];
}

interface Props {
  open: boolean;
  /** The draft to edit; absent to draft a new list. */
  list?: TaskListFieldsFragment | null;
  /** Prefills a new list, e.g. with the areas of last year's. */
  defaults?: Partial<Values>;
  onClose: () => void;
  onSaved: (list: TaskListFieldsFragment) => void;
}

/** Drafts a task list or edits a draft: year, title, 文号 and its areas in order. */
export default function TaskListFormModal({ open, list, defaults, onClose, onSaved }: Props) {
  const t = useT();
  const describe = useErrorMessage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [draft, drafting] = useMutation(DraftTaskListDocument);
  const [edit, editing] = useMutation(EditTaskListDocument);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      list
        ? {
            year: list.year,
            title: list.title,
            documentNumber: list.documentNumber ?? undefined,
            areas: list.areas,
          }
        : { year: new Date().getFullYear(), areas: [], ...defaults },
    );
  }, [open, list, defaults, form]);

  const submit = async (values: Values) => {
    const documentNumber = values.documentNumber?.trim() || null;
    const areas = values.areas.map((area) => area.trim()).filter(Boolean);
    try {
      if (list) {
        const { data } = await edit({
          variables: {
            input: { listId: list.id, year: values.year, title: values.title.trim(), documentNumber, areas },
          },
        });
        if (data) onSaved(data.editTaskList);
        message.success(t('taskLists.form.saved'));
      } else {
        const { data } = await draft({
          variables: { input: { year: values.year, title: values.title.trim(), documentNumber, areas } },
        });
        if (data) onSaved(data.draftTaskList);
        message.success(t('taskLists.form.created'));
      }
    } catch (error) {
      message.error(describe(error));
    }
  };

  return (
    <Modal
      open={open}
      title={list ? t('taskLists.form.editTitle') : t('taskLists.form.createTitle')}
      okText={t('taskLists.form.save')}
      cancelText={t('taskLists.form.cancel')}
      confirmLoading={drafting.loading || editing.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<Values> form={form} layout="vertical" name="task-list" onFinish={submit} requiredMark>
        <Form.Item
          name="year"
          label={t('taskLists.form.year')}
          rules={[
            { required: true, message: t('taskLists.form.yearRequired') },
            { type: 'integer', min: 2000, max: 2100, message: t('taskLists.form.yearInvalid') },
          ]}
        >
          <InputNumber style={{ width: 160 }} precision={0} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('taskLists.form.title')}
          rules={[{ required: true, whitespace: true, message: t('taskLists.form.titleRequired') }]}
        >
          <Input placeholder={t('taskLists.form.titlePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item
          name="documentNumber"
          label={t('taskLists.form.documentNumber')}
          extra={t('taskLists.form.documentNumberHint')}
        >
          <Input placeholder={t('taskLists.form.documentNumberPlaceholder')} maxLength={100} />
        </Form.Item>
        <Form.Item
          name="areas"
          label={t('taskLists.form.areas')}
          extra={t('taskLists.form.areasHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('taskLists.form.areasRequired') }]}
        >
          <Select
            mode="tags"
            placeholder={t('taskLists.form.areasPlaceholder')}
            tokenSeparators={['\n']}
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
