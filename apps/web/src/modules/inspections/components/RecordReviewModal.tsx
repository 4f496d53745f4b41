import { App, Form, Input, InputNumber, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../../app/i18n/useT.js';
import FormModal from '../../findings/components/FormModal.js';
import { RecordCaseFileReviewDocument } from '../../../generated/graphql.js';

interface ReviewValues {
  unitId: string;
  filesSampled: number;
  filesWithIssues: number;
  outcome: string;
}

/** 案卷评查: one unit's sampled files, how many had issues, and the conclusion. */
export default function RecordReviewModal({
  inspectionId,
  units,
  open,
  onClose,
}: {
  inspectionId: string;
  units: { id: string; name: string }[];
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [record] = useMutation(RecordCaseFileReviewDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const filesRule = { required: true, message: t('inspections.review.filesRequired') };

  return (
    <FormModal<ReviewValues>
      title={t('inspections.review.title')}
      open={open}
      onClose={onClose}
      onSubmit={async (values) => {
        await record({ variables: { input: { inspectionId, ...values, outcome: values.outcome.trim() } } });
        void message.success(t('inspections.review.recorded'));
      }}
    >
      <Form.Item
        name="unitId"
        label={t('inspections.review.unit')}
        rules={[{ required: true, message: t('inspections.review.unitRequired') }]}
      >
        <Select autoFocus options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
      </Form.Item>
      <Form.Item name="filesSampled" label={t('inspections.review.filesSampled')} rules={[filesRule]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item
        name="filesWithIssues"
        label={t('inspections.review.filesWithIssues')}
        dependencies={['filesSampled']}
        rules={[
          filesRule,
          ({ getFieldValue }) => ({
            validator: (_, value: number | undefined) =>
              value === undefined ||
              value <= ((getFieldValue('filesSampled') as number | undefined) ?? Infinity)
                ? Promise.resolve()
                : Promise.reject(new Error(t('inspections.review.filesWithIssuesTooMany'))),
          }),
        ]}
      >
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item
        name="outcome"
        label={t('inspections.review.outcome')}
        rules={[{ required: true, whitespace: true, message: t('inspections.review.outcomeRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
