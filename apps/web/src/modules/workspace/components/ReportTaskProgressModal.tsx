import { App, Form, Input, InputNumber, Typography } from 'antd';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../../app/i18n/useT.js';
import EvidenceUpload from '../../findings/components/EvidenceUpload.js';
import FormModal from '../../findings/components/FormModal.js';
import FigureChange from '../../tasks/components/FigureChange.js';
import { ReportTaskProgressDocument } from '../../../generated/graphql.js';
import type { EvidenceRefInput, QueueTaskFragment } from '../../../generated/graphql.js';
import { figureInputProps } from '../../tasks/model/figure-input.js';

interface ReportValues {
  percent: number;
  narrative: string;
  figures?: Record<string, number | null | undefined>;
  evidence?: EvidenceRefInput[];
}

/** 进度反馈 from the queue: percent, what was done, raw indicator counts and evidence files. */
export default function ReportTaskProgressModal({
  task,
  unitId,
  onClose,
}: {
  task: QueueTaskFragment | null;
  /** The reporting unit: it reports its own cumulative figures, which the task's figures sum. */
  unitId: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const [report] = useMutation(ReportTaskProgressDocument, {
    refetchQueries: 'active',
    awaitRefetchQueries: true,
  });
  const mine = task?.units.find((unit) => unit.unitId === unitId);
  const known = new Map(mine?.figures.map((figure) => [figure.indicatorId, figure.value]) ?? []);

  return (
    <FormModal<ReportValues>
      title={t('workspace.report.title', { title: task?.title ?? '' })}
      open={task !== null}
      onClose={onClose}
      busy={uploading}
      width={640}
      initialValues={{
        percent: mine?.percent ?? 0,
        figures: Object.fromEntries(
          task?.indicators.map((indicator) => [indicator.id, known.get(indicator.id)]) ?? [],
        ),
      }}
      onSubmit={async (values) => {
        if (!task) return;
        const figures = Object.entries(values.figures ?? {}).flatMap(([indicatorId, value]) =>
          typeof value === 'number' ? [{ indicatorId, value }] : [],
        );
        await report({
          variables: {
            input: {
              taskId: task.id,
              percent: values.percent,
              narrative: values.narrative.trim(),
              ...(figures.length ? { figures } : {}),
              ...(values.evidence?.length ? { evidence: values.evidence } : {}),
            },
          },
        });
        void message.success(t('workspace.reported'));
      }}
    >
      <Form.Item
        name="percent"
        label={t('workspace.report.percent')}
        rules={[
          { required: true, message: t('workspace.report.percentRequired') },
          { type: 'number', min: 0, max: 100, message: t('workspace.report.percentRange') },
        ]}
      >
        <InputNumber min={0} max={100} precision={0} autoFocus />
      </Form.Item>
      <Form.Item
        name="narrative"
        label={t('workspace.report.narrative')}
        rules={[{ required: true, whitespace: true, message: t('workspace.report.narrativeRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={2000} placeholder={t('workspace.report.narrativePlaceholder')} />
      </Form.Item>
      {task && task.indicators.length > 0 ? (
        <>
          <Typography.Text strong>{t('workspace.report.figures')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('workspace.report.figureHint')}
          </Typography.Paragraph>
          {task.indicators.map((indicator) => (
            <Form.Item
              key={indicator.id}
              name={['figures', indicator.id]}
              label={`${indicator.name}（${indicator.unitOfMeasure}）`}
              extra={
                <>
                  <FigureChange indicatorId={indicator.id} last={known.get(indicator.id)} />
                  {indicator.target !== null ? (
                    <div>{t('workspace.report.target', { target: indicator.target })}</div>
                  ) : null}
                </>
              }
            >
              <InputNumber {...figureInputProps(indicator)} style={{ width: 200 }} />
            </Form.Item>
          ))}
        </>
      ) : null}
      <Form.Item name="evidence" label={t('workspace.report.evidence')}>
        <EvidenceUpload onBusyChange={setUploading} />
      </Form.Item>
    </FormModal>
  );
}
