import { Alert, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useErrorMessage } from '../../../app/i18n/useErrorMessage.js';
import { useT } from '../../../app/i18n/useT.js';

interface FormModalProps<V> {
  title: ReactNode;
  open: boolean;
  onClose: () => void;
  /** Resolves when the command succeeded; a rejection keeps the dialog open with the reason shown. */
  onSubmit: (values: V) => Promise<unknown>;
  okText?: string;
  danger?: boolean;
  /** Shown above the fields, e.g. what an irreversible action does. */
  warning?: ReactNode;
  initialValues?: Partial<V>;
  busy?: boolean;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
  width?: number;
}

/**
 * A dialog holding one command's form: validates in the user's language, shows the API's refusal
 * inside the dialog, and keeps the entered values when the command fails.
 */
export default function FormModal<V extends object>({
  title,
  open,
  onClose,
  onSubmit,
  okText,
  danger = false,
  warning,
  initialValues,
  busy = false,
  children,
  width,
}: FormModalProps<V>) {
  const t = useT();
  const describeError = useErrorMessage();
  const [form] = Form.useForm<V>();
  // Several dialogs of a page share field names ("reason"); a form name keeps each label's `for` unique.
  const formName = `form-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSaving(true);
    setFailure(null);
    try {
      await onSubmit(values);
      form.resetFields();
      onClose();
    } catch (error) {
      setFailure(describeError(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={title}
      open={open}
      width={width}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      onOk={() => void submit()}
      okText={okText ?? t('findings.submit')}
      cancelText={t('findings.cancel')}
      okButtonProps={{ danger, loading: saving, disabled: busy }}
      destroyOnHidden
      forceRender
    >
      {warning ? <Alert type="warning" showIcon title={warning} style={{ marginBottom: 16 }} /> : null}
      {failure ? (
        <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<V>
        form={form}
        name={formName}
        layout="vertical"
        initialValues={initialValues}
        onFinish={() => void submit()}
        preserve={false}
      >
        {typeof children === 'function' ? children(form) : children}
      </Form>
    </Modal>
  );
}
