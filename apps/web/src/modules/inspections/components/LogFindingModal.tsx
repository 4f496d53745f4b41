import { App, DatePicker, Form, Input, Select } from 'antd';
import { useMutation } from '@apollo/client/react';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '../../../app/i18n/useT.js';
import EvidenceUpload from '../../findings/components/EvidenceUpload.js';
import FormModal from '../../findings/components/FormModal.js';
import { FINDING_SEVERITIES } from '../../findings/finding-statuses.js';
import { LogFindingDocument } from '../../../generated/graphql.js';
import type { EvidenceRefInput, FindingSeverity } from '../../../generated/graphql.js';

interface LogValues {
  unitId: string;
  description: string;
  severity: FindingSeverity;
  category: string;
  rectificationDeadline: Dayjs;
  evidence?: EvidenceRefInput[];
}

/** 登记问题 against one of the inspection's target units. */
export default function LogFindingModal({
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
  const [uploading, setUploading] = useState(false);
  const [logFinding] = useMutation(LogFindingDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });

  return (
    <FormModal<LogValues>
      title={t('inspections.log.title')}
      open={open}
      onClose={onClose}
      busy={uploading}
      width={640}
      initialValues={{ severity: 'MEDIUM' }}
      onSubmit={async (values) => {
        await logFinding({
          variables: {
            input: {
              inspectionId,
              unitId: values.unitId,
              description: values.description.trim(),
              severity: values.severity,
              category: values.category.trim(),
              rectificationDeadline: values.rectificationDeadline.format('YYYY-MM-DD'),
              ...(values.evidence?.length ? { evidence: values.evidence } : {}),
            },
          },
        });
        void message.success(t('inspections.log.logged'));
      }}
    >
      <Form.Item
        name="unitId"
        label={t('inspections.log.unit')}
        rules={[{ required: true, message: t('inspections.log.unitRequired') }]}
      >
        <Select
          autoFocus
          showSearch={{ optionFilterProp: 'label' }}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('inspections.log.description')}
        rules={[{ required: true, whitespace: true, message: t('inspections.log.descriptionRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="severity"
        label={t('inspections.log.severity')}
        rules={[{ required: true, message: t('inspections.log.severityRequired') }]}
      >
        <Select
          options={FINDING_SEVERITIES.map((value) => ({ value, label: t(`findings.severity.${value}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="category"
        label={t('inspections.log.category')}
        rules={[{ required: true, whitespace: true, message: t('inspections.log.categoryRequired') }]}
      >
        <Input maxLength={100} placeholder={t('inspections.log.categoryPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="rectificationDeadline"
        label={t('inspections.log.deadline')}
        rules={[{ required: true, message: t('inspections.log.deadlineRequired') }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item name="evidence" label={t('inspections.log.evidence')}>
        <EvidenceUpload onBusyChange={setUploading} />
      </Form.Item>
    </FormModal>
  );
}
